/**
 * The deployment-set rules over manifest streams written here: entrypoint/unresolved-dependency,
 * entrypoint/dependency-cycle and entrypoint/rbac, each failure mode with its rule and line; the set of a
 * render (a lone chart is not a set) and its findings traced to the templates.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { testHelm } from './helpers/helm.js';
import { CHART, makeTree, removeTrees } from './helpers/tree.js';

afterAll(removeTrees);

const RULES = ['entrypoint/unresolved-dependency', 'entrypoint/dependency-cycle', 'entrypoint/rbac'];

interface WorkloadSpec {
  kind?: string;
  name: string;
  namespace?: string;
  labels?: Record<string, string>;
  serviceAccount?: string;
  /** env of an init container named init; a value of `{ field }` is the downward API. */
  env?: [string, string | { field: string } | { configMap: string }][];
  jobLabels?: Record<string, string>;
}

function flow(map: Record<string, string>): string {
  return `{${Object.entries(map)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')}}`;
}

function workload(spec: WorkloadSpec): string {
  const kind = spec.kind ?? 'Deployment';
  const api = kind === 'Job' || kind === 'CronJob' ? 'batch/v1' : kind === 'Pod' ? 'v1' : 'apps/v1';
  const env = (spec.env ?? [])
    .map(([name, value]) =>
      typeof value === 'string'
        ? `            - name: ${name}\n              value: "${value}"\n`
        : 'field' in value
          ? `            - name: ${name}\n              valueFrom: {fieldRef: {fieldPath: ${value.field}}}\n`
          : `            - name: ${name}\n              valueFrom: {configMapKeyRef: {name: ${value.configMap}, key: ns}}\n`,
    )
    .join('');
  const pod =
    `    spec:\n` +
    (spec.serviceAccount ? `      serviceAccountName: ${spec.serviceAccount}\n` : '') +
    (spec.env
      ? `      initContainers:\n        - name: init\n          image: quay.io/airshipit/kubernetes-entrypoint:v1.0.0\n          env:\n${env}`
      : '') +
    `      containers:\n        - name: main\n          image: quay.io/x/y:1.0\n`;
  const metadata = `metadata:\n  name: ${spec.name}\n${spec.namespace ? `  namespace: ${spec.namespace}\n` : ''}${spec.jobLabels ? `  labels: ${flow(spec.jobLabels)}\n` : ''}`;
  const labels = `    metadata:\n      labels: ${flow(spec.labels ?? { app: spec.name })}\n`;
  if (kind === 'Pod') {
    const podSpec = pod.replace(/^ {4}/gm, '');
    return `---\napiVersion: v1\nkind: Pod\n${metadata}  labels: ${flow(spec.labels ?? { app: spec.name })}\n${podSpec}`;
  }
  return `---\napiVersion: ${api}\nkind: ${kind}\n${metadata}spec:\n  template:\n${labels}${pod}`;
}

function service(name: string, selector: Record<string, string> | undefined, extra = '', namespace?: string): string {
  return `---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}spec:\n${selector ? `  selector: ${flow(selector)}\n` : '  ports: [{port: 80}]\n'}${extra}`;
}

function role(kind: 'Role' | 'ClusterRole', name: string, rules: string, namespace?: string): string {
  return `---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}rules:\n${rules}`;
}

function binding(
  kind: 'RoleBinding' | 'ClusterRoleBinding',
  name: string,
  roleKind: string,
  roleName: string,
  account: string,
  namespace?: string,
): string {
  return (
    `---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\n${namespace ? `  namespace: ${namespace}\n` : ''}` +
    `roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ${roleKind}, name: ${roleName}}\nsubjects:\n  - {kind: ServiceAccount, name: ${account}${namespace ? `, namespace: ${namespace}` : ''}}\n`
  );
}

/** The 1-based line of the first occurrence of `text` in `stream` (after `after`, when given). */
function lineOf(stream: string, text: string, after = ''): number {
  const from = after ? stream.indexOf(after) : 0;
  const at = stream.indexOf(text, from);
  if (at < 0) throw new Error(`"${text}" is not in the stream`);
  return stream.slice(0, at).split('\n').length;
}

/** Streams linted as one set, deployed to `default` unless a namespace is given (null: none said, as --manifests alone). */
async function lintStreams(streams: Record<string, string>, options: { config?: string; namespace?: string | null } = {}) {
  const root = makeTree({ ...streams, ...(options.config ? { '.chartlint.yaml': options.config } : {}) });
  const namespace = options.namespace === null ? undefined : (options.namespace ?? 'default');
  const result = await lint({ paths: [], cwd: root, manifests: Object.keys(streams), jobs: 1, namespace });
  expect(result.internalErrors).toEqual([]);
  return result.diagnostics
    .filter((d) => RULES.includes(d.ruleId))
    .map((d) => ({ rule: d.ruleId, id: d.messageId, file: d.file, line: d.line, message: d.message }));
}

const NS_FROM_POD: [string, { field: string }] = ['NAMESPACE', { field: 'metadata.namespace' }];

describe('entrypoint/unresolved-dependency', () => {
  it('says nothing of a stream of one chart (helm template keystone | chartlint --manifests -), unless alone is set', async () => {
    const stream = workload({ name: 'keystone-api', env: [NS_FROM_POD, ['DEPENDENCY_SERVICE', 'mariadb']] }).replace(
      '---\n',
      '---\n# Source: keystone/templates/deployment-api.yaml\n',
    );
    expect(await lintStreams({ 'keystone.yaml': stream })).toEqual([]);
    const alone = await lintStreams(
      { 'keystone.yaml': stream },
      { config: 'rules:\n  entrypoint/unresolved-dependency:\n    options: { alone: true }\n' },
    );
    expect(alone.map((f) => [f.rule, f.id])).toEqual([['entrypoint/unresolved-dependency', 'service']]);
    // A second chart's workloads beside it make a set.
    const other = workload({ name: 'memcached' }).replace('---\n', '---\n# Source: memcached/templates/deployment.yaml\n');
    const set = await lintStreams({ 'keystone.yaml': stream, 'memcached.yaml': other });
    expect(set.map((f) => [f.rule, f.id, f.file])).toEqual([['entrypoint/unresolved-dependency', 'service', 'keystone.yaml']]);
  });

  it('reports a Service, Job, DaemonSet and pods not in the set, each at its item', async () => {
    const stream =
      workload({
        name: 'api',
        env: [
          NS_FROM_POD,
          ['POD_NAME', { field: 'metadata.name' }],
          ['DEPENDENCY_SERVICE', 'db,other:cache'],
          ['DEPENDENCY_JOBS', 'db-sync'],
          ['DEPENDENCY_DAEMONSET', 'ovs-agent'],
          ['DEPENDENCY_POD_JSON', '[{\\"labels\\":{\\"app\\":\\"agent\\"}}]'],
        ],
      }) +
      service('db', { app: 'db' }) +
      workload({ kind: 'StatefulSet', name: 'db' });
    const found = await lintStreams({ 'a.yaml': stream });
    expect(found.map(({ id, line }) => ({ id, line }))).toEqual([
      { id: 'service', line: lineOf(stream, 'db,other:cache') },
      { id: 'job', line: lineOf(stream, 'db-sync') },
      { id: 'daemonset', line: lineOf(stream, 'ovs-agent') },
      { id: 'pod', line: lineOf(stream, 'agent', 'DEPENDENCY_POD_JSON') },
    ]);
    expect(found[0]!.message).toContain('the Service "cache" in namespace "other"');
    expect(found[3]!.message).toContain('a ready pod labelled {app=agent} in namespace "default"');
  });

  it('pins the column to the item inside the value', async () => {
    const stream =
      workload({ name: 'api', env: [['DEPENDENCY_SERVICE', 'db,cache']] }) + service('db', { app: 'db' }) + workload({ name: 'db' });
    const root = makeTree({ 'a.yaml': stream });
    const result = await lint({ paths: [], cwd: root, manifests: ['a.yaml'], jobs: 1 });
    const [finding] = result.diagnostics.filter((d) => d.ruleId === 'entrypoint/unresolved-dependency');
    const line = stream.split('\n')[finding!.line - 1]!;
    expect(line.slice(finding!.column - 1, finding!.endColumn - 1)).toBe('cache');
  });

  it('says a Service whose selector matches no pod template never gets an endpoint, and an ExternalName one never has any', async () => {
    const stream =
      workload({ name: 'api', env: [['DEPENDENCY_SERVICE', 'db,ext']] }) +
      service('db', { app: 'mariadb' }) +
      workload({ kind: 'StatefulSet', name: 'db', labels: { app: 'db' } }) +
      `---\napiVersion: v1\nkind: Service\nmetadata: {name: ext}\nspec: {type: ExternalName, externalName: db.example.com}\n`;
    const found = await lintStreams({ 'a.yaml': stream });
    expect(found.map((f) => f.id)).toEqual(['noEndpoints', 'externalName']);
    expect(found[0]!.message).toContain('whose selector {app=mariadb} matches no pod template');
    expect(found.every((f) => f.line === lineOf(stream, 'db,ext'))).toBe(true);
  });

  it('resolves each name in the namespace kubernetes-entrypoint looks in', async () => {
    // Objects without a namespace are in --namespace; NAMESPACE from the pod is the pod's own; unset is default.
    const objects = service('db', { app: 'db' }) + workload({ kind: 'StatefulSet', name: 'db' });
    const fromPod = workload({ name: 'a', env: [NS_FROM_POD, ['DEPENDENCY_SERVICE', 'db']] });
    const literal = workload({
      name: 'b',
      env: [
        ['NAMESPACE', 'openstack'],
        ['DEPENDENCY_SERVICE', 'db'],
      ],
    });
    const unset = workload({ name: 'c', env: [['DEPENDENCY_SERVICE', 'db']] });
    const written = workload({ name: 'd', env: [['DEPENDENCY_SERVICE', 'openstack:db']] });
    const stream = objects + fromPod + literal + unset + written;
    const found = await lintStreams({ 'a.yaml': stream }, { namespace: 'openstack' });
    expect(found.map((f) => ({ id: f.id, line: f.line }))).toEqual([{ id: 'service', line: lineOf(stream, '"db"', 'name: c') }]);
    expect(found[0]!.message).toContain('in namespace "default"');
  });

  it('leaves alone a Service without a selector, a namespace the manifests do not spell out, and an empty name', async () => {
    const stream =
      workload({ name: 'api', env: [['DEPENDENCY_SERVICE', 'manual']] }) +
      service('manual', undefined) +
      workload({
        name: 'b',
        env: [
          ['NAMESPACE', { configMap: 'site' }],
          ['DEPENDENCY_SERVICE', 'anywhere'],
        ],
      }) +
      workload({ name: 'c', env: [['DEPENDENCY_SERVICE', 'manual,']] });
    expect(await lintStreams({ 'a.yaml': stream })).toEqual([]);
  });

  it('resolves jobs by labels against Jobs and CronJob job templates, and pods by pod-template labels', async () => {
    const stream =
      workload({
        name: 'api',
        env: [
          ['POD_NAME', { field: 'metadata.name' }],
          [
            'DEPENDENCY_JOBS_JSON',
            '[{\\"labels\\":{\\"job\\":\\"sync\\"}},{\\"labels\\":{\\"job\\":\\"rotate\\"}},{\\"labels\\":{\\"job\\":\\"gone\\"}}]',
          ],
          ['DEPENDENCY_POD_JSON', '[{\\"labels\\":{\\"tier\\":\\"agent\\"},\\"requireSameNode\\":true}]'],
        ],
      }) +
      workload({ kind: 'Job', name: 'sync', jobLabels: { job: 'sync' } }) +
      '---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: rotate\nspec:\n  schedule: "0 * * * *"\n  jobTemplate:\n' +
      '    metadata: {labels: {job: rotate}}\n    spec:\n      template:\n        spec:\n          containers: [{name: main, image: quay.io/x/y:1.0}]\n' +
      workload({ kind: 'DaemonSet', name: 'agent', labels: { tier: 'agent', app: 'x' } });
    const found = await lintStreams({ 'a.yaml': stream });
    expect(found.map((f) => f.id)).toEqual(['jobLabels']);
    expect(found[0]!.message).toContain('Jobs labelled {job=gone}');
  });

  it('takes dependencies declared external in its options', async () => {
    const stream = workload({ name: 'api', env: [['DEPENDENCY_SERVICE', 'openstack:mariadb,openstack:rabbitmq,openstack:memcached']] });
    const config =
      'rules:\n  entrypoint/unresolved-dependency:\n    options:\n      external: ["openstack:mariadb*", "openstack:rabbit?q"]\n';
    const found = await lintStreams({ 'a.yaml': stream }, { config });
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('"memcached"')]);
  });

  it('makes one set of several streams', async () => {
    const api = workload({ name: 'api', env: [['DEPENDENCY_SERVICE', 'db']] });
    const db = service('db', { app: 'db' }) + workload({ kind: 'StatefulSet', name: 'db' });
    expect(await lintStreams({ 'api.yaml': api, 'db.yaml': db })).toEqual([]);
    expect((await lintStreams({ 'api.yaml': api })).map((f) => f.file)).toEqual(['api.yaml']);
  });
});

describe('entrypoint/dependency-cycle', () => {
  it('reports a cycle once, at its first member, naming it whole', async () => {
    const stream =
      workload({ name: 'b-api', env: [['DEPENDENCY_JOBS', 'c-sync']] }) +
      service('b-api', { app: 'b-api' }) +
      workload({ kind: 'Job', name: 'c-sync', env: [['DEPENDENCY_SERVICE', 'a-db']] }) +
      service('a-db', { app: 'a-db' }) +
      workload({ kind: 'StatefulSet', name: 'a-db', env: [['DEPENDENCY_SERVICE', 'b-api']] });
    const found = await lintStreams({ 'a.yaml': stream });
    expect(found).toEqual([
      {
        rule: 'entrypoint/dependency-cycle',
        id: 'cycle',
        file: 'a.yaml',
        // The least member by namespace, kind and name: Deployment/b-api, at its dependency on the cycle.
        line: lineOf(stream, '"c-sync"'),
        message:
          'Deployment/b-api waits in a cycle in which nothing ever becomes ready, so every pod in it hangs in Init: Deployment/b-api -(job default:c-sync)-> Job/c-sync -(service default:a-db)-> StatefulSet/a-db -(service default:b-api)-> Deployment/b-api.',
      },
    ]);
  });

  it('reports a workload that waits for its own pods', async () => {
    const stream = workload({
      kind: 'DaemonSet',
      name: 'agent',
      env: [
        ['POD_NAME', { field: 'metadata.name' }],
        ['DEPENDENCY_POD_JSON', '[{\\"labels\\":{\\"app\\":\\"agent\\"},\\"requireSameNode\\":true}]'],
      ],
    });
    const found = await lintStreams({ 'a.yaml': stream });
    expect(found.map((f) => ({ id: f.id, line: f.line }))).toEqual([
      { id: 'cycle', line: lineOf(stream, 'labels', 'DEPENDENCY_POD_JSON') },
    ]);
    expect(found[0]!.message).toContain('DaemonSet/agent -(pod default:app=agent)-> DaemonSet/agent.');
  });

  it('reports each elementary cycle through a shared member', async () => {
    const stream =
      workload({ name: 'hub', env: [['DEPENDENCY_JOBS', 'one,two']] }) +
      service('hub', { app: 'hub' }) +
      workload({ kind: 'Job', name: 'one', env: [['DEPENDENCY_SERVICE', 'hub']] }) +
      workload({ kind: 'Job', name: 'two', env: [['DEPENDENCY_SERVICE', 'hub']] });
    const found = await lintStreams({ 'a.yaml': stream });
    expect(found.map((f) => f.id)).toEqual(['cycle', 'cycle']);
    expect(found.map((f) => f.message.split(': ')[1])).toEqual([
      'Deployment/hub -(job default:one)-> Job/one -(service default:hub)-> Deployment/hub.',
      'Deployment/hub -(job default:two)-> Job/two -(service default:hub)-> Deployment/hub.',
    ]);
  });

  it('reports at most 100 cycles, and says there are more', async () => {
    let stream =
      workload({ name: 'hub', env: [['DEPENDENCY_JOBS', Array.from({ length: 101 }, (_, i) => `j${i}`).join(',')]] }) +
      service('hub', { app: 'hub' });
    for (let i = 0; i < 101; i++) stream += workload({ kind: 'Job', name: `j${i}`, env: [['DEPENDENCY_SERVICE', 'hub']] });
    const found = await lintStreams({ 'a.yaml': stream });
    expect(found.filter((f) => f.id === 'cycle')).toHaveLength(100);
    expect(found.filter((f) => f.id === 'more').map((f) => f.message)).toEqual([
      'More than 100 dependency cycles run through this set; only the first 100 are reported.',
    ]);
  });

  it('sees no cycle where a Service has another workload behind it that starts, or publishes not-ready addresses', async () => {
    const escape =
      workload({ name: 'a', labels: { app: 'shared' }, env: [['DEPENDENCY_SERVICE', 'b']] }) +
      service('shared', { app: 'shared' }) +
      workload({ name: 'a2', labels: { app: 'shared' } }) +
      workload({ name: 'b', env: [['DEPENDENCY_SERVICE', 'shared']] }) +
      service('b', { app: 'b' });
    expect(await lintStreams({ 'a.yaml': escape })).toEqual([]);
    const peers =
      workload({ kind: 'StatefulSet', name: 'galera', env: [['DEPENDENCY_SERVICE', 'galera-discovery']] }) +
      service('galera-discovery', { app: 'galera' }, '  publishNotReadyAddresses: true\n');
    expect(await lintStreams({ 'a.yaml': peers })).toEqual([]);
  });
});

describe('entrypoint/rbac', () => {
  const api = (env: WorkloadSpec['env']): string => workload({ name: 'api', serviceAccount: 'api', env });
  const jobs =
    workload({ kind: 'Job', name: 'sync' }) +
    workload({ kind: 'DaemonSet', name: 'agent' }) +
    service('db', { app: 'db' }) +
    workload({ name: 'db' });

  it('reports the verbs the bound roles do not grant, at the dependency that needs them', async () => {
    const stream =
      api([
        ['DEPENDENCY_JOBS', 'sync'],
        ['DEPENDENCY_DAEMONSET', 'agent'],
        ['POD_NAME', { field: 'metadata.name' }],
      ]) +
      jobs +
      role('Role', 'api', '  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get]\n') +
      binding('RoleBinding', 'api', 'Role', 'api', 'api');
    const found = await lintStreams({ 'a.yaml': stream });
    expect(found.map((f) => ({ id: f.id, line: f.line }))).toEqual([
      { id: 'missing', line: lineOf(stream, '"sync"') },
      { id: 'missing', line: lineOf(stream, '"agent"') },
    ]);
    expect(found[0]!.message).toContain(
      'needs get jobs.batch in namespace "default" for a job dependency (DEPENDENCY_JOBS), which its roles there (Role/api)',
    );
    expect(found[1]!.message).toContain('needs get daemonsets.apps and list pods in namespace "default" for a daemonset dependency');
  });

  it('takes either endpoints or EndpointSlices for a Service, wildcards, and a ClusterRoleBinding', async () => {
    const slices = role('Role', 'api', '  - apiGroups: [discovery.k8s.io]\n    resources: [endpointslices]\n    verbs: [list]\n');
    const ok1 = api([['DEPENDENCY_SERVICE', 'db']]) + jobs + slices + binding('RoleBinding', 'api', 'Role', 'api', 'api');
    expect(await lintStreams({ 'a.yaml': ok1 })).toEqual([]);
    const star = role('ClusterRole', 'reader', '  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: [get, list]\n');
    const ok2 =
      api([
        ['DEPENDENCY_JOBS', 'sync'],
        ['DEPENDENCY_SERVICE', 'db'],
      ]) +
      jobs +
      star +
      binding('ClusterRoleBinding', 'api', 'ClusterRole', 'reader', 'api', 'default');
    expect(await lintStreams({ 'a.yaml': ok2 })).toEqual([]);
    const none = role('Role', 'api', '  - apiGroups: [""]\n    resources: [services]\n    verbs: [get]\n');
    const bad = api([['DEPENDENCY_SERVICE', 'db']]) + jobs + none + binding('RoleBinding', 'api', 'Role', 'api', 'api');
    const found = await lintStreams({ 'a.yaml': bad });
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('needs get endpoints (or list endpointslices.discovery.k8s.io) in namespace "default"'),
    ]);
  });

  it('says nothing where the set cannot know: no binding there, or a role that is not in the set', async () => {
    const unbound =
      api([['DEPENDENCY_JOBS', 'sync']]) + jobs + role('Role', 'api', '  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get]\n');
    expect(await lintStreams({ 'a.yaml': unbound })).toEqual([]);
    const elsewhere = api([['DEPENDENCY_JOBS', 'sync']]) + jobs + binding('RoleBinding', 'api', 'ClusterRole', 'edit', 'api');
    expect(await lintStreams({ 'a.yaml': elsewhere })).toEqual([]);
    // The dependency's namespace has no binding of the account: granted there by something else, maybe.
    const other =
      api([['DEPENDENCY_JOBS', 'infra:sync']]) +
      role('Role', 'api', '  - apiGroups: [""]\n    resources: [pods]\n    verbs: [get]\n') +
      binding('RoleBinding', 'api', 'Role', 'api', 'api');
    const found = await lintStreams({ 'a.yaml': other });
    expect(found.filter((f) => f.rule === 'entrypoint/rbac')).toEqual([]);
  });
});

describe('a rendered set', () => {
  const chart = (name: string, template: string): Record<string, string> => ({
    [`${name}/Chart.yaml`]: CHART(name),
    [`${name}/values.yaml`]: 'images: {}\n',
    [`${name}/templates/workloads.yaml`]: template,
  });
  const api = workload({ name: 'api', env: [NS_FROM_POD, ['DEPENDENCY_SERVICE', 'db']] });
  const db = service('db', { app: 'db' }) + workload({ kind: 'StatefulSet', name: 'db' });

  it('is silent on a lone chart, judges several, and reports at the template', { timeout: 120_000 }, async () => {
    const root = makeTree({ ...chart('api', api), ...chart('other', service('x', { app: 'x' })) });
    const run = async (paths: string[], config?: string) => {
      if (config) writeFileSync(path.join(root, '.chartlint.yaml'), config);
      const result = await lint({ paths, cwd: root, render: true, helm: testHelm(), jobs: 1 });
      expect(result.internalErrors).toEqual([]);
      return result.diagnostics.filter((d) => d.ruleId === 'entrypoint/unresolved-dependency').map((d) => `${d.file}:${d.line}`);
    };
    expect(await run(['api'])).toEqual([]);
    const at = `api/templates/workloads.yaml:${lineOf(api, '- name: init')}`;
    expect(await run(['api', 'other'])).toEqual([at]);
    expect(await run(['api'], 'rules:\n  entrypoint/unresolved-dependency:\n    options: {alone: true}\n')).toEqual([at]);
  });

  it('takes an umbrella with sub-charts for a set', { timeout: 120_000 }, async () => {
    const root = makeTree({
      'openstack/Chart.yaml': `${CHART('openstack')}dependencies:\n  - name: api\n    version: 0.1.0\n    repository: file://charts/api\n  - name: other\n    version: 0.1.0\n    repository: file://charts/other\n`,
      'openstack/values.yaml': 'images: {}\n',
      ...Object.fromEntries(
        Object.entries({ ...chart('api', api), ...chart('other', service('x', { app: 'x' }) + workload({ name: 'x' })) }).map(([k, v]) => [
          `openstack/charts/${k}`,
          v,
        ]),
      ),
    });
    const result = await lint({ paths: ['openstack'], cwd: root, render: true, helm: testHelm(), jobs: 1 });
    expect(result.internalErrors).toEqual([]);
    const found = result.diagnostics.filter((d) => d.ruleId === 'entrypoint/unresolved-dependency');
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining('waits for the Service "db" in namespace "default"')]);
  });

  it('resolves across the charts rendered together', { timeout: 120_000 }, async () => {
    const root = makeTree({ ...chart('api', api), ...chart('db', db) });
    const result = await lint({ paths: ['api', 'db'], cwd: root, render: true, helm: testHelm(), jobs: 1 });
    expect(result.diagnostics.filter((d) => RULES.includes(d.ruleId))).toEqual([]);
  });
});
