/**
 * Where the umbrella and region values address one chart: `<chart>.<key>` in the umbrella's values and
 * `<umbrella>.<chart>.<key>` in a region's. The placement rules compare those per-chart sections.
 */
import type { Layout, Placement } from '../layout/layout.js';
import { dottedPath, getEntry, type PathSegment, type YamlMap, type YamlNode, type YamlScalar } from '../sources/yaml.js';
import { forEachLeaf } from './leaves.js';

export interface ChartSection {
  chart: string;
  map: YamlMap;
  /** The path of the section itself, e.g. ['openstack', 'keystone']. */
  prefix: PathSegment[];
}

export function chartSections(root: YamlNode | undefined, layout: Layout, placement: Placement): ChartSection[] {
  if (root?.kind !== 'map') return [];
  const charts = new Set(layout.charts);
  const sectionsIn = (map: YamlMap, prefix: PathSegment[]): ChartSection[] =>
    map.entries
      .filter((entry) => charts.has(entry.key) && entry.value.kind === 'map')
      .map((entry) => ({ chart: entry.key, map: entry.value as YamlMap, prefix: [...prefix, entry.key] }));
  if (placement === 'umbrella') return sectionsIn(root, []);
  if (placement !== 'region') return [];
  return layout.umbrellas.flatMap((umbrella) => {
    const values = getEntry(root, umbrella)?.value;
    return values?.kind === 'map' ? sectionsIn(values, [umbrella]) : [];
  });
}

/** A path inside an umbrella's per-chart section, seen from that chart (`keystone.secrets.x` -> `secrets.x`). */
export function chartRelative(path: readonly PathSegment[], layout: Layout, placement: Placement): readonly PathSegment[] {
  return placement === 'umbrella' && typeof path[0] === 'string' && layout.charts.includes(path[0]) ? path.slice(1) : path;
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
export function repeatedAcrossCharts<T>(sections: readonly ChartSection[], pick: (path: readonly PathSegment[], leaf: YamlScalar) => T | undefined): Repeat<T>[] {
  const groups = new Map<string, Omit<Repeat<T>, 'charts'>[]>();
  for (const section of sections) {
    forEachLeaf(section.map, (path, leaf) => {
      const found = pick(path, leaf);
      if (found === undefined) return;
      // The value's type counts: `true` and "true" differ.
      const group = `${dottedPath(path)}\0${typeof leaf.value}\0${String(leaf.value)}`;
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group)!.push({ chart: section.chart, leaf, path: dottedPath([...section.prefix, ...path]), found });
    });
  }
  return [...groups.values()].flatMap((members) => {
    const charts = [...new Set(members.map((m) => m.chart))];
    return charts.length < 2 ? [] : members.map((member) => ({ ...member, charts }));
  });
}
