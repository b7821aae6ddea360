/** Finding and running the user's helm. Always spawned with an argument array, never through a shell. */
import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

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
  /** A spawn failure (ENOENT, EACCES, ...). */
  spawnError: string | undefined;
}

export function runHelm(binary: string, args: readonly string[], options: { cwd: string; timeoutMs: number }): Promise<HelmRun> {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const finish = (code: number | null, spawnError?: string): void => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
        timedOut,
        spawnError,
      });
    };
    child.on('error', (error: NodeJS.ErrnoException) => finish(null, error.code ?? error.message));
    child.on('close', (code) => finish(code));
  });
}
