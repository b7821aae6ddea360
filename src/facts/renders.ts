/** How rendering each whole chart went with the real helm (--render): its manifests, or why there are none. */
import { renderCharts, type RenderOutcome } from '../render/render.js';
import { defineFact } from './types.js';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** By chart folder; empty without --render. */
export type Renders = Record<string, RenderOutcome>;

export const rendersFact = defineFact<Renders>({
  id: 'renders',
  async build(input) {
    if (!input.render) return {};
    const charts = input.wholeCharts.filter((chart) => !chart.library && !isVendored(chart.dir));
    const outcomes = await renderCharts(charts, input.render);
    return Object.fromEntries([...outcomes].map(([chart, outcome]) => [chart.dir, outcome]));
  },
});

/**
 * A chart in another chart's charts/ folder is rendered only through that parent, as helm installs it: alone
 * it lacks the parent's values and globals. Its values are still linted as values.
 */
function isVendored(dir: string): boolean {
  const charts = path.dirname(dir);
  return path.basename(charts) === 'charts' && existsSync(path.join(path.dirname(charts), 'Chart.yaml'));
}
