import { defineRule, NO_OPTIONS } from '../../src/engine/types.js';

export default defineRule<Record<string, never>, 'failed'>({
  id: 'manifests/render-failed',
  meta: {
    description: 'With --render: helm is missing, or helm template cannot render the chart, so its manifests could not be linted.',
    severity: 'error',
    targets: ['chart-metadata'],
    messages: {
      failed: 'The chart was not rendered, so its manifests were not linted: {{problem}}',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const outcome = ctx.render();
    if (!outcome || outcome.ok) return;
    const data = { problem: outcome.message };
    if (outcome.at) ctx.report({ at: outcome.at, messageId: 'failed', data });
    else ctx.report({ span: { start: 0, end: 0 }, messageId: 'failed', data });
  },
});
