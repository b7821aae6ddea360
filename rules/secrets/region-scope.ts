import { defineRule, NO_OPTIONS } from '../../src/engine/types.js';
import { forEachLeaf } from '../../src/secrets/leaves.js';
import { chartSections, repeatedAcrossCharts } from '../../src/secrets/sections.js';

export default defineRule<Record<string, never>, 'oneReader' | 'repeated'>({
  id: 'secrets/region-scope',
  meta: {
    description: 'In region values, a sensitive global only one chart reads (it belongs to that chart), or the same sensitive value set per chart in several charts (it belongs in global).',
    severity: 'warning',
    targets: ['values'],
    messages: {
      oneReader: 'Only the {{chart}} chart reads "global.{{key}}"; set it as "{{umbrella}}.{{chart}}.{{key}}" so no other chart receives it.',
      repeated: '"{{key}}" sets the same value ({{what}}) for the charts {{charts}}; set it once as "global.{{leaf}}".',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (ctx.placement !== 'region') return;
    const layout = ctx.layout();
    const secrets = ctx.secrets();
    const root = ctx.file.documents[0]?.root;
    const readers = layout.globalReaders;
    if (readers) {
      forEachLeaf(root, (path, leaf) => {
        if (path[0] !== 'global' || typeof path[1] !== 'string') return;
        const chartsReading = readers[path[1]] ?? [];
        if (chartsReading.length !== 1 || !secrets.classify(path, leaf.value).sensitive) return;
        const data = { chart: chartsReading[0]!, key: path[1], umbrella: layout.umbrellas[0] ?? '<umbrella>' };
        ctx.report({ node: leaf, messageId: 'oneReader', data });
      });
    }
    // The same sensitive value under the same key in several charts' sections.
    const repeats = repeatedAcrossCharts(chartSections(root, layout, ctx.placement), (path, leaf) => {
      const verdict = secrets.classify(path, leaf.value);
      return verdict.sensitive ? { what: verdict.description, name: String(path.at(-1)) } : undefined;
    });
    for (const { leaf, path, found, charts } of repeats) {
      ctx.report({ node: leaf, messageId: 'repeated', data: { key: path, what: found.what, charts: charts.join(', '), leaf: found.name } });
    }
  },
});
