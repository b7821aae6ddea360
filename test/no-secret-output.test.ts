/**
 * Secrets never reach the output. The fixtures plant unique secret strings (all starting "Xq7v"); every
 * output format, stderr, a broken YAML file and a helm error that quotes a value are searched for them.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { testHelm } from './helpers/helm.js';
import { makeTree } from './helpers/tree.js';

const root = path.resolve(import.meta.dirname, '..');
const PLANTED_PREFIX = 'Xq7v';

function plantedSecrets(dir: string): string[] {
  const found = new Set<string>();
  for (const file of fg.sync('**/*.{yaml,yml}', { cwd: dir })) {
    for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/Xq7v[A-Za-z0-9]+/g)) found.add(match[0]);
  }
  return [...found];
}

/** A chart whose broken override and failing template would quote a secret if anything let them. */
function leakyChart(): string {
  const dir = makeTree({
    'leaky/Chart.yaml': 'apiVersion: v2\nname: leaky\nversion: 0.1.0\n',
    'leaky/values.yaml': 'db_password: Xq7vHelmFailPlanted\nimages:\n  tags:\n    dep_check: quay.io/a/b:1\n  pull_policy: Always\n',
    'leaky/values_overrides/broken.yaml': 'auth:\n  password: "Xq7vBrokenQuotePlanted\n  other: [Xq7vFlowPlanted\n',
    'leaky/templates/job.yaml': '{{ fail (printf "cannot use %s" .Values.db_password) }}\n',
    'off.yaml': 'rules:\n  secrets/in-chart-defaults: off\n  secrets/in-shared-globals: off\n  secrets/region-scope: off\n',
  });
  return dir;
}

describe('no secret in any output', () => {
  const fixtures = makeTree({});
  cpSync(path.join(root, 'charts-fixtures'), path.join(fixtures, 'charts-fixtures'), { recursive: true });
  cpSync(path.join(root, '.chartlint.yaml'), path.join(fixtures, '.chartlint.yaml'));
  const planted = plantedSecrets(path.join(fixtures, 'charts-fixtures'));

  it('plants enough secrets to mean something', () => {
    expect(planted.length).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ['stylish', { FORCE_COLOR: '1' }],
    ['stylish', {}],
    ['compact', {}],
    ['json', {}],
    ['github', {}],
    ['sarif', {}],
    ['junit', {}],
  ] as const)('%s output over every fixture holds none of them', (format, env) => {
    const run = runCli(['-f', format, 'charts-fixtures', '--manifests', 'charts-fixtures/manifests'], { cwd: fixtures, env });
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBeGreaterThan(1000);
    expect(run.stdout + run.stderr).not.toContain(PLANTED_PREFIX);
  });

  it('reports secrets at their lines without their values', () => {
    const run = runCli(['-f', 'json', 'charts-fixtures/secrets-umbrella', 'charts-fixtures/secrets-osh'], { cwd: fixtures });
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { ruleId: string; message: string }[] };
    const secretFindings = diagnostics.filter((d) => d.ruleId.startsWith('secrets/'));
    expect(secretFindings.length).toBeGreaterThan(10);
    expect(secretFindings.map((d) => d.message).join('\n')).toMatch(/a \d+-character literal|a PEM private key|a JSON Web Token/);
  });

  it('keeps secrets out of parser errors and helm errors too', () => {
    const dir = leakyChart();
    for (const format of ['compact', 'json', 'stylish', 'github', 'sarif', 'junit']) {
      const run = runCli(['--render', '-f', format, 'leaky'], {
        cwd: dir,
        env: { CHARTLINT_HELM: testHelm(), CHARTLINT_CACHE_DIR: path.join(dir, '.cache') },
      });
      expect(run.stdout).toContain('render-failed');
      expect(run.stdout).toContain('yaml/syntax');
      expect(run.stdout + run.stderr, format).not.toContain(PLANTED_PREFIX);
    }
  });
});

describe('scrubbing does not depend on the secrets rules', () => {
  it('keeps a value helm quotes out of the output with every secrets rule off', () => {
    const dir = leakyChart();
    const run = runCli(['--render', '-f', 'compact', '-c', 'off.yaml', 'leaky'], {
      cwd: dir,
      env: { CHARTLINT_HELM: testHelm(), CHARTLINT_CACHE_DIR: path.join(dir, '.cache') },
    });
    expect(run.stdout).toContain('[redacted]');
    expect(run.stdout).not.toContain(PLANTED_PREFIX);
  });
});
