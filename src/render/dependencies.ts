/**
 * A chart's `file://` dependencies, recursively, read without copying anything: what the render's cache key
 * is made of, what a scratch copy must vendor, and the first one helm could not use (a missing folder, one
 * without a readable Chart.yaml), reported where Chart.yaml names it.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readDependencies, type DeclaredAt } from '../sources/chart-info.js';
import { readTextFile } from '../sources/files.js';
import { statKind } from '../sources/owner.js';

export interface LocalDependency {
  name: string;
  /** Absolute folder of the dependency chart. */
  dir: string;
}

export interface DependencyProblem {
  /** A sentence: which dependency, and what is wrong with its folder. */
  message: string;
  declared: DeclaredAt | undefined;
}

export interface LocalDependencies {
  /** Every local dependency, vendored or not, recursively: their files are part of the render's identity. */
  all: LocalDependency[];
  /** One of them is not vendored in its parent's charts/: helm needs a scratch copy with it copied in. */
  needsScratch: boolean;
  problem: DependencyProblem | undefined;
}

// Deeper than this is a loop through differently spelt paths, or no chart anyone renders.
const MAX_DEPTH = 20;

export async function readLocalDependencies(chartDir: string): Promise<LocalDependencies> {
  const found: LocalDependencies = { all: [], needsScratch: false, problem: undefined };
  const seen = new Set<string>();
  const visit = async (dir: string, depth: number): Promise<void> => {
    if (seen.has(dir) || found.problem) return;
    seen.add(dir);
    for (const dependency of await readDependencies(dir)) {
      if (!dependency.dir || found.problem) continue;
      // A vendored copy is what helm uses: the file:// folder need not exist.
      if (isVendored(dir, dependency.name)) {
        if (statKind(dependency.dir) === 'dir') found.all.push({ name: dependency.name, dir: dependency.dir });
        continue;
      }
      const unusable =
        unusableChart(dependency.dir) ?? (depth >= MAX_DEPTH ? `local dependencies nest more than ${MAX_DEPTH} deep` : undefined);
      if (unusable) {
        const repository = dependency.repository ?? `file://${dependency.dir}`;
        found.problem = { message: `the local dependency "${dependency.name}" (${repository}) ${unusable}`, declared: dependency.declared };
        return;
      }
      found.needsScratch = true;
      found.all.push({ name: dependency.name, dir: dependency.dir });
      await visit(dependency.dir, depth + 1);
    }
  };
  await visit(chartDir, 0);
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
