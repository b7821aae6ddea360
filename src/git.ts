/**
 * The files git says changed: for --changed-since and the Action's only-changed mode. User-given
 * revisions follow `--end-of-options` (git 2.24 and later), so none can be read as an option.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export class GitError extends Error {}

/** git's output; a failure is a GitError with `failure`, else git's first line of error. */
function git(args: readonly string[], cwd: string, failure?: string): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw new GitError(`git could not be run (${(run.error as NodeJS.ErrnoException).code ?? run.error.message}).`);
  if (run.status !== 0) throw new GitError(failure ?? `git ${args.join(' ')} failed: ${run.stderr.trim().split('\n')[0] ?? ''}`);
  return run.stdout;
}

/**
 * Absolute paths of the files changed since `ref`, as `git diff ref...` counts them: from the merge-base
 * of `ref` and HEAD (so what changed only on `ref`'s side is not counted) to the working tree, staged or
 * not, and new untracked files. With `head`, only what changed between the two commits (a pull request's
 * base...head).
 */
export function changedFiles(ref: string, cwd: string, head?: string): string[] {
  const top = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const range = head ? [`${ref}...${head}`] : [mergeBase(ref, cwd)];
  // --end-of-options: a revision that starts with `-` (`--output=FILE`) is a revision, never an option.
  const changed = git(['diff', '--name-only', '--no-renames', '-z', '--end-of-options', ...range, '--'], cwd).split('\0');
  const untracked = head ? [] : git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0');
  return [...new Set([...changed, ...untracked].filter(Boolean).map((file) => path.join(top, file)))].sort();
}

/** The commit where HEAD's history left `ref`'s: `git merge-base ref HEAD`. */
function mergeBase(ref: string, cwd: string): string {
  // Resolved first, so that an unknown ref is named as such rather than as a missing merge-base.
  const commit = git(
    ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`],
    cwd,
    `${ref} is not a commit git knows`,
  ).trim();
  const run = spawnSync('git', ['merge-base', commit, 'HEAD'], { cwd, encoding: 'utf8' });
  if (run.error) throw new GitError(`git could not be run (${(run.error as NodeJS.ErrnoException).code ?? run.error.message}).`);
  if (run.status === 1 && run.stdout.trim() === '') {
    throw new GitError(`${ref} and HEAD share no history here (a shallow clone? \`git fetch --unshallow\` fetches it).`);
  }
  if (run.status !== 0) throw new GitError(`git merge-base ${ref} HEAD failed: ${run.stderr.trim().split('\n')[0] ?? ''}`);
  return run.stdout.trim();
}
