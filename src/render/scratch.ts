/**
 * OpenStack-Helm charts depend on `file://../helm-toolkit`, which `helm template` wants vendored in charts/;
 * bitnami's depend on `common` from their repository, which the tree holds beside them.
 * When a local dependency is not vendored (src/render/dependencies.ts tells, and which folder it is), the chart is rendered from a scratch copy with the dependency
 * copied in as an unpacked sub-chart: the user's tree is never written to. Only folders and regular files
 * are copied (a FIFO or device is never opened); the copy is registered with the run's cleanup, so an
 * interrupted run removes it too.
 */
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
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

/** Copies a chart and, recursively, each unvendored local dependency the plan names into its charts/ folder. */
function vendorInto(source: string, target: string, plan: LocalDependencies['vendor'], depth = 0): void {
  if (depth > 20) throw new Error(`local dependencies nest more than 20 deep at ${source}`);
  copyTree(source, target);
  for (const dependency of plan.get(source) ?? []) {
    vendorInto(dependency.dir, path.join(target, 'charts', dependency.name), plan, depth + 1);
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
