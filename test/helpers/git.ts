import { spawnSync } from 'node:child_process';

/** Runs git in a scratch repository, failing the test loudly when git does. */
export function git(cwd: string, ...args: string[]): string {
  const run = spawnSync(
    'git',
    ['-c', 'user.email=test@chartlint.invalid', '-c', 'user.name=chartlint test', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout.trim();
}
