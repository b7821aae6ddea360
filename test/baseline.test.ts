/**
 * Baselines through the CLI, as a team adopting chartlint uses them: record today's findings, then report
 * only new ones across unrelated edits that move lines; a changed value is new; paid-off debt is counted
 * and pruned; a run over some charts neither hides nor prunes the others; no value is ever written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { officialSarifValidator } from './helpers/sarif.js';
import { CHART, makeTree } from './helpers/tree.js';

const VALUES = [
  'images:',
  '  tags:',
  '    api: quay.io/acme/api:latest',
  '    worker: quay.io/acme/worker:latest',
  '  pull_policy: Always',
  'auth:',
  '  admin_password: Xk8-pQ2vL9-zR4mW',
  '',
].join('\n');

function repository(): string {
  return makeTree({
    'charts/a/Chart.yaml': CHART('a'),
    'charts/a/values.yaml': VALUES,
    'charts/b/Chart.yaml': CHART('b'),
    'charts/b/values.yaml': 'image:\n  repository: quay.io/acme/b\n  tag: latest\n',
  });
}

const lint = (cwd: string, ...args: string[]) => runCli(['-f', 'json', ...args], { cwd });
const findings = (run: { stdout: string }) =>
  (JSON.parse(run.stdout) as { diagnostics: { file: string; ruleId: string; line: number }[] }).diagnostics;

describe('a baseline', () => {
  it('records the findings without their values, then hides them across edits that move lines', () => {
    const cwd = repository();
    const before = findings(lint(cwd, 'charts'));
    expect(before.map((d) => d.ruleId).sort()).toEqual([
      'images/no-latest',
      'images/no-latest',
      'images/no-latest',
      'secrets/in-chart-defaults',
    ]);

    const written = runCli(['--write-baseline', 'chartlint-baseline.json', 'charts'], { cwd });
    expect(written.status, written.stderr).toBe(0);
    expect(written.stderr).toContain('wrote the baseline chartlint-baseline.json: 4 findings in 2 files.');
    const text = readFileSync(path.join(cwd, 'chartlint-baseline.json'), 'utf8');
    expect(text).not.toContain('Xk8-pQ2vL9-zR4mW');
    expect(text).not.toContain('quay.io');
    expect(text).not.toMatch(/"line"/);
    const secretEntry = text.split('\n').find((line) => line.includes('secrets/in-chart-defaults'))!;
    expect(secretEntry).not.toContain('"value"');

    // Unrelated lines above every finding: all still hidden.
    writeFileSync(path.join(cwd, 'charts/a/values.yaml'), `# a comment\nreplicas: 3\nlabels:\n  team: x\n${VALUES}`);
    const after = lint(cwd, '--baseline', 'chartlint-baseline.json', 'charts');
    expect(after.status, after.stderr).toBe(0);
    expect(findings(after)).toEqual([]);
    expect(after.stderr).toContain('baseline chartlint-baseline.json: hid 4 findings.');
  });

  it('reports a new finding and a changed value, and counts and prunes the entries no longer found', () => {
    const cwd = repository();
    runCli(['--write-baseline', 'base.json', 'charts'], { cwd });
    // worker pinned (debt paid), api's latest now a different image (a new value), a new latest added.
    writeFileSync(
      path.join(cwd, 'charts/a/values.yaml'),
      VALUES.replace('quay.io/acme/worker:latest', 'quay.io/acme/worker:1.2')
        .replace('quay.io/acme/api:latest', 'quay.io/acme/api-v2:latest')
        .replace('  pull_policy', '    cron: quay.io/acme/cron:latest\n  pull_policy'),
    );
    const run = lint(cwd, '--baseline', 'base.json', 'charts');
    expect(run.status).toBe(1);
    expect(findings(run).map((d) => [d.file, d.line, d.ruleId])).toEqual([
      ['charts/a/values.yaml', 3, 'images/no-latest'],
      ['charts/a/values.yaml', 5, 'images/no-latest'],
    ]);
    expect(run.stderr).toContain('hid 2 findings; 2 of its entries no longer occur (--prune-baseline removes them).');

    const pruned = lint(cwd, '--baseline', 'base.json', '--prune-baseline', 'charts');
    expect(pruned.stderr).toContain('removed 2 entries that no longer occur');
    const again = lint(cwd, '--baseline', 'base.json', 'charts');
    expect(again.stderr).toContain('hid 2 findings.');
    expect(readFileSync(path.join(cwd, 'base.json'), 'utf8').match(/"count"/g)).toHaveLength(2);
  });

  it('judges only the files a run lints: one chart neither reports nor prunes the other', () => {
    const cwd = repository();
    runCli(['--write-baseline', 'base.json', 'charts'], { cwd });
    writeFileSync(path.join(cwd, 'charts/a/values.yaml'), VALUES.replace(':latest', ':1.0'));
    const one = lint(cwd, '--baseline', 'base.json', '--whole-charts', 'charts/a/values.yaml');
    expect(one.status).toBe(0);
    expect(one.stderr).toContain('hid 2 findings; 1 of its entries no longer occur');
    // Rewriting the baseline from that run keeps chart b's entry.
    runCli(['--write-baseline', 'base.json', '--whole-charts', 'charts/a/values.yaml'], { cwd });
    const whole = lint(cwd, '--baseline', 'base.json', 'charts');
    expect(findings(whole)).toEqual([]);
    expect(whole.stderr).toContain('hid 3 findings.');
  });

  it('marks the findings it holds as suppressed in SARIF (external, naming the baseline), not as fixed', () => {
    const cwd = repository();
    runCli(['--write-baseline', 'ci/base.json', 'charts/b'], { cwd });
    const run = runCli(['-f', 'sarif', '--baseline', 'ci/base.json', 'charts'], { cwd });
    const log = JSON.parse(run.stdout) as {
      runs: {
        results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; suppressions?: unknown[] }[];
      }[];
    };
    const validate = officialSarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const held = log.runs[0]!.results.filter((r) => r.suppressions);
    expect(held.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['charts/b/values.yaml']);
    expect(held[0]!.suppressions).toEqual([
      { kind: 'external', justification: 'In the baseline ci/base.json.', properties: { baseline: 'ci/base.json' } },
    ]);
    expect(log.runs[0]!.results.filter((r) => !r.suppressions)).toHaveLength(3);
  });

  it('is read from the config, relative to it', () => {
    const cwd = repository();
    runCli(['--write-baseline', 'ci/baseline.json', 'charts'], { cwd });
    writeFileSync(path.join(cwd, '.chartlint.yaml'), 'baseline: ci/baseline.json\n');
    const run = lint(cwd, 'charts');
    expect(run.status).toBe(0);
    expect(findings(run)).toEqual([]);
  });

  it('refuses a missing or malformed baseline plainly, with exit 2', () => {
    const cwd = repository();
    const missing = lint(cwd, '--baseline', 'nope.json', 'charts');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('baseline nope.json does not exist; chartlint --write-baseline nope.json records');
    writeFileSync(path.join(cwd, 'bad.json'), '{"format": "chartlint-baseline/v1", "files": {"x": [{"rule": 3}]}}');
    const bad = lint(cwd, '--baseline', 'bad.json', 'charts');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('baseline bad.json: files["x"][0] needs a "rule"');
    expect(bad.stderr).not.toContain('    at ');
  });
});
