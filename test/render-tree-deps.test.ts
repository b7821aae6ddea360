/**
 * --render of a chart whose dependencies come from a chart repository (`oci://`, `https://`, `@repo`) and are
 * not vendored: the tree's own chart of that name and a fitting version is copied into the scratch copy,
 * recursively, as bitnami's charts sit beside their `common`. When the tree holds none that fits, the
 * chart fails to render with what was looked for and what was found. Helm's constraint syntax is tested
 * on its own below.
 */
import { createHash } from 'node:crypto';
import fg from 'fast-glob';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lint, type Diagnostic } from '../src/index.js';
import { versionSatisfies } from '../src/render/semver-range.js';
import { runCli } from './helpers/cli.js';
import { countingHelm, testHelm } from './helpers/helm.js';
import { makeTree } from './helpers/tree.js';

const failures = (diagnostics: readonly Diagnostic[]): Diagnostic[] => diagnostics.filter((d) => d.ruleId === 'manifests/render-failed');

const chart = (
  name: string,
  version: string,
  dependencies: { name: string; repository: string; version: string; extra?: string }[] = [],
): string =>
  `apiVersion: v2\nname: ${name}\nversion: ${version}\n` +
  (dependencies.length === 0
    ? ''
    : `dependencies:\n${dependencies.map((d) => `  - name: ${d.name}\n    repository: ${d.repository}\n    version: "${d.version}"\n${d.extra ?? ''}`).join('')}`);

/** A library `common` whose helper names an image: a chart that includes it renders only with common in charts/. */
const common = (at: string, version: string): Record<string, string> => ({
  [`${at}/Chart.yaml`]: `${chart('common', version)}type: library\n`,
  [`${at}/templates/_images.tpl`]: '{{- define "common.image" -}}quay.io/acme/{{ .name }}:1.0{{- end -}}\n',
});

const POD = (name: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n    - name: c\n      image: {{ include "common.image" (dict "name" "${name}") }}\n`;

/** `app`, depending on common 1.x.x from an OCI repository, whose helper its Pod uses. */
const app = (at = 'app'): Record<string, string> => ({
  [`${at}/Chart.yaml`]: chart('app', '0.1.0', [{ name: 'common', repository: 'oci://example/charts', version: '1.x.x' }]),
  [`${at}/templates/pod.yaml`]: POD('app'),
});

function envFor(root: string, helm = testHelm()): Record<string, string> {
  return { CHARTLINT_CACHE_DIR: path.join(root, '.cache'), CHARTLINT_HELM: helm, PATH: process.env.PATH ?? '' };
}

/** The renders the cache holds: what helm printed for each chart. */
function renders(root: string): string[] {
  const dir = path.join(root, '.cache', 'renders');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of fg.sync('**/*', { cwd: dir, dot: true, ignore: ['.cache/**'] }).sort())
    hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex');
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => {
  testHelm();
});

describe('a dependency from a chart repository that the tree holds', () => {
  it('renders with the chart beside it; TMPDIR and the tree are left as they were', () => {
    const root = makeTree({ ...app(), ...common('common', '1.2.0') });
    const before = treeHash(root);
    const temp = mkdtempSync(path.join(tmpdir(), 'chartlint-tmp-check-'));
    temps.push(temp);
    const run = runCli(['--render', '-f', 'json', 'app'], { cwd: root, env: { ...envFor(root), TMPDIR: temp } });
    expect(run.stderr).toBe('');
    const diagnostics = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
    expect(failures(diagnostics)).toEqual([]);
    expect(renders(root)).toEqual([expect.stringContaining('image: quay.io/acme/app:1.0')]);
    // The scratch copy is gone, and nothing was written into the user's tree.
    expect(readdirSync(temp)).toEqual([]);
    expect(treeHash(root)).toBe(before);
  });

  it('copies in a dependency its condition turns off: helm refuses to render without it', async () => {
    const root = makeTree({
      'app/Chart.yaml': chart('app', '0.1.0', [
        { name: 'common', repository: 'oci://example/charts', version: '1.x.x', extra: '    condition: common.enabled\n' },
      ]),
      'app/values.yaml': 'common:\n  enabled: false\n',
      'app/templates/pod.yaml': POD('app').replace(/\{\{.*\}\}/, 'quay.io/acme/app:1.0'),
      ...common('common', '1.2.0'),
    });
    const result = await lint({ paths: ['app'], render: true, cwd: root, env: envFor(root) });
    expect(failures(result.diagnostics)).toEqual([]);
    expect(renders(root)).toEqual([expect.stringContaining('image: quay.io/acme/app:1.0')]);
  });

  it('fails with what was looked for and what the tree has when the version is outside the constraint', async () => {
    const root = makeTree({ ...app(), ...common('common', '2.0.0') });
    const [failed, ...rest] = failures((await lint({ paths: ['app'], render: true, cwd: root, env: envFor(root) })).diagnostics);
    expect(rest).toEqual([]);
    expect(failed!.message).toBe(
      'The chart was not rendered, so its manifests were not linted: a dependency the chart declares is not in charts/ (helm dependency build fetches it), and the tree holds none that fits: common 1.x.x: the tree has common 2.0.0 (../common), outside the constraint.',
    );
    // Where Chart.yaml names its repository.
    expect([failed!.file, failed!.line, failed!.column]).toEqual(['app/Chart.yaml', 6, 17]);
  });

  it('says so when the tree has no chart of that name, and names every dependency it lacks', async () => {
    const root = makeTree({
      'app/Chart.yaml': chart('app', '0.1.0', [
        { name: 'redis', repository: 'https://charts.example.com', version: '^22.1.0' },
        { name: 'common', repository: '"@example"', version: '>= 1.2, < 3' },
      ]),
      'app/templates/pod.yaml': POD('app'),
    });
    const [failed] = failures((await lint({ paths: ['app'], render: true, cwd: root, env: envFor(root) })).diagnostics);
    expect(failed!.message).toContain(
      'dependencies the chart declares are not in charts/ (helm dependency build fetches them), and the tree holds none that fits: redis ^22.1.0: the tree has no chart named redis beside the chart or its parent folder; common >= 1.2, < 3: the tree has no chart named common beside the chart or its parent folder.',
    );
  });

  it('resolves the dependencies of a resolved chart too, each from its own place in the tree', async () => {
    const root = makeTree({
      'repo/app/Chart.yaml': chart('app', '0.1.0', [{ name: 'db', repository: 'alias:example', version: '~3.1.0' }]),
      'repo/app/templates/pod.yaml': POD('app'),
      // The highest fitting version wins; a folder spelt differently counts when its Chart.yaml names the chart.
      'repo/db/Chart.yaml': chart('db', '3.1.4', [{ name: 'common', repository: 'oci://example/charts', version: '^1.0.0' }]),
      'repo/db/templates/pod.yaml': POD('db'),
      'repo/db-3.2/Chart.yaml': chart('db', '3.2.0'),
      'repo/db-3.1.9/Chart.yaml': chart('db', '3.1.9', [{ name: 'common', repository: 'oci://example/charts', version: '^1.0.0' }]),
      'repo/db-3.1.9/templates/pod.yaml': POD('db-next'),
      ...common('repo/common', '1.4.0'),
      ...common('repo/common-2', '2.0.0'),
    });
    const result = await lint({ paths: ['repo/app'], render: true, cwd: root, env: envFor(root) });
    expect(failures(result.diagnostics)).toEqual([]);
    const [text] = renders(root);
    expect(text).toContain('# Source: app/charts/db/templates/pod.yaml');
    expect(text).toContain('image: quay.io/acme/db-next:1.0');
    expect(text).toContain('image: quay.io/acme/app:1.0');
  });

  it("leaves a dependency's own dependency the tree lacks to helm, which checks only the chart's", async () => {
    const root = makeTree({
      'repo/app/Chart.yaml': chart('app', '0.1.0', [{ name: 'db', repository: 'oci://example/charts', version: '1.x' }]),
      'repo/app/templates/pod.yaml': POD('app').replace('common.image', 'db.image'),
      'repo/db/Chart.yaml': chart('db', '1.0.0', [{ name: 'absent', repository: 'https://charts.example.com', version: '1.x' }]),
      'repo/db/templates/_images.tpl': '{{- define "db.image" -}}quay.io/acme/{{ .name }}:1.0{{- end -}}\n',
    });
    const result = await lint({ paths: ['repo/app'], render: true, cwd: root, env: envFor(root) });
    expect(failures(result.diagnostics)).toEqual([]);
    expect(renders(root)).toEqual([expect.stringContaining('image: quay.io/acme/app:1.0')]);
  });

  it('follows a dependency loop through the tree once: the chart above is not copied in again', async () => {
    const root = makeTree({
      'repo/a/Chart.yaml': chart('a', '1.0.0', [{ name: 'b', repository: 'oci://example/charts', version: '1.x' }]),
      'repo/a/templates/pod.yaml': POD('a').replace('common.image', 'b.image'),
      'repo/b/Chart.yaml': chart('b', '1.0.0', [{ name: 'a', repository: 'oci://example/charts', version: '1.x' }]),
      'repo/b/templates/_images.tpl': '{{- define "b.image" -}}quay.io/acme/{{ .name }}:1.0{{- end -}}\n',
    });
    const result = await lint({ paths: ['repo/a'], render: true, cwd: root, env: envFor(root) });
    expect(failures(result.diagnostics)).toEqual([]);
    expect(result.internalErrors).toEqual([]);
    expect(renders(root)).toEqual([expect.stringContaining('image: quay.io/acme/a:1.0')]);
  });

  it('looks beside the parent folder too: <repo>/stable/<chart> finds <repo>/common', async () => {
    const root = makeTree({ ...app('repo/stable/app'), ...common('repo/common', '1.0.0') });
    const result = await lint({ paths: ['repo/stable/app'], render: true, cwd: root, env: envFor(root) });
    expect(failures(result.diagnostics)).toEqual([]);
    expect(renders(root)).toEqual([expect.stringContaining('image: quay.io/acme/app:1.0')]);
  });

  it('prefers a vendored copy: the tree is not looked at', async () => {
    const root = makeTree({ ...app(), ...common('app/charts/common', '1.0.0'), 'common/Chart.yaml': 'not: [a chart\n' });
    const result = await lint({ paths: ['app'], render: true, cwd: root, env: envFor(root) });
    expect(failures(result.diagnostics)).toEqual([]);
  });

  it("makes the resolved chart's files part of the render's identity", async () => {
    const root = makeTree({ ...app(), ...common('common', '1.2.0') });
    const { helm, calls } = countingHelm();
    const lintApp = (): Promise<unknown> => lint({ paths: ['app'], render: true, cwd: root, env: envFor(root, helm) });
    await lintApp();
    await lintApp();
    expect(calls()).toBe(1);
    writeFileSync(
      path.join(root, 'common/templates/_images.tpl'),
      '{{- define "common.image" -}}quay.io/acme/{{ .name }}:2.0{{- end -}}\n',
    );
    await lintApp();
    expect(calls()).toBe(2);
    expect(renders(root).some((text) => text.includes('quay.io/acme/app:2.0'))).toBe(true);
  });
});

describe("helm's version constraints (Masterminds semver)", () => {
  it.each([
    ['2.x.x', '2.31.4', true],
    ['2.x.x', '3.0.1', false],
    ['2.X.X', '2.0.0', true],
    ['2', '2.9.0', true],
    ['1.2', '1.3.0', false],
    ['~1.2.3', '1.2.9', true],
    ['~1.2.3', '1.3.0', false],
    ['~1', '1.9.0', true],
    ['^1', '1.99.0', true],
    ['^1.2.3', '2.0.0', false],
    ['^0.2.3', '0.2.9', true],
    ['^0.2.3', '0.3.0', false],
    ['^0.0.3', '0.0.4', false],
    ['>= 1.2, < 3', '2.9.9', true],
    ['>= 1.2, < 3', '3.0.0', false],
    ['>=1.2 <3', '1.1.0', false],
    ['< 1 || >= 4.2', '4.2.0', true],
    ['< 1 || >= 4.2', '2.0.0', false],
    ['1.2 - 1.4.5', '1.4.5', true],
    ['1.2 - 1.4.5', '1.4.6', false],
    ['> 1.2', '1.2.9', false],
    ['> 1.2', '1.3.0', true],
    ['<= 1.2', '1.2.9', true],
    ['!= 1.2.3', '1.2.3', false],
    ['= 1.2.3', 'v1.2.3', true],
    ['*', '7.0.0', true],
    ['>= 0.1.0', '0.1.0-rc.1', false],
    ['>= 0.1.0-0', '0.1.0-rc.1', true],
    ['1.x.x', '1.2.0+build.5', true],
  ])('%s with %s: %s', (constraint, version, expected) => {
    expect(versionSatisfies(version, constraint)).toBe(expected);
  });

  it('reads nothing it does not know as a constraint', () => {
    expect(versionSatisfies('1.0.0', 'latest')).toBeUndefined();
    expect(versionSatisfies('1.0.0', '>= 1.0.0,, ||')).toBeUndefined();
  });
});
