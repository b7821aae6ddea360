import { defineRule, dottedPath, getPath, pathOf } from '../../src/rule-kit/index.js';

interface Options {
  /** Image keys every chart with an images map needs. */
  always: string[];
  /** Job image keys, each needed when the chart ships that job. */
  jobs: string[];
}

export default defineRule<Options, 'missing' | 'noSection', 'values'>({
  id: 'images/required-keys',
  meta: {
    description:
      'The images map names dep_check and the image of every standard job the chart ships (db_init, db_sync, db_drop, ks_user, ks_service, ks_endpoints).',
    severity: 'error',
    targets: ['values'],
    chartDefaultsOnly: true,
    messages: {
      missing: 'The images map "{{holder}}" lacks {{missing}}.',
      noSection: 'The chart ships {{jobs}} but its values have no images map to name their images.',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        always: { type: 'array', items: { type: 'string' }, description: 'Image keys every images map must hold.' },
        jobs: {
          type: 'array',
          items: { type: 'string' },
          description: 'Job image keys, required when templates/job-<key>.yaml or manifests.job_<key> exists.',
        },
      },
      required: [],
    },
    defaultOptions: {
      always: ['dep_check'],
      jobs: ['db_init', 'db_sync', 'db_drop', 'ks_user', 'ks_service', 'ks_endpoints'],
    },
  },
  check(ctx) {
    const root = ctx.file.documents[0]?.root;
    const templates = ctx.chart?.templates ?? [];
    const toggles = getPath(root, ['manifests']);
    // A job ships when its template exists or a manifests.job_<key> toggle (on or off) says it can be switched on.
    const shippedBy = (job: string): string | undefined => {
      const template = `job-${job.replaceAll('_', '-')}.yaml`;
      if (templates.includes(template)) return `templates/${template}`;
      const toggle = getPath(toggles, [`job_${job}`]);
      return toggle ? dottedPath(pathOf(toggle)) : undefined;
    };
    const shipped = ctx.options.jobs.map((job) => ({ job, by: shippedBy(job) })).filter((s) => s.by !== undefined);

    const section = ctx.images().section;
    if (!section) {
      if (shipped.length > 0) {
        const jobs = shipped.map((s) => `${s.job} (${s.by})`).join(', ');
        ctx.report({ span: { start: 0, end: 0 }, messageId: 'noSection', data: { jobs } });
      }
      return;
    }
    // helm-toolkit's db-sync job reads images.tags.<service>_db_sync; the literal db_sync is the older spelling.
    const service = (ctx.chart?.name ?? '').replaceAll('-', '_');
    const has = (key: string): boolean => section.imageKeys.has(key) || (key === 'db_sync' && section.imageKeys.has(`${service}_db_sync`));
    const missing = [
      ...ctx.options.always.filter((key) => !has(key)),
      ...shipped
        .filter((s) => !has(s.job))
        .map((s) => `${s.job === 'db_sync' && service ? `db_sync (or ${service}_db_sync)` : s.job}, needed by ${s.by}`),
    ];
    if (missing.length === 0) return;
    ctx.report({
      span: section.holder.keySpan,
      messageId: 'missing',
      data: { holder: dottedPath(pathOf(section.holder.value)), missing: missing.join('; ') },
    });
  },
});
