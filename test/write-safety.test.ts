/**
 * Writes where none belong: a report (`-o`, the Action's `sarif-file`) never goes through a symbolic
 * link, over a file the run reads, or half-written; a temporary file never outlives a failed write.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { git } from './helpers/git.js';
import { CHART, makeTree } from './helpers/tree.js';

const VALUES = 'images:\n  tags:\n    dep_check: quay.io/a/b:latest\n  pull_policy: Always\n';
const chart = () => makeTree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': VALUES, 'extra.yaml': 'images: {}\n' });
const partials = (dir: string): string[] => readdirSync(dir).filter((name) => name.includes('.partial'));

describe('-o FILE', () => {
  it('refuses a symbolic link, and leaves what it points at alone', () => {
    const cwd = chart();
    writeFileSync(path.join(cwd, 'precious.txt'), 'keep me\n');
    symlinkSync(path.join(cwd, 'precious.txt'), path.join(cwd, 'out.json'));
    const run = runCli(['-o', 'out.json', 'c'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('chartlint: --output: will not write out.json: it is a symbolic link');
    expect(run.stdout).toBe('');
    expect(readFileSync(path.join(cwd, 'precious.txt'), 'utf8')).toBe('keep me\n');
    // A dangling link is refused too: it would create a file wherever it points.
    symlinkSync(path.join(cwd, 'nowhere.txt'), path.join(cwd, 'dangling.sarif'));
    expect(runCli(['-o', 'dangling.sarif', 'c'], { cwd }).status).toBe(2);
    expect(readdirSync(cwd)).not.toContain('nowhere.txt');
  });

  it('refuses a file the run lints, reads as values or as config', () => {
    const cwd = chart();
    writeFileSync(path.join(cwd, '.chartlint.yaml'), 'rules: {}\n');
    const cases: [string[], string][] = [
      // Found by discovery: refused once the run knows its files.
      [['-o', 'json:c/values.yaml', 'c'], 'c/values.yaml'],
      [['-o', 'c/Chart.yaml', 'c'], 'c/Chart.yaml'],
      // The config found by search, and files named on the command line.
      [['-o', 'json:.chartlint.yaml', 'c'], '.chartlint.yaml'],
      [['--values', 'extra.yaml', '-o', 'json:extra.yaml', 'c'], 'extra.yaml'],
      [['-o', 'json:c/values.yaml', 'c/values.yaml'], 'c/values.yaml'],
    ];
    for (const [args, file] of cases) {
      const before = readFileSync(path.join(cwd, file), 'utf8');
      const run = runCli(args, { cwd });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(`it is one of the files this run reads`);
      expect(readFileSync(path.join(cwd, file), 'utf8')).toBe(before);
    }
    // A hard link to a linted file is the same file.
    linkSync(path.join(cwd, 'c/values.yaml'), path.join(cwd, 'alias.json'));
    const run = runCli(['-o', 'alias.json', 'c'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('(the same file as c/values.yaml)');
    expect(readFileSync(path.join(cwd, 'c/values.yaml'), 'utf8')).toBe(VALUES);
  });

  it('writes through a temporary file, removed when the write fails', () => {
    const cwd = chart();
    mkdirSync(path.join(cwd, 'folder'));
    const run = runCli(['-o', 'json:folder', 'c'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot write folder: it is a folder');
    expect(partials(cwd)).toEqual([]);

    // A report replacing an older one keeps its permissions, and nothing is left beside it.
    writeFileSync(path.join(cwd, 'out.json'), 'old');
    chmodSync(path.join(cwd, 'out.json'), 0o640);
    expect(runCli(['-o', 'out.json', 'c'], { cwd }).status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(cwd, 'out.json'), 'utf8'))).toHaveProperty('diagnostics');
    expect(statSync(path.join(cwd, 'out.json')).mode & 0o777).toBe(0o640);
    expect(partials(cwd)).toEqual([]);
  });
});

describe("the Action's sarif-file", () => {
  const ACTION = path.resolve(import.meta.dirname, '../action/dist/index.js');
  const runAction = (cwd: string, sarifFile: string) =>
    spawnSync(process.execPath, [ACTION], {
      cwd,
      env: {
        ...process.env,
        GITHUB_WORKSPACE: cwd,
        INPUT_PATHS: 'c',
        'INPUT_SARIF-FILE': sarifFile,
        GITHUB_OUTPUT: '',
        GITHUB_STEP_SUMMARY: '',
      },
      encoding: 'utf8',
    });

  it('refuses a symbolic link and a linted file, with an annotation and exit 2', () => {
    const cwd = chart();
    writeFileSync(path.join(cwd, 'precious.txt'), 'keep me\n');
    symlinkSync(path.join(cwd, 'precious.txt'), path.join(cwd, 'out.sarif'));
    const linked = runAction(cwd, 'out.sarif');
    expect(linked.status).toBe(2);
    expect(linked.stdout).toContain('::error title=chartlint::sarif-file: will not write');
    expect(readFileSync(path.join(cwd, 'precious.txt'), 'utf8')).toBe('keep me\n');

    const linted = runAction(cwd, 'c/values.yaml');
    expect(linted.status).toBe(2);
    expect(linted.stdout).toContain('it is one of the files this run reads');
    expect(readFileSync(path.join(cwd, 'c/values.yaml'), 'utf8')).toBe(VALUES);

    expect(runAction(cwd, 'ok.sarif').status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(cwd, 'ok.sarif'), 'utf8'))).toHaveProperty('version', '2.1.0');
    expect(partials(cwd)).toEqual([]);
  });
});

describe('--changed-since', () => {
  it('takes a value that starts with - as a revision, never as a git option', () => {
    const cwd = chart();
    git(cwd, 'init', '-q');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-q', '-m', 'charts');
    for (const value of ['--output=pwned.txt', '-opwned.txt', '--ext-diff']) {
      const run = runCli([`--changed-since=${value}`, '.'], { cwd });
      expect(run.status, value).toBe(2);
      expect(run.stderr).toContain(`--changed-since: ${value} is not a commit git knows`);
    }
    expect(existsSync(path.join(cwd, 'pwned.txt'))).toBe(false);
    expect(existsSync(path.join(cwd, 'c', 'pwned.txt'))).toBe(false);
  });
});
