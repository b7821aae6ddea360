/**
 * The umbrella/region topology from real dependency edges: file:// paths, vendored charts/<name>/, and a
 * repository served from this machine (SAP's `helm serve` layout) resolved to the same-named sibling.
 */
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
