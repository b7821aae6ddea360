import { defineRule, NO_OPTIONS } from '../../src/engine/types.js';
import { chartSections, repeatedAcrossCharts } from '../../src/secrets/sections.js';
import { getEntry, type PathSegment, type YamlScalar } from '../../src/sources/yaml.js';

export default defineRule<Record<string, never>, 'oneReader' | 'repeated'>({
  id: 'values/global-scope',
  meta: {
    description: "A shared global only one chart reads (it belongs in that chart's values), or the same value set per chart in several charts (it belongs in the umbrella's global:).",
    severity: 'info',
    targets: ['values'],
    messages: {
      oneReader: 'Only the {{chart}} chart reads "global.{{key}}"; make it a value of that chart.',
      repeated: '"{{key}}" sets the same value for the charts {{charts}}; set it once in the umbrella\'s global: values.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (ctx.placement === 'chart') return;
    const layout = ctx.layout();
    const secrets = ctx.secrets();
    const root = ctx.file.documents[0]?.root;
    const globals = root?.kind === 'map' ? getEntry(root, 'global') : undefined;
    // Sensitive values are secrets/region-scope's; here the umbrella's plain shared values.
    if (ctx.placement === 'umbrella' && layout.globalReaders && globals?.value.kind === 'map') {
      for (const entry of globals.value.entries) {
        const chartsReading = layout.globalReaders[entry.key] ?? [];
        if (chartsReading.length === 1 && !secrets.isSensitiveKey(entry.key)) {
          ctx.report({ span: entry.keySpan, messageId: 'oneReader', data: { chart: chartsReading[0]!, key: entry.key } });
        }
      }
    }
    const plain = (path: readonly PathSegment[], leaf: YamlScalar): true | undefined =>
      secrets.isPlaceholder(leaf.value) || secrets.classify(path, leaf.value).sensitive ? undefined : true;
    for (const { leaf, path, charts } of repeatedAcrossCharts(chartSections(root, layout, ctx.placement), plain)) {
      ctx.report({ node: leaf, messageId: 'repeated', data: { key: path, charts: charts.join(', ') } });
    }
  },
});
