/**
 * The hook in .pre-commit-hooks.yaml, run by the real pre-commit (`pre-commit try-repo`, as hook authors
 * test hooks) in a scratch git repository: a bad values file is refused with the finding shown, a clean
 * one passes. pre-commit installs the hook the way users get it: npm install, npm pack, npm install -g.
 * Needs pre-commit on PATH (Debian's package; .ci/run installs it). Without it the test is skipped, visibly,
 * unless CHARTLINT_REQUIRE_TOOLS is set (as .ci/run sets it): then a missing pre-commit is a failure.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from './helpers/git.js';
import { CHART, makeTree } from './helpers/tree.js';

const root = path.resolve(import.meta.dirname, '..');
const identity = {
  GIT_AUTHOR_NAME: 'chartlint test',
  GIT_AUTHOR_EMAIL: 'test@chartlint.invalid',
  GIT_COMMITTER_NAME: 'chartlint test',
  GIT_COMMITTER_EMAIL: 'test@chartlint.invalid',
};

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const requireTools = !!process.env.CHARTLINT_REQUIRE_TOOLS && process.env.CHARTLINT_REQUIRE_TOOLS !== '0';
const skip = !hasPreCommit && !requireTools;
const title = 'refuses a commit with a bad values file, showing the finding, and passes a clean one';
const skipNote = '(skipped: pre-commit is not installed; apt-get install pre-commit)';
if (skip) console.warn('pre-commit hook test skipped: pre-commit is not installed (apt-get install pre-commit)');

function tryRepo(cwd: string) {
  const env = { ...process.env, ...identity, PRE_COMMIT_HOME: path.join(root, 'node_modules/.cache/pre-commit'), NO_COLOR: '1' };
  return spawnSync('pre-commit', ['try-repo', root, 'chartlint', '--color', 'never'], { cwd, env, encoding: 'utf8' });
}

describe('the pre-commit hook', () => {
  it.skipIf(skip)(skip ? `${title} ${skipNote}` : title, { timeout: 600_000 }, () => {
    expect(hasPreCommit, 'pre-commit is not installed and CHARTLINT_REQUIRE_TOOLS is set: apt-get install pre-commit').toBe(true);

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
  });
});
