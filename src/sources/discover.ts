/**
 * Discovery: which charts the arguments name, and which single files. Which files of those charts are
 * linted is each file type's to say (src/file-types).
 */
import path from 'node:path';
import { loadChart, type ChartFileText, type ChartInfo } from './chart-info.js';
import { findEnclosingChart, findOwningChart, isInside, statKind } from './owner.js';
import { listFiles } from './walk.js';

/** A single file of the run, with the chart it belongs to and the file type the config gives it (if any). */
export interface NamedFile {
  path: string;
  chart: ChartInfo | undefined;
  kind?: string | undefined;
}

export interface DiscoveryOptions {
  cwd: string;
  isIgnored(absolutePath: string): boolean;
  /** Files that exist only as text in memory (an editor's unsaved buffer): taken as files. */
  virtualFiles?: ReadonlySet<string>;
  /** The file type the config assigns to a file (its `tripleo.files` globs), if any: such files are found in named folders too. */
  kindOf?(absolutePath: string): string | undefined;
}

export interface ChartDiscovery {
  /** Charts named as a whole (a folder, its Chart.yaml or a template). */
  wholeCharts: readonly ChartInfo[];
  /** Single files named on the command line, with the chart each belongs to. */
  namedFiles: readonly NamedFile[];
  /** Every chart the arguments reach: whole charts and the charts of named files. */
  charts: ChartInfo[];
  /** Chart.yaml texts as read to learn each chart, by path: linting them reuses the parse. */
  chartFiles: ReadonlyMap<string, ChartFileText>;
  /** Arguments that name nothing lintable: a usage error. */
  missing: string[];
}

export async function discoverCharts(args: readonly string[], options: DiscoveryOptions): Promise<ChartDiscovery> {
  const charts = new Map<string, ChartInfo>();
  const chartFiles = new Map<string, ChartFileText>();
  const missing: string[] = [];
  const wholeCharts = new Set<string>();
  const namedFiles: NamedFile[] = [];

  const chartAt = async (dir: string): Promise<ChartInfo> => {
    let chart = charts.get(dir);
    if (!chart) {
      const loaded = await loadChart(dir);
      chart = loaded.chart;
      charts.set(dir, chart);
      if (loaded.chartFile) chartFiles.set(path.join(dir, 'Chart.yaml'), loaded.chartFile);
    }
    return chart;
  };

  for (const arg of args) {
    const absolute = path.resolve(options.cwd, arg);
    const kind = options.virtualFiles?.has(absolute) ? 'file' : statKind(absolute);
    if (kind === 'missing') {
      missing.push(arg);
    } else if (kind === 'dir') {
      const files = listFiles(absolute);
      const chartDirs = chartDirsIn(absolute, files);
      const enclosing = chartDirs.length === 0 ? findEnclosingChart(absolute) : undefined;
      if (enclosing) chartDirs.push(enclosing);
      const typed = typedFilesIn(absolute, files, options);
      if (chartDirs.length === 0 && typed.length === 0) missing.push(arg);
      for (const dir of chartDirs) if (!options.isIgnored(path.join(dir, 'Chart.yaml'))) wholeCharts.add(dir);
      for (const file of typed) {
        const owner = findOwningChart(file.path);
        namedFiles.push({ ...file, chart: owner ? await chartAt(owner) : undefined });
      }
    } else {
      const owner = findOwningChart(absolute);
      const isChartFile =
        owner !== undefined && (path.basename(absolute) === 'Chart.yaml' || isInside(path.join(owner, 'templates'), absolute));
      if (owner && isChartFile) wholeCharts.add(owner);
      else namedFiles.push({ path: absolute, chart: owner ? await chartAt(owner) : undefined, kind: options.kindOf?.(absolute) });
    }
  }

  const whole: ChartInfo[] = [];
  for (const dir of [...wholeCharts].sort()) whole.push(await chartAt(dir));
  return { charts: [...charts.values()], wholeCharts: whole, namedFiles, chartFiles, missing };
}

/** Every chart folder below `root`, its own included (vendored sub-charts too). */
export function findChartDirs(root: string): string[] {
  return chartDirsIn(root, listFiles(root));
}

function chartDirsIn(root: string, files: readonly string[]): string[] {
  return files.filter((file) => file === 'Chart.yaml' || file.endsWith('/Chart.yaml')).map((file) => path.dirname(path.join(root, file)));
}

/** The files below a named folder that the config gives a file type (`tripleo.files`), not ignored. */
function typedFilesIn(root: string, files: readonly string[], options: DiscoveryOptions): { path: string; kind: string }[] {
  if (!options.kindOf) return [];
  return files.flatMap((file) => {
    const absolute = path.join(root, file);
    const kind = options.kindOf!(absolute);
    return kind && !options.isIgnored(absolute) ? [{ path: absolute, kind }] : [];
  });
}
