/**
 * The chart topology: which charts are umbrellas and regions (the SAP layout), built only from real
 * dependency edges, never from two charts sharing a name:
 *   generic charts  <-  the umbrella chart (depends on several of them; holds the shared `global:` values)
 *                   <-  region charts (depend on the umbrella; hold every secret, as `global.<key>` or
 *                       `<umbrella>.<chart>.<key>`)
 * An edge is a `file://` dependency, a chart vendored in `charts/<name>/`, or a dependency served from this
 * machine (`http://localhost:8879/charts`, how `helm serve` publishes a repository's own charts) that is a
 * sibling folder of the same name. A chart's place depends only on its own tree: its dependencies and the
 * charts beside it (which may depend on it), whatever else the run holds.
 * Plain OpenStack-Helm has no umbrella: every values.yaml is a chart default, and the files named by the
 * config's `regions:` globs or --region-values are region values (discovery marks those targets).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadChart, type ChartDependency, type ChartInfo } from '../sources/chart-info.js';
import { defineFact } from './types.js';

export type Placement = 'chart' | 'umbrella' | 'region';
export type ChartRole = Placement;

export interface TopologyEdge {
  /** The dependency's name, and the key the parent's values address it by (its alias, else its name). */
  name: string;
  key: string;
  /** The chart folder it resolves to in this tree; undefined when it comes from elsewhere. */
  dir: string | undefined;
}

export interface TopologyChart {
  dir: string;
  name: string;
  role: ChartRole;
  dependencies: TopologyEdge[];
  templates: readonly string[];
}

export interface Topology {
  /** Every chart of the run and of its trees, by folder. */
  charts: Record<string, TopologyChart>;
}

export const topologyFact = defineFact<Topology>({
  id: 'topology',
  async build(input) {
    const known = await neighbourhood(input.charts);
    const edges = new Map([...known.values()].map((chart) => [chart.dir, resolveEdges(chart, known)]));
    const roles = classify(known, edges);
    const charts: Record<string, TopologyChart> = {};
    for (const dir of [...known.keys()].sort()) {
      const chart = known.get(dir)!;
      charts[dir] = { dir, name: chart.name, role: roles.get(dir) ?? 'chart', dependencies: edges.get(dir)!, templates: chart.templates };
    }
    return { charts };
  },
});

/** The charts of the run, everything they depend on, and, where the layout could hold one, the charts beside them. */
async function neighbourhood(runCharts: readonly ChartInfo[]): Promise<Map<string, ChartInfo>> {
  const known = new Map(runCharts.map((chart) => [chart.dir, chart]));
  const load = async (dir: string): Promise<ChartInfo | undefined> => {
    if (known.has(dir)) return known.get(dir);
    if (!existsSync(path.join(dir, 'Chart.yaml'))) return undefined;
    const { chart } = await loadChart(dir);
    known.set(dir, chart);
    return chart;
  };
  const withSiblings = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const chart of [...known.values()]) {
      for (const dep of chart.dependencies)
        for (const dir of candidateDirs(chart.dir, dep)) if (!known.has(dir) && (await load(dir))) changed = true;
      // Only a chart of several charts (an umbrella) or a chart above one (a region) needs to know what
      // depends on it, and in this layout that sits beside it.
      const below = resolvedDirs(chart, known);
      if (below.length >= 2 || below.some((dir) => resolvedDirs(known.get(dir)!, known).length >= 2)) {
        const parent = path.dirname(chart.dir);
        if (withSiblings.has(parent)) continue;
        withSiblings.add(parent);
        for (const dir of chartFoldersIn(parent)) if (!known.has(dir) && (await load(dir))) changed = true;
      }
    }
  }
  return known;
}

/**
 * The folders a dependency may be in, before they are known to be charts: its file:// path, else vendored
 * (helm renders what `charts/` holds, so a vendored copy stands in for a file:// path that is not there), or beside.
 */
function candidateDirs(chartDir: string, dep: ChartDependency): string[] {
  const vendored = path.join(chartDir, 'charts', dep.name);
  if (dep.dir) return [dep.dir, vendored];
  return isServedHere(dep.repository) ? [vendored, path.join(path.dirname(chartDir), dep.name)] : [vendored];
}

function resolveEdges(chart: ChartInfo, known: ReadonlyMap<string, ChartInfo>): TopologyEdge[] {
  return chart.dependencies.map((dep) => {
    const key = dep.alias ?? dep.name;
    const found = candidateDirs(chart.dir, dep).find((dir) => {
      const target = known.get(dir);
      // A vendored or served chart must be the one named; a file:// path is the chart it points at.
      return target !== undefined && target.dir !== chart.dir && (dir === dep.dir || target.name === dep.name);
    });
    return { name: dep.name, key, dir: found };
  });
}

function resolvedDirs(chart: ChartInfo, known: ReadonlyMap<string, ChartInfo>): string[] {
  return resolveEdges(chart, known).flatMap((edge) => (edge.dir ? [edge.dir] : []));
}

/** `helm serve` and other repositories on this machine: in this layout they publish the tree's own charts. */
function isServedHere(repository: string | undefined): boolean {
  if (!repository) return false;
  try {
    const host = new URL(repository).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
  } catch {
    return false;
  }
}

function chartFoldersIn(parent: string): string[] {
  try {
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(path.join(parent, entry.name, 'Chart.yaml')))
      .map((entry) => path.join(parent, entry.name));
  } catch {
    return [];
  }
}

function isInside(dir: string, parent: string): boolean {
  const relative = path.relative(parent, dir);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * A region is a chart nothing depends on that depends on an umbrella: a chart of several charts. Without a
 * region, such a top chart is the umbrella itself, when the charts it gathers are the tree's, not its own
 * vendored sub-charts. (A service chart with two sub-charts of its own, a
 * database and its exporter, is depended on by the umbrella, so it is neither.)
 */
function classify(known: ReadonlyMap<string, ChartInfo>, edges: ReadonlyMap<string, TopologyEdge[]>): Map<string, ChartRole> {
  const depsOf = (dir: string): string[] => (edges.get(dir) ?? []).flatMap((edge) => (edge.dir ? [edge.dir] : []));
  const dependedOn = new Set([...known.keys()].flatMap(depsOf));
  const aggregates = (dir: string): boolean => depsOf(dir).length >= 2;
  // Sub-charts vendored in the chart's own charts/ folder are part of it (kube-prometheus-stack, loki):
  // alone they make a self-contained chart, not an umbrella of the tree's charts.
  const aggregatesTree = (dir: string): boolean => depsOf(dir).filter((dep) => !isInside(dep, dir)).length >= 2;
  const roles = new Map<string, ChartRole>();
  for (const top of [...known.keys()].filter((dir) => !dependedOn.has(dir))) {
    const below = depsOf(top).filter(aggregates);
    if (below.length > 0) {
      roles.set(top, 'region');
      for (const umbrella of below) roles.set(umbrella, 'umbrella');
    } else if (aggregatesTree(top)) roles.set(top, 'umbrella');
  }
  return roles;
}

/** Where a values file sits in the placement rule. */
export function placementOf(topology: Topology, file: { role: string; region?: boolean; chart: { dir: string } | undefined }): Placement {
  if (file.role !== 'defaults' && file.role !== 'override' && file.role !== 'extra') return 'chart';
  if (file.region) return 'region';
  return file.chart ? (topology.charts[file.chart.dir]?.role ?? 'chart') : 'chart';
}

/** The charts a chart brings in, itself included, following the tree's edges. */
export function closureOf(topology: Topology, dir: string): TopologyChart[] {
  const seen = new Map<string, TopologyChart>();
  const visit = (at: string): void => {
    const chart = topology.charts[at];
    if (!chart || seen.has(at)) return;
    seen.set(at, chart);
    for (const edge of chart.dependencies) if (edge.dir) visit(edge.dir);
  };
  visit(dir);
  return [...seen.values()];
}

/** The umbrellas a region chart depends on, with the key the region's values address each by. */
export function umbrellasOf(topology: Topology, regionDir: string | undefined): { key: string; chart: TopologyChart }[] {
  const region = regionDir ? topology.charts[regionDir] : undefined;
  return (region?.dependencies ?? []).flatMap((edge) => {
    const chart = edge.dir ? topology.charts[edge.dir] : undefined;
    return chart?.role === 'umbrella' ? [{ key: edge.key, chart }] : [];
  });
}
