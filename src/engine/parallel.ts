/**
 * Both cores for large runs: files are shared out by size between the main thread and worker threads,
 * each of which reads, parses and lints its share. A worker pays again for loading the code and for a cold
 * JIT, and V8's own background threads (GC, compiler) already use a spare core. On 2 cores a second thread
 * measured anywhere from 19% faster to 18% slower at 19 MiB of YAML (docs/benchmarks.md), so threads are
 * chosen by themselves only with 4 cores or more and about 4 MiB of YAML a thread; --jobs asks for them.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { FactValues } from '../facts/index.js';
import type { LintTarget } from '../file-types/types.js';
import type { FileResult } from './lint-file.js';

/** Below this much YAML per thread, a thread costs more than it saves (measured; see above). */
const MIN_CORES_FOR_AUTOMATIC = 4;
const BYTES_PER_THREAD = 4 * 1024 * 1024;

/** What a worker is handed: plain data only (the facts, the targets with their charts). */
export interface WorkerInput {
  cwd: string;
  configFile: string | undefined;
  facts: FactValues;
  targets: LintTarget[];
  /** Deployment rules that collect even where the config turns them off (see collecting.ts). */
  collect?: readonly string[] | undefined;
}

/** The shares to hand to workers (the main thread keeps the rest); none when one thread is enough. */
export function planWorkers(targets: readonly LintTarget[], jobs: number | undefined): LintTarget[][] {
  const cores = availableParallelism();
  // One thread for certain: no need to weigh the files.
  if ((jobs ?? cores) <= 1 || (jobs === undefined && cores < MIN_CORES_FOR_AUTOMATIC) || targets.length <= 1) return [];
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

export async function runWorkers(
  script: string | undefined,
  shares: readonly LintTarget[][],
  context: Omit<WorkerInput, 'targets'>,
): Promise<FileResult[]> {
  if (!script || shares.length === 0) return [];
  // Loaded only by a run that starts threads: most runs are one thread, and start faster without it.
  const { Worker } = await import('node:worker_threads');
  const results = await Promise.all(
    shares.map(
      (targets) =>
        new Promise<FileResult[]>((resolve, reject) => {
          const input: WorkerInput = { ...context, targets };
          const worker = new Worker(script, { workerData: input });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.flat();
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
