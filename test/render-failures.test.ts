/**
 * --render on charts helm cannot render as they stand: broken local dependencies (reported where Chart.yaml
 * names them), chart names helm refuses as release names, vendored sub-charts, failures cached like renders,
 * and a temporary folder left empty on every way a run ends.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lint, type Diagnostic } from '../src/index.js';
import { defaultReleaseName } from '../src/render/release-name.js';
import { CLI, runCli } from './helpers/cli.js';
import { countingHelm, testHelm } from './helpers/helm.js';
import { CHART, makeTree } from './helpers/tree.js';

const brief = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column} ${d.ruleId}`;
const failures = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.ruleId === 'manifests/render-failed');

const DEPENDS_ON = (name: string, repository: string): string =>
  `dependencies:\n  - name: ${name}\n    repository: ${repository}\n    version: 0.1.0\n`;
const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: {{ .Values.image }}\n';

/** A temporary folder of its own for each run: what chartlint leaves in it is what it leaks. */
const temps: string[] = [];
function freshTemp(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'chartlint-tmp-check-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function envFor(root: string, helm = testHelm()): Record<string, string> {
  return { CHARTLINT_CACHE_DIR: path.join(root, '.cache'), CHARTLINT_HELM: helm, PATH: process.env.PATH ?? '' };
}

beforeAll(() => {
  testHelm();
});

describe('a local dependency helm cannot use', () => {
  it('is a render-failed finding at its repository entry; the values are linted; exit 1; nothing left in TMPDIR', () => {
    const root = makeTree({
      'app/Chart.yaml': `${CHART('app')}${DEPENDS_ON('helm-toolkit', 'file://../helm-toolkit')}`,
      'app/values.yaml': 'image: quay.io/a/b:latest\n',
      'app/templates/pod.yaml': POD,
    });
    const temp = freshTemp();
    const run = runCli(['--render', '-f', 'compact', 'app'], { cwd: root, env: { ...envFor(root), TMPDIR: temp } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      'app/Chart.yaml:6:17: error: The chart was not rendered, so its manifests were not linted: the local dependency "helm-toolkit" (file://../helm-toolkit) is not there (no folder at that path). [manifests/render-failed]',
      'app/values.yaml:1:20: error: Image "image" uses the mutable tag ":latest"; pin a version or a digest. [images/no-latest]',
    ]);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('spans the whole repository value, and names a folder that is not a chart', async () => {
    const root = makeTree({
      'app/Chart.yaml': `${CHART('app')}${DEPENDS_ON('lib', '"file://../lib"')}`,
      'app/values.yaml': 'x: 1\n',
      'lib/README': 'not a chart\n',
    });
    const [failed, ...rest] = failures((await lint({ paths: ['app'], render: true, cwd: root, env: envFor(root) })).diagnostics);
    expect(rest).toEqual([]);
    expect([failed!.line, failed!.column, failed!.endLine, failed!.endColumn]).toEqual([6, 17, 6, 32]);
    expect(failed!.message).toContain('the local dependency "lib" (file://../lib) has no Chart.yaml, so it is not a chart.');
  });

  it('names a dependency path that is a file, not a folder', async () => {
    const root = makeTree({
      'app/Chart.yaml': `${CHART('app')}${DEPENDS_ON('lib', 'file://../lib.tgz')}`,
      'lib.tgz': 'not a folder\n',
    });
    const [failed, ...rest] = failures((await lint({ paths: ['app'], render: true, cwd: root, env: envFor(root) })).diagnostics);
    expect(rest).toEqual([]);
    expect(brief(failed!)).toBe('app/Chart.yaml:6:17 manifests/render-failed');
    expect(failed!.message).toContain('the local dependency "lib" (file://../lib.tgz) is not a folder.');
    expect(failed!.severity).toBe('error');
  });

  it("is reported in the dependency's own Chart.yaml when the dependency's dependency is missing", async () => {
    const root = makeTree({
      'app/Chart.yaml': `${CHART('app')}${DEPENDS_ON('mid', 'file://../mid')}`,
      'mid/Chart.yaml': `${CHART('mid')}${DEPENDS_ON('gone', 'file://../gone')}`,
      'mid/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n',
    });
    const result = await lint({ paths: ['app'], render: true, cwd: root, env: envFor(root) });
    expect(failures(result.diagnostics).map(brief)).toEqual(['mid/Chart.yaml:6:17 manifests/render-failed']);
    expect(result.internalErrors).toEqual([]);
  });

  it('from a chart repository and not in charts/: reported where requirements.yaml declares it', async () => {
    const root = makeTree({
      'svc/Chart.yaml': 'apiVersion: v1\nname: svc\nversion: 0.1.0\n',
      'svc/requirements.yaml': DEPENDS_ON('helm-toolkit', 'http://localhost:8879/charts'),
      'svc/values.yaml': 'x: 1\n',
    });
    const [failed, ...rest] = failures((await lint({ paths: ['svc'], render: true, cwd: root, env: envFor(root) })).diagnostics);
    expect(rest).toEqual([]);
    expect(brief(failed!)).toBe('svc/requirements.yaml:3:17 manifests/render-failed');
    expect(failed!.message).toContain(
      'a dependency the chart declares is not in charts/ (helm dependency build fetches it), and the tree holds none that fits: helm-toolkit 0.1.0: the tree has no chart named helm-toolkit beside the chart or its parent folder.',
    );
    // Not fetched is the checkout's state, not a broken chart: a warning, where a broken file:// one is an error.
    expect(failed!.severity).toBe('warning');
  });

  it('does not matter when charts/ vendors the dependency: helm uses that copy', async () => {
    const root = makeTree({
      'app/Chart.yaml': `${CHART('app')}${DEPENDS_ON('lib', 'file://../gone')}`,
      'app/charts/lib/Chart.yaml': `${CHART('lib')}type: library\n`,
      'app/values.yaml': 'image: quay.io/a/b:1.0\n',
      'app/templates/pod.yaml': POD,
    });
    const result = await lint({ paths: ['app'], render: true, cwd: root, env: envFor(root) });
    expect(failures(result.diagnostics)).toEqual([]);
    expect(result.internalErrors).toEqual([]);
  });
});

describe('release names', () => {
  it.each([
    ['keystone', 'keystone'],
    ['my_App', 'my-app'],
    ['_lead.and.trail_', 'lead-and-trail'],
    ['x'.repeat(60), 'x'.repeat(53)],
    [`${'a'.repeat(52)}_b`, 'a'.repeat(52)],
    ['___', 'release'],
  ])('%s renders as %s', (chart, release) => {
    expect(defaultReleaseName(chart)).toBe(release);
    expect(release).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
  });

  it('a chart named with "_" and capitals renders, under a name helm accepts', async () => {
    const root = makeTree({
      'app/Chart.yaml': CHART('My_App'),
      'app/values.yaml': 'image: quay.io/a/b:1.0\n',
      'app/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n',
    });
    const { helm } = countingHelm();
    const result = await lint({ paths: ['app'], render: true, helm, cwd: root, env: envFor(root) });
    expect(failures(result.diagnostics)).toEqual([]);
    const cached = readdirSync(path.join(root, '.cache/renders')).filter((f) => f.endsWith('.yaml'));
    expect(readFileSync(path.join(root, '.cache/renders', cached[0]!), 'utf8')).toContain('name: my-app');
  });

  it('a release name that was set and that helm refuses is named as the one set', async () => {
    const root = makeTree({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': 'x: 1\n' });
    const result = await lint({ paths: ['app'], render: true, releaseName: 'Bad_Name', cwd: root, env: envFor(root) });
    expect(failures(result.diagnostics).map((d) => d.message)).toEqual([
      expect.stringContaining('helm refused the release name "Bad_Name" that was set (--release-name or helm.releaseName)'),
    ]);
  });

  it('when helm still refuses the default name, says so and how to set one', async () => {
    const root = makeTree({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': 'x: 1\n' });
    const helm = path.join(root, 'refusing-helm');
    writeFileSync(helm, `#!/bin/sh\necho 'Error: release name check failed: release name "app": invalid release name' >&2\nexit 1\n`);
    chmodSync(helm, 0o755);
    const result = await lint({ paths: ['app'], render: true, helm, cwd: root, env: envFor(root) });
    expect(failures(result.diagnostics).map((d) => d.message)).toEqual([
      'The chart was not rendered, so its manifests were not linted: helm refused the default release name "app" (made from the chart\'s name); set one with --release-name NAME or helm.releaseName in .chartlint.yaml.',
    ]);
  });
});

describe('vendored sub-charts', () => {
  it('render through their parent only; their values are still linted', async () => {
    const root = makeTree({
      'parent/Chart.yaml': CHART('parent'),
      'parent/values.yaml': 'x: 1\n',
      'parent/charts/sub/Chart.yaml': CHART('sub'),
      'parent/charts/sub/values.yaml': 'image: quay.io/a/b:latest\n',
      'parent/charts/sub/templates/pod.yaml': POD,
    });
    const { helm, calls } = countingHelm();
    const result = await lint({ paths: ['parent'], render: true, helm, cwd: root, env: envFor(root) });
    expect(calls()).toBe(1);
    expect(result.diagnostics.map(brief)).toContain('parent/charts/sub/values.yaml:1:20 images/no-latest');
    expect(failures(result.diagnostics)).toEqual([]);
  });
});

describe('failed renders', () => {
  const SECRET = 'Xq7vCachedFailureSecret42';
  const broken = (): string =>
    makeTree({
      'svc/Chart.yaml': CHART('svc'),
      'svc/requirements.yaml': 'dependencies: []\n',
      'svc/values.yaml': `conf:\n  password: ${SECRET}\n`,
      'svc/templates/a.yaml': 'a: {{ fail .Values.conf.password }}\n',
      'svc/templates/b.yaml': 'b: {{ .Values.missing.key }}\n',
    });

  it('are cached under the render key, scrubbed: a warm run does not run helm', async () => {
    const root = broken();
    const { helm, calls } = countingHelm();
    const run = () => lint({ paths: ['svc'], render: true, debug: true, helm, cwd: root, env: envFor(root) });
    const first = failures((await run()).diagnostics);
    expect(calls()).toBe(1);
    const second = failures((await run()).diagnostics);
    expect(calls()).toBe(1);
    expect(second).toEqual(first);
    // One finding for the chart, though it has Chart.yaml and requirements.yaml and helm names two templates.
    expect(first).toHaveLength(1);
    const entries = readdirSync(path.join(root, '.cache/renders'));
    expect(entries.filter((f) => f.endsWith('.failed.json'))).toHaveLength(1);
    for (const entry of entries) expect(readFileSync(path.join(root, '.cache/renders', entry), 'utf8')).not.toContain(SECRET);
    expect(first[0]!.message).not.toContain(SECRET);
  });

  it('are looked up before any scratch copy is made', () => {
    const root = makeTree({
      'lib/Chart.yaml': `${CHART('lib')}type: library\n`,
      'svc/Chart.yaml': `${CHART('svc')}${DEPENDS_ON('lib', 'file://../lib')}`,
      'svc/templates/b.yaml': 'b: {{ .Values.missing.key }}\n',
    });
    const env = envFor(root);
    const cold = runCli(['--render', '-f', 'compact', 'svc'], { cwd: root, env: { ...env, TMPDIR: freshTemp() } });
    expect(cold.stdout).toContain('svc/templates/b.yaml:1:13: error: The chart was not rendered');
    // A temporary folder that cannot be written: a copy would fail, so a warm run must not make one.
    const warm = runCli(['--render', '-f', 'compact', 'svc'], { cwd: root, env: { ...env, TMPDIR: path.join(root, 'no-such-dir') } });
    expect(warm.stdout).toBe(cold.stdout);
    expect(warm.status).toBe(1);
  });
});

describe('the temporary folder', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('is left empty when %s stops a render, which exits %i', async (signal, code) => {
    const root = makeTree({
      'lib/Chart.yaml': `${CHART('lib')}type: library\n`,
      'svc/Chart.yaml': `${CHART('svc')}${DEPENDS_ON('lib', 'file://../lib')}`,
    });
    const temp = freshTemp();
    const started = path.join(root, 'helm-started');
    const helm = path.join(root, 'slow-helm');
    writeFileSync(helm, `#!/bin/sh\ntouch '${started}'\nsleep 100\n`);
    chmodSync(helm, 0o755);
    const child = spawn(process.execPath, [CLI, '--render', 'svc'], {
      cwd: root,
      env: { ...envFor(root, helm), TMPDIR: temp },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    while (!existsSync(started)) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(readdirSync(temp)).toHaveLength(1);
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(readdirSync(temp)).toEqual([]);
  });
});

describe('a chart that asks for values by design', () => {
  it('is a warning that says how to give them, cold and from the cache; a broken template stays an error', async () => {
    const root = makeTree({
      'asks/Chart.yaml': CHART('asks'),
      'asks/values.yaml': 'email: ""\n',
      'asks/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  email: {{ required "set the issuer email" .Values.email }}\n',
      'broken/Chart.yaml': CHART('broken'),
      'broken/values.yaml': 'x: 1\n',
      'broken/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n  v: {{ .Values.missing.key }}\n',
    });
    const run = async () =>
      failures((await lint({ paths: ['asks', 'broken'], render: true, cwd: root, env: envFor(root) })).diagnostics).map(
        (d) =>
          `${d.file.split('/')[0]} ${d.severity} ${d.message.includes('the chart asks for values: give them with --values FILE or --set')}`,
      );
    const cold = await run();
    expect(cold).toEqual(['asks warning true', 'broken error false']);
    expect(await run()).toEqual(cold);
  });
});
