/**
 * OpenStack-Helm charts depend on `file://../helm-toolkit`, which `helm template` wants vendored in charts/.
 * When a local dependency is not vendored, the chart is rendered from a scratch copy with the dependency
 * copied in as an unpacked sub-chart: the user's tree is never written to.
 */
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDependencies } from '../sources/chart-info.js';

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

export async function prepareChart(chartDir: string): Promise<PreparedChart> {
  const all: LocalDependency[] = [];
  const missing = await collect(chartDir, all);
  if (!missing) return { dir: chartDir, localDependencies: all, cleanup: async () => {} };
  const scratch = await mkdtemp(path.join(tmpdir(), 'chartlint-render-'));
  const copy = path.join(scratch, path.basename(chartDir));
  await vendorInto(chartDir, copy);
  return { dir: copy, localDependencies: all, cleanup: () => rm(scratch, { recursive: true, force: true }) };
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
async function vendorInto(source: string, target: string): Promise<void> {
  await cp(source, target, { recursive: true, filter: (file) => !SKIP.has(path.basename(file)) });
  for (const dependency of await localDependencies(source)) {
    if (isVendored(source, dependency.name)) continue;
    await vendorInto(dependency.dir, path.join(target, 'charts', dependency.name));
  }
}
