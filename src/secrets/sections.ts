/**
 * Where the umbrella and region values address one chart: `<chart>.<key>` in the umbrella's values and
 * `<umbrella>.<chart>.<key>` in a region's. The placement rules compare those per-chart sections.
 */
import { isSwitch, umbrellasOf, type Placement, type Topology, type TopologyChart } from '../facts/topology.js';
import { dottedPath, getEntry, type PathSegment, type YamlMap, type YamlNode, type YamlScalar } from '../sources/yaml-view.js';
import { forEachLeaf } from './leaves.js';

export interface ChartSection {
  chart: string;
  map: YamlMap;
  /** The path of the section itself, e.g. ['openstack', 'keystone']. */
  prefix: PathSegment[];
  /**
   * Whether a path inside the section switches a dependency on or off (`enabled`, a path a `condition:`
   * names, `tags.<tag>`): a switch, not a value that belongs in one shared place.
   */
  isSwitch: (path: readonly PathSegment[]) => boolean;
}

/** A values file as the placement rules see it: where it sits, and the chart folder it belongs to. */
export interface PlacedFile {
  placement: Placement;
  chartDir: string | undefined;
}

/** The per-chart sections of an umbrella's or a region's values, by the umbrella's own dependencies. */
export function chartSections(root: YamlNode | undefined, topology: Topology, file: PlacedFile): ChartSection[] {
  if (root?.kind !== 'map') return [];
  // `top` is the chart whose values the file holds, and `skip` the leading path segments that are not its keys.
  const sectionsIn = (map: YamlMap, umbrella: TopologyChart, prefix: PathSegment[], top: string, skip: number): ChartSection[] =>
    umbrella.dependencies.flatMap((edge) => {
      const value = getEntry(map, edge.key)?.value;
      if (value?.kind !== 'map') return [];
      const at = [...prefix, edge.key];
      const switches = (path: readonly PathSegment[]): boolean => isSwitch(topology, top, [...at, ...path].slice(skip));
      return [{ chart: edge.name, map: value, prefix: at, isSwitch: switches }];
    });
  const own = file.chartDir ? topology.charts[file.chartDir] : undefined;
  if (file.placement === 'umbrella') return own ? sectionsIn(root, own, [], own.dir, 0) : [];
  if (file.placement !== 'region') return [];
  // Region values of the umbrella's own folder (named by `regions:`) address it by its name.
  if (own?.role === 'umbrella') {
    const values = getEntry(root, own.name)?.value;
    return values?.kind === 'map' ? sectionsIn(values, own, [own.name], own.dir, 1) : [];
  }
  return umbrellasOf(topology, file.chartDir).flatMap(({ key, chart }) => {
    const values = getEntry(root, key)?.value;
    return values?.kind === 'map' && own ? sectionsIn(values, chart, [key], own.dir, 0) : [];
  });
}

/** A path inside an umbrella's per-chart section, seen from that chart (`keystone.secrets.x` -> `secrets.x`). */
export function chartRelative(path: readonly PathSegment[], topology: Topology, file: PlacedFile): readonly PathSegment[] {
  if (file.placement !== 'umbrella' || typeof path[0] !== 'string' || !file.chartDir) return path;
  const umbrella = topology.charts[file.chartDir];
  return umbrella?.dependencies.some((edge) => edge.key === path[0]) ? path.slice(1) : path;
}

export interface Repeat<T> {
  chart: string;
  leaf: YamlScalar;
  /** Its full dotted path, e.g. `openstack.nova.db_password`. */
  path: string;
  /** What `pick` said of it. */
  found: T;
  /** Every chart that sets the same value under the same key. */
  charts: string[];
}

/**
 * The leaves set to the same value under the same key in the sections of two or more charts: values that
 * belong in one shared place. `pick` chooses the leaves that count (and says something of each); the rest
 * are left out.
 */
export function repeatedAcrossCharts<T>(
  sections: readonly ChartSection[],
  pick: (path: readonly PathSegment[], leaf: YamlScalar, section: ChartSection) => T | undefined,
): Repeat<T>[] {
  const groups = new Map<string, Omit<Repeat<T>, 'charts'>[]>();
  for (const section of sections) {
    forEachLeaf(section.map, (path, leaf) => {
      if (section.isSwitch(path)) return;
      const found = pick(path, leaf, section);
      if (found === undefined) return;
      // The value's type counts: `true` and "true" differ.
      const group = `${JSON.stringify(path)}\0${typeof leaf.value}\0${String(leaf.value)}`;
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group)!.push({ chart: section.chart, leaf, path: dottedPath([...section.prefix, ...path]), found });
    });
  }
  return [...groups.values()].flatMap((members) => {
    const charts = [...new Set(members.map((m) => m.chart))];
    return charts.length < 2 ? [] : members.map((member) => ({ ...member, charts }));
  });
}
