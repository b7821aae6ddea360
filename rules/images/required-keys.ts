import {
  defineRule,
  dottedPath,
  imageReadsOf,
  pathOf,
  REQUIRED_KEY_DEFAULTS,
  requirements,
  shippedBy,
  templatePlace,
  templateReadsFact,
  usesHelmToolkit,
} from '../../src/rule-kit/index.js';

interface Options {
  /** Image keys every chart with an images map needs (with templates: when something it renders reads them). */
  always: string[];
  /** Job image keys, each needed when the chart ships that job (with templates: and the job reads it). */
  jobs: string[];
}

export default defineRule<Options, 'missing' | 'noSection', 'values'>({
  id: 'images/required-keys',
  meta: {
    description:
      'In a chart built on helm-toolkit, the images map names dep_check and the image of every standard job the chart ships (db_init, db_sync, db_drop, ks_user, ks_service, ks_endpoints) that its templates read.',
    severity: 'error',
    targets: ['values'],
    chartDefaultsOnly: true,
    facts: [templateReadsFact],
    messages: {
      missing: 'The images map "{{holder}}" lacks {{missing}}.',
      noSection: 'The chart ships {{jobs}} but its values have no images map to name their images.',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        always: {
          type: 'array',
          items: { type: 'string' },
          description: 'Image keys every images map must hold, where the chart reads them.',
        },
        jobs: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Job image keys, required when templates/job-<key>.yaml or manifests.job_<key> exists and the templates read the key.',
        },
      },
      required: [],
    },
    defaultOptions: { always: [...REQUIRED_KEY_DEFAULTS.always], jobs: [...REQUIRED_KEY_DEFAULTS.jobs] },
  },
  check(ctx) {
    if (!usesHelmToolkit(ctx.chart)) return;
    const root = ctx.file.documents[0]?.root;
    const section = ctx.images().section;
    if (!section) {
      const shipped = ctx.options.jobs.flatMap((job) => {
        const by = shippedBy(job, ctx.chart?.templates ?? [], root);
        return by ? [`${job} (${by})`] : [];
      });
      if (shipped.length > 0) ctx.report({ span: { start: 0, end: 0 }, messageId: 'noSection', data: { jobs: shipped.join(', ') } });
      return;
    }
    const reads = ctx.chart ? imageReadsOf(ctx.fact(templateReadsFact), ctx.chart.dir, section.layout) : undefined;
    const needs = requirements({ chart: ctx.chart, root, imageKeys: section.imageKeys, reads }, ctx.options).filter(
      (need) => !need.present,
    );
    if (needs.length === 0) return;
    const missing = needs.map((need) => {
      const names = need.accepted.length > 1 ? `${need.key} (or ${need.accepted.slice(1).join(', or ')})` : need.key;
      return need.by ? `${names}, needed by ${need.by}` : names;
    });
    // The templates that need each missing key, so a rendered empty image there joins this finding.
    const related = needs.flatMap((need) => {
      const at = ctx.chart && need.by ? templatePlace(ctx.chart.dir, need.by) : undefined;
      return at ? [{ at, message: `This template needs image "${need.key}".` }] : [];
    });
    ctx.report({
      span: section.holder.keySpan,
      messageId: 'missing',
      data: { holder: dottedPath(pathOf(section.holder.value)), missing: missing.join('; ') },
      related,
    });
  },
});
