import {
  chartSections,
  chartsReading,
  defineRule,
  forEachLeaf,
  globalReadersFact,
  NO_OPTIONS,
  notASecretHere,
  repeatedAcrossCharts,
  topologyFact,
  umbrellasOf,
} from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'oneReader' | 'repeated', 'values'>({
  id: 'secrets/region-scope',
  meta: {
    description:
      'In region values, a sensitive global only one chart reads (it belongs to that chart), or the same sensitive value set per chart in several charts (it belongs in global).',
    severity: 'warning',
    targets: ['values'],
    facts: [topologyFact, globalReadersFact],
    messages: {
      oneReader:
        'Only the {{chart}} chart reads "global.{{key}}"; set it as "{{umbrella}}.{{chart}}.{{key}}" so no other chart receives it.',
      repeated: '"{{key}}" sets the same value ({{what}}) for the charts {{charts}}; set it once as "global.{{leaf}}".',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (ctx.placement !== 'region') return;
    const topology = ctx.fact(topologyFact);
    const secrets = ctx.secrets();
    const root = ctx.file.documents[0]?.root;
    const readers = ctx.fact(globalReadersFact);
    const chartDir = ctx.chart?.dir;
    if (readers && chartDir) {
      // Only the charts this region deploys count: what other trees read is not this region's concern.
      const umbrella = umbrellasOf(topology, chartDir)[0]?.key ?? '<umbrella>';
      forEachLeaf(root, (path, leaf) => {
        if (path[0] !== 'global' || typeof path[1] !== 'string') return;
        const reading = chartsReading(readers, topology, chartDir, path[1]);
        if (reading?.length !== 1 || !secrets.classify(path, leaf.value).sensitive || notASecretHere(root, path, leaf.value)) return;
        const data = { chart: reading[0]!, key: path[1], umbrella };
        ctx.report({ node: leaf, messageId: 'oneReader', data });
      });
    }
    // The same sensitive value under the same key in several charts' sections.
    const repeats = repeatedAcrossCharts(chartSections(root, topology, { placement: ctx.placement, chartDir }), (path, leaf, section) => {
      const verdict = secrets.classify(path, leaf.value);
      return verdict.sensitive && !notASecretHere(section.map, path, leaf.value)
        ? { what: verdict.description, name: String(path.at(-1)) }
        : undefined;
    });
    for (const { leaf, path, found, charts } of repeats) {
      ctx.report({ node: leaf, messageId: 'repeated', data: { key: path, what: found.what, charts: charts.join(', '), leaf: found.name } });
    }
  },
});
