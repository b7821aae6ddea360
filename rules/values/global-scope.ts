import {
  chartSections,
  chartsReading,
  defineRule,
  getEntry,
  globalReadersFact,
  NO_OPTIONS,
  repeatedAcrossCharts,
  topologyFact,
  type PathSegment,
  type YamlScalar,
} from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'oneReader' | 'repeated', 'values'>({
  id: 'values/global-scope',
  meta: {
    description:
      "A shared global only one chart reads (it belongs in that chart's values), or the same value set per chart in several charts (it belongs in the umbrella's global:).",
    severity: 'info',
    targets: ['values'],
    facts: [topologyFact, globalReadersFact],
    messages: {
      oneReader: 'Only the {{chart}} chart reads "global.{{key}}"; make it a value of that chart.',
      repeated: '"{{key}}" sets the same value for the charts {{charts}}; set it once in the umbrella\'s global: values.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (ctx.placement === 'chart') return;
    const topology = ctx.fact(topologyFact);
    const readers = ctx.fact(globalReadersFact);
    const chartDir = ctx.chart?.dir;
    const secrets = ctx.secrets();
    const root = ctx.file.documents[0]?.root;
    const globals = root?.kind === 'map' ? getEntry(root, 'global') : undefined;
    // Sensitive values are secrets/region-scope's; here the umbrella's plain shared values.
    if (ctx.placement === 'umbrella' && readers && chartDir && globals?.value.kind === 'map') {
      for (const entry of globals.value.entries) {
        const reading = chartsReading(readers, topology, chartDir, entry.key);
        if (reading?.length === 1 && !secrets.isSensitiveKey(entry.key)) {
          ctx.report({ span: entry.keySpan, messageId: 'oneReader', data: { chart: reading[0]!, key: entry.key } });
        }
      }
    }
    const plain = (path: readonly PathSegment[], leaf: YamlScalar): true | undefined =>
      secrets.isPlaceholder(leaf.value) || secrets.classify(path, leaf.value).sensitive ? undefined : true;
    for (const { leaf, path, charts } of repeatedAcrossCharts(
      chartSections(root, topology, { placement: ctx.placement, chartDir }),
      plain,
    )) {
      ctx.report({ node: leaf, messageId: 'repeated', data: { key: path, charts: charts.join(', ') } });
    }
  },
});
