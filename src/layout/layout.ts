/**
 * The chart tree the value-placement rule is about (the SAP umbrella/region layout):
 *   generic charts  <-  the umbrella chart (depends on several of them; holds the shared `global:` values)
 *                   <-  region charts (depend on the umbrella; hold every secret, as `global.<key>` or
 *                       `<umbrella>.<chart>.<key>`)
 * Plain OpenStack-Helm has no umbrella: every values.yaml is a chart default, and the files named by the
 * config's `regions:` globs or --region-values are region values.
 * Plain data (no functions), so worker threads can be handed it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartInfo, LintTarget } from '../sources/charts.js';
import { templateTexts } from '../templates/texts.js';

export type Placement = 'chart' | 'umbrella' | 'region';

export interface Layout {
  /** Names of the umbrella charts in the run. */
  umbrellas: string[];
  /** Names of every chart in the run. */
  charts: string[];
  /** Where each values file sits, by absolute path. */
  placements: Record<string, Placement>;
  /** Chart names whose templates (or tpl'd values strings) read `.Values.global.<key>`; null without templates. */
  globalReaders: Record<string, string[]> | null;
}

export interface LayoutOptions {
  /** Values files that are region values whatever chart they sit in (config `regions:`, --region-values). */
  isRegionFile(absolutePath: string): boolean;
}

export function buildLayout(charts: readonly ChartInfo[], targets: readonly LintTarget[], options: LayoutOptions): Layout {
  const dependenciesOf = inRunDependencies(charts);
  const dependedOn = new Set([...dependenciesOf.values()].flat());
  const aggregates = (chart: ChartInfo): boolean => (dependenciesOf.get(chart)?.length ?? 0) >= 2;
  // A region is a chart nothing depends on that depends on an umbrella: a chart of several charts. Without a
  // region in the run, such a top chart is the umbrella itself. (A service chart with two sub-charts of its
  // own, a database and its exporter, is depended on by the umbrella, so it is neither.)
  const umbrellas = new Set<ChartInfo>();
  const regions = new Set<ChartInfo>();
  for (const top of charts.filter((chart) => !dependedOn.has(chart))) {
    const below = (dependenciesOf.get(top) ?? []).filter(aggregates);
    if (below.length > 0) {
      regions.add(top);
      for (const umbrella of below) umbrellas.add(umbrella);
    } else if (aggregates(top)) umbrellas.add(top);
  }
  const umbrellaNames = new Set([...umbrellas].map((c) => c.name));

  const placements: Record<string, Placement> = {};
  for (const target of targets) {
    if (target.role === 'chart-metadata' || target.role === 'manifests') continue;
    const chart = target.chart;
    placements[target.path] =
      options.isRegionFile(target.path) || (chart && regions.has(chart)) ? 'region' : chart && umbrellas.has(chart) ? 'umbrella' : 'chart';
  }
  return { umbrellas: [...umbrellaNames], charts: [...new Set(charts.map((c) => c.name))], placements, globalReaders: globalReaders(charts) };
}

/** Each chart's dependencies among the charts of the run: by `file://` folder, else by name. */
function inRunDependencies(charts: readonly ChartInfo[]): Map<ChartInfo, ChartInfo[]> {
  const byDir = new Map(charts.map((c) => [c.dir, c]));
  const byName = new Map<string, ChartInfo[]>();
  for (const chart of charts) byName.set(chart.name, [...(byName.get(chart.name) ?? []), chart]);
  return new Map(
    charts.map((chart) => [
      chart,
      chart.dependencies
        .flatMap((dep) => (dep.dir ? (byDir.has(dep.dir) ? [byDir.get(dep.dir)!] : []) : (byName.get(dep.name) ?? [])))
        .filter((dep) => dep !== chart),
    ]),
  );
}

const GLOBAL_READ = /\.Values\.global\.([A-Za-z0-9_]+)/g;

/** Which charts read each `global.<key>`: in their templates, or in values strings they evaluate with tpl. */
function globalReaders(charts: readonly ChartInfo[]): Record<string, string[]> | null {
  if (!charts.some((chart) => chart.templates.size > 0)) return null;
  const readers = new Map<string, Set<string>>();
  const record = (text: string, chart: string): void => {
    for (const match of text.matchAll(GLOBAL_READ)) {
      const key = match[1]!;
      if (!readers.has(key)) readers.set(key, new Set());
      readers.get(key)!.add(chart);
    }
  };
  for (const chart of charts) {
    for (const { text } of templateTexts(chart)) record(text, chart.name);
    // In values, only strings a template evaluates with tpl (`{{ ... }}`) read anything.
    try {
      record((readFileSync(path.join(chart.dir, 'values.yaml'), 'utf8').match(/\{\{[^}]*\}\}/g) ?? []).join('\n'), chart.name);
    } catch {
      // a chart without values.yaml reads nothing through it
    }
  }
  return Object.fromEntries([...readers].map(([key, set]) => [key, [...set].sort()]));
}

export function placementOf(layout: Layout | undefined, file: string): Placement {
  return layout?.placements[file] ?? 'chart';
}
