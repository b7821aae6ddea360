/**
 * OpenStack-Helm charts depend on `file://../helm-toolkit`, which `helm template` wants vendored in charts/.
 * When a local dependency is not vendored, the chart is rendered from a scratch copy with the dependency
 * copied in as an unpacked sub-chart: the user's tree is never written to. Only folders and regular files
 * are copied (a FIFO or device is never opened); the copy is registered with the run's cleanup, so an
 * interrupted run removes it too.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Cleanup } from '../common/cleanup.js';
import { readDependencies } from '../sources/chart-info.js';
import { kindOf } from '../sources/files.js';

export interface LocalDependency {
  name: string;
  /** Absolute folder of the dependency chart. */
  dir: string;
}

export interface PreparedChart {
  /** The folder to hand to helm: the chart itself, or its scratch copy. */
  dir: string;
  /** Every local dependency, vendored or not, recursively: their files are part of the render's identity. */
  localDependencies: LocalDependency[];
  cleanup(): Promise<void>;
}

const SKIP = new Set(['.git', 'node_modules']);

/** A file helm would block on or choke on: the chart is not rendered, and the file is named. */
export class SpecialFileError extends Error {}

/** The `file://` dependencies a chart folder declares. */
async function localDependencies(chartDir: string): Promise<LocalDependency[]> {
  return (await readDependencies(chartDir)).flatMap(({ name, dir }) => (dir ? [{ name, dir }] : []));
}

function isVendored(chartDir: string, name: string): boolean {
  const charts = path.join(chartDir, 'charts');
  if (existsSync(path.join(charts, name, 'Chart.yaml'))) return true;
  if (!existsSync(charts)) return false;
  return readdirSync(charts).some((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.tgz'));
}

export async function prepareChart(chartDir: string, cleanup?: Cleanup): Promise<PreparedChart> {
  const all: LocalDependency[] = [];
  const missing = await collect(chartDir, all);
  if (!missing) return { dir: chartDir, localDependencies: all, cleanup: async () => {} };
  const scratch = await mkdtemp(path.join(tmpdir(), 'chartlint-render-'));
  const unregister = cleanup?.add(() => rmSync(scratch, { recursive: true, force: true }));
  const remove = async (): Promise<void> => {
    await rm(scratch, { recursive: true, force: true });
    unregister?.();
  };
  const copy = path.join(scratch, path.basename(chartDir));
  try {
    await vendorInto(chartDir, copy);
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir: copy, localDependencies: all, cleanup: remove };
}

/** Records every local dependency below `chartDir`; true when one of them is not vendored. */
async function collect(chartDir: string, into: LocalDependency[], seen = new Set<string>()): Promise<boolean> {
  if (seen.has(chartDir)) return false;
  seen.add(chartDir);
  let missing = false;
  for (const dependency of await localDependencies(chartDir)) {
    into.push(dependency);
    if (!isVendored(chartDir, dependency.name)) missing = true;
    if (await collect(dependency.dir, into, seen)) missing = true;
  }
  return missing;
}

/** Copies a chart and, recursively, each unvendored local dependency into its charts/ folder. */
async function vendorInto(source: string, target: string, depth = 0): Promise<void> {
  if (depth > 20) throw new Error(`local dependencies nest more than 20 deep at ${source}`);
  copyTree(source, target);
  for (const dependency of await localDependencies(source)) {
    if (isVendored(source, dependency.name)) continue;
    await vendorInto(dependency.dir, path.join(target, 'charts', dependency.name), depth + 1);
  }
}

/** Folders and regular files (symbolic links followed), nothing else; a special file stops the copy. */
function copyTree(source: string, target: string, depth = 0): void {
  if (depth > 64) throw new Error(`${source} nests more than 64 folders deep; it was not copied`);
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const from = path.join(source, entry.name);
    const to = path.join(target, entry.name);
    // lstat says what the entry is; stat what a symbolic link points at (a dangling one is left out, as helm does).
    let info;
    try {
      info = entry.isSymbolicLink() ? statSync(from) : undefined;
    } catch {
      continue;
    }
    if (entry.isDirectory() || info?.isDirectory()) copyTree(from, to, depth + 1);
    else if (entry.isFile() || info?.isFile()) copyFileSync(from, to);
    else throw new SpecialFileError(`${from} is ${kindOf(info ?? statSync(from))}, not a regular file; the chart was not rendered`);
  }
}
