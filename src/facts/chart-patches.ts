/**
 * Which hot-fix patch files each rendered chart ships in patches/: their findings are reported at the file
 * itself (src/file-types/patch.ts), so the rendered `<svc>-patches` ConfigMap that carries the same file
 * does not report them a second time at its template.
 */
import path from 'node:path';
import { chartPatchFiles } from '../patches/chart-files.js';
import { defineFact } from './types.js';

/** File names by chart folder; empty without --render (only renders carry a chart's files). */
export type ChartPatches = Record<string, string[]>;

export const chartPatchesFact = defineFact<ChartPatches>({
  id: 'chart-patches',
  build(input) {
    if (!input.render) return {};
    const entries = input.wholeCharts.map((chart) => [chart.dir, chartPatchFiles(chart.dir).map((file) => path.basename(file))] as const);
    return Object.fromEntries(entries.filter(([, names]) => names.length > 0));
  },
});
