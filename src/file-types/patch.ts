/**
 * Hot-fix patches (SAP's chart layout): a chart's `patches/*.patch` files, which its `<svc>-patches` ConfigMap
 * carries into the container for the startup script to apply; and any `.patch` file named on the command
 * line. A patch is plain text, not YAML: rules read `ctx.file.text`.
 */
import path from 'node:path';
import { chartPatchFiles } from '../patches/chart-files.js';
import type { FileType, LintTarget } from './types.js';

// Nothing beyond the common context: the text is the whole view.
export type PatchContext = Record<never, never>;

export const patchFileType: FileType<'patch', PatchContext> = {
  kind: 'patch',
  discover(input) {
    const found: LintTarget[] = input.wholeCharts.flatMap((chart) =>
      chartPatchFiles(chart.dir).map((file): LintTarget => ({ path: file, kind: 'patch', role: 'patch', chart })),
    );
    for (const named of input.namedFiles) {
      if (path.extname(named.path) === '.patch') found.push({ path: named.path, kind: 'patch', role: 'patch', chart: named.chart });
    }
    return found;
  },
  parse: () => Promise.resolve([]),
  fatalStopsRules: false,
  context: () => ({}),
};
