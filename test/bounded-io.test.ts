/**
 * Only regular files are read, and never past the limit: a FIFO, a device or an endless input is reported at
 * its place, and the other files are still linted. Every run has a timeout, so a regression fails, not hangs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile, readTextFile } from '../src/sources/files.js';
import { CLI } from './helpers/cli.js';
import { CHART, makeTree } from './helpers/tree.js';

function run(args: string[], cwd: string, input?: string) {
  const result = spawnSync(process.execPath, [CLI, '-f', 'compact', ...args], { cwd, input, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

function fifo(file: string): void {
  execFileSync('mkfifo', [file]);
}

describe('special files', () => {
  it('reads a regular file, and refuses a FIFO, a device and a folder without blocking', () => {
    const root = makeTree({ 'ok.yaml': 'a: 1\n' });
    fifo(path.join(root, 'pipe.yaml'));
    expect(readTextFile(path.join(root, 'ok.yaml'), { maxFileBytes: 100 })).toEqual({ ok: true, text: 'a: 1\n' });
    expect(readTextFile(path.join(root, 'pipe.yaml'), { maxFileBytes: 100 })).toMatchObject({
      ok: false,
      code: 'NOT_REGULAR',
      message: 'The path is a FIFO, not a regular file; it was not read.',
    });
    expect(readTextFile('/dev/zero', { maxFileBytes: 100 })).toMatchObject({ ok: false, code: 'NOT_REGULAR' });
    expect(readRegularFile(root, { maxFileBytes: 100 })).toMatchObject({ ok: false, code: 'UNREADABLE' });
  });

  it('stops one byte over the limit whatever the size fstat reports', () => {
    // /proc files say 0 bytes and go on.
    const read = readRegularFile('/proc/self/maps', { maxFileBytes: 10 });
    expect(read).toMatchObject({ ok: false, code: 'TOO_LARGE' });
  });

  it('reports a FIFO values.yaml, Chart.yaml, --values and --manifests at their place and lints the rest', () => {
    const root = makeTree({
      'a/Chart.yaml': CHART('a'),
      'a/values_overrides/fine.yaml': 'images:\n  tags:\n    api: nginx:latest\n',
      'b/values.yaml': 'x: 1\n',
    });
    fifo(path.join(root, 'a/values.yaml'));
    fifo(path.join(root, 'b/Chart.yaml'));
    fifo(path.join(root, 'm.yaml'));
    fifo(path.join(root, 'v.yaml'));
    const result = run(['a', 'b', '--values', 'v.yaml', '--manifests', 'm.yaml'], root);
    expect(result.signal).toBeNull();
    const notRegular = 'error: The path is a FIFO, not a regular file; it was not read. [yaml/syntax]';
    for (const file of ['a/values.yaml', 'b/Chart.yaml', 'm.yaml', 'v.yaml']) expect(result.stdout).toContain(`${file}:1:1: ${notRegular}`);
    expect(result.stdout).toMatch(/a\/values_overrides\/fine\.yaml:3:\d+: error: .*\[images\/no-latest\]/);
    expect(result.status).toBe(1);
  });

  it('refuses a FIFO config file with a config error', () => {
    const root = makeTree({ 'a/Chart.yaml': CHART('a'), 'a/values.yaml': 'x: 1\n' });
    fifo(path.join(root, 'c.yaml'));
    const result = run(['-c', 'c.yaml', 'a'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot read the config file: it is a FIFO, not a regular file');
  });

  it('never reads a values file that is a symlink to /dev/zero', () => {
    const root = makeTree({ 'a/Chart.yaml': CHART('a') });
    symlinkSync('/dev/zero', path.join(root, 'a/values.yaml'));
    const result = run(['a'], root);
    expect(result.stdout).toContain('a/values.yaml:1:1: error: The path is a character device, not a regular file');
  });
});

describe('standard input', () => {
  it('stops reading past limits.maxFileBytes and reports it', () => {
    const root = makeTree({ '.chartlint.yaml': 'limits:\n  maxFileBytes: 1000\n' });
    const result = run(['--manifests', '-'], root, `a: ${'x'.repeat(5000)}\n`);
    expect(result.stdout).toContain('error: Standard input holds more than the 1000 bytes limit (limits.maxFileBytes); it was not read.');
    expect(result.status).toBe(1);
  });

  it('lints standard input within the limit', () => {
    const root = makeTree({});
    const result = run(['--manifests', '-'], root, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n');
    expect(result.status).toBe(0);
  });
});
