/**
 * The charts a change reaches: a library chart (`type: library`, or helm-toolkit) renders nothing of its own,
 * its dependents render what it defines, so a change to it is a change to every chart of the tree that
 * depends on it through a `file://` path. Used where only changed charts are linted (the Action's
 * only-changed, --changed-since).
 */
import path from 'node:path';
import { loadChart, type ChartInfo } from './chart-info.js';
import { findChartDirs } from './discover.js';

/** `changed` (chart folders) and, for each library among them, the charts below `roots` that depend on it. */
export async function withDependents(changed: readonly string[], roots: readonly string[]): Promise<string[]> {
  // Each Chart.yaml is read once, however often a folder is asked about.
  const charts = new Map<string, ChartInfo>();
  const chartAt = async (dir: string): Promise<ChartInfo> => {
    let chart = charts.get(dir);
    if (!chart) charts.set(dir, (chart = (await loadChart(dir)).chart));
    return chart;
  };
  const isLibrary = async (dir: string): Promise<boolean> => {
    const chart = await chartAt(dir);
    return chart.library || chart.name === 'helm-toolkit';
  };
  const result = new Set(changed.map((dir) => path.resolve(dir)));
  const libraries: string[] = [];
  for (const dir of result) if (await isLibrary(dir)) libraries.push(dir);
  if (libraries.length === 0) return [...result];
  // Only the charts the run was asked about: a dependent outside `roots` is not this run's to lint.
  const candidates = new Set<string>();
  for (const root of roots) for (const dir of findChartDirs(path.resolve(root))) candidates.add(dir);
  const dependencies = new Map<string, string[]>();
  for (const dir of candidates) {
    dependencies.set(
      dir,
      (await chartAt(dir)).dependencies.flatMap((d) => (d.dir ? [path.resolve(d.dir)] : [])),
    );
  }
  // A library used by a library reaches that one's dependents too.
  const pending = [...libraries];
  while (pending.length > 0) {
    const library = pending.pop()!;
    for (const [dir, deps] of dependencies) {
      if (result.has(dir) || !deps.includes(library)) continue;
      result.add(dir);
      if (await isLibrary(dir)) pending.push(dir);
    }
  }
  return [...result].sort();
}
