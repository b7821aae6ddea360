/** `--stdin-filename` must name a file: an empty name or a folder would lint the files on disk instead. */
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { CHART, makeTree } from './helpers/tree.js';

describe('--stdin-filename', () => {
  const cwd = () => makeTree({ 'svc/Chart.yaml': CHART('svc'), 'svc/values.yaml': 'images:\n  tags:\n    api: nginx:latest\n' });
  const buffer = 'images:\n  tags:\n    dep_check: quay.io/a/b:v1\n  pull_policy: Always\n';

  it('refuses an empty name: a usage error, nothing linted', () => {
    const run = runCli(['--stdin', '--stdin-filename', '', '-f', 'compact'], { cwd: cwd(), input: buffer });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('chartlint: --stdin-filename needs the path of the file standard input stands for');
    expect(run.stdout).toBe('');
    expect(runCli(['--stdin', '--stdin-filename=', '-f', 'compact'], { cwd: cwd(), input: buffer }).status).toBe(2);
  });

  it('refuses a folder', () => {
    for (const name of ['.', 'svc', 'svc/']) {
      const run = runCli(['--stdin', '--stdin-filename', name, '-f', 'compact'], { cwd: cwd(), input: buffer });
      expect(run.status, name).toBe(2);
      expect(run.stderr).toContain('--stdin-filename names a folder');
      expect(run.stdout).toBe('');
    }
  });
});
