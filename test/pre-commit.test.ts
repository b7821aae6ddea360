/**
 * The hook in .pre-commit-hooks.yaml, run by the real pre-commit (`pre-commit try-repo`, as hook authors
 * test hooks) in a scratch git repository: a bad values file is refused with the finding shown, a clean
 * one passes. pre-commit installs the hook the way users get it: npm install, npm pack, npm install -g.
 * Needs pre-commit on PATH (Debian's package; .ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from './helpers/git.js';
import { CHART, makeTree } from './helpers/tree.js';

const root = path.resolve(import.meta.dirname, '..');
const identity = { GIT_AUTHOR_NAME: 'chartlint test', GIT_AUTHOR_EMAIL: 'test@chartlint.invalid', GIT_COMMITTER_NAME: 'chartlint test', GIT_COMMITTER_EMAIL: 'test@chartlint.invalid' };

function tryRepo(cwd: string) {
  const env = { ...process.env, ...identity, PRE_COMMIT_HOME: path.join(root, 'node_modules/.cache/pre-commit'), NO_COLOR: '1' };
  return spawnSync('pre-commit', ['try-repo', root, 'chartlint', '--color', 'never'], { cwd, env, encoding: 'utf8' });
}

describe('the pre-commit hook', () => {
  it('refuses a commit with a bad values file, showing the finding, and passes a clean one', () => {
    const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    expect(version.status, 'pre-commit is not installed: apt-get install pre-commit').toBe(0);

    const cwd = makeTree({
      'charts/svc/Chart.yaml': CHART('svc'),
      'charts/svc/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:v1\n  pull_policy: Always\n',
      'charts/other/Chart.yaml': CHART('other'),
      'charts/other/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:latest\n  pull_policy: Always\n',
      'README.md': '# charts\n',
    });
    git(cwd, 'init', '-q', '-b', 'main');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-q', '-m', 'base');

    // An override file changes: the hook lints its whole chart, not the other chart with its old finding.
    writeFileSync(path.join(cwd, 'charts/svc/values-site.yaml'), 'images:\n  pull_policy: always\n');
    git(cwd, 'add', '.');
    const refused = tryRepo(cwd);
    expect(refused.status, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stdout).toContain('charts/svc/values-site.yaml');
    expect(refused.stdout).toContain('"images.pull_policy" is "always", but Kubernetes matches case exactly: write "Always".');
    expect(refused.stdout).not.toContain('charts/other');

    writeFileSync(path.join(cwd, 'charts/svc/values-site.yaml'), 'images:\n  pull_policy: Always\n');
    git(cwd, 'add', '.');
    const passed = tryRepo(cwd);
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout).toMatch(/chartlint\.+Passed/);
  }, 600_000);
});
