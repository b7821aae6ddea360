import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { runCli } from './helpers/cli.js';
import { CHART, makeTree } from './helpers/tree.js';

const CLEAN = 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:v1\n  pull_policy: IfNotPresent\n';
const WARNING_ONLY = 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:nightly\n  pull_policy: IfNotPresent\n';
const ERROR = 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:latest\n  pull_policy: IfNotPresent\n';

function charts(): string {
  return makeTree({
    'clean/Chart.yaml': CHART('clean'),
    'clean/values.yaml': CLEAN,
    'warn/Chart.yaml': CHART('warn'),
    'warn/values.yaml': WARNING_ONLY,
    'bad/Chart.yaml': CHART('bad'),
    'bad/values.yaml': ERROR,
  });
}

describe('exit codes', () => {
  const root = charts();

  it('exits 0 on a clean chart and says so', () => {
    const run = runCli(['clean'], { cwd: root });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No problems in 2 files in 1 chart.');
  });

  it('exits 0 on warnings alone, 1 past --max-warnings', () => {
    expect(runCli(['warn'], { cwd: root }).status).toBe(0);
    expect(runCli(['warn', '--max-warnings', '1'], { cwd: root }).status).toBe(0);
    const over = runCli(['warn', '--max-warnings', '0'], { cwd: root });
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('1 warnings, more than --max-warnings 0');
  });

  it('exits 1 on an error-level finding', () => {
    expect(runCli(['bad'], { cwd: root }).status).toBe(1);
  });

  it('exits 2 on usage errors, with a clear message and no stack trace', () => {
    for (const args of [['--bogus'], ['--format', 'xml', 'clean'], ['nowhere'], ['--max-warnings', 'many', 'clean']]) {
      const run = runCli(args, { cwd: root });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^chartlint: /);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('names the nearest option for a mistyped one', () => {
    const hints = {
      '--rendr': 'unknown option --rendr; did you mean --render?',
      '--chnaged-since=main': 'unknown option --chnaged-since; did you mean --changed-since?',
      '--list-rule': 'unknown option --list-rule; did you mean --list-rules?',
      '--change': 'unknown option --change; did you mean --changed-since?',
      '--no-colour': 'unknown option --no-colour; did you mean --no-color?',
      '--zzzzzz': 'unknown option --zzzzzz',
      '-x': 'unknown option -x',
      '--a\nb': 'unknown option --a\\nb',
    };
    for (const [flag, message] of Object.entries(hints)) {
      const run = runCli([flag, 'clean'], { cwd: root });
      expect(run.status, flag).toBe(2);
      expect(run.stderr).toBe(`chartlint: ${message}\nRun "chartlint --help" for usage.\n`);
    }
  });

  it('exits 2 on an invalid config, naming file, line, path and problem', () => {
    const dir = makeTree({ '.chartlint.yaml': 'rules:\n  images/no-latest: loud\n', 'c/Chart.yaml': CHART('c'), 'c/values.yaml': CLEAN });
    const run = runCli(['c'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `chartlint: invalid config: ${path.join(dir, '.chartlint.yaml')}:2:21: rules["images/no-latest"]: must be one of off, info, warning, error\n`,
    );
  });
});

describe('output', () => {
  const root = charts();

  it('--format json gives every field with paths relative to the working folder', () => {
    const run = runCli(['--format', 'json', '.'], { cwd: root });
    const parsed = JSON.parse(run.stdout) as { diagnostics: Record<string, unknown>[]; summary: Record<string, number> };
    // Every diagnostic carries its logical path and a fingerprint; their values are the engine's (test/fixes-engine.test.ts).
    for (const d of parsed.diagnostics) expect(d.fingerprint).toMatch(/^[0-9a-f]{64}:\d+$/);
    expect(parsed.diagnostics.map(({ fingerprint: _f, ...rest }) => rest)).toEqual([
      {
        file: 'bad/values.yaml',
        line: 3,
        column: 37,
        endLine: 3,
        endColumn: 43,
        path: 'images.tags.dep_check',
        ruleId: 'images/no-latest',
        severity: 'error',
        messageId: 'latest',
        docs: 'https://github.com/chartlint/chartlint/blob/main/rules/images/no-latest.md',
        message: 'Image "images.tags.dep_check" uses the mutable tag ":latest"; pin a version or a digest.',
      },
      {
        file: 'warn/values.yaml',
        line: 3,
        column: 37,
        endLine: 3,
        endColumn: 44,
        path: 'images.tags.dep_check',
        ruleId: 'images/floating-tag',
        severity: 'warning',
        messageId: 'floating',
        docs: 'https://github.com/chartlint/chartlint/blob/main/rules/images/floating-tag.md',
        message: 'Image "images.tags.dep_check" uses the tag "nightly", which moves to new builds; pin a version or a digest.',
      },
    ]);
    expect(parsed.summary).toEqual({ errors: 1, warnings: 1, infos: 0, charts: 3, files: 6 });
  });

  it('--format compact prints one problem-matcher line per finding', () => {
    const run = runCli(['-f', 'compact', '.'], { cwd: root });
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      'bad/values.yaml:3:37: error: Image "images.tags.dep_check" uses the mutable tag ":latest"; pin a version or a digest. [images/no-latest]',
      'warn/values.yaml:3:37: warning: Image "images.tags.dep_check" uses the tag "nightly", which moves to new builds; pin a version or a digest. [images/floating-tag]',
    ]);
  });

  it('--quiet shows errors only', () => {
    const run = runCli(['-q', '-f', 'compact', '.'], { cwd: root });
    expect(run.stdout).toContain('images/no-latest');
    expect(run.stdout).not.toContain('images/floating-tag');
  });

  it('stylish honours FORCE_COLOR, NO_COLOR and --no-color', () => {
    const ansi = /\x1b\[/;
    expect(runCli(['bad'], { cwd: root, env: { FORCE_COLOR: '1' } }).stdout).toMatch(ansi);
    expect(runCli(['bad'], { cwd: root, env: { NO_COLOR: '1' } }).stdout).not.toMatch(ansi);
    expect(runCli(['bad', '--no-color'], { cwd: root, env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ansi);
  });
});

describe('information', () => {
  it('--list-rules prints every rule with its severity in each profile, within 100 columns', () => {
    const run = runCli(['--list-rules'], { cwd: process.cwd() });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^rule\s+recommended\s+openstack-helm\s+strict\s+fixes$/);
    // Severity in recommended, openstack-helm and strict; whether a fixing run can fix, only suggest, or neither.
    expect(run.stdout).toMatch(/^images\/no-latest\s+error\s+error\s+error\s+-\n\s+Image references are pinned/m);
    expect(run.stdout).toMatch(/^images\/allowed-registries\s+off\s+off\s+off\s+-$/m);
    expect(run.stdout).toMatch(/^images\/fully-qualified\s+warning\s+error\s+error\s+fix$/m);
    expect(run.stdout).toMatch(/^images\/pull-policy\s+error\s+error\s+error\s+fix$/m);
    expect(run.stdout).toMatch(/^values\/global-scope\s+off\s+info\s+warning\s+-$/m);
    expect(lines.filter((line) => /^\S/.test(line))).toHaveLength(1 + allRules.length);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('--list-rules -f json gives each rule its severity per profile, fixes and doc URL', () => {
    const run = runCli(['--list-rules', '-f', 'json'], { cwd: process.cwd() });
    expect(run.status).toBe(0);
    const rules = JSON.parse(run.stdout) as { id: string; docs: string }[];
    expect(rules).toHaveLength(allRules.length);
    expect(rules.find((rule) => rule.id === 'images/fully-qualified')).toEqual({
      id: 'images/fully-qualified',
      description: expect.stringMatching(/\S/),
      severity: { recommended: 'warning', 'openstack-helm': 'error', strict: 'error' },
      fixable: true,
      hasSuggestions: expect.any(Boolean),
      docs: 'https://github.com/chartlint/chartlint/blob/main/rules/images/fully-qualified.md',
    });
    expect(rules.find((rule) => rule.id === 'images/pull-policy')).toMatchObject({ fixable: true, hasSuggestions: true });
    expect(rules.find((rule) => rule.id === 'values/global-scope')).toMatchObject({
      severity: { recommended: 'off', 'openstack-helm': 'info', strict: 'warning' },
    });
    // Each doc URL names a page the repository holds.
    const repo = path.resolve(import.meta.dirname, '..');
    for (const rule of rules) {
      expect(existsSync(path.join(repo, rule.docs.replace('https://github.com/chartlint/chartlint/blob/main/', ''))), rule.docs).toBe(true);
    }
    expect(runCli(['--list-rules', '-f', 'sarif'], { cwd: process.cwd() }).status).toBe(2);
  });

  it('--version prints the package version, --help the usage', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'], { cwd: process.cwd() }).stdout.trim()).toBe(manifest.version);
    const help = runCli(['--help'], { cwd: process.cwd() });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: chartlint');
  });
});
