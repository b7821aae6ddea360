/**
 * --fix and --fix-dry-run through the built CLI: every fix on files with comments and odd formatting, byte
 * for byte; idempotence; the write's safety (mode kept, links refused, a file changed since it was read left
 * alone, no temporary file left); the dry run's exact diff; no sensitive value in a diff.
 */
import { chmodSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFixed } from '../src/fix/write.js';
import { lint } from '../src/lint.js';
import { runCli } from './helpers/cli.js';
import { CHART, makeTree } from './helpers/tree.js';

/** Each file before --fix and after, byte for byte. */
const CASES: Record<string, [string, string]> = {
  'plain/values.yaml': [
    '# values with\ttabs\tin comments\nimages:\n  tags:\n    api: nginx:1.25 # trailing comment\n    dep_check: kolla/x:1\t# tab before comment\n\n    # a comment line\n    db_sync: quay.io/airshipit/x:1\n  pull_policy: ifnotpresent   # lower case\n',
    '# values with\ttabs\tin comments\nimages:\n  tags:\n    api: docker.io/library/nginx:1.25 # trailing comment\n    dep_check: docker.io/kolla/x:1\t# tab before comment\n\n    # a comment line\n    db_sync: quay.io/airshipit/x:1\n  pull_policy: IfNotPresent   # lower case\n',
  ],
  'quoted/values.yaml': [
    'images:\n  tags:\n    api: "nginx:1.25"\n    dep_check: \'kolla/x:1\'\n  pull_policy: "Always "\nexporter:\n  image:\n    repository: quay.io/a/b\n    tag: v1\n    pullPolicy: \'never\'\n',
    'images:\n  tags:\n    api: "docker.io/library/nginx:1.25"\n    dep_check: \'docker.io/kolla/x:1\'\n  pull_policy: "Always"\nexporter:\n  image:\n    repository: quay.io/a/b\n    tag: v1\n    pullPolicy: \'Never\'\n',
  ],
  'flow/values.yaml': [
    'images: {tags: {api: nginx:1.25, dep_check: "kolla/x:1"}, pull_policy: ifnotpresent}\n',
    'images: {tags: {api: docker.io/library/nginx:1.25, dep_check: "docker.io/kolla/x:1"}, pull_policy: IfNotPresent}\n',
  ],
  'crlf/values.yaml': [
    'images:\r\n  tags:\r\n    api: nginx:1.25\r\n    dep_check: kolla/x:1  # c\r\n  pull_policy: always\r\n',
    'images:\r\n  tags:\r\n    api: docker.io/library/nginx:1.25\r\n    dep_check: docker.io/kolla/x:1  # c\r\n  pull_policy: Always\r\n',
  ],
  'bom/values.yaml': [
    '\uFEFFimages:\n  tags:\n    api: nginx:1.25\n  pull_policy: IFNOTPRESENT\n',
    '\uFEFFimages:\n  tags:\n    api: docker.io/library/nginx:1.25\n  pull_policy: IfNotPresent\n',
  ],
  // A stream on disk given with --manifests is the user's own text: fixed too.
  'm/pod.yaml': [
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.25\n      imagePullPolicy: "Always "\n',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: docker.io/library/nginx:1.25\n      imagePullPolicy: "Always"\n',
  ],
};

const ARGS = ['plain', 'quoted', 'flow', 'crlf', 'bom', '--manifests', 'm'];

function casesTree(): string {
  const files: Record<string, string> = {};
  for (const [name, [before]] of Object.entries(CASES)) {
    files[name] = before;
    const chart = name.split('/')[0]!;
    if (chart !== 'm') files[`${chart}/Chart.yaml`] = CHART(chart);
  }
  return makeTree(files);
}

/** Every file of the tree with its bytes and modification time. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(root, file)] = `${statSync(file).mtimeMs} ${readFileSync(file).toString('base64')}`;
  }
  return out;
}

const read = (root: string, name: string): string => readFileSync(path.join(root, name), 'utf8');

describe('--fix', () => {
  it('fixes every case byte for byte, reports what is left, and says what it fixed', () => {
    const root = casesTree();
    expect(runCli(['-f', 'compact', ...ARGS], { cwd: root }).status).toBe(1);
    const run = runCli(['-f', 'compact', '--fix', ...ARGS], { cwd: root });
    for (const [name, [, after]] of Object.entries(CASES)) expect(read(root, name), name).toBe(after);
    // Nothing is left: the findings shown are those of the fixed text.
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'chartlint: fixed 17 problems in 6 files (images/fully-qualified: 10, images/pull-policy: 6, manifests/pull-policy: 1).\n',
    );
    // The BOM is kept as bytes.
    expect(readFileSync(path.join(root, 'bom/values.yaml')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('changes nothing the second time: same bytes, same exit code, 0 fixes', () => {
    const root = casesTree();
    const first = runCli(['--fix', ...ARGS], { cwd: root });
    const fixed = snapshot(root);
    const second = runCli(['--fix', ...ARGS], { cwd: root });
    expect(snapshot(root)).toEqual(fixed);
    expect(second.status).toBe(first.status);
    expect(second.stderr).toBe('chartlint: fixed 0 problems in 0 files.\n');
  });

  it('keeps the exit code of the findings left, and leaves the meaning-changing ones alone', () => {
    const root = makeTree({
      'c/Chart.yaml': CHART('c'),
      'c/values.yaml': 'images:\n  tags:\n    api: nginx:latest\n    dep_check: quay.io/a/b:1\n  pull_policy: Sometimes\n',
    });
    const run = runCli(['-f', 'compact', '--fix', 'c'], { cwd: root });
    expect(read(root, 'c/values.yaml')).toBe(
      'images:\n  tags:\n    api: docker.io/library/nginx:latest\n    dep_check: quay.io/a/b:1\n  pull_policy: Sometimes\n',
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[images/no-latest]');
    expect(run.stdout).toContain('[images/pull-policy]');
    expect(run.stdout).not.toContain('[images/fully-qualified]');
  });

  it('keeps the file mode, and leaves no temporary file', () => {
    const root = makeTree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': CASES['plain/values.yaml']![0] });
    chmodSync(path.join(root, 'c/values.yaml'), 0o640);
    runCli(['--fix', 'c'], { cwd: root });
    expect(read(root, 'c/values.yaml')).toBe(CASES['plain/values.yaml']![1]);
    expect(statSync(path.join(root, 'c/values.yaml')).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.join(root, 'c')).sort()).toEqual(['Chart.yaml', 'values.yaml']);
  });

  it('refuses a symbolic link and a hard-linked file, with a clear line, and leaves both targets as they were', () => {
    const before = CASES['plain/values.yaml']![0];
    const root = makeTree({
      'c/Chart.yaml': CHART('c'),
      'real/values.yaml': before,
      'h/Chart.yaml': CHART('h'),
      'h/values.yaml': before,
    });
    symlinkSync('../real/values.yaml', path.join(root, 'c/values.yaml'));
    linkSync(path.join(root, 'h/values.yaml'), path.join(root, 'other-name.yaml'));
    const run = runCli(['--fix', 'c', 'h'], { cwd: root });
    expect(read(root, 'real/values.yaml')).toBe(before);
    expect(read(root, 'h/values.yaml')).toBe(before);
    expect(run.stderr).toContain('chartlint: did not fix h/values.yaml: it has 2 hard links, which replacing it would break\n');
    // The findings shown are those of the files as they are: unfixed.
    expect(run.stdout).toContain('images/pull-policy');
    expect(run.status).toBe(1);
    const linked = runCli(['--fix', 'c'], { cwd: root });
    expect(linked.stderr).toContain('chartlint: did not fix c/values.yaml: it is a symbolic link;');
    expect(linked.stderr).toContain('chartlint: fixed 0 problems in 0 files.\n');
    expect(linked.status).toBe(1);
    expect(read(root, 'real/values.yaml')).toBe(before);
    expect(readdirSync(path.join(root, 'c')).sort()).toEqual(['Chart.yaml', 'values.yaml']);
  });

  it('refuses standard input and --render, and the two flags together (exit 2)', () => {
    const root = casesTree();
    for (const args of [
      ['--fix', '--stdin', '--stdin-filename', 'plain/values.yaml'],
      ['--fix-dry-run', '--manifests', '-'],
      ['--fix', '--render', 'plain'],
      ['--fix', '--fix-dry-run', 'plain'],
    ]) {
      const run = runCli(args, { cwd: root, input: 'a: 1\n' });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^chartlint: --fix/);
    }
    expect(read(root, 'plain/values.yaml')).toBe(CASES['plain/values.yaml']![0]);
  });
});

describe('a file changed on disk since it was read', () => {
  it('is left alone with a reason, and no temporary file remains', async () => {
    const root = makeTree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': CASES['plain/values.yaml']![0] });
    const result = await lint({ paths: ['c'], cwd: root, fix: true });
    expect(result.fixes).toHaveLength(1);
    const file = path.join(root, 'c/values.yaml');
    const edited = `${CASES['plain/values.yaml']![0]}# edited meanwhile\n`;
    writeFileSync(file, edited);
    expect(writeFixed(result.fixes[0]!, { roots: [root] })).toEqual({ written: false, reason: 'it changed on disk since it was read' });
    expect(read(root, 'c/values.yaml')).toBe(edited);
    expect(readdirSync(path.join(root, 'c')).sort()).toEqual(['Chart.yaml', 'values.yaml']);
  });

  it('is compared again after the temporary file is written, just before the rename', async () => {
    const root = makeTree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': CASES['quoted/values.yaml']![0] });
    const result = await lint({ paths: ['c'], cwd: root, fix: true });
    const file = path.join(root, 'c/values.yaml');
    // Same length, other bytes: only the content comparison can tell.
    const edited = CASES['quoted/values.yaml']![0].replace('repository', 'REPOSITORY');
    const outcome = writeFixed(result.fixes[0]!, { roots: [root], beforeCompare: () => writeFileSync(file, edited) });
    expect(outcome).toEqual({ written: false, reason: 'it changed on disk since it was read' });
    expect(read(root, 'c/values.yaml')).toBe(edited);
    expect(readdirSync(path.join(root, 'c')).sort()).toEqual(['Chart.yaml', 'values.yaml']);
  });

  it('is written when unchanged; a file outside the roots is refused', async () => {
    const root = makeTree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': CASES['flow/values.yaml']![0], 'elsewhere/x': '' });
    const result = await lint({ paths: ['c'], cwd: root, fix: true });
    expect(writeFixed(result.fixes[0]!, { roots: [path.join(root, 'elsewhere')] })).toEqual({
      written: false,
      reason: 'it is outside the paths given to chartlint (reached through a linked folder)',
    });
    expect(writeFixed(result.fixes[0]!, { roots: [path.join(root, 'c')] })).toEqual({ written: true });
    expect(read(root, 'c/values.yaml')).toBe(CASES['flow/values.yaml']![1]);
  });
});

describe('--fix-dry-run', () => {
  it('prints the exact zero-context diff, then the findings left, and touches no file', () => {
    const root = casesTree();
    const before = snapshot(root);
    const run = runCli(['-f', 'compact', '--fix-dry-run', 'plain', 'quoted', 'crlf'], { cwd: root });
    expect(snapshot(root)).toEqual(before);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        '--- a/crlf/values.yaml',
        '+++ b/crlf/values.yaml',
        '@@ -3,3 +3,3 @@',
        '-    api: nginx:1.25\r',
        '-    dep_check: kolla/x:1  # c\r',
        '-  pull_policy: always\r',
        '+    api: docker.io/library/nginx:1.25\r',
        '+    dep_check: docker.io/kolla/x:1  # c\r',
        '+  pull_policy: Always\r',
        '--- a/plain/values.yaml',
        '+++ b/plain/values.yaml',
        '@@ -4,2 +4,2 @@',
        '-    api: nginx:1.25 # trailing comment',
        '-    dep_check: kolla/x:1\t# tab before comment',
        '+    api: docker.io/library/nginx:1.25 # trailing comment',
        '+    dep_check: docker.io/kolla/x:1\t# tab before comment',
        '@@ -9,1 +9,1 @@',
        '-  pull_policy: ifnotpresent   # lower case',
        '+  pull_policy: IfNotPresent   # lower case',
        '--- a/quoted/values.yaml',
        '+++ b/quoted/values.yaml',
        '@@ -3,3 +3,3 @@',
        '-    api: "nginx:1.25"',
        "-    dep_check: 'kolla/x:1'",
        '-  pull_policy: "Always "',
        '+    api: "docker.io/library/nginx:1.25"',
        "+    dep_check: 'docker.io/kolla/x:1'",
        '+  pull_policy: "Always"',
        '@@ -10,1 +10,1 @@',
        "-    pullPolicy: 'never'",
        "+    pullPolicy: 'Never'",
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe(
      'chartlint: --fix-dry-run: would fix 10 problems in 3 files (images/fully-qualified: 6, images/pull-policy: 4); no file was written.\n',
    );
  });

  it('is a patch that gives what --fix writes', () => {
    const root = casesTree();
    const dry = runCli(['--fix-dry-run', '-f', 'compact', 'plain'], { cwd: root });
    expect(dry.stdout.startsWith('--- a/plain/values.yaml\n')).toBe(true);
    runCli(['--fix', 'plain'], { cwd: root });
    expect(read(root, 'plain/values.yaml')).toBe(CASES['plain/values.yaml']![1]);
  });

  it('never shows a sensitive value: not on a fixed line, not on a line beside one', () => {
    const secrets = ['Xq7vFixLineSecret91', 'Xq7vNeighbourSecret55', 'Xq7vFlowSecret23'];
    const root = makeTree({
      'c/Chart.yaml': CHART('c'),
      'c/values.yaml': [
        'images:',
        '  tags:',
        `    api: nginx:1.25 # ${secrets[0]}`,
        `    password: ${secrets[1]}`,
        `  pull_policy: ifnotpresent`,
        `auth: {password: ${secrets[2]}, image: kolla/x:1}`,
        `db_password: ${secrets[0]}`,
        '',
      ].join('\n'),
    });
    const run = runCli(['--fix-dry-run', '-f', 'json', 'c'], { cwd: root });
    expect(run.stdout).toContain('+  pull_policy: IfNotPresent');
    expect(run.stdout).toContain('\n+    api: docker.io/library/nginx:1.25 # [redacted]\n');
    expect(run.stdout).toContain('\n+auth: {password: [redacted], image: docker.io/kolla/x:1}\n');
    for (const secret of secrets) {
      expect(run.stdout).not.toContain(secret);
      expect(run.stderr).not.toContain(secret);
    }
    expect(read(root, 'c/values.yaml')).toContain(secrets[0]);
  });
});

describe('what is only suggested', () => {
  it('is never applied: a policy spelt with an escape keeps its text, and JSON offers the edit as a suggestion', () => {
    const values = 'images:\n  tags:\n    api: quay.io/a/b:1\n  pull_policy: "\\u0061lways"\n';
    const root = makeTree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': values });
    const run = runCli(['--fix', '-f', 'json', 'c'], { cwd: root });
    expect(read(root, 'c/values.yaml')).toBe(values);
    expect(run.stderr).toBe('chartlint: fixed 0 problems in 0 files.\n');
    const [finding] = (
      JSON.parse(run.stdout) as { diagnostics: { ruleId: string; fix?: unknown; suggestions?: { fix: { text: string } }[] }[] }
    ).diagnostics;
    expect(finding).toMatchObject({ ruleId: 'images/pull-policy', suggestions: [{ fix: { text: 'Always' } }] });
    expect(finding!.fix).toBeUndefined();
  });
});
