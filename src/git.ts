/**
 * The files git says changed: for --changed-since and the Action's only-changed mode. User-given
 * revisions follow `--end-of-options` (git 2.24 and later), so none can be read as an option.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export class GitError extends Error {}

function git(args: readonly string[], cwd: string): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw new GitError(`git could not be run (${(run.error as NodeJS.ErrnoException).code ?? run.error.message}).`);
  if (run.status !== 0) throw new GitError(`git ${args.join(' ')} failed: ${run.stderr.trim().split('\n')[0] ?? ''}`);
  return run.stdout;
}

/**
 * Absolute paths of the files changed since `ref`: committed, staged or not, and new untracked files.
 * With `head`, only what changed between the two commits (a pull request's base...head).
 */
export function changedFiles(ref: string, cwd: string, head?: string): string[] {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const range = head ? [`${ref}...${head}`] : [ref];
  // --end-of-options: a revision that starts with `-` (`--output=FILE`) is a revision, never an option.
  const changed = git(['diff', '--name-only', '--no-renames', '-z', '--end-of-options', ...range, '--'], cwd).split('\0');
  const untracked = head ? [] : git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0');
  return [...new Set([...changed, ...untracked].filter(Boolean).map((file) => path.join(top, file)))].sort();
}
