/**
 * A dependency from a chart repository (`https://`, `oci://`, `@repo`, `alias:repo`) that is not vendored in
 * charts/ is taken from the linted tree, as a maintainer renders with the repository's own charts
 * (bitnami's charts all depend on `common` from `oci://registry-1.docker.io/bitnamicharts`, which sits
 * beside them as `bitnami/common`). We have no network, and fetch nothing.
 * Where it looks: the folders beside the chart (`<repo>/<name>/` next to `<repo>/<chart>/`), then the folders
 * beside the chart's parent folder (`<repo>/<name>/` for `<repo>/stable/<chart>/`); nothing deeper, nothing
 * higher, never a chart's own charts/. A folder qualifies when its Chart.yaml `name` is the dependency's
 * name and its `version` satisfies the dependency's constraint (src/render/semver-range.ts); in the nearer
 * place first, the highest such version, a folder spelt as the name first among equals. A dependency with
 * no `version:` takes the highest version there. When none qualifies, what was looked for and what was found
 * is the answer, for the render-failed message.
 * One TreeCharts per render run: each folder is listed once, each Chart.yaml read once.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ChartDependency } from '../sources/chart-info.js';
import { readTextFile } from '../sources/files.js';
import { parseYamlValues } from '../sources/yaml.js';
import { getChild, scalarString } from '../sources/yaml-view.js';
import { compareVersions, parseConstraint, parseVersion, satisfies } from './semver-range.js';

export interface TreeChart {
  /** Chart.yaml `name`. */
  name: string;
  /** Chart.yaml `version` as written; undefined when absent. */
  version: string | undefined;
  dir: string;
}

export type TreeResolution = { found: true; chart: TreeChart } | { found: false; reason: string };

// Chart.yaml is small; a folder listing of more entries than this is not a repository of charts.
const CHART_LIMITS = { maxExpandedNodes: 10_000, maxFileBytes: 1024 * 1024, maxNestingDepth: 64 };
const MAX_ENTRIES = 5000;

/** Whether helm would fetch the dependency from a chart repository (not `file://`, not vendored-only). */
export function fromChartRepository(dependency: Pick<ChartDependency, 'repository'>): boolean {
  const repository = dependency.repository?.trim();
  return !!repository && !repository.startsWith('file://');
}

export class TreeCharts {
  private readonly charts = new Map<string, Promise<TreeChart | undefined>>();
  private readonly folders = new Map<string, Promise<string[]>>();

  /** The chart the tree holds for `dependency` of the chart at `chartDir`, or why there is none. */
  async resolve(chartDir: string, dependency: Pick<ChartDependency, 'name' | 'version'>): Promise<TreeResolution> {
    const wanted = dependency.version?.trim() || undefined;
    const constraint = wanted === undefined ? undefined : parseConstraint(wanted);
    const spelt = wanted === undefined ? dependency.name : `${dependency.name} ${wanted}`;
    if (wanted !== undefined && !constraint) return { found: false, reason: `${spelt}: the version constraint cannot be read` };
    const seen: TreeChart[] = [];
    for (const folder of searchFolders(chartDir)) {
      // Not the chart itself, nor a folder holding it (an umbrella above a chart of its charts/).
      const named = (await this.chartsIn(folder, dependency.name)).filter(
        (chart) => chart.dir !== chartDir && !chartDir.startsWith(`${chart.dir}${path.sep}`),
      );
      seen.push(...named);
      const fitting = named
        .map((chart) => ({ chart, version: chart.version === undefined ? undefined : parseVersion(chart.version) }))
        .filter((c) => c.version !== undefined && (!constraint || satisfies(c.version, constraint)));
      // Highest version first; sort() is stable, so the folder spelt as the name (listed first) wins a tie.
      fitting.sort((a, b) => compareVersions(b.version!, a.version!));
      if (fitting[0]) return { found: true, chart: fitting[0].chart };
    }
    const where = 'beside the chart or its parent folder';
    if (seen.length === 0) return { found: false, reason: `${spelt}: the tree has no chart named ${dependency.name} ${where}` };
    const found = seen.map((chart) => `${chart.name} ${chart.version ?? '(no version)'} (${relative(chartDir, chart.dir)})`);
    const outside = wanted === undefined ? 'without a version helm can read' : 'outside the constraint';
    return { found: false, reason: `${spelt}: the tree has ${found.join(', ')}, ${outside}` };
  }

  /** The charts of that name directly below `folder`: the folder spelt as the name first, then the others. */
  private async chartsIn(folder: string, name: string): Promise<TreeChart[]> {
    const direct = await this.chartAt(path.join(folder, name));
    if (direct?.name === name) {
      // The usual layout: only a folder spelt differently could also hold it, and listing is what costs.
      const others = await this.othersNamed(folder, name);
      return [direct, ...others.filter((chart) => chart.dir !== direct.dir)];
    }
    return this.othersNamed(folder, name);
  }

  private async othersNamed(folder: string, name: string): Promise<TreeChart[]> {
    const charts: TreeChart[] = [];
    for (const entry of await this.entries(folder)) {
      if (entry === name) continue;
      const chart = await this.chartAt(path.join(folder, entry));
      if (chart?.name === name) charts.push(chart);
    }
    return charts;
  }

  /** Sub-folder names of `folder` that hold a Chart.yaml whose `name` is not their own spelling: listed once. */
  private entries(folder: string): Promise<string[]> {
    let listed = this.folders.get(folder);
    if (!listed) {
      listed = this.listMismatched(folder);
      this.folders.set(folder, listed);
    }
    return listed;
  }

  private async listMismatched(folder: string): Promise<string[]> {
    let names: string[];
    try {
      names = readdirSync(folder).sort().slice(0, MAX_ENTRIES);
    } catch {
      return [];
    }
    const mismatched: string[] = [];
    for (const entry of names) {
      const chart = await this.chartAt(path.join(folder, entry));
      if (chart && chart.name !== entry) mismatched.push(entry);
    }
    return mismatched;
  }

  private chartAt(dir: string): Promise<TreeChart | undefined> {
    let chart = this.charts.get(dir);
    if (!chart) {
      chart = readChart(dir);
      this.charts.set(dir, chart);
    }
    return chart;
  }
}

/** The chart's own folder's parent, then that folder's parent. */
function searchFolders(chartDir: string): string[] {
  const beside = path.dirname(chartDir);
  const above = path.dirname(beside);
  return above === beside ? [beside] : [beside, above];
}

/** Chart.yaml's name and version, when the folder holds a readable one. */
async function readChart(dir: string): Promise<TreeChart | undefined> {
  try {
    if (!statSync(dir).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  const read = readTextFile(path.join(dir, 'Chart.yaml'), CHART_LIMITS);
  if (!read.ok) return undefined;
  try {
    const { root } = await parseYamlValues(read.text, CHART_LIMITS);
    const name = scalarString(getChild(root, 'name'));
    if (!name) return undefined;
    const versionNode = getChild(root, 'version');
    const version =
      versionNode?.kind === 'scalar' && versionNode.value !== null
        ? typeof versionNode.value === 'string'
          ? versionNode.value
          : read.text.slice(versionNode.span.start, versionNode.span.end)
        : undefined;
    return { name, version, dir };
  } catch {
    return undefined;
  }
}

function relative(from: string, to: string): string {
  const rel = path.relative(from, to);
  return rel === '' ? '.' : rel;
}
