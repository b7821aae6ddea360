/**
 * OpenStack-Helm charts depend on `file://../helm-toolkit`, which `helm template` wants vendored in charts/;
 * bitnami's depend on `common` from their repository, which the tree holds beside them.
 * When a local dependency is not vendored (src/render/dependencies.ts tells, and which folder it is), the chart is rendered from a scratch copy with the dependency
 * put in as an unpacked sub-chart: the user's tree is never written to. The copy is a mirror of links to the
 * chart's files (see vendorInto), not of their bytes; only folders and regular files are reached (a FIFO or
 * device is never opened); the copy is registered with the run's cleanup, so an interrupted run removes it too.
 */
import { copyFileSync, mkdirSync, readdirSync, statSync, symlinkSync, type Dirent, type Stats } from 'node:fs';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Cleanup } from '../common/cleanup.js';
import { kindOf } from '../sources/files.js';
import type { LocalDependencies } from './dependencies.js';

export interface PreparedChart {
  /** The folder to hand to helm: the chart itself, or its scratch copy. */
  dir: string;
  cleanup(): Promise<void>;
}

const SKIP = new Set(['.git', 'node_modules']);

/** A file helm would block on or choke on: the chart is not rendered, and the file is named. */
export class SpecialFileError extends Error {}

/** The chart as it is when every local dependency is vendored; else a scratch copy with them copied in. */
export async function prepareChart(chartDir: string, dependencies: LocalDependencies, cleanup?: Cleanup): Promise<PreparedChart> {
  if (!dependencies.needsScratch) return { dir: chartDir, cleanup: async () => {} };
  // Loaded by the first scratch folder: a run that renders nothing starts faster without it.
  const { mkdtemp, rm } = await import('node:fs/promises');
  const scratch = await mkdtemp(path.join(tmpdir(), 'chartlint-render-'));
  const unregister = cleanup?.add(() => rmSync(scratch, { recursive: true, force: true }));
  const remove = async (): Promise<void> => {
    await rm(scratch, { recursive: true, force: true });
    unregister?.();
  };
  const copy = path.join(scratch, path.basename(chartDir));
  try {
    vendorInto(chartDir, copy, dependencies.vendor);
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir: copy, cleanup: remove };
}

/**
 * Mirrors a chart into `target` and, recursively, each unvendored local dependency the plan names into its
 * charts/ folder. A mirror is folders and symbolic links to the chart's own files and folders: nothing is
 * copied, and helm (which follows links, keeping the names in the chart) reads the same files under the same
 * names as from a copy. What a copy would leave out is left out: a folder holding .git, node_modules or a
 * dangling link is mirrored entry by entry rather than linked whole.
 */
function vendorInto(source: string, target: string, plan: LocalDependencies['vendor'], depth = 0): void {
  if (depth > 20) throw new Error(`local dependencies nest more than 20 deep at ${source}`);
  const dependencies = plan.get(source) ?? [];
  // The charts/ folder gets the dependencies beside what it holds: a real folder, whatever it holds already.
  mirrorTree(source, target, dependencies.length > 0 ? 'charts' : undefined);
  for (const dependency of dependencies) {
    vendorInto(dependency.dir, path.join(target, 'charts', dependency.name), plan, depth + 1);
  }
}

/** Folders and regular files (symbolic links followed), nothing else; a special file stops the mirror. */
function mirrorTree(source: string, target: string, expand?: string, depth = 0): void {
  if (depth > 64) throw new Error(`${source} nests more than 64 folders deep; it was not copied`);
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    const kind = kindAt(from, entry);
    if (kind === 'dangling') continue;
    if (kind === 'folder' && (entry.name === expand || !linkable(from, depth + 1))) mirrorTree(from, to, undefined, depth + 1);
    else if (!linked(from, to)) {
      if (kind === 'folder') mirrorTree(from, to, undefined, depth + 1);
      else copyFileSync(from, to);
    }
  }
}

/** A link at `to` to `from`; false where links cannot be made (a Windows user without the right): then it is copied. */
function linked(from: string, to: string): boolean {
  try {
    symlinkSync(path.resolve(from), to);
    return true;
  } catch {
    return false;
  }
}

/** What an entry is, its symbolic link followed (a dangling one is left out, as helm does with a copy). */
function kindAt(file: string, entry: Dirent): 'folder' | 'file' | 'dangling' {
  let info: Stats | undefined;
  try {
    info = entry.isSymbolicLink() ? statSync(file) : undefined;
  } catch {
    return 'dangling';
  }
  if (entry.isDirectory() || info?.isDirectory()) return 'folder';
  if (entry.isFile() || info?.isFile()) return 'file';
  throw new SpecialFileError(`${file} is ${kindOf(info ?? statSync(file))}, not a regular file; the chart was not rendered`);
}

/** A folder helm may read whole through one link: nothing in it a copy would leave out; a special file stops the mirror. */
function linkable(dir: string, depth: number): boolean {
  if (depth > 64) throw new Error(`${dir} nests more than 64 folders deep; it was not copied`);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) return false;
    const file = path.join(dir, entry.name);
    const kind = kindAt(file, entry);
    if (kind === 'dangling' || (kind === 'folder' && !linkable(file, depth + 1))) return false;
  }
  return true;
}
