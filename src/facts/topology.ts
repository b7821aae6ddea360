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
 *
 * What makes a chart an umbrella. Generic charts bundle sub-charts all the time (kube-prometheus-stack with
 * its vendored grafana, bitnami charts over `common` and `postgresql`, a chart over a `file://` library),
 * and none of them is an umbrella: their `global:` and `<sub-chart>.enabled` are their own public API.
 * The rule, measured on SAP's tree and on bitnami, atmosphere, openstack-helm and StarlingX (where it finds
 * no umbrella at all):
 *   - A member of a chart is a dependency found in the tree that is not a library (`type: library`, or
 *     helm-toolkit) and is not switched by a `condition:`: a conditional dependency is an optional feature
 *     of a self-contained chart (`condition: postgresql.enabled`), while an umbrella deploys its charts, at
 *     most grouped by `tags:` (SAP's `openstack` chart does).
 *   - An umbrella has two or more members, and either
 *       a region depends on it: a chart nothing depends on, whose edge to the umbrella is a chart beside
 *       it (not one vendored in its own charts/; a wrapper around a vendored upstream chart is no region),
 *       and the umbrella has no templates of its own (below) or its values await a region (below), or
 *       no region is in the tree, and it is itself the top chart, an abstract region: its members are
 *       charts beside it (not vendored in its own charts/), it has no templates of its own but helpers
 *       (`_*`, `*.tpl`) and NOTES.txt, so its values are only what it hands to its charts, and its
 *       values.yaml says a region sets some of them (a `DEFINED-IN-REGION-CHART` placeholder, as SAP's
 *       `global.region`). A chart that bundles others for convenience is none of these: on atmosphere's
 *       charts, a template-less `platform` chart over kube-prometheus-stack, loki and vector made the old
 *       rule (two dependencies beside it) call kube-prometheus-stack and loki umbrellas (30 findings).
 * Plain OpenStack-Helm has no umbrella: every values.yaml is a chart default, and the files named by the
 * config's `regions:` globs or --region-values are region values (discovery marks those targets).
 *
 * In umbrella and region values, the keys that switch a dependency on or off (`<dependency>.enabled`, every
 * path a `condition:` names, `tags:`) are switches, not values: `switchPaths` lists them.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadChart, type ChartDependency, type ChartInfo } from '../sources/chart-info.js';
import { readTextOrUndefined } from '../sources/files.js';
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
  /** The values paths that switch a dependency on or off: `<key>.enabled`, each `condition:` path, `tags.<tag>`. */
  switches: string[][];
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
      charts[dir] = {
        dir,
        name: chart.name,
        role: roles.get(dir) ?? 'chart',
        dependencies: edges.get(dir)!,
        templates: chart.templates,
        switches: switchesOf(chart),
      };
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

/** The charts a chart deploys as an umbrella would: found in the tree, not libraries, not behind a `condition:`. */
function membersOf(chart: ChartInfo, edges: readonly TopologyEdge[], known: ReadonlyMap<string, ChartInfo>): string[] {
  return edges.flatMap((edge, index) => {
    const target = edge.dir ? known.get(edge.dir) : undefined;
    const dependency = chart.dependencies[index];
    if (!target || !dependency || dependency.condition) return [];
    return target.library || target.name === 'helm-toolkit' ? [] : [target.dir];
  });
}

/** Templates that render something: not helpers (`_*`, `*.tpl`) and not NOTES.txt. */
function hasOwnTemplates(chart: ChartInfo): boolean {
  return chart.templates.some((file) => {
    const base = path.posix.basename(file);
    return !base.startsWith('_') && !base.endsWith('.tpl') && base !== 'NOTES.txt';
  });
}

const VALUES_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };
const REGION_PLACEHOLDER = /DEFINED?[-_]IN[-_]REGION/i;

/** Whether a chart's values.yaml leaves values for a region to set (`region: DEFINED-IN-REGION-CHART`). */
function awaitsRegion(dir: string): boolean {
  return REGION_PLACEHOLDER.test(readTextOrUndefined(path.join(dir, 'values.yaml'), VALUES_LIMITS) ?? '');
}

/** Umbrellas and regions, by the rule in this file's header. */
function classify(known: ReadonlyMap<string, ChartInfo>, edges: ReadonlyMap<string, TopologyEdge[]>): Map<string, ChartRole> {
  const depsOf = (dir: string): string[] => (edges.get(dir) ?? []).flatMap((edge) => (edge.dir ? [edge.dir] : []));
  const dependedOn = new Set([...known.keys()].flatMap(depsOf));
  const members = (dir: string): string[] => membersOf(known.get(dir)!, edges.get(dir) ?? [], known);
  const gathers = (dir: string): boolean => members(dir).length >= 2;
  const roles = new Map<string, ChartRole>();
  for (const top of [...known.keys()].filter((dir) => !dependedOn.has(dir))) {
    // The region's umbrella is a chart of the tree beside it, not a chart it vendors.
    const below = depsOf(top).filter(
      (dir) => !isInside(dir, top) && gathers(dir) && (!hasOwnTemplates(known.get(dir)!) || awaitsRegion(dir)),
    );
    if (below.length > 0) {
      roles.set(top, 'region');
      for (const umbrella of below) roles.set(umbrella, 'umbrella');
    } else if (members(top).filter((dep) => !isInside(dep, top)).length >= 2 && !hasOwnTemplates(known.get(top)!) && awaitsRegion(top)) {
      roles.set(top, 'umbrella');
    }
  }
  return roles;
}

/** The values paths of a chart that switch its dependencies, by the conventions helm and chart authors follow. */
function switchesOf(chart: ChartInfo): string[][] {
  const paths = chart.dependencies.flatMap((dependency) => [
    [dependency.alias ?? dependency.name, 'enabled'],
    ...(dependency.condition ?? []).map((condition) => condition.split('.')),
    ...(dependency.tags ?? []).map((tag) => ['tags', tag]),
  ]);
  const seen = new Set<string>();
  return paths.filter((entry) => {
    const id = JSON.stringify(entry);
    return seen.has(id) ? false : (seen.add(id), true);
  });
}

/**
 * Whether a path of a chart's values switches a dependency on or off, in that chart or in any chart below it
 * (`keystone.postgresql.enabled` in the umbrella's values is keystone's switch of its postgresql). A
 * `condition:` path counts both as Helm 3 reads it (from the declaring chart's values) and as Helm 2 did
 * (from the top chart's: SAP's nova has `condition: openstack.nova.audit.enabled`). Every key under `tags:`
 * is a switch: helm reads `tags` only to switch dependencies.
 */
export function isSwitch(topology: Topology, chartDir: string | undefined, valuesPath: readonly (string | number)[]): boolean {
  if (valuesPath.length === 0 || !chartDir || !topology.charts[chartDir]) return false;
  const same = (entry: readonly string[], other: readonly (string | number)[]): boolean =>
    entry.length === other.length && entry.every((segment, i) => segment === other[i]);
  const tree = closureOf(topology, chartDir);
  if (valuesPath[0] === 'tags' && tree.some((chart) => chart.dependencies.length > 0)) return true;
  if (tree.some((chart) => chart.switches.some((entry) => same(entry, valuesPath)))) return true;
  const seen = new Set<string>();
  const below = (dir: string | undefined, rest: readonly (string | number)[]): boolean => {
    const chart = dir ? topology.charts[dir] : undefined;
    if (!chart || seen.has(chart.dir) || rest.length === 0) return false;
    seen.add(chart.dir);
    if (chart.switches.some((entry) => same(entry, rest))) return true;
    const edge = chart.dependencies.find((dependency) => dependency.key === rest[0]);
    return below(edge?.dir, rest.slice(1));
  };
  return below(chartDir, valuesPath);
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
