/**
 * Where the umbrella and region values address one chart: `<chart>.<key>` in the umbrella's values and
 * `<umbrella>.<chart>.<key>` in a region's. The placement rules compare those per-chart sections.
 */
import type { Layout, Placement } from '../layout/layout.js';
import { getEntry, type PathSegment, type YamlMap, type YamlNode } from '../sources/yaml.js';

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
