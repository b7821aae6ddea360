/** How rendering each whole chart went with the real helm (--render): its manifests, or why there are none. */
import { renderCharts, type RenderOutcome } from '../render/render.js';
import { defineFact } from './types.js';

/** By chart folder; empty without --render. */
export type Renders = Record<string, RenderOutcome>;

export const rendersFact = defineFact<Renders>({
  id: 'renders',
  async build(input) {
    if (!input.render) return {};
    const charts = input.wholeCharts.filter((chart) => !chart.library);
    const outcomes = await renderCharts(charts, input.render);
    return Object.fromEntries([...outcomes].map(([chart, outcome]) => [chart.dir, outcome]));
  },
});
