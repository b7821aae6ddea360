/** Finding and running the user's helm. Always spawned with an argument array, never through a shell. */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import type { Cleanup } from '../common/cleanup.js';

export interface HelmChoice {
  /** --helm PATH */
  flag?: string;
  /** helm.binary in .chartlint.yaml */
  config?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export type HelmLookup = { found: true; binary: string } | { found: false; message: string };

/** --helm, then helm.binary, then CHARTLINT_HELM, then `helm` on PATH. */
export function locateHelm(choice: HelmChoice): HelmLookup {
  const named: [string, string | undefined][] = [
    ['--helm', choice.flag],
    ['helm.binary in the config', choice.config],
    ['CHARTLINT_HELM', choice.env.CHARTLINT_HELM],
  ];
  for (const [source, value] of named) {
    if (!value) continue;
    const binary = path.resolve(choice.cwd, value);
    if (isExecutable(binary)) return { found: true, binary };
    return { found: false, message: `helm was not found at ${binary} (from ${source}), or it is not executable.` };
  }
  for (const dir of (choice.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const binary = path.join(dir, 'helm');
    if (isExecutable(binary)) return { found: true, binary };
  }
  return {
    found: false,
    message: 'helm was not found on PATH; install it, or name it with --helm PATH, helm.binary in .chartlint.yaml, or CHARTLINT_HELM.',
  };
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface HelmRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** The stream that went over `maxOutputBytes`: helm was stopped there. */
  tooMuchOutput: 'stdout' | 'stderr' | undefined;
  /** A spawn failure (ENOENT, EACCES, ...). */
  spawnError: string | undefined;
}

export interface HelmRunOptions {
  cwd: string;
  timeoutMs: number;
  /** Most bytes read from stdout, and from stderr (limits.maxRenderBytes). */
  maxOutputBytes: number;
  /** Kills helm's process group if the run is interrupted. */
  cleanup?: Cleanup | undefined;
}

/**
 * helm runs in a process group of its own (`detached`), and the whole group is killed on timeout, on too
 * much output, on interruption and once helm itself has exited: a plugin or child that keeps the pipes open
 * can never keep the run waiting.
 */
export async function runHelm(binary: string, args: readonly string[], options: HelmRunOptions): Promise<HelmRun> {
  // Loaded by the first render: a run that renders nothing (a commit hook's) starts faster without it.
  const { spawn } = await import('node:child_process');
  return new Promise((resolve) => {
    const child = spawn(binary, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], shell: false, detached: true });
    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is gone already
      }
    };
    const unregister = options.cleanup?.add(killGroup);
    const output = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
    const bytes = { stdout: 0, stderr: 0 };
    let timedOut = false;
    let tooMuchOutput: HelmRun['tooMuchOutput'];
    let done = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream].on('data', (chunk: Buffer) => {
        if (tooMuchOutput) return;
        bytes[stream] += chunk.byteLength;
        if (bytes[stream] > options.maxOutputBytes) {
          tooMuchOutput = stream;
          killGroup();
          return;
        }
        output[stream].push(chunk);
      });
    }
    const finish = (code: number | null, spawnError?: string): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unregister?.();
      resolve({
        code,
        stdout: tooMuchOutput ? '' : Buffer.concat(output.stdout).toString('utf8'),
        stderr: Buffer.concat(output.stderr).toString('utf8'),
        timedOut,
        tooMuchOutput,
        spawnError,
      });
    };
    child.on('error', (error: NodeJS.ErrnoException) => finish(null, error.code ?? error.message));
    // What helm left running in its group would only hold the pipes open: what it wrote is still read to the end.
    child.on('exit', killGroup);
    child.on('close', (code) => finish(code));
  });
}
