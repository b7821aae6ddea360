/** The bundled GitHub Action, run as the runner runs it: INPUT_* and GITHUB_* variables, an event file. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { git } from './helpers/git.js';
import { officialSarifValidator } from './helpers/sarif.js';
import { CHART, makeTree, TOOLKIT_CHART, toolkitFiles } from './helpers/tree.js';

const ACTION = path.resolve(import.meta.dirname, '../action/dist/index.js');
const BAD = 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:latest\n    api: quay.io/a/api:nightly\n  pull_policy: Always\n';
const GOOD = 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:v1\n  pull_policy: Always\n';

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: { ruleId: string; ruleIndex?: number; level: string; suppressions?: { kind: string; justification?: string }[] }[];
  }[];
}

function workspace(): string {
  return makeTree({ 'bad/Chart.yaml': CHART('bad'), 'bad/values.yaml': BAD, 'good/Chart.yaml': CHART('good'), 'good/values.yaml': GOOD });
}

function runAction(cwd: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}) {
  const output = path.join(cwd, '.github-output');
  const summary = path.join(cwd, '.github-summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string | undefined> = {
    ...process.env,
    GITHUB_WORKSPACE: cwd,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = spawnSync(process.execPath, [ACTION], { cwd, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('=') as [string, string]),
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, outputs, summary: readFileSync(summary, 'utf8') };
}

describe('the GitHub Action', () => {
  it('is a bundled node24 action (the runner forces Node 24 on node20 actions)', () => {
    const manifest = readFileSync(path.resolve(import.meta.dirname, '../action.yml'), 'utf8');
    expect(manifest).toMatch(/using: node24/);
    expect(manifest).toMatch(/main: action\/dist\/index\.js/);
    expect(existsSync(ACTION)).toBe(true);
  });

  it('reports only what the baseline input does not hold, and says how many it hid', () => {
    const cwd = workspace();
    const recorded = spawnSync(
      process.execPath,
      [path.resolve(import.meta.dirname, '../dist/cli/cli.js'), '--write-baseline', 'ci/base.json', 'bad'],
      {
        cwd,
        encoding: 'utf8',
      },
    );
    expect(recorded.status, recorded.stderr).toBe(0);
    writeFileSync(path.join(cwd, 'bad/values.yaml'), BAD.replace('  pull_policy', '    new: quay.io/a/new:latest\n  pull_policy'));
    const run = runAction(cwd, { paths: 'bad', baseline: 'ci/base.json', 'sarif-file': 'out.sarif' });
    expect(run.status).toBe(1);
    expect(run.outputs.errors).toBe('1');
    expect(run.stdout).toContain('baseline ci/base.json: hid 2 findings.');
    const sarif = JSON.parse(readFileSync(path.join(cwd, 'out.sarif'), 'utf8')) as SarifLog;
    // The findings the baseline holds are in the log as suppressed (external), the new one as open.
    expect(sarif.runs[0]!.results.filter((r) => !r.suppressions).map((r) => r.ruleId)).toEqual(['images/no-latest']);
    expect(sarif.runs[0]!.results.filter((r) => r.suppressions?.[0]?.kind === 'external')).toHaveLength(2);
    const missing = runAction(cwd, { paths: 'bad', baseline: 'ci/none.json' });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toContain('baseline ci/none.json does not exist');
  });

  it('annotates findings, writes a summary and outputs, and fails on errors', () => {
    const cwd = workspace();
    const run = runAction(cwd, { paths: 'bad good', 'sarif-file': 'chartlint.sarif' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error file=bad/values.yaml,line=3,endLine=3,col=37,endColumn=43,title=images/no-latest::Image "images.tags.dep_check" uses the mutable tag ":latest"',
    );
    expect(run.stdout).toContain('::warning file=bad/values.yaml,line=4,');
    expect(run.outputs).toEqual({ errors: '1', warnings: '1', 'sarif-file': 'chartlint.sarif' });
    expect(run.summary).toContain('**1 errors, 1 warnings, 0 info** in 4 files of 2 charts.');
    expect(run.summary).toContain('| <code>images/no-latest</code> | 1 | 0 | 0 |');
    expect(run.summary).toContain('| bad (<code>bad</code>) | 1 | 1 | 0 |');
    const sarif = JSON.parse(readFileSync(path.join(cwd, 'chartlint.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(2);
  });

  it('follows fail-on', () => {
    const cwd = workspace();
    expect(runAction(cwd, { paths: 'bad', 'fail-on': 'never' }).status).toBe(0);
    expect(runAction(cwd, { paths: 'good', 'fail-on': 'warning' }).status).toBe(0);
    const warningsOnly = makeTree({ 'w/Chart.yaml': CHART('w'), 'w/values.yaml': GOOD.replace(':v1', ':nightly') });
    expect(runAction(warningsOnly, { paths: 'w', 'fail-on': 'error' }).status).toBe(0);
    expect(runAction(warningsOnly, { paths: 'w', 'fail-on': 'warning' }).status).toBe(1);
  });

  it('registers the problem matcher for the compact format', () => {
    const run = runAction(workspace(), { paths: 'bad', format: 'compact', 'fail-on': 'never' });
    const matcher = /^::add-matcher::(.+)$/m.exec(run.stdout)?.[1];
    expect(matcher && existsSync(matcher)).toBe(true);
    expect(run.stdout).toContain('bad/values.yaml:3:37: error: ');
    expect(run.stdout).toContain('::remove-matcher owner=chartlint::');
  });

  /** A pull request over a real repository: `change` edits the tree after the base commit. */
  function pullRequest(change: (cwd: string) => void, cwd = workspace()): { cwd: string; event: string } {
    git(cwd, 'init', '-q', '-b', 'main');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-q', '-m', 'base');
    const base = git(cwd, 'rev-parse', 'HEAD');
    change(cwd);
    git(cwd, 'add', '-A');
    git(cwd, 'commit', '-q', '-m', 'change');
    const head = git(cwd, 'rev-parse', 'HEAD');
    const event = path.join(cwd, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: base }, head: { sha: head } } }));
    return { cwd, event };
  }

  it('lints only the charts a pull request touches', () => {
    const { cwd, event } = pullRequest((dir) => writeFileSync(path.join(dir, 'good/values.yaml'), GOOD.replace(':v1', ':latest')));
    const run = runAction(cwd, { paths: '.', 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(run.stdout).toContain('file=good/values.yaml');
    expect(run.stdout).not.toContain('file=bad/');
    expect(run.outputs.errors).toBe('1');
  });

  it('writes a valid, empty SARIF file on a pull request that touches no chart, and passes', () => {
    const { cwd, event } = pullRequest((dir) => writeFileSync(path.join(dir, 'README.md'), '# docs\n'));
    const run = runAction(cwd, { paths: '.', 'only-changed': 'true', 'sarif-file': 'out.sarif' }, { GITHUB_EVENT_PATH: event });
    expect(run.status).toBe(0);
    const sarif = JSON.parse(readFileSync(path.join(cwd, 'out.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toEqual([]);
    expect(run.outputs).toEqual({ 'sarif-file': 'out.sarif', errors: '0', warnings: '0' });
  });

  it('lints every chart when the pull request changes only the config', () => {
    const { cwd, event } = pullRequest((dir) => writeFileSync(path.join(dir, '.chartlint.yaml'), 'rules:\n  images/floating-tag: error\n'));
    const run = runAction(cwd, { paths: '.', 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(run.stdout).toContain('file=bad/values.yaml');
    expect(run.outputs.errors).toBe('2');
  });

  it('lints everything with a warning, never exit 2, when the history lacks the base (a shallow clone, a force-push)', () => {
    const { cwd, event } = pullRequest((dir) => writeFileSync(path.join(dir, 'README.md'), '# docs\n'));
    const gone = JSON.parse(readFileSync(event, 'utf8')) as { pull_request: { base: { sha: string } } };
    gone.pull_request.base.sha = 'f'.repeat(40);
    writeFileSync(event, JSON.stringify(gone));
    const run = runAction(cwd, { paths: '.', 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::warning title=chartlint::only-changed: .*linting every chart instead/m);
    expect(run.stdout).toContain('file=bad/values.yaml');
  });

  it('shows at most 10 annotations of a kind, says how many it left out, and lists every finding in the summary', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) {
      files[`c${i}/Chart.yaml`] = CHART(`c${i}`);
      files[`c${i}/values.yaml`] = BAD;
    }
    const cwd = makeTree(files);
    const run = runAction(cwd, { paths: '.' });
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::warning '))).toHaveLength(10);
    expect(run.stdout).toContain('chartlint: 4 more findings not shown as annotations');
    expect(run.outputs.errors).toBe('12');
    expect(run.summary).toContain('<details><summary>All 24 findings</summary>');
    expect(run.summary.split('\n').filter((line) => line.startsWith('| <code>c'))).toHaveLength(24);
  });

  it('lints the charts that depend on a library chart the pull request changes', () => {
    const tree = makeTree({
      ...toolkitFiles(),
      'svc/Chart.yaml': TOOLKIT_CHART('svc'),
      'svc/values.yaml': BAD,
      'other/Chart.yaml': CHART('other'),
      'other/values.yaml': BAD,
    });
    const { cwd, event } = pullRequest(
      (dir) => writeFileSync(path.join(dir, 'helm-toolkit/templates/_extra.tpl'), '{{- define "helm-toolkit.extra" -}}x{{- end -}}\n'),
      tree,
    );
    const run = runAction(cwd, { paths: '.', 'only-changed': 'true' }, { GITHUB_EVENT_PATH: event });
    expect(run.stdout).toContain('file=svc/values.yaml');
    expect(run.stdout).not.toContain('file=other/');
  });

  it('passes values files through, and fails on more warnings than max-warnings', () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'site.yaml'), 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:latest\n');
    const withValues = runAction(cwd, { paths: 'good', values: 'site.yaml\n', 'fail-on': 'never' });
    expect(withValues.stdout).toContain('file=site.yaml');
    expect(withValues.status).toBe(0);
    // bad has one warning (a floating tag) beside its error: with fail-on never, only max-warnings can fail it.
    expect(runAction(cwd, { paths: 'bad', 'fail-on': 'never', 'max-warnings': '0' }).status).toBe(1);
    expect(runAction(cwd, { paths: 'bad', 'fail-on': 'never', 'max-warnings': '1' }).status).toBe(0);
    expect(runAction(cwd, { paths: 'bad', 'max-warnings': 'many' }).status).toBe(2);
  });

  it('takes one path a line, so a path may hold spaces', () => {
    const cwd = makeTree({
      'my charts/bad/Chart.yaml': CHART('bad'),
      'my charts/bad/values.yaml': BAD,
      'good/Chart.yaml': CHART('good'),
      'good/values.yaml': GOOD,
    });
    const run = runAction(cwd, { paths: 'my charts/bad\ngood\n' });
    expect(run.status).toBe(1);
    expect(run.outputs.errors).toBe('1');
  });

  it('reports an unusable config at its line: an annotation, a SARIF result, the outputs and the summary; exit 2', () => {
    const { cwd, event } = pullRequest((dir) =>
      writeFileSync(path.join(dir, '.chartlint.yaml'), '# tuned\nrules:\n  images/no-latest: loud\n'),
    );
    const run = runAction(cwd, { paths: '.', 'only-changed': 'true', 'sarif-file': 'out.sarif' }, { GITHUB_EVENT_PATH: event });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(
      /^::error file=\.chartlint\.yaml,line=3,endLine=3,col=21,endColumn=21,title=chartlint\/config-error::The config cannot be used, so nothing was linted: rules\["images\/no-latest"\]: must be one of off, info, warning, error/m,
    );
    expect(run.outputs).toEqual({ 'sarif-file': 'out.sarif', errors: '1', warnings: '0' });
    // Escaped as every summary text from the tree is (markdownCell): `:` is `&#58;`, which GitHub shows as `:`.
    expect(run.summary).toContain('**The config is broken**, so nothing was linted: <code>.chartlint.yaml&#58;3&#58;21</code>: rules&#91;');
    expect(run.summary).toContain('must be one of off&#44; info&#44; warning&#44; error');
    const log = JSON.parse(readFileSync(path.join(cwd, 'out.sarif'), 'utf8')) as SarifLog;
    const validate = officialSarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const [result, ...others] = log.runs[0]!.results;
    expect(others).toEqual([]);
    expect(result).toMatchObject({
      ruleId: 'chartlint/config-error',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: '.chartlint.yaml' }, region: { startLine: 3, startColumn: 21 } } }],
    });
    expect(log.runs[0]!.tool.driver.rules[result!.ruleIndex!]!.id).toBe('chartlint/config-error');
  });

  it('places a config error it cannot place in the file at the config file, without git or only-changed', () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, '.chartlint.yaml'), 'values:\n  include: ["{a,b}*/*/*/*/*/*/*.yaml"]\n');
    const run = runAction(cwd, { paths: 'bad', 'sarif-file': 'out.sarif' });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(
      /^::error file=\.chartlint\.yaml,line=1,endLine=1,col=1,endColumn=1,title=chartlint\/config-error::.*has 7 stars/m,
    );
    const log = JSON.parse(readFileSync(path.join(cwd, 'out.sarif'), 'utf8')) as SarifLog;
    expect(officialSarifValidator()(log)).toBe(true);
    expect(log.runs[0]!.results).toHaveLength(1);
    expect(run.outputs.errors).toBe('1');
  });

  /** 15 charts, each with one error and one warning: more than the 10 annotations of a kind GitHub shows. */
  function crowdedRepository(): string {
    const files: Record<string, string> = {};
    for (let i = 0; i < 15; i++) {
      const name = `c${String(i).padStart(2, '0')}`;
      files[`${name}/Chart.yaml`] = CHART(name);
      files[`${name}/values.yaml`] = BAD;
    }
    return makeTree(files);
  }
  const annotated = (stdout: string, kind: string) =>
    stdout
      .split('\n')
      .filter((line) => line.startsWith(`::${kind} file=`))
      .map((line) => /file=([^,]+)/.exec(line)![1]);

  it("annotates the pull request's changed files first, over the cap, with only-changed off", () => {
    const { cwd, event } = pullRequest(
      (dir) => writeFileSync(path.join(dir, 'c14/values.yaml'), `${BAD}  # touched\n`),
      crowdedRepository(),
    );
    const run = runAction(cwd, { paths: '.' }, { GITHUB_EVENT_PATH: event });
    expect(run.status).toBe(1);
    // Every chart is linted; the last one, the one the pull request changed, is among the shown ones.
    expect(run.outputs).toMatchObject({ errors: '15', warnings: '15' });
    for (const kind of ['error', 'warning']) {
      const files = annotated(run.stdout, kind);
      expect(files).toHaveLength(10);
      expect(files).toContain('c14/values.yaml');
      expect(files).not.toContain('c09/values.yaml');
    }
    expect(run.stdout).toContain('chartlint: 10 more findings not shown as annotations');
  });

  it('orders without the changed-files tier when the history lacks the base, and says nothing of it', () => {
    const { cwd, event } = pullRequest(
      (dir) => writeFileSync(path.join(dir, 'c14/values.yaml'), `${BAD}  # touched\n`),
      crowdedRepository(),
    );
    const gone = JSON.parse(readFileSync(event, 'utf8')) as { pull_request: { base: { sha: string } } };
    gone.pull_request.base.sha = 'f'.repeat(40);
    writeFileSync(event, JSON.stringify(gone));
    const run = runAction(cwd, { paths: '.' }, { GITHUB_EVENT_PATH: event });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/^::warning title=/m);
    expect(annotated(run.stdout, 'warning')).toEqual(Array.from({ length: 10 }, (_, i) => `c0${i}/values.yaml`));
  });

  it('writes suppressed findings into the SARIF file as suppressed, and counts only the others', () => {
    const cwd = workspace();
    writeFileSync(
      path.join(cwd, 'bad/values.yaml'),
      BAD.replace('    dep_check:', '    # chartlint-disable-next-line images/no-latest -- vendor pins it\n    dep_check:'),
    );
    const run = runAction(cwd, { paths: 'bad', 'sarif-file': 'out.sarif' });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect(run.stdout).not.toContain('images/no-latest');
    expect(run.summary).not.toContain('images/no-latest');
    const log = JSON.parse(readFileSync(path.join(cwd, 'out.sarif'), 'utf8')) as SarifLog;
    expect(officialSarifValidator()(log)).toBe(true);
    const suppressed = log.runs[0]!.results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => [r.ruleId, r.suppressions])).toEqual([
      ['images/no-latest', [expect.objectContaining({ kind: 'inSource', justification: 'vendor pins it' })]],
    ]);
  });
});
