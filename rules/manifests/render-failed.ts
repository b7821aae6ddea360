import { defineRule, NO_OPTIONS, rendersFact } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'failed', 'chart-metadata'>({
  id: 'manifests/render-failed',
  meta: {
    description: 'With --render: helm is missing, or helm template cannot render the chart, so its manifests could not be linted.',
    severity: 'error',
    targets: ['chart-metadata'],
    facts: [rendersFact],
    messages: {
      failed: 'The chart was not rendered, so its manifests were not linted: {{problem}}',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    // Rendering is reported once per chart, at its Chart.yaml.
    if (ctx.file.role !== 'chart-metadata' || !ctx.chart) return;
    const outcome = ctx.fact(rendersFact)[ctx.chart.dir];
    if (!outcome || outcome.ok) return;
    const data = { problem: outcome.message };
    // Chart-repository dependencies nobody fetched are the checkout's state (charts/ is rarely committed), and a
    // `required`/`fail` call asks the deployer for values by design: no defect of the chart, so a warning that
    // says the manifests went unjudged, never a failed build by itself.
    const atMost = outcome.cause ? ('warning' as const) : undefined;
    // A broken dependency of this Chart.yaml: the exact span of its entry.
    if (outcome.span && outcome.at?.path === ctx.file.path) ctx.report({ span: outcome.span, messageId: 'failed', data, atMost });
    else if (outcome.at) ctx.report({ at: outcome.at, messageId: 'failed', data, atMost });
    else ctx.report({ span: { start: 0, end: 0 }, messageId: 'failed', data, atMost });
  },
});
