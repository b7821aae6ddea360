/** Editor and CI conveniences of the CLI: problem matcher, --stdin, --changed-since, --whole-charts, --output. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from './helpers/cli.js';
import { git } from './helpers/git.js';
import { CHART, makeTree, TOOLKIT_CHART } from './helpers/tree.js';

const root = path.resolve(import.meta.dirname, '..');

describe('the problem matcher', () => {
  it('captures file, line, column, severity, message and code from real compact output', () => {
    const matchers = (
      JSON.parse(readFileSync(path.join(root, '.github/chartlint-problem-matcher.json'), 'utf8')) as {
        problemMatcher: {
          owner: string;
          severity?: string;
          pattern: { regexp: string; file: number; line: number; column: number; severity?: number; message: number; code: number }[];
        }[];
      }
    ).problemMatcher;
    const run = runCli(['-f', 'compact', 'charts-fixtures', '--manifests', 'charts-fixtures/manifests'], { cwd: root });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(50);
    const captured = lines.map((line) => {
      for (const matcher of matchers) {
        const [pattern] = matcher.pattern;
        const m = new RegExp(pattern!.regexp).exec(line);
        if (m)
          return {
            file: m[pattern!.file],
            line: Number(m[pattern!.line]),
            column: Number(m[pattern!.column]),
            severity: pattern!.severity ? m[pattern!.severity] : matcher.severity,
            message: m[pattern!.message],
            code: m[pattern!.code],
          };
      }
      return undefined;
    });
    expect(captured.filter((c) => c === undefined)).toEqual([]);
    const json = JSON.parse(
      runCli(['-f', 'json', 'charts-fixtures', '--manifests', 'charts-fixtures/manifests'], { cwd: root }).stdout,
    ) as {
      diagnostics: { file: string; line: number; column: number; severity: string; message: string; ruleId: string }[];
    };
    const expected = json.diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      severity: d.severity === 'info' ? 'notice' : d.severity,
      message: d.message,
      code: d.ruleId,
    }));
    expect(captured).toEqual(expected);
  });
});

describe('every finding on one line', () => {
  // A quoted key holding a line break and an escape sequence, and a value holding both.
  const tree = () =>
    makeTree({
      'c/Chart.yaml': CHART('c'),
      'c/values.yaml':
        'images:\n  tags:\n    "a\\nb\\u001b[31m": "nginx:latest"\n    ok: docker.io/library/nginx:1.25\n  pull_policy: "Alw\\r\\nays\\u001b[31m\\t"\n',
    });
  const json = (cwd: string) =>
    (JSON.parse(runCli(['-f', 'json', 'c'], { cwd }).stdout) as { diagnostics: { message: string; line: number }[] }).diagnostics;

  it('compact: one line per finding, control characters escaped', () => {
    const cwd = tree();
    const findings = json(cwd);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(findings.map((d) => d.message).join('')).toMatch(/\r\n.*\x1b/s);
    const run = runCli(['-f', 'compact', 'c'], { cwd });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(findings.length);
    expect(run.stdout).not.toMatch(/[\0-\x09\x0b-\x1f\x7f]/);
    expect(lines).toContain(
      'c/values.yaml:5:16: error: "images.pull_policy" is "Alw\\r\\nays\\x1b[31m\\t"; Kubernetes accepts only Always, IfNotPresent or Never. [images/pull-policy]',
    );
    const matcher = /^"?((?:[^:]|:(?! ))+?)"?:(\d+):(\d+): (error|warning|info): (.*) \[([a-z-]+\/[a-z-]+)\]$/;
    expect(lines.map((line) => Number(matcher.exec(line)?.[2]))).toEqual(findings.map((d) => d.line));
  });

  it('stylish: one row per finding, control characters escaped', () => {
    const cwd = tree();
    const findings = json(cwd);
    const run = runCli(['--no-color', 'c'], { cwd });
    expect(run.stdout).not.toMatch(/[\0-\x09\x0b-\x1f\x7f]/);
    const rows = run.stdout.split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line));
    expect(rows).toHaveLength(findings.length);
    expect(rows.some((row) => row.includes('is "Alw\\r\\nays\\x1b[31m\\t";'))).toBe(true);
  });
});

describe("the README's VS Code task", () => {
  // The task as the README gives it: no path in the command line, the workspace as the working folder.
  const TASK = {
    command: 'npx',
    args: ['chartlint', '-f', 'compact', 'charts'],
    options: { cwd: '${workspaceFolder}' },
    problemMatcher: {
      fileLocation: ['relative', '${workspaceFolder}'],
      pattern: {
        regexp: '^"?((?:[^:]|:(?! ))+?)"?:(\\d+):(\\d+): (error|warning|info): (.*) \\[([a-z-]+/[a-z-]+)\\]$',
        file: 1,
        line: 2,
      },
    },
  };

  it('finds every finding in a workspace whose path, and whose chart folders, hold spaces', () => {
    const workspace = path.join(makeTree({}), 'my work space');
    const image = 'images:\n  tags:\n    dep_check: quay.io/a/b:latest\n  pull_policy: Always\n';
    for (const [file, text] of Object.entries({
      'charts/my chart/Chart.yaml': CHART('mine'),
      'charts/my chart/values.yaml': image,
      'charts/other/Chart.yaml': CHART('other'),
      'charts/other/values.yaml': image,
    })) {
      mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
      writeFileSync(path.join(workspace, file), text);
    }
    const at = (text: string) => text.replaceAll('${workspaceFolder}', workspace);
    // VS Code runs a shell task's command and args through the shell, each arg quoted where it must be.
    const [, ...rest] = TASK.args;
    const run = spawnSync(process.execPath, [CLI, ...rest], { cwd: at(TASK.options.cwd), encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const pattern = new RegExp(TASK.problemMatcher.pattern.regexp);
    const base = at(TASK.problemMatcher.fileLocation[1]!);
    const files = lines.map((line) => pattern.exec(line)?.[TASK.problemMatcher.pattern.file]);
    expect(files).toEqual(['charts/my chart/values.yaml', 'charts/other/values.yaml']);
    for (const file of files) expect(existsSync(path.join(base, file!))).toBe(true);
    // The README's earlier task put the workspace path in the shell command unquoted: the space split it.
    const old = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${CLI}" -f compact ${workspace}/charts`], {
      cwd: workspace,
      encoding: 'utf8',
    });
    expect(old.status).toBe(2);
  });
});

describe('--stdin --stdin-filename', () => {
  const chart = () =>
    makeTree({
      'svc/Chart.yaml': TOOLKIT_CHART('svc'),
      'svc/values.yaml': 'replicas: 1\n',
      'svc/templates/job-db-init.yaml': 'kind: Job\nimage: {{ .Values.images.tags.db_init }}\nimage: {{ .Values.images.tags.api }}\n',
    });

  it("lints an unsaved buffer as that file, in its chart's context", () => {
    const cwd = chart();
    const buffer = 'images:\n  tags:\n    api: nginx:latest\n  pull_policy: Always\n';
    const run = runCli(['--stdin', '--stdin-filename', 'svc/values.yaml', '-f', 'compact'], { cwd, input: buffer });
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      'svc/values.yaml:2:3: error: The images map "images.tags" lacks db_init, needed by templates/job-db-init.yaml. [images/required-keys]',
      'svc/values.yaml:3:10: error: Image "images.tags.api" does not name its registry host, so the node\'s runtime decides where "nginx:latest" comes from (by default docker.io/library/nginx); write the registry out. [images/fully-qualified]',
      'svc/values.yaml:3:16: error: Image "images.tags.api" uses the mutable tag ":latest"; pin a version or a digest. [images/no-latest]',
    ]);
    // The file on disk is not what was linted, and is not touched.
    expect(readFileSync(path.join(cwd, 'svc/values.yaml'), 'utf8')).toBe('replicas: 1\n');
  });

  it('lints a buffer for a file not saved yet', () => {
    const run = runCli(['--stdin', '--stdin-filename', 'svc/values_overrides/new.yaml', '-f', 'compact'], {
      cwd: chart(),
      input: 'images:\n  pull_policy: always\n',
    });
    expect(run.stdout).toContain('svc/values_overrides/new.yaml:2:16: error: "images.pull_policy" is "always"');
  });

  it('needs both flags', () => {
    expect(runCli(['--stdin'], { cwd: chart(), input: '' }).status).toBe(2);
  });
});

describe('--changed-since and --whole-charts', () => {
  function repo(): string {
    const cwd = makeTree({
      'a/Chart.yaml': CHART('a'),
      'a/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/x/y:latest\n  pull_policy: Always\n',
      'a/values_overrides/site.yaml': 'replicas: 1\n',
      'b/Chart.yaml': CHART('b'),
      'b/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/x/y:latest\n  pull_policy: Always\n',
    });
    git(cwd, 'init', '-q', '-b', 'main');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-q', '-m', 'base');
    return cwd;
  }

  it('lints the whole charts of the files changed since a ref, committed or not', () => {
    const cwd = repo();
    expect(runCli(['--changed-since', 'HEAD'], { cwd }).stdout).toBe('No chart changed since HEAD.\n');
    writeFileSync(path.join(cwd, 'a/values_overrides/site.yaml'), 'replicas: 2\n');
    const run = runCli(['--changed-since', 'HEAD', '-f', 'compact'], { cwd });
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      'a/values.yaml:3:28: error: Image "images.tags.dep_check" uses the mutable tag ":latest"; pin a version or a digest. [images/no-latest]',
    ]);
    expect(runCli(['--changed-since', 'no-such-ref'], { cwd }).status).toBe(2);
  });

  it('lints every chart when the config changed, and the dependents of a changed library chart', () => {
    const cwd = repo();
    writeFileSync(path.join(cwd, '.chartlint.yaml'), 'rules:\n  images/floating-tag: error\n');
    const lintedFiles = (args: string[]): string[] => [
      ...new Set(
        (JSON.parse(runCli([...args, '-f', 'json'], { cwd }).stdout) as { diagnostics: { file: string }[] }).diagnostics.map((d) => d.file),
      ),
    ];
    expect(lintedFiles(['--changed-since', 'HEAD'])).toEqual(['a/values.yaml', 'b/values.yaml']);
    // The hook's way: the config among the files it is given.
    expect(lintedFiles(['--whole-charts', '.chartlint.yaml'])).toEqual(['a/values.yaml', 'b/values.yaml']);
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-q', '-m', 'config');
    // b now uses a library chart beside it; a change to the library lints b, not a.
    mkdirSync(path.join(cwd, 'lib'));
    writeFileSync(path.join(cwd, 'lib/Chart.yaml'), 'apiVersion: v2\nname: lib\nversion: 0.1.0\ntype: library\n');
    writeFileSync(
      path.join(cwd, 'b/Chart.yaml'),
      `${CHART('b')}dependencies:\n  - name: lib\n    repository: file://../lib\n    version: 0.1.0\n`,
    );
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-q', '-m', 'library');
    writeFileSync(path.join(cwd, 'lib/values.yaml'), 'x: 1\n');
    expect(lintedFiles(['--changed-since', 'HEAD'])).toEqual(['b/values.yaml']);
    expect(lintedFiles(['--whole-charts', 'lib/values.yaml'])).toEqual(['b/values.yaml']);
  });

  it("counts from the merge-base of the ref and HEAD, so charts changed only on the ref's side are not linted", () => {
    const cwd = repo();
    git(cwd, 'checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(cwd, 'a/values_overrides/site.yaml'), 'replicas: 2\n');
    git(cwd, 'commit', '-q', '-am', 'feature changes a');
    git(cwd, 'checkout', '-q', 'main');
    writeFileSync(path.join(cwd, 'b/values.yaml'), 'images:\n  tags:\n    dep_check: quay.io/x/y:latest\n  pull_policy: Never\n');
    git(cwd, 'commit', '-q', '-am', 'main changes b');
    git(cwd, 'checkout', '-q', 'feature');
    const run = runCli(['--changed-since', 'main', '-f', 'json'], { cwd });
    const files = (JSON.parse(run.stdout) as { diagnostics: { file: string }[] }).diagnostics.map((d) => d.file);
    expect(files).toEqual(['a/values.yaml']);
    // Seen from main, only b changed since the fork (and a uncommitted change counts too).
    git(cwd, 'checkout', '-q', 'main');
    expect(runCli(['--changed-since', 'feature', '-f', 'compact'], { cwd }).stdout).toMatch(/^b\/values\.yaml:3:28: error: /);
    writeFileSync(path.join(cwd, 'a/Chart.yaml'), CHART('a').replace('0.1.0', '0.1.1'));
    expect(runCli(['--changed-since', 'feature', '-f', 'compact'], { cwd }).stdout).toMatch(/^a\/values\.yaml:.*\nb\/values\.yaml:/);
  });

  it('says when the ref and HEAD share no history', () => {
    const cwd = repo();
    git(cwd, 'checkout', '-q', '--orphan', 'other');
    git(cwd, 'commit', '-q', '-m', 'unrelated');
    const run = runCli(['--changed-since', 'main'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--changed-since: main and HEAD share no history here');
    expect(runCli(['--changed-since', 'no-such-ref'], { cwd }).stderr).toContain('--changed-since: no-such-ref is not a commit git knows');
  });

  it('turns file arguments into their charts, each once', () => {
    const cwd = repo();
    const run = runCli(['--whole-charts', '-f', 'json', 'a/values_overrides/site.yaml', 'a/Chart.yaml', 'b/values.yaml'], { cwd });
    const parsed = JSON.parse(run.stdout) as { summary: { charts: number; files: number } };
    expect(parsed.summary).toEqual(expect.objectContaining({ charts: 2, files: 5 }));
  });
});

describe('--output', () => {
  it('writes another format to a file while the terminal gets its own', () => {
    const cwd = makeTree({
      'c/Chart.yaml': CHART('c'),
      'c/values.yaml': 'images:\n  tags:\n    dep_check: nginx\n  pull_policy: Always\n',
    });
    const run = runCli(['-f', 'compact', '-o', 'out.sarif', '-o', 'json:out.txt', 'c'], { cwd });
    expect(run.stdout).toContain('c/values.yaml:3:16: error:');
    const sarif = JSON.parse(readFileSync(path.join(cwd, 'out.sarif'), 'utf8')) as { version: string };
    expect(sarif.version).toBe('2.1.0');
    const json = JSON.parse(readFileSync(path.join(cwd, 'out.txt'), 'utf8')) as { diagnostics: unknown[] };
    expect(json.diagnostics).toHaveLength(2);
    expect(runCli(['-o', 'yaml:x.out', 'c'], { cwd }).status).toBe(2);
  });
});
