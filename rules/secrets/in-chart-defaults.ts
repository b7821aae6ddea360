import {
  chartRelative,
  defineRule,
  dottedPath,
  forEachLeaf,
  NO_OPTIONS,
  notASecretHere,
  secretWritesFact,
  topologyFact,
  useOf,
  type Topology,
} from '../../src/rule-kit/index.js';

const REGION_PLACEHOLDER = /DEFINED?[-_]IN[-_]REGION/i;

/** Where the real value goes: region values in an umbrella/region layout; elsewhere, whatever the deployment supplies. */
const REMEDY = {
  layout: {
    literal: 'set it in the region values and leave a placeholder (null or DEFINED-IN-REGION-CHART) here',
    knownDefault: 'Leave a placeholder here and set the real value in the region values',
  },
  plain: {
    literal: 'leave it null here and supply it at deploy time (an override file kept out of the chart, or a Secret)',
    knownDefault: 'Leave it null here and supply the real value at deploy time',
  },
};

function underUmbrella(topology: Topology, chartDir: string | undefined): boolean {
  if (chartDir === undefined) return false;
  return Object.values(topology.charts).some((c) => c.role === 'umbrella' && c.dependencies.some((edge) => edge.dir === chartDir));
}

export default defineRule<Record<string, never>, 'literal' | 'knownDefault', 'values'>({
  id: 'secrets/in-chart-defaults',
  meta: {
    description:
      "A literal sensitive value in a chart's own values (its defaults, or the umbrella's per-chart values): secrets belong in region values.",
    severity: 'error',
    targets: ['values'],
    facts: [topologyFact, secretWritesFact],
    messages: {
      literal: '"{{key}}" holds {{what}} in the chart\'s values; {{remedy}}.',
      knownDefault: '"{{key}}" ships {{what}}: every deployment that does not override it runs with it. {{remedy}}.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (ctx.placement === 'region') return;
    const secrets = ctx.secrets();
    const topology = ctx.fact(topologyFact);
    const placed = { placement: ctx.placement, chartDir: ctx.chart?.dir };
    // The umbrella/region words only where that layout is: a plain chart has no region values to point at.
    // In it: the umbrella, a chart an umbrella of the tree depends on, or a chart whose values already use
    // the region placeholders.
    const inLayout = ctx.placement === 'umbrella' || underUmbrella(topology, ctx.chart?.dir) || REGION_PLACEHOLDER.test(ctx.file.text);
    const remedy = inLayout ? REMEDY.layout : REMEDY.plain;
    const root = ctx.file.documents[0]?.root;
    // What the chart's own templates do with its values; an umbrella's per-chart sections are its charts'.
    const writes = ctx.placement === 'umbrella' || !ctx.chart ? undefined : ctx.fact(secretWritesFact)[ctx.chart.dir];
    forEachLeaf(root, (path, leaf) => {
      // The umbrella's global: is secrets/in-shared-globals' to judge.
      if (ctx.placement === 'umbrella' && path[0] === 'global') return;
      // In the umbrella, `keystone.secrets.x` is keystone's `secrets.x`: Secret names, not secrets.
      const verdict = secrets.classify(chartRelative(path, topology, placed), leaf.value, useOf(path, writes));
      if (!verdict.sensitive || notASecretHere(root, path, leaf.value, writes)) return;
      const messageId = verdict.knownDefault ? 'knownDefault' : 'literal';
      ctx.report({ node: leaf, messageId, data: { key: dottedPath(path), what: verdict.description, remedy: remedy[messageId] } });
    });
  },
});
