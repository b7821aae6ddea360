/**
 * The umbrella/region topology from real dependency edges: file:// paths, vendored charts/<name>/, and a
 * repository served from this machine (SAP's `helm serve` layout) resolved to the same-named sibling.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { topologyFact } from '../src/facts/topology.js';
import { lint } from '../src/index.js';
import { loadChart } from '../src/sources/chart-info.js';
import { CHART, makeTree } from './helpers/tree.js';

const SERVED = 'http://localhost:8879/charts';
const requirements = (...names: string[]) =>
  `dependencies:\n${names.map((name) => `  - name: ${name}\n    repository: ${SERVED}\n    version: 0.1.0\n`).join('')}`;

/** A SAP-like tree: region -> openstack -> keystone, nova (each with templates reading one global). */
function sapTree(repository: (...names: string[]) => string): string {
  return makeTree({
    'keystone/Chart.yaml': CHART('keystone'),
    'keystone/values.yaml': 'debug: false\n',
    'keystone/templates/cm.yaml': 'data:\n  db: {{ .Values.global.keystone_db_password }}\n  region: {{ .Values.global.region }}\n',
    'nova/Chart.yaml': CHART('nova'),
    'nova/values.yaml': 'debug: false\n',
    'nova/templates/cm.yaml': 'data:\n  region: {{ .Values.global.region }}\n',
    'openstack/Chart.yaml': CHART('openstack'),
    'openstack/requirements.yaml': repository('keystone', 'nova'),
    'openstack/values.yaml': 'global:\n  region: eu-de-1\n',
    'region-eu/Chart.yaml': CHART('region-eu'),
    'region-eu/requirements.yaml': repository('openstack'),
    'region-eu/values.yaml': 'global:\n  keystone_db_password: a-real-s3cret-value\n',
  });
}

const regionScope = async (cwd: string, paths: string[]) =>
  (await lint({ paths, cwd })).diagnostics
    .filter((d) => d.ruleId === 'secrets/region-scope')
    .map((d) => `${d.file}:${d.line} ${d.messageId}`);

describe('the chart topology', () => {
  it('follows dependencies served from localhost to the same-named sibling charts', async () => {
    const root = sapTree(requirements);
    expect(await regionScope(root, ['.'])).toEqual(['region-eu/values.yaml:2 oneReader']);
    // The region's charts are found through its edges, whatever the run names.
    expect(await regionScope(root, ['region-eu'])).toEqual(['region-eu/values.yaml:2 oneReader']);
  });

  it('does not match a dependency from a remote repository by name', async () => {
    const remote = (...names: string[]) => requirements(...names).replaceAll(SERVED, 'https://charts.example.com');
    const root = sapTree(remote);
    // No edge, so no region: the sensitive global is not judged by the region's placement rule.
    expect(await regionScope(root, ['.'])).toEqual([]);
  });

  it('reads a vendored sub-chart under charts/<name>/ as an edge', async () => {
    const served = (...names: string[]) =>
      `dependencies:\n${names.map((n) => `  - name: ${n}\n    version: 0.1.0\n    repository: https://charts.example.com\n`).join('')}`;
    const root = makeTree({
      // values/global-scope is opt-in (off in chartlint:recommended, which charts not on helm-toolkit get).
      '.chartlint.yaml': 'extends: chartlint:openstack-helm\n',
      'region/Chart.yaml': `${CHART('region')}dependencies:\n  - name: umbrella\n    version: 0.1.0\n    repository: file://../umbrella\n`,
      'umbrella/Chart.yaml': `${CHART('umbrella')}${served('a', 'b')}`,
      'umbrella/values.yaml': 'a:\n  replicas: 3\nb:\n  replicas: 3\n',
      'umbrella/charts/a/Chart.yaml': CHART('a'),
      'umbrella/charts/b/Chart.yaml': CHART('b'),
    });
    const result = await lint({ paths: ['.'], cwd: root });
    // The umbrella's per-chart sections are found through its vendored charts.
    expect(result.diagnostics.filter((d) => d.ruleId === 'values/global-scope').map((d) => d.path)).toEqual(['a.replicas', 'b.replicas']);
  });

  it('takes a chart with only its own vendored sub-charts for a self-contained chart, not an umbrella', async () => {
    // kube-prometheus-stack, loki: `<sub-chart>.enabled` and shared defaults are the chart's own API.
    const root = makeTree({
      // With values/global-scope on (it is opt-in), so that its silence here means something.
      '.chartlint.yaml': 'extends: chartlint:openstack-helm\n',
      'stack/Chart.yaml': `${CHART('stack')}dependencies:\n  - name: a\n    version: 0.1.0\n    repository: https://charts.example.com\n  - name: b\n    version: 0.1.0\n    repository: https://charts.example.com\n`,
      'stack/values.yaml': 'global:\n  clusterDomain: cluster.local\na:\n  enabled: true\nb:\n  enabled: true\n',
      'stack/charts/a/Chart.yaml': CHART('a'),
      'stack/charts/b/Chart.yaml': CHART('b'),
    });
    const result = await lint({ paths: ['stack'], cwd: root });
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('values/') || d.ruleId.startsWith('secrets/'))).toEqual([]);
  });
});

describe('the remedy secrets/in-chart-defaults names', () => {
  const password = 'endpoints:\n  identity:\n    auth:\n      admin:\n        password: fake-pw-0000-0000-0000\n';
  const remedyOf = async (files: Record<string, string>) => {
    const root = makeTree(files);
    const result = await lint({ paths: ['.'], cwd: root });
    return result.diagnostics.find((d) => d.ruleId === 'secrets/in-chart-defaults' && d.file === 'keystone/values.yaml')!.message;
  };

  it('is region values for a chart an umbrella of the tree depends on', async () => {
    const message = await remedyOf({
      'keystone/Chart.yaml': CHART('keystone'),
      'keystone/values.yaml': password,
      'nova/Chart.yaml': CHART('nova'),
      'openstack/Chart.yaml': `${CHART('openstack')}dependencies:\n${['keystone', 'nova'].map((c) => `  - name: ${c}\n    version: 0.1.0\n    repository: file://../${c}\n`).join('')}`,
      'openstack/values.yaml': 'global:\n  region: DEFINED-IN-REGION-CHART\n',
    });
    expect(message).toMatch(/set it in the region values/);
  });

  it('is the deploy-time values for a plain chart, which has no region values to point at', async () => {
    const message = await remedyOf({ 'keystone/Chart.yaml': CHART('keystone'), 'keystone/values.yaml': password });
    expect(message).toMatch(/leave it null here and supply it at deploy time/);
    expect(message).not.toMatch(/region/);
  });
});

describe('dependency folders', () => {
  it('take a vendored charts/<name>/ for a file:// path that is not there, as helm renders what charts/ holds', async () => {
    const root = makeTree({
      'nova/Chart.yaml': `${CHART('nova')}dependencies:\n  - name: helm-toolkit\n    repository: file://../helm-toolkit\n`,
      'nova/charts/helm-toolkit/Chart.yaml': CHART('helm-toolkit'),
      'nova/charts/other/Chart.yaml': CHART('not-helm-toolkit'),
    });
    const { chart } = await loadChart(path.join(root, 'nova'));
    const topology = await topologyFact.build({ charts: [chart], wholeCharts: [chart], render: undefined }, () => {
      throw new Error('topology needs no other fact');
    });
    expect(topology.charts[chart.dir]!.dependencies).toEqual([
      { name: 'helm-toolkit', key: 'helm-toolkit', dir: path.join(root, 'nova/charts/helm-toolkit') },
    ]);
  });
});

/** Every placement rule on, whatever the profile: these fixtures pin the gating, not the severities. */
const PLACEMENT_ON = 'rules:\n  values/global-scope: info\n  secrets/region-scope: warning\n  secrets/in-shared-globals: error\n';
const PLACEMENT_RULES = new Set(['values/global-scope', 'secrets/region-scope', 'secrets/in-shared-globals']);
const placementFindings = async (root: string, paths: string[] = ['.']) =>
  (await lint({ paths, cwd: root })).diagnostics
    .filter((d) => PLACEMENT_RULES.has(d.ruleId))
    .map((d) => `${d.ruleId} ${d.file}:${d.line} ${d.path ?? ''}`)
    .sort();
const rolesOf = async (root: string, dirs: string[]) => {
  const charts = await Promise.all(dirs.map(async (dir) => (await loadChart(path.join(root, dir))).chart));
  const topology = await topologyFact.build({ charts, wholeCharts: charts, render: undefined }, () => {
    throw new Error('topology needs no other fact');
  });
  return Object.fromEntries(Object.values(topology.charts).map((chart) => [path.relative(root, chart.dir), chart.role]));
};
const dep = (name: string, repository: string, extra = '') =>
  `  - name: ${name}\n    version: 0.1.0\n    repository: ${repository}\n${extra}`;
const readsGlobal = (...keys: string[]) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n${keys.map((k) => `  ${k}: {{ .Values.global.${k} | quote }}\n`).join('')}`;

describe('generic charts that bundle sub-charts are not umbrellas', () => {
  it('a chart over a library and sibling charts it switches with condition: (bitnami-style, file://)', async () => {
    const root = makeTree({
      '.chartlint.yaml': PLACEMENT_ON,
      'app/Chart.yaml': `${CHART('app')}dependencies:\n${dep('common', 'file://../common', '    tags:\n      - bitnami-common\n')}${dep('postgresql', 'file://../postgresql', '    condition: postgresql.enabled\n')}${dep('redis', 'file://../redis', '    condition: redis.enabled\n')}`,
      // Its own global: is its public API as a sub-chart; `<dependency>.enabled` are switches.
      'app/values.yaml':
        'global:\n  imageRegistry: ""\n  storageClass: ""\n  clusterDomain: cluster.local\n  postgresql:\n    auth:\n      postgresPassword: Xq7vPlantedGlobalPw\npostgresql:\n  enabled: true\n  architecture: standalone\n  auth:\n    password: Xq7vPlantedSamePw\nredis:\n  enabled: true\n  architecture: standalone\n  auth:\n    password: Xq7vPlantedSamePw\n',
      'app/templates/deployment.yaml': readsGlobal('imageRegistry'),
      'common/Chart.yaml': `${CHART('common')}type: library\n`,
      'common/templates/_names.tpl': '{{- define "common.names.name" -}}x{{- end -}}\n',
      'postgresql/Chart.yaml': CHART('postgresql'),
      'postgresql/values.yaml': 'global:\n  storageClass: ""\narchitecture: standalone\n',
      'postgresql/templates/sts.yaml': readsGlobal('storageClass', 'clusterDomain'),
      'redis/Chart.yaml': CHART('redis'),
      'redis/values.yaml': 'global:\n  imageRegistry: ""\narchitecture: standalone\n',
      'redis/templates/sts.yaml': readsGlobal('imageRegistry'),
    });
    expect(await rolesOf(root, ['app', 'common', 'postgresql', 'redis'])).toEqual({
      app: 'chart',
      common: 'chart',
      postgresql: 'chart',
      redis: 'chart',
    });
    expect(await placementFindings(root)).toEqual([]);
    expect(await placementFindings(root, ['app'])).toEqual([]);
  });

  it('a wrapper around an upstream chart whose vendored sub-charts are switched by condition: (kube-prometheus-stack)', async () => {
    const root = makeTree({
      '.chartlint.yaml': PLACEMENT_ON,
      'platform/Chart.yaml': `${CHART('platform')}dependencies:\n${dep('kube-prometheus-stack', 'file://../kube-prometheus-stack')}`,
      'platform/values.yaml':
        'kube-prometheus-stack:\n  grafana:\n    enabled: true\n    replicas: 1\n    adminPassword: Xq7vPlantedSamePw\n  kube-state-metrics:\n    enabled: true\n    replicas: 1\n    adminPassword: Xq7vPlantedSamePw\n',
      'platform/templates/cm.yaml': readsGlobal('rbac'),
      'kube-prometheus-stack/Chart.yaml': `${CHART('kube-prometheus-stack')}dependencies:\n${dep('grafana', 'https://grafana.github.io/helm-charts', '    condition: grafana.enabled\n')}${dep('kube-state-metrics', 'https://prometheus-community.github.io/helm-charts', '    condition: kubeStateMetrics.enabled\n')}`,
      'kube-prometheus-stack/values.yaml':
        'global:\n  rbac:\n    create: true\n  imageRegistry: ""\ngrafana:\n  enabled: true\nkubeStateMetrics:\n  enabled: true\n',
      'kube-prometheus-stack/templates/prometheus.yaml': readsGlobal('rbac'),
      'kube-prometheus-stack/charts/grafana/Chart.yaml': CHART('grafana'),
      'kube-prometheus-stack/charts/grafana/templates/deployment.yaml': readsGlobal('imageRegistry'),
      'kube-prometheus-stack/charts/kube-state-metrics/Chart.yaml': CHART('kube-state-metrics'),
      'kube-prometheus-stack/charts/kube-state-metrics/templates/deployment.yaml': readsGlobal('imageRegistry'),
    });
    const roles = await rolesOf(root, ['platform', 'kube-prometheus-stack']);
    expect(Object.values(roles).every((role) => role === 'chart')).toBe(true);
    expect(await placementFindings(root)).toEqual([]);
  });

  it('a chart above a chart with templates of its own over two sibling charts is no region', async () => {
    const root = makeTree({
      '.chartlint.yaml': PLACEMENT_ON,
      'site/Chart.yaml': `${CHART('site')}dependencies:\n${dep('app', 'file://../app')}`,
      'site/values.yaml': 'app:\n  api:\n    replicas: 2\n  worker:\n    replicas: 2\n',
      'site/templates/ingress.yaml': readsGlobal('domain'),
      'app/Chart.yaml': `${CHART('app')}dependencies:\n${dep('api', 'file://../api')}${dep('worker', 'file://../worker')}`,
      'app/values.yaml': 'global:\n  domain: example.com\n  only_api: x\napi:\n  replicas: 2\nworker:\n  replicas: 2\n',
      'app/templates/cm.yaml': readsGlobal('domain'),
      'api/Chart.yaml': CHART('api'),
      'api/templates/cm.yaml': readsGlobal('domain', 'only_api'),
      'worker/Chart.yaml': CHART('worker'),
      'worker/templates/cm.yaml': readsGlobal('domain'),
    });
    expect(await rolesOf(root, ['site'])).toEqual({ site: 'chart', app: 'chart', api: 'chart', worker: 'chart' });
    expect(await placementFindings(root)).toEqual([]);
  });

  it('a chart with templates of its own over several sibling charts, with no region, is a chart', async () => {
    const root = makeTree({
      '.chartlint.yaml': PLACEMENT_ON,
      'bundle/Chart.yaml': `${CHART('bundle')}dependencies:\n${dep('common', 'file://../common')}${dep('worker', 'file://../worker')}`,
      'bundle/values.yaml':
        'global:\n  api_token: Xq7vPlantedGlobalTok\n  only_worker: fast\ncommon:\n  replicas: 2\nworker:\n  replicas: 2\n',
      'bundle/templates/deployment.yaml': readsGlobal('api_token'),
      'common/Chart.yaml': CHART('common'),
      'common/templates/cm.yaml': readsGlobal('api_token'),
      'worker/Chart.yaml': CHART('worker'),
      'worker/templates/cm.yaml': readsGlobal('only_worker'),
    });
    expect((await rolesOf(root, ['bundle'])).bundle).toBe('chart');
    expect(await placementFindings(root)).toEqual([]);
    // Without templates, a chart that bundles others for convenience is still a chart ...
    rmSync(path.join(root, 'bundle/templates'), { recursive: true });
    expect((await rolesOf(root, ['bundle'])).bundle).toBe('chart');
    expect(await placementFindings(root)).toEqual([]);
    // ... until its values leave a value for a region to set: an abstract region, the SAP umbrella with no region in the run.
    writeFileSync(
      path.join(root, 'bundle/values.yaml'),
      `${readFileSync(path.join(root, 'bundle/values.yaml'), 'utf8')}region: DEFINED-IN-REGION-CHART\n`,
    );
    expect((await rolesOf(root, ['bundle'])).bundle).toBe('umbrella');
    expect(await placementFindings(root)).toEqual([
      'secrets/in-shared-globals bundle/values.yaml:2 global.api_token',
      'values/global-scope bundle/values.yaml:3 global.only_worker',
      'values/global-scope bundle/values.yaml:5 common.replicas',
      'values/global-scope bundle/values.yaml:7 worker.replicas',
    ]);
  });
});

describe('the SAP layout', () => {
  const tagged = (name: string) => dep(name, SERVED, `    tags:\n      - ${name}\n`);
  const sap = (umbrellaExtra = '') =>
    makeTree({
      '.chartlint.yaml': PLACEMENT_ON,
      'postgres/Chart.yaml': CHART('postgres'),
      'postgres/templates/sts.yaml': readsGlobal('region'),
      'keystone/Chart.yaml': CHART('keystone'),
      // Helm 2 reads a condition from the top chart's values: the region's.
      'keystone/requirements.yaml': `dependencies:\n${dep('postgres', SERVED)}${dep('audit', SERVED, '    condition: openstack.keystone.audit.enabled\n')}`,
      // A chart's own global: defaults are its API, not a shared global.
      'keystone/values.yaml': 'global:\n  token_provider: fernet\n',
      'keystone/templates/cm.yaml': readsGlobal('region', 'token_provider', 'keystone_db_password'),
      'nova/Chart.yaml': CHART('nova'),
      'nova/requirements.yaml': `dependencies:\n${dep('postgres', SERVED)}${dep('audit', SERVED, '    condition: openstack.nova.audit.enabled\n')}`,
      'nova/templates/cm.yaml': readsGlobal('region'),
      'audit/Chart.yaml': CHART('audit'),
      'audit/templates/cm.yaml': readsGlobal('region'),
      'openstack/Chart.yaml': CHART('openstack'),
      'openstack/requirements.yaml': `dependencies:\n${tagged('keystone')}${tagged('nova')}${umbrellaExtra}`,
      'openstack/values.yaml':
        'global:\n  region: DEFINED-IN-REGION-CHART\n  token_provider: fernet\ntags:\n  keystone: true\n  nova: true\nkeystone:\n  enabled: true\n  debug: true\n  postgres:\n    enabled: true\nnova:\n  enabled: true\n  debug: true\n  postgres:\n    enabled: true\n',
      'region-eu/Chart.yaml': CHART('region-eu'),
      'region-eu/requirements.yaml': `dependencies:\n${dep('openstack', SERVED)}`,
      'region-eu/values.yaml':
        'global:\n  keystone_db_password: Xq7vRegionKeystoneOnly\nopenstack:\n  keystone:\n    audit:\n      enabled: true\n    db_password: Xq7vRegionSamePassword\n  nova:\n    audit:\n      enabled: true\n    db_password: Xq7vRegionSamePassword\n',
    });

  it('still reports, with switches (`<dependency>.enabled`, conditions, tags) read as switches, not values', async () => {
    const root = sap();
    expect(await rolesOf(root, ['region-eu'])).toMatchObject({ openstack: 'umbrella', 'region-eu': 'region', keystone: 'chart' });
    const expected = [
      'secrets/region-scope region-eu/values.yaml:11 openstack.nova.db_password',
      'secrets/region-scope region-eu/values.yaml:2 global.keystone_db_password',
      'secrets/region-scope region-eu/values.yaml:7 openstack.keystone.db_password',
      'values/global-scope openstack/values.yaml:14 nova.debug',
      'values/global-scope openstack/values.yaml:3 global.token_provider',
      'values/global-scope openstack/values.yaml:9 keystone.debug',
    ];
    expect(await placementFindings(root)).toEqual(expected);
    // Each chart linted alone finds its own tree.
    expect(await placementFindings(root, ['openstack'])).toEqual(expected.filter((f) => f.includes(' openstack/')));
    expect(await placementFindings(root, ['region-eu'])).toEqual(expected.filter((f) => f.includes(' region-eu/')));
  });

  it('counts `index .Values.global "key"` as a read, and knows nothing when a chart hands `.Values.global` on whole', async () => {
    const root = sap();
    const oneReaders = async () => (await placementFindings(root)).filter((f) => f.includes(' global.'));
    expect(await oneReaders()).toEqual([
      'secrets/region-scope region-eu/values.yaml:2 global.keystone_db_password',
      'values/global-scope openstack/values.yaml:3 global.token_provider',
    ]);
    writeFileSync(path.join(root, 'nova/templates/cm.yaml'), 'data:\n  provider: {{ index .Values.global "token_provider" | quote }}\n');
    expect(await oneReaders()).toEqual(['secrets/region-scope region-eu/values.yaml:2 global.keystone_db_password']);
    // Where the whole global goes, any key may be read.
    writeFileSync(
      path.join(root, 'nova/templates/cm.yaml'),
      'data:\n  image: {{ include "common.image" (dict "global" .Values.global) }}\n',
    );
    expect(await oneReaders()).toEqual([]);
  });

  it('does not count the readers of a global when a chart of the tree comes from elsewhere', async () => {
    // What the remote chart's templates read is unknown, so "only keystone reads it" cannot be known.
    const root = sap(dep('designate', 'https://charts.example.com'));
    const found = await placementFindings(root);
    expect(found.filter((f) => f.includes('global.'))).toEqual([]);
    expect(found).toContain('values/global-scope openstack/values.yaml:9 keystone.debug');
  });
});
