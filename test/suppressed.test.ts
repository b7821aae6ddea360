/**
 * Findings that inline comments suppress are kept apart (`LintResult.suppressed`): SARIF writes them as
 * results with `suppressions`, JSON lists them under `suppressed`, and nothing counts or annotates them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, loadFormatter, type FormatContext, type LintResult } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { officialSarifValidator } from './helpers/sarif.js';
import { CHART, makeTree } from './helpers/tree.js';

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: {
    kind: string;
    justification?: string;
    location?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } };
    properties?: { directive: string };
  }[];
}

const context = (result: LintResult): FormatContext => ({
  colorLevel: 0,
  charts: result.charts,
  files: result.files,
  suppressed: result.suppressed,
});

async function sarifOf(result: LintResult): Promise<{ text: string; results: SarifResult[] }> {
  const text = (await loadFormatter('sarif'))!(result.diagnostics, context(result));
  const validate = officialSarifValidator();
  const log = JSON.parse(text) as { runs: { results: SarifResult[] }[] };
  expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  return { text, results: log.runs[0]!.results };
}

const VALUES = [
  'images:', // 1
  '  tags:', // 2
  '    # chartlint-disable-next-line images/no-latest -- upstream publishes no versioned tag', // 3
  '    api: quay.io/a/api:latest', // 4
  '    db: quay.io/a/db:latest  # chartlint-disable-line images/no-latest', // 5
  '    web: quay.io/a/web:latest', // 6
  '  pull_policy: IfNotPresent', // 7
  '',
].join('\n');

describe('suppressed findings', () => {
  it('are SARIF results with inSource suppressions, with and without a reason, at the comment', async () => {
    const root = makeTree({ 'svc/Chart.yaml': CHART('svc'), 'svc/values.yaml': VALUES });
    const result = await lint({ paths: ['svc'], cwd: root });
    // Counted and reported only once: web is the one finding; api and db are suppressed.
    expect(result.diagnostics.filter((d) => d.ruleId === 'images/no-latest').map((d) => d.line)).toEqual([6]);
    expect(result.suppressed.map((d) => [d.ruleId, d.line, d.suppressions.map((s) => s.kind)])).toEqual([
      ['images/no-latest', 4, ['disable-next-line']],
      ['images/no-latest', 5, ['disable-line']],
    ]);
    expect(result.suppressed.every((d) => /^[0-9a-f]{64}:1$/.test(d.fingerprint ?? ''))).toBe(true);

    const { results } = await sarifOf(result);
    const latest = results.filter((r) => r.ruleId === 'images/no-latest');
    expect(latest.map((r) => [r.locations[0]!.physicalLocation.region.startLine, r.suppressions?.length ?? 0])).toEqual([
      [6, 0],
      [4, 1],
      [5, 1],
    ]);
    const [nextLine, sameLine] = latest.slice(1).map((r) => r.suppressions![0]!);
    expect(nextLine).toEqual({
      kind: 'inSource',
      justification: 'upstream publishes no versioned tag',
      location: {
        physicalLocation: {
          artifactLocation: { uri: 'svc/values.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 90 },
        },
      },
      properties: { directive: 'chartlint-disable-next-line' },
    });
    expect(sameLine!.justification).toBeUndefined();
    expect(sameLine!.location!.physicalLocation.region).toMatchObject({ startLine: 5, startColumn: 30 });
    expect(sameLine!.properties).toEqual({ directive: 'chartlint-disable-line' });
  });

  it('keep their fingerprint: suppressing a finding changes no identity in the log', async () => {
    const plain = VALUES.replace(/ *# chartlint-disable-line images\/no-latest/, '').replace(/ *# chartlint-disable-next-line.*\n/, '\n');
    const fingerprints = async (values: string) => {
      const root = makeTree({ 'svc/Chart.yaml': CHART('svc'), 'svc/values.yaml': values });
      const { results } = await sarifOf(await lint({ paths: ['svc'], cwd: root }));
      return new Map(results.map((r) => [r.partialFingerprints['chartlintFinding/v2'], r.suppressions !== undefined]));
    };
    const before = await fingerprints(plain);
    const after = await fingerprints(VALUES);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...before.values()].filter(Boolean)).toHaveLength(0);
    expect([...after.values()].filter(Boolean)).toHaveLength(2);
  });

  it('covers a whole file with disable-file, and leave counts, exit-relevant totals and annotations alone', async () => {
    const values = `# chartlint-disable-file images/* -- vendored chart\n${VALUES.replace(/ *# chartlint-disable.*/g, '')}`;
    const root = makeTree({ 'svc/Chart.yaml': CHART('svc'), 'svc/values.yaml': values });
    const result = await lint({ paths: ['svc'], cwd: root });
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('images/'))).toEqual([]);
    expect(result.suppressed.map((d) => d.line)).toEqual([5, 6, 7]);
    expect(result.suppressed.every((d) => d.suppressions[0]!.kind === 'disable-file')).toBe(true);
    const { results } = await sarifOf(result);
    expect(results.filter((r) => r.suppressions).map((r) => r.suppressions![0]!.justification)).toEqual([
      'vendored chart',
      'vendored chart',
      'vendored chart',
    ]);
    // Every other format shows only the kept findings.
    for (const name of ['github', 'compact', 'stylish', 'junit']) {
      const out = (await loadFormatter(name))!(result.diagnostics, context(result));
      expect(out, name).not.toContain('images/no-latest');
    }
    const json = JSON.parse((await loadFormatter('json'))!(result.diagnostics, context(result))) as {
      diagnostics: unknown[];
      summary: { errors: number };
      suppressed: { ruleId: string; suppressions: { kind: string }[] }[];
    };
    expect(json.summary.errors).toBe(result.diagnostics.filter((d) => d.severity === 'error').length);
    expect(json.suppressed.map((d) => d.suppressions[0]!.kind)).toEqual(['disable-file', 'disable-file', 'disable-file']);
    // Without suppressed findings the JSON is as it always was: no `suppressed` key.
    expect(JSON.parse((await loadFormatter('json'))!([], { colorLevel: 0, charts: 0, files: 0 }))).not.toHaveProperty('suppressed');
  });

  it('suppress deployment-scope findings too, with the comment in the file the finding is placed in', async () => {
    const image = (tag: string) => `images:\n  tags:\n    dep_check: quay.io/airshipit/kubernetes-entrypoint:${tag}\n`;
    const root = makeTree({
      '.chartlint.yaml': 'rules:\n  images/version-skew: warning\n',
      'glance/Chart.yaml': CHART('glance'),
      'glance/values.yaml': image('v1.0.0'),
      'keystone/Chart.yaml': CHART('keystone'),
      'keystone/values.yaml': image('v1.0.0'),
      'nova/Chart.yaml': CHART('nova'),
      'nova/values.yaml': `images:\n  tags:\n    # chartlint-disable-next-line images/version-skew -- nova waits for the v1 rollout\n    dep_check: quay.io/airshipit/kubernetes-entrypoint:v0.3.1\n`,
    });
    const result = await lint({ paths: ['.'], cwd: root });
    expect(result.diagnostics.filter((d) => d.ruleId === 'images/version-skew')).toEqual([]);
    // The comment suppressed a deployment finding: it is not reported as unused.
    expect(result.diagnostics.filter((d) => d.ruleId === 'chartlint/unused-disable')).toEqual([]);
    expect(result.suppressed.map((d) => [d.file, d.line, d.ruleId, d.suppressions])).toEqual([
      [
        'nova/values.yaml',
        4,
        'images/version-skew',
        [
          {
            kind: 'disable-next-line',
            justification: 'nova waits for the v1 rollout',
            region: { line: 3, column: 5, endLine: 3, endColumn: 87 },
          },
        ],
      ],
    ]);
    const { results } = await sarifOf(result);
    const skew = results.find((r) => r.ruleId === 'images/version-skew')!;
    expect(skew.level).toBe('warning');
    expect(skew.suppressions).toEqual([expect.objectContaining({ kind: 'inSource', justification: 'nova waits for the v1 rollout' })]);
  });

  it('come back the same from the results cache', async () => {
    const root = makeTree({ 'svc/Chart.yaml': CHART('svc'), 'svc/values.yaml': VALUES });
    const env = { ...process.env, CHARTLINT_CACHE_DIR: path.join(root, '.cache') };
    const first = await lint({ paths: ['svc'], cwd: root, env, cache: true });
    const cacheDir = path.join(root, '.cache/results');
    const saved = readFileSync(path.join(cacheDir, readdirSync(cacheDir)[0]!), 'utf8');
    expect(saved).toContain('"suppressions"');
    const second = await lint({ paths: ['svc'], cwd: root, env, cache: true });
    expect(second.suppressed).toEqual(first.suppressed);
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(first.suppressed).toHaveLength(2);
  });

  it('never carry a secret value, in the message or in the reason', async () => {
    const root = makeTree({
      'svc/Chart.yaml': CHART('svc'),
      'svc/values.yaml':
        '# chartlint-disable-next-line secrets/in-chart-defaults -- Xq7vPlantedReason9 is only a dev default\ndb_password: Xq7vPlantedReason9\n',
    });
    const result = await lint({ paths: ['svc'], cwd: root });
    expect(result.suppressed.map((d) => d.ruleId)).toEqual(['secrets/in-chart-defaults']);
    expect(result.suppressed[0]!.suppressions[0]!.justification).toMatch(/ is only a dev default$/);
    const { text } = await sarifOf(result);
    expect(text).not.toContain('Xq7v');
    expect((await loadFormatter('json'))!(result.diagnostics, context(result))).not.toContain('Xq7v');
  });

  it("reach the CLI's SARIF, but not its exit code", () => {
    const root = makeTree({
      'svc/Chart.yaml': CHART('svc'),
      'svc/values.yaml': VALUES.replace('web: quay.io/a/web:latest', 'web: quay.io/a/web:v1'),
    });
    const run = runCli(['-f', 'sarif', 'svc'], { cwd: root });
    expect(run.status).toBe(0);
    const results = (JSON.parse(run.stdout) as { runs: { results: SarifResult[] }[] }).runs[0]!.results;
    expect(results.filter((r) => r.suppressions).map((r) => r.locations[0]!.physicalLocation.region.startLine)).toEqual([4, 5]);
  });

  it('come back the same from worker threads', () => {
    const files: Record<string, string> = {};
    for (const name of ['a', 'b', 'c', 'd']) {
      files[`${name}/Chart.yaml`] = CHART(name);
      files[`${name}/values.yaml`] = VALUES;
    }
    const root = makeTree(files);
    const suppressedOf = (jobs: string) => {
      const run = runCli(['-f', 'json', '--jobs', jobs, '.'], { cwd: root });
      return (JSON.parse(run.stdout) as { suppressed: unknown[] }).suppressed;
    };
    const threaded = suppressedOf('3');
    expect(threaded).toHaveLength(8);
    expect(threaded).toEqual(suppressedOf('1'));
  });
});
