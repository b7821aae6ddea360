/**
 * No module-level state: runs in one process with different trees and configs do not affect each other,
 * and each gives what the same run gives in a fresh process (the CLI).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, loadFormatter, type Diagnostic, type LintResult } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { CHART, makeTree } from './helpers/tree.js';

const VALUES = `images:
  tags:
    api: quay.io/airshipit/app:1.0-dev
    worker: quay.io/airshipit/app:nightly
    db: docker.io/library/mariadb:10.11-candidate
    cache: registry.example.com/memcached:latest
    proxy: ghcr.io/acme/proxy:2.0-rc
  pull_policy: IfNotPresent
`;

// Config X: floating tags include *-dev, and *-candidate; the registries are a short list; pull policy an error.
const CONFIG_X = `rules:
  images/floating-tag:
    severity: error
    options:
      tags: ["*-dev", "*-candidate", nightly]
  images/allowed-registries:
    severity: error
    options:
      registries: [quay.io/airshipit, docker.io/library]
  images/pull-policy: error
`;
// Config Y: floating-tag off, other registries, no-latest a warning, another custom pattern where it matters.
const CONFIG_Y = `rules:
  images/floating-tag: "off"
  images/no-latest: warning
  images/allowed-registries:
    severity: warning
    options:
      registries: [ghcr.io/acme, registry.example.com]
overrides:
  - files: ["other/**"]
    rules:
      images/floating-tag:
        severity: warning
        options:
          tags: ["*-rc"]
          allow: [nightly]
`;

const treeA = makeTree({
  '.chartlint.yaml': CONFIG_X,
  'app/Chart.yaml': CHART('app'),
  'app/values.yaml': VALUES,
  'svc/Chart.yaml': CHART('svc'),
  'svc/values.yaml': 'images:\n  tags:\n    svc: quay.io/airshipit/svc:main\n  pull_policy: always\n',
});
const treeB = makeTree({
  '.chartlint.yaml': CONFIG_Y,
  'app/Chart.yaml': CHART('app'),
  'app/values.yaml': VALUES,
  'other/Chart.yaml': CHART('other'),
  'other/values.yaml': VALUES.replace('IfNotPresent', 'Always'),
  'umbrella/Chart.yaml': `${CHART('umbrella')}dependencies:\n  - name: app\n    repository: file://../app\n    version: 0.1.0\n  - name: other\n    repository: file://../other\n    version: 0.1.0\n`,
  'umbrella/values.yaml': 'global:\n  db_password: Xq7vPlantedUmbrellaPw\n',
});
afterAll(() => {
  rmSync(treeA, { recursive: true, force: true });
  rmSync(treeB, { recursive: true, force: true });
});

/** The diagnostics as the JSON formatter prints them, which is what the CLI run gives. */
const asJson = async (ds: readonly Diagnostic[]): Promise<unknown> =>
  (JSON.parse((await loadFormatter('json'))!(ds, { colorLevel: 0, charts: 0, files: 0 })) as { diagnostics: unknown }).diagnostics;

function inFreshProcess(cwd: string): unknown {
  const run = runCli(['-f', 'json', '.'], { cwd, env: { CHARTLINT_CACHE_DIR: path.join(cwd, '.cache') } });
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.status);
  return (JSON.parse(run.stdout) as { diagnostics: unknown }).diagnostics;
}

describe('two runs in one process', () => {
  const env = (root: string) => ({ ...process.env, CHARTLINT_CACHE_DIR: path.join(root, '.cache') });
  const runA = () => lint({ paths: ['.'], cwd: treeA, env: env(treeA) });
  const runB = () => lint({ paths: ['.'], cwd: treeB, env: env(treeB) });
  let a1: LintResult, b: LintResult, a2: LintResult, b2: LintResult;

  it('A with X, B with Y, A with X, B with Y: repeats are equal', async () => {
    a1 = await runA();
    b = await runB();
    a2 = await runA();
    b2 = await runB();
    for (const r of [a1, b, a2, b2]) expect(r.internalErrors).toEqual([]);
    expect(a2).toEqual(a1);
    expect(b2).toEqual(b);
  });

  it('the configs really differ in their findings', () => {
    const floatingA = a1.diagnostics.filter((d) => d.ruleId === 'images/floating-tag' && d.file === 'app/values.yaml');
    const floatingB = b.diagnostics.filter((d) => d.ruleId === 'images/floating-tag' && d.file === 'app/values.yaml');
    expect(floatingA.map((d) => [d.line, d.severity])).toEqual([
      [3, 'error'],
      [4, 'error'],
      [5, 'error'],
    ]);
    expect(floatingB).toEqual([]);
    // In B's override only *-rc floats, and nightly is allowed.
    expect(b.diagnostics.filter((d) => d.ruleId === 'images/floating-tag').map((d) => [d.file, d.line, d.severity])).toEqual([
      ['other/values.yaml', 7, 'warning'],
    ]);
    expect(a1.diagnostics.some((d) => d.ruleId === 'images/allowed-registries' && d.severity === 'error')).toBe(true);
    expect(b.diagnostics.some((d) => d.ruleId === 'images/allowed-registries' && d.severity === 'warning')).toBe(true);
  });

  it('the two runs at once (interleaved in one process) give the same', async () => {
    const [a, bb] = await Promise.all([runA(), runB()]);
    expect(a).toEqual(a1);
    expect(bb).toEqual(b);
  });

  it('each run equals the same run in a separate process', async () => {
    expect(await asJson(a1.diagnostics)).toEqual(inFreshProcess(treeA));
    expect(await asJson(b.diagnostics)).toEqual(inFreshProcess(treeB));
  });
});
