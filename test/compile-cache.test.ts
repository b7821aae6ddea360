/**
 * The bundled CLI's code cache (src/common/compile-cache.ts): written in chartlint's cache folder, never in
 * the linted tree, private, and never trusted: a corrupt, truncated or foreign cache file costs the compile,
 * and the run prints exactly what it prints without one.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { CHART, makeTree } from './helpers/tree.js';

const VALUES = 'images:\n  tags:\n    dep_check: quay.io/a/b:latest\n    api: nginx:1.25\n  pull_policy: Always\n';

function setup() {
  const root = makeTree({ 'a/Chart.yaml': CHART('a'), 'a/values.yaml': VALUES });
  const cacheDir = path.join(root, '.cache');
  const compileDir = path.join(cacheDir, 'compile');
  const run = (env: Record<string, string> = {}) =>
    runCli(['-f', 'compact', 'a'], { cwd: root, env: { CHARTLINT_CACHE_DIR: cacheDir, ...env } });
  const cacheFiles = () => readdirSync(compileDir).filter((name) => name.startsWith('cli.cjs-') && name.endsWith('.bin'));
  return { root, compileDir, run, cacheFiles };
}

// Node 22 and later cache compiles themselves (module.enableCompileCache), in files of their own.
const ownCache = process.versions.node.split('.').map(Number)[0]! < 22;

describe.runIf(ownCache)('the compile cache of the bundled CLI', () => {
  it('is written on the first run, private, in the cache folder only, and gives the same output', () => {
    const { root, compileDir, run, cacheFiles } = setup();
    const first = run();
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('a/values.yaml');
    expect(cacheFiles()).toHaveLength(1);
    expect(statSync(compileDir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(compileDir, cacheFiles()[0]!)).mode & 0o777).toBe(0o600);
    expect(readdirSync(path.join(root, 'a')).sort()).toEqual(['Chart.yaml', 'values.yaml']);
    const second = run();
    expect(second).toEqual(first);
  });

  const damaged: [string, (bytes: Buffer) => Buffer][] = [
    ['garbage', () => Buffer.from('not a code cache')],
    ['truncated', (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['one byte of its data flipped', (bytes) => Buffer.from(bytes.map((b, i) => (i === bytes.length - 100 ? b ^ 0xff : b)))],
    ['empty', () => Buffer.alloc(0)],
  ];
  for (const [name, damage] of damaged) {
    it(`a cache file ${name}: the run prints what it prints without one, and the file is written anew`, () => {
      const { compileDir, run, cacheFiles } = setup();
      const plain = run({ CHARTLINT_NO_COMPILE_CACHE: '1' });
      run();
      const file = path.join(compileDir, cacheFiles()[0]!);
      const good = readFileSync(file);
      writeFileSync(file, damage(good));
      const after = run();
      expect(after).toEqual(plain);
      expect(readFileSync(file).length).toBeGreaterThan(32);
      expect(run()).toEqual(plain);
    });
  }

  it('a well-formed cache of another source is rejected by V8: same output', () => {
    const { compileDir, run, cacheFiles } = setup();
    const plain = run({ CHARTLINT_NO_COMPILE_CACHE: '1' });
    run();
    // The worker's cache (another bundle) under the CLI's name: its digest is right, its source is not.
    const workerCache = readdirSync(compileDir).find((name) => name.startsWith('worker.cjs-'));
    const file = path.join(compileDir, cacheFiles()[0]!);
    if (workerCache) writeFileSync(file, readFileSync(path.join(compileDir, workerCache)));
    else {
      const fake = Buffer.alloc(4096, 1);
      writeFileSync(file, Buffer.concat([createHash('sha256').update(fake).digest(), fake]));
    }
    expect(run()).toEqual(plain);
  });

  it('a rejected cache larger than what a run compiles is replaced, not kept for ever', () => {
    const { compileDir, run, cacheFiles } = setup();
    run();
    const file = path.join(compileDir, cacheFiles()[0]!);
    // Well-formed for chartlint (its digest is right), rejected by V8, and far larger than a real cache.
    const foreign = Buffer.alloc(16 * 1024 * 1024, 7);
    writeFileSync(file, Buffer.concat([createHash('sha256').update(foreign).digest(), foreign]));
    run();
    expect(statSync(file).size).toBeLessThan(foreign.length);
  });

  it('CHARTLINT_NO_COMPILE_CACHE=1 writes none', () => {
    const { compileDir, run } = setup();
    expect(run({ CHARTLINT_NO_COMPILE_CACHE: '1' }).status).toBe(1);
    expect(() => readdirSync(compileDir)).toThrow();
  });
});
