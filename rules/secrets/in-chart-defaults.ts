import { chartRelative, defineRule, dottedPath, forEachLeaf, NO_OPTIONS, topologyFact } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'literal' | 'knownDefault', 'values'>({
  id: 'secrets/in-chart-defaults',
  meta: {
    description:
      "A literal sensitive value in a chart's own values (its defaults, or the umbrella's per-chart values): secrets belong in region values.",
    severity: 'error',
    targets: ['values'],
    facts: [topologyFact],
    messages: {
      literal:
        '"{{key}}" holds {{what}} in the chart\'s values; set it in the region values and leave a placeholder (null or DEFINED-IN-REGION-CHART) here.',
      knownDefault:
        '"{{key}}" ships {{what}}: every deployment that does not override it runs with it. Leave a placeholder here and set the real value in the region values.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (ctx.placement === 'region') return;
    const secrets = ctx.secrets();
    const topology = ctx.fact(topologyFact);
    const placed = { placement: ctx.placement, chartDir: ctx.chart?.dir };
    forEachLeaf(ctx.file.documents[0]?.root, (path, leaf) => {
      // The umbrella's global: is secrets/in-shared-globals' to judge.
      if (ctx.placement === 'umbrella' && path[0] === 'global') return;
      // In the umbrella, `keystone.secrets.x` is keystone's `secrets.x`: Secret names, not secrets.
      const verdict = secrets.classify(chartRelative(path, topology, placed), leaf.value);
      if (!verdict.sensitive) return;
      const data = { key: dottedPath(path), what: verdict.description };
      ctx.report({ node: leaf, messageId: verdict.knownDefault ? 'knownDefault' : 'literal', data });
    });
  },
});
