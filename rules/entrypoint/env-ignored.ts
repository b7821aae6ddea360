import { defineRule, entrypointSites, nearestName, NO_OPTIONS, spanIn } from '../../src/rule-kit/index.js';

const READ = [
  'DEPENDENCY_SERVICE',
  'DEPENDENCY_JOBS',
  'DEPENDENCY_JOBS_JSON',
  'DEPENDENCY_DAEMONSET',
  'DEPENDENCY_CONTAINER',
  'DEPENDENCY_POD_JSON',
  'DEPENDENCY_CUSTOM_RESOURCE',
  'DEPENDENCY_CONFIG',
  'DEPENDENCY_SOCKET',
];

export default defineRule<Record<string, never>, 'jobsIgnored' | 'podNeverRead' | 'neverRead', 'manifests'>({
  id: 'entrypoint/env-ignored',
  meta: {
    description:
      'No dependency is written where kubernetes-entrypoint does not read it: DEPENDENCY_JOBS beside a non-empty DEPENDENCY_JOBS_JSON, DEPENDENCY_POD, or any other DEPENDENCY_* name it does not know.',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      jobsIgnored:
        'DEPENDENCY_JOBS of the {{container}} is ignored because DEPENDENCY_JOBS_JSON is set too ("Ignoring DEPENDENCY_JOBS since DEPENDENCY_JOBS_JSON was specified"): kubernetes-entrypoint starts without waiting for {{names}} (silent drop). Put every job in one of the two.',
      podNeverRead:
        'DEPENDENCY_POD of the {{container}} is never read: kubernetes-entrypoint takes pod dependencies only from DEPENDENCY_POD_JSON, as [{"labels": {...}}], so it starts without waiting for these pods (silent drop).',
      neverRead:
        '{{variable}} of the {{container}} is not a variable kubernetes-entrypoint reads, so it starts without waiting for what it names (silent drop).{{hint}}',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      const container = site.label;
      const jobs = reading.lists.DEPENDENCY_JOBS;
      if (reading.jobsIgnored && jobs) {
        const names = jobs.items.map((item) => item.text);
        const shown = names.length <= 3 ? names.map((n) => `"${n}"`).join(', ') : `"${names[0]}" and ${names.length - 1} more jobs`;
        ctx.report({ span: spanIn(ctx.file.text, jobs.variable), messageId: 'jobsIgnored', data: { container, names: shown } });
      }
      for (const variable of reading.unread) {
        // An empty value names nothing: nothing is lost.
        if (variable.value === '') continue;
        if (variable.name === 'DEPENDENCY_POD') {
          ctx.report({ span: variable.nameNode.span, messageId: 'podNeverRead', data: { container } });
          continue;
        }
        const near = nearestName(variable.name, READ);
        ctx.report({
          span: variable.nameNode.span,
          messageId: 'neverRead',
          data: { container, variable: variable.name, hint: near ? ` Did you mean ${near}?` : '' },
          // Another program in the image may read its own DEPENDENCY_ variables.
          ...(near ? {} : { atMost: 'warning' as const }),
        });
      }
    }
  },
});
