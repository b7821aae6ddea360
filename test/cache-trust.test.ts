/**
 * chartlint's caches are private (folders 0700, files 0600: renders hold secrets) and never trusted: a
 * results cache that does not parse, has null or misshapen entries, or was edited, gives the findings of
 * a clean run, never a crash and never fewer findings.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type Diagnostic } from '../src/index.js';
import { ResultsCache } from '../src/engine/results-cache.js';
import type { FileResult } from '../src/engine/lint-file.js';
import type { LintTarget } from '../src/file-types/types.js';
import { PRIVATE_DIR_MODE, privateDir, RenderCache } from '../src/render/cache.js';
import { runCli } from './helpers/cli.js';
import { CHART, makeTree } from './helpers/tree.js';

const VALUES = 'images:\n  tags:\n    dep_check: quay.io/a/b:latest\n    api: nginx:1.25\n  pull_policy: Always\n';
const mode = (file: string): number => statSync(file).mode & 0o777;
const key = (d: Diagnostic) => ({ ...d, fingerprint: undefined });

function setup() {
  const root = makeTree({ 'a/Chart.yaml': CHART('a'), 'a/values.yaml': VALUES, 'b/Chart.yaml': CHART('b'), 'b/values.yaml': VALUES });
  const cacheDir = path.join(root, '.cache');
  const env = { ...process.env, CHARTLINT_CACHE_DIR: cacheDir };
  const run = (cache: boolean) => lint({ paths: ['a', 'b'], cwd: root, env, cache });
  const resultsFile = () => {
    const dir = path.join(cacheDir, 'results');
    return path.join(
      dir,
      readdirSync(dir).find((name) => name.endsWith('.json'))!,
    );
  };
  return { root, cacheDir, env, run, resultsFile };
}

type CacheFile = { identity: string; entries: Record<string, { key: string; hash: string; result: { diagnostics: Diagnostic[] } }> };

describe('the results cache', () => {
  const tampered: [string, (text: string) => string][] = [
    ['a file that is not JSON', () => '{"identity": '],
    ['a file that is null', () => 'null'],
    ['null entries', (text) => JSON.stringify({ ...(JSON.parse(text) as CacheFile), entries: null })],
    [
      'each entry null',
      (text) => {
        const data = JSON.parse(text) as CacheFile;
        return JSON.stringify({ ...data, entries: Object.fromEntries(Object.keys(data.entries).map((file) => [file, null])) });
      },
    ],
    [
      'misshapen entries',
      (text) => {
        const data = JSON.parse(text) as CacheFile;
        const shapes = [
          { key: 1 },
          { ...Object.values(data.entries)[0], result: null },
          { ...Object.values(data.entries)[0], result: { path: 3 } },
        ];
        return JSON.stringify({ ...data, entries: Object.fromEntries(Object.keys(data.entries).map((file, i) => [file, shapes[i % 3]])) });
      },
    ],
    [
      'edited entries that hide every finding',
      (text) => {
        const data = JSON.parse(text) as CacheFile;
        for (const entry of Object.values(data.entries)) entry.result.diagnostics = [];
        return JSON.stringify(data);
      },
    ],
  ];

  for (const [name, tamper] of tampered) {
    it(`${name}: the findings of a clean run`, async () => {
      const { run, resultsFile } = setup();
      const plain = await run(false);
      expect(plain.diagnostics.length).toBeGreaterThan(2);
      await run(true);
      writeFileSync(resultsFile(), tamper(readFileSync(resultsFile(), 'utf8')));
      const cached = await run(true);
      expect(cached.internalErrors).toEqual([]);
      expect(cached.diagnostics.map(key)).toEqual(plain.diagnostics.map(key));
      // The bad entries were replaced: the next cached run is right too.
      expect((await run(true)).diagnostics.map(key)).toEqual(plain.diagnostics.map(key));
    });
  }

  it('is used when intact: an entry whose hash is recomputed is believed (the limit of the check)', async () => {
    const { run, resultsFile } = setup();
    await run(true);
    const data = JSON.parse(readFileSync(resultsFile(), 'utf8')) as CacheFile;
    for (const [file, entry] of Object.entries(data.entries)) {
      for (const d of entry.result.diagnostics) d.message = 'From the cache.';
      const digest = createHash('sha256');
      for (const part of [data.identity, file, entry.key, JSON.stringify(entry.result)]) digest.update(`${part.length}\0${part}\0`);
      entry.hash = digest.digest('hex');
    }
    writeFileSync(resultsFile(), JSON.stringify(data));
    const cached = await run(true);
    expect(cached.diagnostics.every((d) => d.message === 'From the cache.')).toBe(true);
  });

  it('through the CLI: null entries neither crash the run nor hide its findings', () => {
    const { root, env, resultsFile } = setup();
    const plain = runCli(['-f', 'compact', 'a', 'b'], { cwd: root, env });
    expect(plain.status).toBe(1);
    expect(runCli(['--cache', '-f', 'compact', 'a', 'b'], { cwd: root, env }).stdout).toBe(plain.stdout);
    const data = JSON.parse(readFileSync(resultsFile(), 'utf8')) as CacheFile;
    writeFileSync(
      resultsFile(),
      JSON.stringify({ ...data, entries: Object.fromEntries(Object.keys(data.entries).map((file) => [file, null])) }),
    );
    const cached = runCli(['--cache', '-f', 'compact', 'a', 'b'], { cwd: root, env });
    expect(cached.stderr).toBe('');
    expect(cached.status).toBe(1);
    expect(cached.stdout).toBe(plain.stdout);
  });

  it('is private: folder 0700, file 0600', async () => {
    const { run, resultsFile } = setup();
    await run(true);
    expect(mode(path.dirname(resultsFile()))).toBe(0o700);
    expect(mode(resultsFile())).toBe(0o600);
  });
});

describe('the render cache and the valid-configs marker', () => {
  it('renders are written 0600 in a 0700 folder, and an older 0755 folder is closed', async () => {
    const dir = path.join(makeTree({}), 'cache');
    mkdirSync(path.join(dir, 'renders'), { recursive: true, mode: 0o755 });
    chmodSync(path.join(dir, 'renders'), 0o755);
    const file = await new RenderCache(dir).put('k', 'kind: Secret\n');
    expect(mode(file)).toBe(0o600);
    expect(mode(path.dirname(file))).toBe(PRIVATE_DIR_MODE);
    const fresh = path.join(makeTree({}), 'new', 'cache');
    privateDir(fresh);
    expect(mode(fresh)).toBe(0o700);
    expect(mode(path.dirname(fresh))).toBe(0o700);
  });

  it('the valid-configs marker is private too', () => {
    const { root, cacheDir, env } = setup();
    writeFileSync(path.join(root, '.chartlint.yaml'), `# ${Math.random()}\nrules: {}\n`);
    runCli(['a'], { cwd: root, env });
    const markers = path.join(cacheDir, 'valid-configs');
    expect(mode(markers)).toBe(0o700);
    for (const name of readdirSync(markers)) expect(mode(path.join(markers, name))).toBe(0o600);
    expect(readdirSync(markers).length).toBeGreaterThan(0);
  });
});

describe('the results cache checks metadata before content', () => {
  const LATER = 60_000;
  const result = (file: string, message: string): FileResult => ({
    path: file,
    diagnostics: [{ file: 'a/values.yaml', ruleId: 'r/x', severity: 'warning', message, line: 1, column: 1, endLine: 1, endColumn: 2 }],
    suppressed: [],
    covers: [],
    summaries: {},
    internalErrors: [],
  });
  function fixture() {
    const root = makeTree({ 'a/values.yaml': 'image: nginx:1.25\n' });
    const file = path.join(root, 'a/values.yaml');
    const target: LintTarget = { path: file, kind: 'values', role: 'defaults', chart: undefined };
    const cacheDir = path.join(root, '.cache');
    // Clocks a minute ahead: the file looks old enough for its metadata to be trusted.
    const open = (identity = 'v1', now = Date.now() + LATER) => new ResultsCache(cacheDir, root, identity, now);
    const fill = (identity = 'v1') => {
      const cache = open(identity);
      const key = cache.keyOf(target, 'recommended')!;
      expect(cache.get(target, key)).toBeUndefined();
      cache.set(file, key, result(file, 'first'));
      cache.save();
    };
    const entryOf = () => {
      const dir = path.join(cacheDir, 'results');
      const data = JSON.parse(readFileSync(path.join(dir, readdirSync(dir)[0]!), 'utf8')) as {
        entries: Record<string, { stamp?: string }>;
      };
      return data.entries[file]!;
    };
    const lookup = (cache: ResultsCache) => {
      const key = cache.keyOf(target, 'recommended');
      return key === undefined ? undefined : cache.get(target, key);
    };
    return { file, open, fill, entryOf, lookup };
  }

  it('an unchanged file is a hit by its stamp', () => {
    const { open, fill, entryOf, lookup } = fixture();
    fill();
    expect(entryOf().stamp).toMatch(/:/);
    expect(lookup(open())?.diagnostics[0]?.message).toBe('first');
  });

  it('a touched file with the same content: still a hit (by content), and the new stamp is recorded', () => {
    const { file, open, fill, entryOf, lookup } = fixture();
    fill();
    const before = entryOf().stamp;
    utimesSync(file, new Date(Date.now() - 10_000), new Date(Date.now() - 10_000));
    const cache = open();
    expect(lookup(cache)?.diagnostics[0]?.message).toBe('first');
    cache.save();
    expect(entryOf().stamp).not.toBe(before);
    expect(lookup(open())?.diagnostics[0]?.message).toBe('first');
  });

  it('a same-size edit with a new mtime is a miss', () => {
    const { file, open, fill, lookup } = fixture();
    fill();
    writeFileSync(file, 'image: nginx:1.26\n');
    expect(lookup(open())).toBeUndefined();
  });

  it('a same-size edit with the mtime set back is a miss too (the change time moved)', () => {
    const { file, open, fill, lookup } = fixture();
    fill();
    const { atime, mtime } = statSync(file);
    writeFileSync(file, 'image: nginx:1.26\n');
    utimesSync(file, atime, mtime);
    expect(lookup(open())).toBeUndefined();
  });

  it('a file changed within the last two seconds gets no stamp: it is checked by content next time', () => {
    const { file, open, entryOf, lookup } = fixture();
    const cache = open('v1', Date.now());
    const key = cache.keyOf({ path: file, kind: 'values', role: 'defaults', chart: undefined }, 'recommended')!;
    cache.set(file, key, result(file, 'first'));
    cache.save();
    expect(entryOf().stamp).toBeUndefined();
    expect(lookup(open())?.diagnostics[0]?.message).toBe('first');
  });

  it('a cache written by another build (another identity) is not used, whatever the stamps say', () => {
    const { open, fill, lookup } = fixture();
    fill('chartlint 0.0.9');
    expect(lookup(open('chartlint 0.1.0'))).toBeUndefined();
  });

  it('an edited stamp is a miss: the stamp is covered by the entry hash', () => {
    const { file, open, fill, entryOf, lookup } = fixture();
    fill();
    const dir = path.dirname(path.dirname(file));
    const cacheFile = path.join(dir, '.cache/results', readdirSync(path.join(dir, '.cache/results'))[0]!);
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, { stamp?: string }> };
    data.entries[file]!.stamp = `${entryOf().stamp}0`;
    writeFileSync(cacheFile, JSON.stringify(data));
    // The stamp no longer matches the file, so the content decides; the entry's hash no longer matches it.
    expect(lookup(open())).toBeUndefined();
  });
});
