/**
 * Regression: `--cache` must give exactly the findings of a plain run when the layout around a file changes
 * (a region chart is added, a template starts reading a global, an umbrella drops a dependency) even though
 * the file itself is unchanged.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint, type Diagnostic } from '../src/index.js';
import { CHART, makeTree } from './helpers/tree.js';

const KEYSTONE_TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: keystone-api
spec:
  template:
    spec:
      containers:
        - name: keystone-api
          image: "quay.io/airshipit/keystone:2024.1"
          env:
            - name: REGION
              value: {{ .Values.global.region | quote }}
            - name: DB_PASSWORD
              value: {{ .Values.global.keystone_db_password | quote }}
`;
const NOVA_TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nova-api
spec:
  template:
    spec:
      containers:
        - name: nova-api
          image: "quay.io/airshipit/nova:2024.1"
          env:
            - name: REGION
              value: {{ .Values.global.region | quote }}
`;
const NOVA_TEMPLATE_READING = `${NOVA_TEMPLATE}            - name: KEYSTONE_DB
              value: {{ .Values.global.keystone_db_password | quote }}
`;
const umbrellaChart = (deps: string[]): string =>
  `${CHART('openstack')}dependencies:\n${deps.map((d) => `  - name: ${d}\n    repository: file://../${d}\n    version: 0.1.0\n`).join('')}`;

function baseTree(): string {
  return makeTree({
    'keystone/Chart.yaml': CHART('keystone'),
    'keystone/values.yaml': 'db_password: null\n',
    'keystone/templates/deployment.yaml': KEYSTONE_TEMPLATE,
    'nova/Chart.yaml': CHART('nova'),
    'nova/values.yaml': 'db_password: null\n',
    'nova/templates/deployment.yaml': NOVA_TEMPLATE,
    'openstack/Chart.yaml': umbrellaChart(['keystone', 'nova']),
    'openstack/values.yaml': 'global:\n  region: DEFINED-IN-REGION-CHART\n  keystone_db_password: null\n',
  });
}

function addRegion(root: string): void {
  mkdirSync(path.join(root, 'region-eu'), { recursive: true });
  writeFileSync(
    path.join(root, 'region-eu/Chart.yaml'),
    `${CHART('region-eu')}dependencies:\n  - name: openstack\n    repository: file://../openstack\n    version: 0.1.0\n`,
  );
  writeFileSync(path.join(root, 'region-eu/values.yaml'), 'global:\n  region: eu-de-1\n  keystone_db_password: "a-real-s3cret-value"\n');
}

const key = (d: Diagnostic) => ({ ...d, fingerprint: undefined });
const regionScope = (ds: readonly Diagnostic[]) => ds.filter((d) => d.ruleId === 'secrets/region-scope');

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function setup() {
  const root = baseTree();
  roots.push(root);
  const env = { ...process.env, CHARTLINT_CACHE_DIR: path.join(root, '.cache') };
  const run = (cache: boolean) => lint({ paths: ['.'], cwd: root, env, cache });
  /** A cached run, which must equal a plain run made right after it. */
  const both = async () => {
    const cached = await run(true);
    const plain = await run(false);
    expect(cached.internalErrors).toEqual([]);
    expect(plain.internalErrors).toEqual([]);
    expect(cached.diagnostics.map(key)).toEqual(plain.diagnostics.map(key));
    return plain;
  };
  return { root, run, both };
}

describe('--cache after the layout changes', () => {
  it('adding a region chart: the cached run reports secrets/region-scope as a plain run does', async () => {
    const { root, run, both } = setup();
    const before = await run(false);
    expect(before.internalErrors).toEqual([]);
    expect(regionScope(before.diagnostics)).toEqual([]);
    await run(true); // fill the cache
    expect(readdirSync(path.join(root, '.cache/results'))).toHaveLength(1);

    addRegion(root);
    const after = await both();
    const found = regionScope(after.diagnostics);
    expect(found.map((d) => [d.file, d.messageId, d.line])).toEqual([['region-eu/values.yaml', 'oneReader', 3]]);
    expect(found[0]!.message).toContain('keystone');
  });

  it('a second chart starting to read the global drops the finding in the cached run too', async () => {
    const { root, run, both } = setup();
    addRegion(root);
    await run(true);
    expect(regionScope((await both()).diagnostics)).toHaveLength(1);

    writeFileSync(path.join(root, 'nova/templates/deployment.yaml'), NOVA_TEMPLATE_READING);
    const after = await both();
    expect(regionScope(after.diagnostics)).toEqual([]);
  });

  it('the umbrella dropping a dependency: cached equals plain', async () => {
    const { root, run, both } = setup();
    addRegion(root);
    writeFileSync(path.join(root, 'nova/templates/deployment.yaml'), NOVA_TEMPLATE_READING);
    await run(true);
    expect(regionScope((await both()).diagnostics)).toEqual([]);

    // openstack is no umbrella any more (one dependency), so region-eu is no region.
    writeFileSync(path.join(root, 'openstack/Chart.yaml'), umbrellaChart(['keystone']));
    const after = await both();
    const plainFresh = await run(false);
    expect(after.diagnostics.map(key)).toEqual(plainFresh.diagnostics.map(key));
  });
});
