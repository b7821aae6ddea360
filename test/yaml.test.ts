import { describe, expect, it } from 'vitest';
import { getPath, LineIndex, pathOf, parseYamlStream, parseYamlValues, scalarSubSpan, type YamlScalar } from '../src/sources/yaml.js';

const LIMITS = { maxExpandedNodes: 1000, maxNestingDepth: 256 };

describe('the YAML view', () => {
  it('gives paths and exact spans for keys and values', async () => {
    const text = 'images:\n  tags:\n    api: "quay.io/a/b:1.0"\n';
    const { root, problems } = await parseYamlValues(text, LIMITS);
    expect(problems).toEqual([]);
    const api = getPath(root, ['images', 'tags', 'api']) as YamlScalar;
    expect(pathOf(api)).toEqual(['images', 'tags', 'api']);
    expect(api.value).toBe('quay.io/a/b:1.0');
    expect(api.style).toBe('double');
    expect(text.slice(api.span.start, api.span.end)).toBe('"quay.io/a/b:1.0"');
    const tag = scalarSubSpan(text, api, 12, 15);
    expect(text.slice(tag.start, tag.end)).toBe('1.0');
  });

  it('falls back to the whole scalar when escapes make offsets unreliable', async () => {
    const text = 'a: "x\\u0041y"\n';
    const a = getPath((await parseYamlValues(text, LIMITS)).root, ['a']) as YamlScalar;
    expect(a.value).toBe('xAy');
    expect(scalarSubSpan(text, a, 1, 2)).toEqual(a.span);
  });

  it('resolves aliases and merge keys, keeping explicit keys over merged ones', async () => {
    const text = 'base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\nref: *b\n';
    const { root } = await parseYamlValues(text, LIMITS);
    expect((getPath(root, ['m', 'x']) as YamlScalar).value).toBe(1);
    expect((getPath(root, ['m', 'y']) as YamlScalar).value).toBe(3);
    expect((getPath(root, ['ref', 'y']) as YamlScalar).value).toBe(2);
  });

  it('reports duplicate keys without dropping the tree, and the last value wins', async () => {
    const text = 'a: 1\nlong_key: 2\nlong_key: 3\n';
    const { root, problems } = await parseYamlValues(text, LIMITS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'DUPLICATE_KEY', fatal: false });
    expect(text.slice(problems[0]!.span.start, problems[0]!.span.end)).toBe('long_key');
    expect((getPath(root, ['long_key']) as YamlScalar).value).toBe(3);
  });

  it('stops at an alias bomb in linear time', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*l${i - 1}`)
          .join(', ')}]`,
      );
    const started = performance.now();
    const { root, problems } = await parseYamlValues(levels.join('\n'), { maxExpandedNodes: 100_000, maxNestingDepth: 256 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(root).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(['ALIAS_BOMB']);
  });

  it('marks syntax errors fatal and keeps no tree', async () => {
    const { root, problems } = await parseYamlValues('a: [1, 2\nb: 3\n', LIMITS);
    expect(root).toBeUndefined();
    expect(problems[0]?.fatal).toBe(true);
  });

  it('never copies source text into parser messages', async () => {
    const secret = 'hunter2-very-secret-value';
    const { problems } = await parseYamlValues(`password: "${secret}\n  other: [${secret}\n`, LIMITS);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.message).not.toContain('hunter2');
  });

  it('reports a second document in a values file', async () => {
    const { problems } = await parseYamlValues('a: 1\n---\nb: 2\n', LIMITS);
    expect(problems.map((p) => p.code)).toEqual(['MULTIPLE_DOCUMENTS']);
  });

  it('reads every document of a manifest stream', async () => {
    expect((await parseYamlStream('a: 1\n---\nb: 2\n---\n', LIMITS)).filter((d) => d.root)).toHaveLength(2);
  });

  it('treats an empty file as an empty document', async () => {
    expect(await parseYamlValues('', LIMITS)).toEqual({ root: undefined, problems: [] });
  });

  it('maps offsets to 1-based lines and columns', async () => {
    const lines = new LineIndex('ab\ncd\n\nef');
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(4)).toEqual({ line: 2, column: 2 });
    expect(lines.position(7)).toEqual({ line: 4, column: 1 });
    expect(lines.lineCount()).toBe(4);
  });
});
