/**
 * A chart's local dependencies, recursively, read without copying anything: what the render's cache key
 * is made of, what a scratch copy must vendor, and the first one helm could not use, reported where
 * Chart.yaml names it. Local means `file://` folders, and dependencies from a chart repository that the
 * linted tree holds (src/render/tree-charts.ts says where it looks).
 * A dependency of the chart itself must be in charts/ even when its `condition:` or `tags:` turn it off
 * (helm 4.1 refuses to render without it, whatever the values), so an unresolved one is a problem before
 * helm runs. Below the chart, helm checks nothing: a dependency of a dependency the tree does not hold is
 * left for helm to judge (its templates may not need it: every chart's named templates are shared).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readDependencies, type DeclaredAt } from '../sources/chart-info.js';
import { readTextFile } from '../sources/files.js';
import { statKind } from '../sources/owner.js';
import { fromChartRepository, TreeCharts } from './tree-charts.js';

export interface LocalDependency {
  name: string;
  /** Absolute folder of the dependency chart. */
  dir: string;
}

export interface DependencyProblem {
  /** A sentence: which dependency, and what is wrong with its folder. */
  message: string;
  declared: DeclaredAt | undefined;
  /** Only chart-repository dependencies are missing (helm dependency build fetches them), not a broken file:// one. */
  unfetched?: true | undefined;
}

export interface LocalDependencies {
  /** Every local dependency, vendored or not, recursively: their files are part of the render's identity. */
  all: LocalDependency[];
  /** One of them is not vendored in its parent's charts/: helm needs a scratch copy with it copied in. */
  needsScratch: boolean;
  /** By chart folder (the chart's, a dependency's): what its scratch copy gets in charts/<name>/. */
  vendor: ReadonlyMap<string, readonly LocalDependency[]>;
  problem: DependencyProblem | undefined;
}

// Deeper than this is a loop through differently spelt paths, or no chart anyone renders.
const MAX_DEPTH = 20;

export async function readLocalDependencies(chartDir: string, tree = new TreeCharts()): Promise<LocalDependencies> {
  const vendor = new Map<string, LocalDependency[]>();
  const found: LocalDependencies = { all: [], needsScratch: false, vendor, problem: undefined };
  const unresolved: { name: string; reason: string; declared: DeclaredAt | undefined }[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string, depth: number, ancestors: readonly string[]): Promise<void> => {
    if (seen.has(dir) || found.problem) return;
    seen.add(dir);
    const planned: LocalDependency[] = [];
    vendor.set(dir, planned);
    const add = (dependency: LocalDependency): void => {
      found.needsScratch = true;
      found.all.push(dependency);
      if (!planned.some((p) => p.name === dependency.name)) planned.push(dependency);
    };
    for (const dependency of await readDependencies(dir)) {
      if (found.problem) return;
      const vendored = isVendored(dir, dependency.name);
      if (dependency.dir) {
        // A vendored copy is what helm uses: the file:// folder need not exist.
        if (vendored) {
          if (statKind(dependency.dir) === 'dir') found.all.push({ name: dependency.name, dir: dependency.dir });
          continue;
        }
        const unusable =
          unusableChart(dependency.dir) ?? (depth >= MAX_DEPTH ? `local dependencies nest more than ${MAX_DEPTH} deep` : undefined);
        if (unusable) {
          const repository = dependency.repository ?? `file://${dependency.dir}`;
          found.problem = {
            message: `the local dependency "${dependency.name}" (${repository}) ${unusable}`,
            declared: dependency.declared,
          };
          return;
        }
        add({ name: dependency.name, dir: dependency.dir });
        await visit(dependency.dir, depth + 1, [...ancestors, dir]);
        continue;
      }
      // Aliases of one chart (bitnami's loki has memcached four times) share its one copy in charts/.
      const again = planned.some((p) => p.name === dependency.name) || (depth === 0 && unresolved.some((u) => u.name === dependency.name));
      if (vendored || !fromChartRepository(dependency) || again) continue;
      const resolution = depth >= MAX_DEPTH ? undefined : await tree.resolve(dir, dependency);
      // A dependency loop through the tree: the chart is already being vendored above.
      if (resolution?.found && ![...ancestors, dir].includes(resolution.chart.dir)) {
        add({ name: dependency.name, dir: resolution.chart.dir });
        await visit(resolution.chart.dir, depth + 1, [...ancestors, dir]);
      } else if (depth === 0 && resolution && !resolution.found) {
        unresolved.push({ name: dependency.name, reason: resolution.reason, declared: dependency.declared });
      }
    }
  };
  await visit(chartDir, 0, []);
  if (!found.problem && unresolved.length > 0) {
    const many = unresolved.length > 1;
    const some = many ? 'dependencies the chart declares are' : 'a dependency the chart declares is';
    const reasons = unresolved.map((u) => u.reason).join('; ');
    found.problem = {
      message: `${some} not in charts/ (helm dependency build fetches ${many ? 'them' : 'it'}), and the tree holds none that fits: ${reasons}`,
      declared: unresolved[0]!.declared,
      unfetched: true,
    };
  }
  return found;
}

/** Why helm could not load the folder as a chart, or undefined when it can. */
function unusableChart(dir: string): string | undefined {
  const kind = statKind(dir);
  if (kind === 'missing') return 'is not there (no folder at that path)';
  if (kind !== 'dir') return 'is not a folder';
  try {
    readdirSync(dir);
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`;
  }
  const chartFile = path.join(dir, 'Chart.yaml');
  if (!existsSync(chartFile)) return 'has no Chart.yaml, so it is not a chart';
  const read = readTextFile(chartFile, { maxFileBytes: 1024 * 1024 });
  if (!read.ok) return `has a Chart.yaml that cannot be read (${read.message.replace(/\.$/, '')})`;
  return undefined;
}

/** helm uses `charts/<name>/` or `charts/<name>-<version>.tgz` before it looks at the repository. */
export function isVendored(chartDir: string, name: string): boolean {
  const charts = path.join(chartDir, 'charts');
  if (existsSync(path.join(charts, name, 'Chart.yaml'))) return true;
  try {
    return readdirSync(charts).some((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.tgz'));
  } catch {
    return false;
  }
}
