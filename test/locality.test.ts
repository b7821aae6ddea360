/**
 * Findings do not depend on unrelated charts: a chart's findings are the same whether it is linted alone
 * or together with every other fixture and an unrelated tree whose chart names collide with the fixtures'
 * chart and dependency names. (Deployment-scope rules judge the whole run, so theirs are left out.)
 */
import fg from 'fast-glob';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules, lint, type Diagnostic, type LintResult } from '../src/index.js';
import { makeTree } from './helpers/tree.js';

const root = path.resolve(import.meta.dirname, '..');
const deploymentRules = new Set(allRules.filter((rule) => rule.meta.scope === 'deployment').map((rule) => rule.id));

const chartDirs = fg
  .sync('charts-fixtures/**/Chart.yaml', { cwd: root, ignore: ['**/templates/**', 'charts-fixtures/render/**'] })
  .map((file) => path.posix.dirname(file))
  .sort();

const chart = (name: string, deps: { name: string; repository: string }[] = []): string =>
  `apiVersion: v2\nname: ${name}\nversion: 9.9.9\n` +
  (deps.length
    ? `dependencies:\n${deps.map((d) => `  - name: ${d.name}\n    repository: ${d.repository}\n    version: 9.9.9\n`).join('')}`
    : '');

const template = (name: string, globals: string[]): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          env:\n` +
  globals.map((g) => `            - name: ${g.toUpperCase()}\n              value: {{ .Values.global.${g} | quote }}\n`).join('');

const REMOTE = 'https://charts.example.com/stable';
const SERVED = 'http://localhost:8879/charts';
const fileDep = (name: string) => ({ name, repository: `file://../${name}` });

/** An unrelated repository whose chart names are the fixtures' chart and dependency names. */
const UNRELATED: Record<string, string> = {
  'keystone/Chart.yaml': chart('keystone'),
  'keystone/values.yaml': 'images:\n  tags:\n    keystone_api: docker.io/openstackhelm/keystone:latest\nglobal_like: 1\n',
  // It reads globals the fixtures' keystone reads too, and others: a mixed-up reader set would change findings.
  'keystone/templates/deployment.yaml': template('keystone-api', [
    'keystone_only_secret',
    'shared_secret',
    'rabbitmq_default_pass',
    'keystone_only_setting',
  ]),
  'nova/Chart.yaml': chart('nova'),
  'nova/values.yaml': 'db_password: null\n',
  'nova/templates/deployment.yaml': template('nova-api', ['keystone_only_secret', 'keystone_only_setting', 'region']),
  'helm-toolkit/Chart.yaml': chart('helm-toolkit'),
  'helm-toolkit/values.yaml': '{}\n',
  'openstack/Chart.yaml': chart('openstack', [fileDep('keystone'), fileDep('nova'), { name: 'helm-toolkit', repository: REMOTE }]),
  'openstack/values.yaml': 'global:\n  region: somewhere\n  shared_secret: null\n',
  'region-eu/Chart.yaml': chart('region-eu', [fileDep('openstack')]),
  'region-eu/values.yaml': 'global:\n  region: eu-x\n  keystone_only_secret: Unrelated0Region0Secret\n',
  // Depends by name, from a remote repository, on charts named like the fixtures'.
  'consumer/Chart.yaml': chart('consumer', [
    { name: 'openstack', repository: REMOTE },
    { name: 'keystone', repository: REMOTE },
  ]),
  'consumer/values.yaml': 'openstack:\n  keystone:\n    db_password: null\n',
  // An umbrella-looking chart whose dependencies are named like the fixtures' charts.
  'looks-like-umbrella/Chart.yaml': chart('looks-like-umbrella', [
    { name: 'keystone', repository: REMOTE },
    { name: 'nova', repository: REMOTE },
    { name: 'openstack', repository: REMOTE },
    { name: 'region-eu', repository: REMOTE },
    { name: 'helm-toolkit', repository: REMOTE },
  ]),
  'looks-like-umbrella/values.yaml': 'global:\n  shared_secret: null\n',
  // Served from this machine: resolved to the same-named siblings of this tree only.
  'served/Chart.yaml': chart('served', [
    { name: 'keystone', repository: SERVED },
    { name: 'nova', repository: SERVED },
  ]),
  'served/values.yaml': 'global:\n  region: served\n',
  // Fixture chart names that are folders' names elsewhere.
  'valid-keystone/Chart.yaml': chart('keystone', [{ name: 'helm-toolkit', repository: SERVED }]),
  'valid-keystone/values.yaml': 'images:\n  tags:\n    keystone_api: quay.io/airshipit/keystone:2024.1\n',
  'memcached/Chart.yaml': chart('memcached', [{ name: 'helm-toolkit', repository: 'file://../helm-toolkit' }]),
  'memcached/values.yaml': '{}\n',
};

const COMPARED = ['ruleId', 'file', 'line', 'column', 'endLine', 'endColumn', 'messageId', 'message'] as const;
const comparable = (ds: readonly Diagnostic[], inside: string) =>
  ds
    .filter((d) => !deploymentRules.has(d.ruleId) && (d.file === inside || d.file.startsWith(`${inside}/`)))
    .map((d) => Object.fromEntries(COMPARED.map((k) => [k, d[k]])));

let scratch: string;
let together: LintResult;

beforeAll(async () => {
  // Inside the repository (gitignored), so that one run lints it with the fixtures under the repo's config.
  expect(readFileSync(path.join(root, '.gitignore'), 'utf8').split('\n')).toContain('scratch/');
  scratch = path.join(root, 'scratch', `locality-${process.pid}`);
  for (const [name, content] of Object.entries(UNRELATED)) {
    mkdirSync(path.dirname(path.join(scratch, name)), { recursive: true });
    writeFileSync(path.join(scratch, name), content);
  }
  together = await lint({ paths: ['charts-fixtures', path.relative(root, scratch)], cwd: root });
  expect(together.internalErrors).toEqual([]);
  expect(together.configFile).toBe(path.join(root, '.chartlint.yaml'));
}, 60_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('findings do not depend on unrelated charts', () => {
  it('finds the fixture charts', () => {
    expect(chartDirs.length).toBeGreaterThan(15);
    expect(chartDirs).toContain('charts-fixtures/secrets-umbrella/region-eu');
  });

  it('the unrelated tree was linted in the same run', () => {
    const scratchRel = path.relative(root, scratch).split(path.sep).join('/');
    expect(together.chartList.some((c) => c.dir.startsWith(scratchRel))).toBe(true);
  });

  it.each(chartDirs)('%s alone = with everything else', async (dir) => {
    const alone = await lint({ paths: [dir], cwd: root });
    expect(alone.internalErrors).toEqual([]);
    expect(alone.configFile).toBe(path.join(root, '.chartlint.yaml'));
    expect(comparable(together.diagnostics, dir)).toEqual(comparable(alone.diagnostics, dir));
  });
});

describe('a region beside an unrelated repository with a chart named like its umbrella', () => {
  const region = 'charts-fixtures/secrets-umbrella/region-eu';
  let other: string;
  beforeAll(() => {
    other = makeTree({
      'openstack/Chart.yaml': chart('openstack', [fileDep('keystone'), fileDep('nova')]),
      'openstack/values.yaml': 'global:\n  region: elsewhere\n',
      'keystone/Chart.yaml': chart('keystone'),
      'keystone/templates/deployment.yaml': template('keystone-api', ['keystone_only_secret', 'shared_secret']),
      'nova/Chart.yaml': chart('nova'),
      'nova/templates/deployment.yaml': template('nova-api', ['keystone_only_secret']),
      'region-eu/Chart.yaml': chart('region-eu', [fileDep('openstack')]),
      'region-eu/values.yaml': 'global:\n  keystone_only_secret: Other0Repo0Secret0Value\n',
    });
  });
  afterAll(() => rmSync(other, { recursive: true, force: true }));

  it('gives the same errors (and findings) for the region alone and with the other repository', async () => {
    const alone = await lint({ paths: [region], cwd: root });
    const withOther = await lint({ paths: [region, other], cwd: root });
    expect(withOther.internalErrors).toEqual([]);
    const errors = (ds: readonly Diagnostic[]) =>
      comparable(
        ds.filter((d) => d.severity === 'error'),
        region,
      );
    expect(errors(withOther.diagnostics)).toEqual(errors(alone.diagnostics));
    expect(comparable(withOther.diagnostics, region)).toEqual(comparable(alone.diagnostics, region));
    // The region still sees its own umbrella: the one-reader finding of the fixture is there.
    expect(
      alone.diagnostics.some(
        (d) => d.file === `${region}/values.yaml` && d.ruleId === 'secrets/region-scope' && d.messageId === 'oneReader',
      ),
    ).toBe(true);
  });

  it('and the same with the other repository named first', async () => {
    const alone = await lint({ paths: [region], cwd: root });
    const withOther = await lint({ paths: [other, region], cwd: root });
    expect(comparable(withOther.diagnostics, region)).toEqual(comparable(alone.diagnostics, region));
  });
});
