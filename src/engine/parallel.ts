/**
 * Both cores for large runs: files are shared out by size between the main thread and worker threads,
 * each of which reads, parses and lints its share. A worker pays again for loading the code and for a cold
 * JIT, and V8's own background threads (GC, compiler) already use a spare core. On 2 cores a second thread
 * measured anywhere from 19% faster to 18% slower at 19 MiB of YAML (docs/benchmarks.md), so threads are
 * chosen by themselves only with 4 cores or more and about 4 MiB of YAML a thread; --jobs asks for them.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Layout } from '../layout/layout.js';
import type { ChartInfo, LintTarget } from '../sources/charts.js';
import type { Diagnostic } from './types.js';

/** Below this much YAML per thread, a thread costs more than it saves (measured; see above). */
const MIN_CORES_FOR_AUTOMATIC = 4;
const BYTES_PER_THREAD = 4 * 1024 * 1024;

export interface WorkerTarget {
  path: string;
  role: LintTarget['role'];
  chart: (Omit<ChartInfo, 'templates'> & { templates: string[] }) | undefined;
}

export interface WorkerInput {
  cwd: string;
  configFile: string | undefined;
  layout: Layout;
  targets: WorkerTarget[];
}

export interface WorkerOutput {
  /** Per file, in the order given, so each file's findings can be cached. */
  results: { path: string; diagnostics: Diagnostic[] }[];
  internalErrors: string[];
}

/** The shares to hand to workers (the main thread keeps the rest); none when one thread is enough. */
export function planWorkers(targets: readonly LintTarget[], jobs: number | undefined): LintTarget[][] {
  const cores = availableParallelism();
  // One thread for certain: no need to weigh the files.
  if ((jobs ?? cores) <= 1 || (jobs === undefined && cores < MIN_CORES_FOR_AUTOMATIC) || targets.length <= 1 || !workerScript()) return [];
  const sizes = targets.map((target) => ({ target, bytes: fileSize(target.path) }));
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const threads = Math.min(jobs ?? Math.min(cores, Math.floor(total / BYTES_PER_THREAD)), targets.length);
  if (threads <= 1) return [];
  // Largest first, each to the lightest share: shares end up nearly equal in bytes.
  const shares = Array.from({ length: threads }, () => ({ bytes: 0, targets: [] as LintTarget[] }));
  for (const { target, bytes } of sizes.sort((a, b) => b.bytes - a.bytes)) {
    const lightest = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.bytes += bytes;
    lightest.targets.push(target);
  }
  return shares.slice(1).map((share) => share.targets);
}

export async function runWorkers(shares: readonly LintTarget[][], context: Omit<WorkerInput, 'targets'>): Promise<WorkerOutput> {
  const script = workerScript();
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<WorkerOutput>((resolve, reject) => {
          const input: WorkerInput = { ...context, targets: share.map(toWorkerTarget) };
          const worker = new Worker(script!, { workerData: input });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return { results: results.flatMap((r) => r.results), internalErrors: results.flatMap((r) => r.internalErrors) };
}

function toWorkerTarget(target: LintTarget): WorkerTarget {
  const chart = target.chart ? { ...target.chart, templates: [...target.chart.templates] } : undefined;
  return { path: target.path, role: target.role, chart };
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The built worker beside this module (dist/src/engine) or beside the bundled CLI (dist/cli); none when running from sources. */
function workerScript(): string | undefined {
  for (const candidate of ['./worker.js', '../worker.js']) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(file)) return file;
  }
  return undefined;
}
