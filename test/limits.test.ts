/** Hostile sizes: a file with too many findings, a multi-megabyte scalar. Reported, never a crash. */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { describeByValue } from '../src/secrets/classify.js';
import { CHART, makeTree } from './helpers/tree.js';

describe('limits.maxFindingsPerFile', () => {
  it('keeps the first findings of a file and says, once and at the first one left out, how many more there were', async () => {
    const tags = Array.from({ length: 8 }, (_, i) => `    k${i}: nginx:latest\n`).join('');
    const root = makeTree({
      '.chartlint.yaml': 'limits:\n  maxFindingsPerFile: 5\nrules:\n  images/fully-qualified: off\n',
      'svc/Chart.yaml': CHART('svc'),
      'svc/values.yaml': `images:\n  pull_policy: IfNotPresent\n  tags:\n    dep_check: quay.io/a/b:1\n${tags}`,
      'svc/values_overrides/fine.yaml': 'images:\n  tags:\n    api: nginx:latest\n',
    });
    const result = await lint({ paths: ['svc'], cwd: root });
    const inValues = result.diagnostics.filter((d) => d.file === 'svc/values.yaml');
    expect(inValues.filter((d) => d.ruleId === 'images/no-latest')).toHaveLength(5);
    const dropped = inValues.filter((d) => d.messageId === 'tooManyFindings');
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ ruleId: 'yaml/syntax', severity: 'warning', line: 10 });
    expect(dropped[0]!.message).toMatch(/^3 more findings in this file were not reported, over the limit of 5/);
    // The other files are linted as ever.
    expect(result.diagnostics.some((d) => d.file === 'svc/values_overrides/fine.yaml' && d.ruleId === 'images/no-latest')).toBe(true);
    expect(result.internalErrors).toEqual([]);
  });

  it('is on by default: a values file with 26,000 findings is reported in bounded form', async () => {
    const tags = Array.from({ length: 13_000 }, (_, i) => `    k${i}: nginx:latest\n`).join('');
    const root = makeTree({
      'svc/Chart.yaml': CHART('svc'),
      'svc/values.yaml': `images:\n  pull_policy: IfNotPresent\n  tags:\n    dep_check: quay.io/a/b:1\n${tags}`,
    });
    const result = await lint({ paths: ['svc'], cwd: root });
    expect(result.diagnostics).toHaveLength(10_001);
    expect(result.diagnostics.find((d) => d.messageId === 'tooManyFindings')!.message).toMatch(/^16000 more findings/);
  });
});

describe('multi-megabyte scalars', () => {
  it('classifies a 6 MB token-like string without overflowing the regex stack', () => {
    expect(describeByValue('a1'.repeat(3_000_000))).toBeUndefined();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
    const token = Array.from({ length: 3_000_000 }, (_, i) => alphabet[(i * 7919) % 64]).join('');
    expect(describeByValue(token)?.description).toBe('a 3000000-character high-entropy string');
  });

  it('lints a values file holding a 6 MB scalar, under a sensitive key and as an image', async () => {
    const big = 'a'.repeat(6_000_000);
    const root = makeTree({
      '.chartlint.yaml': 'limits:\n  maxFileBytes: 50000000\n',
      'svc/Chart.yaml': CHART('svc'),
      'svc/values.yaml': `images:\n  pull_policy: IfNotPresent\n  tags:\n    dep_check: quay.io/${big}:1\nconf:\n  db_password: ${big}\n  other: ${big}\n`,
    });
    const result = await lint({ paths: ['svc'], cwd: root });
    expect(result.internalErrors).toEqual([]);
    expect(result.diagnostics.map((d) => `${d.line} ${d.ruleId}`)).toContain('6 secrets/in-chart-defaults');
  });
});

describe('globs with many stars', () => {
  const stars = 'a*'.repeat(30);
  const name = 'a'.repeat(59) + 'b';

  it('matches overrides.files, ignore and values.include in polynomial time', async () => {
    const { compileGlob, matchSegment } = await import('../src/sources/glob.js');
    expect(compileGlob(`${stars}c`, 'test')(name)).toBe(false);
    expect(compileGlob(stars, 'test')('a'.repeat(60))).toBe(true);
    expect(matchSegment(`${stars}b`, name)).toBe(true);
    expect(compileGlob(`**/${stars}c/**`, 'test')(`x/y/${name}/z`)).toBe(false);
    // The usual shapes still mean what picomatch says.
    const cases: [string, string, boolean][] = [
      ['foo/**', 'foo', true],
      ['foo/**', 'foo/a/b', true],
      ['**/x', 'x', true],
      ['a/**/b', 'a/b', true],
      ['*', 'a/b', false],
      ['*.yaml', '.a.yaml', true],
      ['a**b', 'ax/yb', false],
      ['**/*.yaml', 'a/b.yaml', true],
      ['./a', 'a', true],
      ['?', '/', false],
      ['values_overrides/{a,b}.yaml', 'values_overrides/b.yaml', true],
    ];
    for (const [glob, path, expected] of cases) expect(compileGlob(glob, 'test')(path), `${glob} ${path}`).toBe(expected);
  });

  it('refuses a glob with many stars that only picomatch could compile, as a config error', async () => {
    const root = makeTree({
      '.chartlint.yaml': `overrides:\n  - files: ['{x,y}${stars}']\n    rules: {}\n`,
      'svc/Chart.yaml': CHART('svc'),
    });
    await expect(lint({ paths: ['svc'], cwd: root })).rejects.toThrow(/overrides\[0\]\.files: the glob .* has 30 stars/);
  });

  it('compiles an override with a 60-star glob and leaves the files it does not match alone', async () => {
    const root = makeTree({
      '.chartlint.yaml': `overrides:\n  - files: ['svc/${stars}.yaml']\n    rules:\n      images/no-latest: off\n`,
      'svc/Chart.yaml': CHART('svc'),
      'svc/values.yaml': 'images:\n  tags:\n    api: quay.io/a/b:latest\n',
    });
    const result = await lint({ paths: ['svc'], cwd: root });
    expect(result.diagnostics.some((d) => d.ruleId === 'images/no-latest')).toBe(true);
  });

  it('matches secrets.keys globs in linear time', async () => {
    const { SecretClassifier } = await import('../src/secrets/classify.js');
    const secrets = new SecretClassifier({
      keys: [`${stars}c`, '*_pin', 'vcenter_*_auth'],
      ignoreKeys: [],
      placeholders: [],
      knownDefaults: [],
    });
    expect(secrets.isSensitiveKey(name)).toBe(false);
    expect(secrets.isSensitiveKey('adminPin')).toBe(true);
    expect(secrets.isSensitiveKey('vcenter_x_auth')).toBe(true);
    expect(secrets.isSensitiveKey('vcenter_auth')).toBe(false);
  });
});
