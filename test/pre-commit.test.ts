/**
 * The hooks in .pre-commit-hooks.yaml, run by the real pre-commit in scratch git repositories:
 * - `chartlint` as a user's first run gets it: a .pre-commit-config.yaml naming this repository at a
 *   commit, a clean PRE_COMMIT_HOME and an empty npm cache. The hook runs the bundle committed in hook/,
 *   so the clone is all it downloads; the test prints the size and time and holds the size to 20 MB.
 * - `pre-commit try-repo` (as hook authors test hooks): the finding is shown, a clean change passes, a
 *   change to .chartlint.yaml alone lints every chart.
 * - `chartlint-system` with the packed package installed in the repository itself.
 * Needs pre-commit on PATH (Debian's package; .ci/run installs it). Without it the tests are skipped,
 * visibly, unless CHARTLINT_REQUIRE_TOOLS is set (as .ci/run sets it): then a missing pre-commit fails.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from './helpers/git.js';
import { installPacked, packProject } from './helpers/packed.js';
import { CHART, makeTree } from './helpers/tree.js';

const root = path.resolve(import.meta.dirname, '..');
const identity = {
  GIT_AUTHOR_NAME: 'chartlint test',
  GIT_AUTHOR_EMAIL: 'test@chartlint.invalid',
  GIT_COMMITTER_NAME: 'chartlint test',
  GIT_COMMITTER_EMAIL: 'test@chartlint.invalid',
};
const MB = 1024 * 1024;

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const requireTools = !!process.env.CHARTLINT_REQUIRE_TOOLS && process.env.CHARTLINT_REQUIRE_TOOLS !== '0';
const skip = !hasPreCommit && !requireTools;
const skipNote = skip ? ' (skipped: pre-commit is not installed; apt-get install pre-commit)' : '';
if (skip) console.warn('pre-commit hook tests skipped: pre-commit is not installed (apt-get install pre-commit)');

const BAD = 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:latest\n  pull_policy: Always\n';
const GOOD = 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:v1\n  pull_policy: Always\n';

function preCommit(cwd: string, args: string[], home = path.join(root, 'node_modules/.cache/pre-commit'), npmCache?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...identity, PRE_COMMIT_HOME: home, NO_COLOR: '1' };
  if (npmCache) env.npm_config_cache = npmCache;
  return spawnSync('pre-commit', [...args, '--color', 'never'], { cwd, env, encoding: 'utf8' });
}

/** A scratch repository of the user's, with a first commit. */
function userRepository(files: Record<string, string>): string {
  const cwd = makeTree(files);
  git(cwd, 'init', '-q', '-b', 'main');
  git(cwd, 'add', '.');
  git(cwd, 'commit', '-q', '-m', 'base');
  return cwd;
}

/**
 * This project as pre-commit fetches it: its tracked and unignored files (so uncommitted work is what is
 * tested) committed in a fresh repository. Returns the repository and the commit to name as `rev`.
 */
function hookRepository(): { repo: string; rev: string } {
  const repo = makeTree({});
  const listing = spawnSync('git', ['ls-files', '-z', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  for (const file of listing.stdout.split('\0').filter(Boolean)) {
    const from = path.join(root, file);
    if (!existsSync(from) || !lstatSync(from).isFile()) continue;
    const to = path.join(repo, file);
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
    chmodSync(to, statSync(from).mode);
  }
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'chartlint');
  return { repo, rev: git(repo, 'rev-parse', 'HEAD') };
}

function bytesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += lstatSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

describe('the pre-commit hook', () => {
  const requirePreCommit = () =>
    expect(hasPreCommit, 'pre-commit is not installed and CHARTLINT_REQUIRE_TOOLS is set: apt-get install pre-commit').toBe(true);

  it.skipIf(skip)(`costs a first run on a clean cache the clone only, at most 20 MB${skipNote}`, { timeout: 600_000 }, () => {
    requirePreCommit();
    const { repo, rev } = hookRepository();
    const cwd = userRepository({
      'charts/svc/Chart.yaml': CHART('svc'),
      'charts/svc/values.yaml': BAD,
      '.pre-commit-config.yaml': `repos:\n  - repo: ${repo}\n    rev: ${rev}\n    hooks:\n      - id: chartlint\n`,
    });
    const home = path.join(makeTree({}), 'pre-commit');
    const npmCache = path.join(makeTree({}), 'npm-cache');

    const started = performance.now();
    const run = preCommit(cwd, ['run', '--files', 'charts/svc/values.yaml'], home, npmCache);
    const seconds = (performance.now() - started) / 1000;

    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('charts/svc/values.yaml');
    expect(run.stdout).toContain('images/no-latest');
    const cloned = bytesUnder(home);
    const fromNpm = bytesUnder(npmCache);
    console.info(
      `first pre-commit run on a clean cache: ${(cloned / MB).toFixed(1)} MB cloned, ${(fromNpm / MB).toFixed(1)} MB from npm, ${seconds.toFixed(1)} s`,
    );
    expect(fromNpm).toBe(0);
    expect(cloned + fromNpm).toBeLessThan(20 * MB);
  });

  it.skipIf(skip)(
    `refuses a commit with a bad values file, showing the finding, and passes a clean one${skipNote}`,
    { timeout: 600_000 },
    () => {
      requirePreCommit();
      const cwd = userRepository({
        'charts/svc/Chart.yaml': CHART('svc'),
        'charts/svc/values.yaml': GOOD,
        'charts/other/Chart.yaml': CHART('other'),
        'charts/other/values.yaml': BAD,
        'README.md': '# charts\n',
      });

      // An override file changes: the hook lints its whole chart, not the other chart with its old finding.
      writeFileSync(path.join(cwd, 'charts/svc/values-site.yaml'), 'images:\n  pull_policy: always\n');
      git(cwd, 'add', '.');
      const refused = preCommit(cwd, ['try-repo', root, 'chartlint']);
      expect(refused.status, refused.stdout + refused.stderr).toBe(1);
      expect(refused.stdout).toContain('charts/svc/values-site.yaml');
      expect(refused.stdout).toContain('"images.pull_policy" is "always", but Kubernetes matches case exactly: write "Always".');
      expect(refused.stdout).not.toContain('charts/other');

      writeFileSync(path.join(cwd, 'charts/svc/values-site.yaml'), 'images:\n  pull_policy: Always\n');
      git(cwd, 'add', '.');
      const passed = preCommit(cwd, ['try-repo', root, 'chartlint']);
      expect(passed.status, passed.stdout + passed.stderr).toBe(0);
      expect(passed.stdout).toMatch(/chartlint\.+Passed/);
    },
  );

  it.skipIf(skip)(`lints every chart when only .chartlint.yaml changes${skipNote}`, { timeout: 600_000 }, () => {
    requirePreCommit();
    const cwd = userRepository({
      'charts/svc/Chart.yaml': CHART('svc'),
      'charts/svc/values.yaml': BAD,
      '.chartlint.yaml': 'rules:\n  images/no-latest: off\n',
    });
    writeFileSync(path.join(cwd, '.chartlint.yaml'), 'rules:\n  images/no-latest: error\n');
    git(cwd, 'add', '.');
    const run = preCommit(cwd, ['try-repo', root, 'chartlint']);
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('charts/svc/values.yaml');
    expect(run.stdout).toContain('images/no-latest');
  });

  it.skipIf(skip)(`chartlint-system runs the chartlint the repository installed${skipNote}`, { timeout: 600_000 }, () => {
    requirePreCommit();
    const cwd = userRepository({
      'package.json': '{ "name": "charts", "private": true }\n',
      'charts/svc/Chart.yaml': CHART('svc'),
      'charts/svc/values.yaml': GOOD,
    });
    installPacked(cwd, packProject());
    writeFileSync(path.join(cwd, 'charts/svc/values.yaml'), BAD);
    git(cwd, 'add', 'charts');
    const run = preCommit(cwd, ['try-repo', root, 'chartlint-system']);
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('charts/svc/values.yaml');
    expect(run.stdout).toContain('images/no-latest');
  });
});
