/**
 * src/entrypoint/env.ts: a container's kubernetes-entrypoint configuration read exactly as
 * kubernetes-entrypoint reads its environment (split on `,` then `:`, no trimming, Go's JSON decoding).
 */
import { describe, expect, it } from 'vitest';
import {
  decodeCustomResources,
  decodeJobsJson,
  decodePodJson,
  parseJson,
  podNameMissing,
  readEntrypoint,
  splitCommand,
  splitDependencyList,
  valueSpan,
  baseNamespace,
  type EntrypointReading,
} from '../src/entrypoint/env.js';
import path from 'node:path';
import { lint } from '../src/index.js';
import { parseYamlValues, type YamlMap } from '../src/sources/yaml.js';
import { compare, readExpectations } from './helpers/expectations.js';
import { testHelm } from './helpers/helm.js';
import { makeTree } from './helpers/tree.js';

const LIMITS = { maxExpandedNodes: 100_000, maxNestingDepth: 256 };

/** A container map parsed from YAML text (the container's own keys at column 0). */
async function container(text: string): Promise<{ node: YamlMap; text: string }> {
  const { root } = await parseYamlValues(text, LIMITS);
  if (root?.kind !== 'map') throw new Error('not a map');
  return { node: root, text };
}

async function read(text: string): Promise<EntrypointReading> {
  const reading = readEntrypoint((await container(text)).node);
  if (!reading) throw new Error('not an entrypoint container');
  return reading;
}

describe('splitDependencyList (SplitEnvToDeps)', () => {
  it('splits on commas only, keeping spaces and empty items', () => {
    expect(splitDependencyList('')).toEqual([]);
    expect(splitDependencyList('a, b,,c,').map((i) => [i.text, i.name, i.outcome])).toEqual([
      ['a', 'a', 'dependency'],
      [' b', ' b', 'dependency'],
      ['', '', 'dependency'],
      ['c', 'c', 'dependency'],
      ['', '', 'dependency'],
    ]);
    // A colon is not a list separator (the README says it is).
    expect(splitDependencyList('a:b').map((i) => [i.namespace, i.name])).toEqual([['a', 'b']]);
  });

  it('skips `a:b:c` and `:name`, and keeps `ns:` with an empty name', () => {
    const [many, missing, empty, ok] = splitDependencyList('a:b:c,:name,ns:,openstack:mariadb');
    expect([many!.outcome, many!.text]).toEqual(['too-many-parts', 'a:b:c']);
    expect([missing!.outcome, missing!.text]).toEqual(['missing-namespace', ':name']);
    expect([empty!.outcome, empty!.namespace, empty!.name]).toEqual(['dependency', 'ns', '']);
    expect([ok!.namespace, ok!.name]).toEqual(['openstack', 'mariadb']);
  });

  it('gives the range of each item, its namespace and its name in the value', () => {
    const value = 'x,openstack:mariadb, y';
    const [x, db, y] = splitDependencyList(value);
    const cut = (r: { start: number; end: number }): string => value.slice(r.start, r.end);
    expect([cut(x!.range), cut(db!.range), cut(db!.namespaceRange!), cut(db!.nameRange), cut(y!.range)]).toEqual([
      'x',
      'openstack:mariadb',
      'openstack',
      'mariadb',
      ' y',
    ]);
    expect(x!.namespaceRange).toBeUndefined();
  });
});

describe('splitCommand (SplitCommand)', () => {
  it('splits on single spaces: no shell, no trimming, quotes kept', () => {
    expect(splitCommand('')).toEqual([]);
    expect(splitCommand('nova-api --config-file /etc/nova/nova.conf').map((w) => w.text)).toEqual([
      'nova-api',
      '--config-file',
      '/etc/nova/nova.conf',
    ]);
    expect(splitCommand('sh  -c "a b"').map((w) => w.text)).toEqual(['sh', '', '-c', '"a', 'b"']);
    const words = splitCommand(' x');
    expect(words.map((w) => [w.text, w.range.start, w.range.end])).toEqual([
      ['', 0, 0],
      ['x', 1, 2],
    ]);
  });
});

describe('parseJson', () => {
  it('gives every value its range', () => {
    const text = ' [{"a": [1, true, null, "x\\"y"]}] ';
    const parsed = parseJson(text);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(text.slice(parsed.value.range.start, parsed.value.range.end)).toBe('[{"a": [1, true, null, "x\\"y"]}]');
    const object = parsed.value.type === 'array' ? parsed.value.items[0] : undefined;
    const inner = object?.type === 'object' ? object.entries[0]!.value : undefined;
    expect(inner?.type === 'array' ? inner.items.map((i) => i.type) : []).toEqual(['number', 'bool', 'null', 'string']);
    const last = inner?.type === 'array' ? inner.items[3] : undefined;
    expect(last?.type === 'string' ? last.value : '').toBe('x"y');
  });

  it.each([
    ['[{"labels":{"a":"b"}', 20],
    ['[{labels: 1}]', 2],
    ["['a']", 1],
    ['[1,]', 3],
    ['[] x', 3],
    ['{"a":"b\\q"}', 8],
  ])('stops at the first syntax error in %s', (text, offset) => {
    const parsed = parseJson(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.offset).toBe(offset);
  });
});

describe('the JSON lists, decoded as Go decodes them', () => {
  it('matches field names ignoring case and reports the fields it drops', () => {
    const pods = decodePodJson('[{"Labels":{"app":"x"},"RequireSameNode":true,"require_same_node":true,"label":{}}]');
    expect(pods.failed).toBe(false);
    expect(pods.entries[0]!.labels?.value).toEqual({ app: 'x' });
    expect(pods.entries[0]!.requireSameNode?.value).toBe(true);
    expect(pods.unknownFields.map((f) => f.key)).toEqual(['require_same_node', 'label']);
  });

  it('fails the whole list on a type mismatch, naming where', () => {
    const text = '[{"labels":{"a":"b"}},{"labels":{"a":"b"},"requireSameNode":"true"}]';
    const pods = decodePodJson(text);
    expect(pods.failed).toBe(true);
    expect(pods.mismatches.map((m) => [m.path, m.expected, m.got, text.slice(m.range.start, m.range.end)])).toEqual([
      ['[1].requireSameNode', 'a boolean', 'a string', '"true"'],
    ]);
    expect(decodeJobsJson('[{"labels":{"a":1}}]').mismatches.map((m) => m.path)).toEqual(['[0].labels.a']);
    expect(decodeJobsJson('{"name":"x"}').notAList?.got).toBe('an object');
    expect(decodeJobsJson('{"name":"x"}').failed).toBe(true);
    expect(decodeCustomResources('[{"fields":[{"key":"status.ready","value":true}]}]').mismatches.map((m) => m.path)).toEqual([
      '[0].fields[0].value',
    ]);
  });

  it('treats empty and null as no dependencies, and syntax errors as failures', () => {
    expect(decodePodJson('')).toMatchObject({ empty: true, failed: false, entries: [] });
    expect(decodePodJson('null')).toMatchObject({ empty: false, failed: false, entries: [] });
    expect(decodePodJson('[{"labels":')).toMatchObject({ failed: true, entries: [] });
    expect(decodePodJson('[{"labels":')).toHaveProperty('syntaxError.offset', 11);
    expect(decodePodJson('[{"labels":')).toHaveProperty('syntaxError.message', 'unexpected end of JSON input');
    expect(decodePodJson('[{"labels" 1')).toHaveProperty('syntaxError.message', "invalid character '1' after object key");
  });

  it('keeps `labels: {}` a map and `labels: null` unset, as Go does', () => {
    const jobs = decodeJobsJson('[{"name":"a","labels":{}},{"name":"b","labels":null},null]');
    expect(jobs.entries.map((e) => [e.name?.value, e.labels?.value])).toEqual([
      ['a', {}],
      ['b', undefined],
      [undefined, undefined],
    ]);
  });

  it('reads custom resources with their fields', () => {
    const text =
      '[{"apiVersion":"ceph.rook.io/v1","kind":"CephCluster","name":"ceph","namespace":"rook","fields":[{"key":"status.phase","value":"Ready"}]}]';
    const [entry] = decodeCustomResources(text).entries;
    expect([entry!.apiVersion?.value, entry!.kind?.value, entry!.name?.value, entry!.namespace?.value]).toEqual([
      'ceph.rook.io/v1',
      'CephCluster',
      'ceph',
      'rook',
    ]);
    expect(entry!.fields.map((f) => [f.key?.value, f.value?.value])).toEqual([['status.phase', 'Ready']]);
    expect(text.slice(entry!.apiVersion!.range.start, entry!.apiVersion!.range.end)).toBe('"ceph.rook.io/v1"');
  });
});

const HELM_TOOLKIT_INIT = `name: init
image: quay.io/airshipit/kubernetes-entrypoint:latest-ubuntu_noble
env:
  - name: POD_NAME
    valueFrom:
      fieldRef:
        apiVersion: v1
        fieldPath: metadata.name
  - name: NAMESPACE
    valueFrom:
      fieldRef:
        apiVersion: v1
        fieldPath: metadata.namespace
  - name: INTERFACE_NAME
    value: eth0
  - name: PATH
    value: /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/
  - name: DEPENDENCY_SERVICE
    value: "openstack:memcached,openstack:mariadb"
  - name: DEPENDENCY_JOBS
    value: "keystone-db-sync,keystone-fernet-setup"
  - name: DEPENDENCY_DAEMONSET
    value: ""
  - name: DEPENDENCY_CONTAINER
    value: ""
  - name: DEPENDENCY_POD_JSON
    value: '[{"labels":{"application":"neutron","component":"neutron-ovs-agent"},"requireSameNode":true}]'
  - name: DEPENDENCY_CUSTOM_RESOURCE
    value: ""
command:
  - kubernetes-entrypoint
`;

describe('readEntrypoint', () => {
  it('is undefined for a container without DEPENDENCY_* variables', async () => {
    expect(readEntrypoint((await container('name: app\nenv:\n  - name: NAMESPACE\n    value: x\n')).node)).toBeUndefined();
    expect(readEntrypoint((await container('name: app\n')).node)).toBeUndefined();
  });

  it("reads helm-toolkit's init container: the dependencies it waits for, the downward API settings", async () => {
    const reading = await read(HELM_TOOLKIT_INIT);
    expect(reading.dependencies.map((d) => [d.kind, d.namespace, d.name ?? d.labels, d.requireSameNode])).toEqual([
      ['service', 'openstack', 'memcached', false],
      ['service', 'openstack', 'mariadb', false],
      ['job', undefined, 'keystone-db-sync', false],
      ['job', undefined, 'keystone-fernet-setup', false],
      ['pod', undefined, { application: 'neutron', component: 'neutron-ovs-agent' }, true],
    ]);
    expect(reading.namespace).toMatchObject({ state: 'set', variable: { source: 'field', fieldPath: 'metadata.namespace' } });
    expect(reading.podName).toMatchObject({ state: 'set', variable: { source: 'field', fieldPath: 'metadata.name' } });
    expect(reading.interfaceName).toMatchObject({ state: 'set', variable: { value: 'eth0' } });
    expect(reading.command).toBeUndefined();
    expect([reading.unread, reading.unknown, reading.jobsIgnored]).toEqual([[], [], false]);
    expect(podNameMissing(reading)).toBe(false);
    expect(baseNamespace(reading)).toEqual({ kind: 'pod-namespace' });
  });

  it('looks items without a namespace up in NAMESPACE, else default', async () => {
    const base = async (env: string): Promise<unknown> =>
      baseNamespace(await read(`name: x\n${env}env:\n  - {name: DEPENDENCY_SERVICE, value: a}\n`));
    expect(await base('')).toEqual({ kind: 'namespace', name: 'default' });
    expect(await base('envFrom: [{secretRef: {name: s}}]\n')).toEqual({ kind: 'unknown' });
    const withNamespace = async (item: string): Promise<unknown> =>
      baseNamespace(await read(`name: x\nenv:\n  - {name: DEPENDENCY_SERVICE, value: a}\n  - ${item}\n`));
    expect(await withNamespace('{name: NAMESPACE, value: openstack}')).toEqual({ kind: 'namespace', name: 'openstack' });
    expect(await withNamespace('{name: NAMESPACE, value: ""}')).toEqual({ kind: 'namespace', name: 'default' });
    expect(await withNamespace('{name: NAMESPACE, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}')).toEqual({ kind: 'unknown' });
  });

  it('reads env as Kubernetes does: last entry wins, envFrom may set the rest, $(...) is not a literal', async () => {
    const reading = await read(
      [
        'name: x',
        'envFrom:',
        '  - configMapRef: {name: c}',
        'env:',
        '  - {name: DEPENDENCY_SERVICE, value: "a"}',
        '  - {name: DEPENDENCY_SERVICE, value: "b"}',
        '  - {name: DEPENDENCY_JOBS, value: "$(PREFIX)-db-sync"}',
        '  - {name: DEPENDENCY_DAEMONSET, valueFrom: {configMapKeyRef: {name: c, key: k}}}',
        '  - {name: DEPENDENCY_CONTAINER}',
        '',
      ].join('\n'),
    );
    expect(reading.dependencies.map((d) => d.name)).toEqual(['b']);
    expect(reading.unknown.map((v) => [v.name, v.source])).toEqual([
      ['DEPENDENCY_JOBS', 'expanded'],
      ['DEPENDENCY_DAEMONSET', 'valueFrom'],
    ]);
    expect(reading.lists.DEPENDENCY_CONTAINER?.variable.value).toBe('');
    expect([reading.hasEnvFrom, reading.namespace.state, reading.podName.state]).toEqual([true, 'maybe', 'maybe']);
  });

  it('drops daemonset and pod dependencies without POD_NAME, keeps container ones (they wait forever)', async () => {
    const reading = await read(
      [
        'name: x',
        'env:',
        '  - {name: DEPENDENCY_DAEMONSET, value: "ovs"}',
        '  - {name: DEPENDENCY_CONTAINER, value: "ns:main"}',
        `  - {name: DEPENDENCY_POD_JSON, value: '[{"labels":{"a":"b"}}]'}`,
        '',
      ].join('\n'),
    );
    expect(podNameMissing(reading)).toBe(true);
    expect(reading.podName.state).toBe('unset');
    // The namespace part of a container item is silently dropped.
    expect(reading.dependencies.map((d) => [d.kind, d.name, d.namespace])).toEqual([['container', 'main', undefined]]);
  });

  it('ignores DEPENDENCY_JOBS beside a non-empty DEPENDENCY_JOBS_JSON, and skips jobs with name and labels', async () => {
    const reading = await read(
      [
        'name: x',
        'env:',
        '  - {name: DEPENDENCY_JOBS, value: "a"}',
        `  - {name: DEPENDENCY_JOBS_JSON, value: '[{"name":"b","namespace":"other"},{"labels":{"c":"d"}},{"name":"e","labels":{}}]'}`,
        '  - {name: DEPENDENCY_POD, value: "x"}',
        '  - {name: COMMAND, value: "nova-api --debug"}',
        '',
      ].join('\n'),
    );
    expect(reading.jobsIgnored).toBe(true);
    expect(reading.dependencies.map((d) => [d.kind, d.name, d.labels, d.namespace])).toEqual([
      ['job', 'b', undefined, 'other'],
      ['job', undefined, { c: 'd' }, undefined],
    ]);
    expect(reading.unread.map((v) => v.name)).toEqual(['DEPENDENCY_POD']);
    expect(reading.command?.words.map((w) => w.text)).toEqual(['nova-api', '--debug']);
  });

  it('maps a range of a value to the file, through plain, quoted and single-quoted JSON values', async () => {
    const text = [
      'name: x',
      'env:',
      '  - name: DEPENDENCY_SERVICE',
      '    value: "openstack:keystone-api,,openstack:gnocchi-api"',
      '  - name: DEPENDENCY_POD_JSON',
      `    value: '[{"labels":{},"requireSameNode":"yes"}]'`,
      '  - name: DEPENDENCY_JOBS',
      '    value: a, b',
      '',
    ].join('\n');
    const reading = readEntrypoint((await container(text)).node)!;
    const cut = (span: { start: number; end: number }): string => text.slice(span.start, span.end);
    const service = reading.lists.DEPENDENCY_SERVICE!;
    expect(cut(valueSpan(text, service.variable, service.items[2]!.range))).toBe('openstack:gnocchi-api');
    const empty = valueSpan(text, service.variable, service.items[1]!.range);
    expect([empty.start, empty.end - empty.start, text[empty.start - 1]]).toEqual([empty.start, 0, ',']);
    const pods = reading.podJson!;
    expect(cut(valueSpan(text, pods.variable, pods.reading.mismatches[0]!.range))).toBe('"yes"');
    const jobs = reading.lists.DEPENDENCY_JOBS!;
    expect(cut(valueSpan(text, jobs.variable, jobs.items[1]!.range))).toBe(' b');
  });
});

/** Lints manifest streams and pairs the entrypoint/* findings with the `# expect:` comments written in them. */
async function checkStream(stream: string): Promise<void> {
  const root = makeTree({ 'rendered.yaml': stream });
  const result = await lint({ paths: [], manifests: ['rendered.yaml'], cwd: root });
  const actual = result.diagnostics.filter((d) => d.ruleId.startsWith('entrypoint/'));
  const { missing, unexpected } = compare(readExpectations(path.join(root, 'rendered.yaml')), actual);
  expect({ missing, unexpected: unexpected.map((d) => `${d.line}:${d.column} ${d.ruleId}/${d.messageId} ${d.message}`) }).toEqual({
    missing: [],
    unexpected: [],
  });
}

/** A Deployment whose pod has the given init containers and containers (YAML list items, 8 spaces deep). */
function deployment(
  name: string,
  init: string,
  containers = '        - name: main\n          image: quay.io/x/main:1\n',
  extra = '',
): string {
  return `---
# Source: chart/templates/${name}.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    spec:
${extra}      initContainers:
${init}      containers:
${containers}`;
}

const DOWNWARD = `            - name: POD_NAME
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
            - name: NAMESPACE
              valueFrom:
                fieldRef:
                  fieldPath: metadata.namespace
            - name: INTERFACE_NAME
              value: eth0
`;

/** An init container named `init` with the downward-API variables and the given env lines. */
function init(env: string, downward = DOWNWARD): string {
  return `        - name: init
          image: quay.io/airshipit/kubernetes-entrypoint:v1.0.0
          command: [kubernetes-entrypoint]
          env:
${downward}${env}`;
}

describe('entrypoint/env-list-syntax', () => {
  it('reports spaces, empty items, a:b:c, :name and ns: at the item', () =>
    checkStream(
      deployment(
        'bad',
        init(`            - name: DEPENDENCY_SERVICE
              value: "openstack:keystone-api,,openstack:gnocchi-api"  # expect: entrypoint/env-list-syntax/empty
            #                               ^^
            - name: DEPENDENCY_JOBS
              value: "db-sync, ks-user"  # expect: entrypoint/env-list-syntax/whitespace
            #                 ^^^^^^^^
            - name: DEPENDENCY_DAEMONSET
              value: "a:b:c,:ovs,openstack:"  # expect: entrypoint/env-list-syntax/tooManyParts, entrypoint/env-list-syntax/missingNamespace, entrypoint/env-list-syntax/emptyName
            - name: DEPENDENCY_CONFIG
              value: /etc/a.conf,/etc/b.conf  # expect: entrypoint/env-list-syntax/whitespaceConfig
            - name: DEPENDENCY_SOCKET
              value: /run/a.sock,
            - name: DEPENDENCY_CONTAINER
              value: ",,"  # expect: entrypoint/env-list-syntax/empty
            #         ^^
`)
          .replace('/etc/a.conf,/etc/b.conf', '"/etc/a.conf, /etc/b.conf"')
          .replace('/run/a.sock,\n', '/run/a.sock,  # expect: entrypoint/env-list-syntax/empty\n'),
      ) +
        deployment(
          'good',
          init(`            - name: DEPENDENCY_SERVICE
              value: "openstack:keystone-api,openstack:mariadb"
            - name: DEPENDENCY_JOBS
              value: db-sync,ks-user
            - name: DEPENDENCY_DAEMONSET
              value: ""
            - name: DEPENDENCY_CONFIG
`),
        ),
    ));
});

describe('entrypoint/env-namespace', () => {
  it('reports a namespace on DEPENDENCY_CONTAINER, _CONFIG and _SOCKET, at the namespace part', () =>
    checkStream(
      deployment(
        'app',
        '',
        `        - name: main
          image: quay.io/x/main:1
        - name: sidecar
          image: quay.io/airshipit/kubernetes-entrypoint:v1.0.0
          env:
${DOWNWARD}            - name: DEPENDENCY_CONTAINER
              value: "openstack:main"  # expect: entrypoint/env-namespace/containerNamespace
            #         ^^^^^^^^^
            - name: DEPENDENCY_CONFIG
              value: "/etc/nova/nova.conf,/etc/x.conf:ro"  # expect: entrypoint/env-namespace/configTruncated
            - name: DEPENDENCY_SOCKET
              value: "/run/a.sock,unix:/run/b.sock,/run/c.sock:rw"  # expect: entrypoint/env-namespace/socketTruncated
`,
      ),
    ));

  it('reports NAMESPACE unset or empty where names come without one, at most a warning unless the namespace is written', async () => {
    const stream = [
      deployment(
        'unset',
        `        - name: init
          image: quay.io/airshipit/kubernetes-entrypoint:v1.0.0
          env:
            - name: DEPENDENCY_SERVICE  # expect: entrypoint/env-namespace/defaultNamespace
              value: "mariadb,openstack:keystone-api"
`,
      ),
      deployment(
        'empty',
        `        - name: init
          image: quay.io/airshipit/kubernetes-entrypoint:v1.0.0
          env:
            - name: NAMESPACE
              value: ""  # expect: entrypoint/env-namespace/defaultNamespace
            - name: DEPENDENCY_JOBS
              value: db-sync
`,
      ).replace('  name: empty\n', '  name: empty\n  namespace: openstack\n'),
      // Namespaced items only, or a pod written into default: nothing to say.
      deployment(
        'namespaced',
        `        - name: init
          image: quay.io/airshipit/kubernetes-entrypoint:v1.0.0
          env:
            - name: DEPENDENCY_SERVICE
              value: "openstack:mariadb"
`,
      ),
      deployment(
        'in-default',
        `        - name: init
          image: quay.io/airshipit/kubernetes-entrypoint:v1.0.0
          env:
            - name: DEPENDENCY_SERVICE
              value: "mariadb"
`,
      ).replace('  name: in-default\n', '  name: in-default\n  namespace: default\n'),
      deployment(
        'wrong-field',
        init(
          `            - name: DEPENDENCY_SERVICE
              value: mariadb
`,
          DOWNWARD.replace('fieldPath: metadata.namespace', 'fieldPath: spec.nodeName').replace(
            '            - name: NAMESPACE\n',
            '            - name: NAMESPACE  # expect: entrypoint/env-namespace/namespaceField\n',
          ),
        ),
      ),
      deployment(
        'mismatch',
        init(
          `            - name: DEPENDENCY_DAEMONSET
              value: openstack:ovs
`,
          DOWNWARD.replace(
            '            - name: NAMESPACE\n              valueFrom:\n                fieldRef:\n                  fieldPath: metadata.namespace\n',
            '            - name: NAMESPACE\n              value: osh  # expect: entrypoint/env-namespace/namespaceMismatch\n',
          ),
        ),
      ).replace('  name: mismatch\n', '  name: mismatch\n  namespace: openstack\n'),
    ].join('');
    await checkStream(stream);
    const root = makeTree({ 'rendered.yaml': stream });
    const result = await lint({ paths: [], manifests: ['rendered.yaml'], cwd: root });
    const severities = result.diagnostics.filter((d) => d.messageId === 'defaultNamespace').map((d) => [d.severity, d.message]);
    expect(severities).toEqual([
      [
        'warning',
        'The init container "init" in Deployment/unset (chart/templates/unset.yaml) sets no NAMESPACE, so kubernetes-entrypoint looks up "service mariadb" in namespace "default": unless the pod runs there, it waits forever (hang). Set NAMESPACE from the downward API (fieldRef metadata.namespace).',
      ],
      [
        'error',
        'The init container "init" in Deployment/empty (chart/templates/empty.yaml) sets NAMESPACE empty, so kubernetes-entrypoint looks up "job db-sync" in namespace "default": its Deployment/empty is in namespace "openstack", so it waits forever (hang). Set NAMESPACE from the downward API (fieldRef metadata.namespace).',
      ],
    ]);
  });
});

describe('entrypoint/env-required', () => {
  it('reports POD_NAME missing for container (hang), daemonset and pod (dropped) dependencies, and a wrong field', () =>
    checkStream(
      [
        deployment(
          'no-pod-name',
          init(
            `            - name: DEPENDENCY_DAEMONSET
              value: "openstack:ovs-agent"  # expect: entrypoint/env-required/podNameDropped
            - name: DEPENDENCY_POD_JSON
              value: '[{"labels":{"application":"neutron"}}]'
`,
            DOWNWARD.replace(/ {12}- name: POD_NAME\n(?: {14,}.*\n)+?(?= {12}- name)/, ''),
          ),
        ),
        deployment(
          'empty-pod-name',
          '',
          `        - name: main
          image: quay.io/x/main:1
        - name: waiter
          image: quay.io/x/waiter:1
          env:
            - name: POD_NAME
              value: ""  # expect: entrypoint/env-required/podNameContainer
            - name: NAMESPACE
              value: openstack
            - name: DEPENDENCY_CONTAINER
              value: main
`,
        ).replace('      initContainers:\n      containers:\n', '      containers:\n'),
        deployment(
          'wrong-field',
          init(
            `            - name: DEPENDENCY_POD_JSON
              value: '[{"labels":{"application":"neutron"}}]'
`,
            DOWNWARD.replace('fieldPath: metadata.name', 'fieldPath: status.podIP').replace(
              '            - name: POD_NAME\n',
              '            - name: POD_NAME  # expect: entrypoint/env-required/podNameField\n',
            ),
          ),
        ),
        // A label may hold the pod name (StatefulSets): not judged.
        deployment(
          'label-field',
          init(
            `            - name: DEPENDENCY_DAEMONSET
              value: ovs
`,
            DOWNWARD.replace('fieldPath: metadata.name', "fieldPath: metadata.labels['statefulset.kubernetes.io/pod-name']"),
          ),
        ),
      ].join(''),
    ));

  it('reports INTERFACE_NAME missing with DEPENDENCY_CONFIG (crash), not when envFrom may set it', () =>
    checkStream(
      deployment(
        'config',
        init(
          `            - name: DEPENDENCY_CONFIG
              value: /etc/rabbitmq/rabbitmq.conf  # expect: entrypoint/env-required/interfaceName
`,
          DOWNWARD.replace('            - name: INTERFACE_NAME\n              value: eth0\n', ''),
        ),
      ) +
        deployment(
          'config-env-from',
          init(
            `            - name: DEPENDENCY_CONFIG
              value: /etc/rabbitmq/rabbitmq.conf
`,
            DOWNWARD.replace('            - name: INTERFACE_NAME\n              value: eth0\n', ''),
          ).replace('          env:\n', '          envFrom:\n            - configMapRef: {name: net}\n          env:\n'),
        ),
    ));
});

describe('entrypoint/env-json', () => {
  it('reports invalid JSON, a value that is not a list and wrongly typed fields (every dependency of the kind dropped)', () =>
    checkStream(
      deployment(
        'json',
        init(`            - name: DEPENDENCY_POD_JSON
              value: '[{"labels":{"application":"neutron"},"requireSameNode":"true"}]'  # expect: entrypoint/env-json/mismatch
            #                                                                ^^^^^^
            - name: DEPENDENCY_JOBS_JSON
              value: '[{"name":"db-sync"'  # expect: entrypoint/env-json/syntax
            - name: DEPENDENCY_CUSTOM_RESOURCE
              value: '{"apiVersion":"ceph.rook.io/v1","kind":"CephCluster","name":"ceph"}'  # expect: entrypoint/env-json/notAList
`),
      ),
    ));

  it('reports the shapes that are skipped or never resolve, and fields Go drops', () =>
    checkStream(
      deployment(
        'shapes',
        init(`            - name: DEPENDENCY_JOBS_JSON
              value: '[{"name":"a","labels":{"x":"y"}},{"namespace":"openstack"},{"labels":{}},{"name":"ok"}]'  # expect: entrypoint/env-json/jobNameAndLabels, entrypoint/env-json/jobNeither, entrypoint/env-json/emptyLabels
            - name: DEPENDENCY_POD_JSON
              value: '[{"labels":{"a":"b"},"require_same_node":true},{"requireSameNode":true}]'  # expect: entrypoint/env-json/unknownField, entrypoint/env-json/emptyLabels
            - name: DEPENDENCY_CUSTOM_RESOURCE
              value: '[{"apiVersion":"v1","kind":"ConfigMap","name":"x"},{"apiVersion":"ceph.rook.io/v1","kind":"CephCluster","fields":[{"value":"Ready"}]},{"apiVersion":"ceph.rook.io/v1","kind":"CephCluster","name":"ceph","fields":[{"key":"status.phase","value":"Ready"}]}]'  # expect: entrypoint/env-json/apiVersion, entrypoint/env-json/resourceIncomplete, entrypoint/env-json/fieldKey
`),
      ) +
        deployment(
          'labels',
          init(`            - name: DEPENDENCY_POD_JSON
              value: '[{"labels":{"application":"neutron","component":"neutron ovs agent"}}]'  # expect: entrypoint/env-json/invalidLabel
            #                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
            - name: DEPENDENCY_JOBS_JSON
              value: '[{"labels":{"app.kubernetes.io/name":"nova","statefulset.kubernetes.io/pod-name":"nova-0","a/b/c":"x"}}]'  # expect: entrypoint/env-json/invalidLabel
`),
        ) +
        deployment(
          'valid',
          init(`            - name: DEPENDENCY_POD_JSON
              value: '[{"labels":{"application":"neutron","component":"neutron-ovs-agent"},"requireSameNode":true}]'
            - name: DEPENDENCY_JOBS_JSON
              value: ""
            - name: DEPENDENCY_CUSTOM_RESOURCE
              value: ""
`),
        ),
    ));

  it('says which field was probably meant', async () => {
    const root = makeTree({
      'rendered.yaml': deployment(
        'typo',
        init(`            - name: DEPENDENCY_POD_JSON
              value: '[{"labels":{"a":"b"},"require_same_node":true}]'
`),
      ),
    });
    const result = await lint({ paths: [], manifests: ['rendered.yaml'], cwd: root });
    const found = result.diagnostics.filter((d) => d.ruleId === 'entrypoint/env-json');
    expect(found.map((d) => [d.severity, d.message.endsWith('Did you mean "requireSameNode"?')])).toEqual([['warning', true]]);
  });
});

describe('entrypoint/env-ignored', () => {
  it('reports DEPENDENCY_JOBS beside DEPENDENCY_JOBS_JSON, DEPENDENCY_POD and unknown DEPENDENCY_* names', () =>
    checkStream(
      deployment(
        'ignored',
        init(`            - name: DEPENDENCY_JOBS
              value: db-sync,ks-user  # expect: entrypoint/env-ignored/jobsIgnored
            - name: DEPENDENCY_JOBS_JSON
              value: '[{"labels":{"job":"bootstrap"}}]'
            - name: DEPENDENCY_POD  # expect: entrypoint/env-ignored/podNeverRead
              value: neutron-ovs-agent
            - name: DEPENDENCY_SERVICES  # expect: entrypoint/env-ignored/neverRead
              value: mariadb
            - name: DEPENDENCY_NOTHING
              value: ""
`),
      ) +
        deployment(
          'not-ignored',
          init(`            - name: DEPENDENCY_JOBS
              value: db-sync
            - name: DEPENDENCY_JOBS_JSON
              value: ""
`),
        ),
    ));
});

describe('entrypoint/env-container', () => {
  it('reports waits on a regular container from an init container, on an init container, and on a container not in the pod', () =>
    checkStream(
      deployment(
        'waits',
        init(`            - name: DEPENDENCY_CONTAINER
              value: "main"  # expect: entrypoint/env-container/fromInit
            #         ^^^^
`),
        `        - name: main
          image: quay.io/x/main:1
        - name: sidecar
          image: quay.io/airshipit/kubernetes-entrypoint:v1.0.0
          env:
${DOWNWARD}            - name: DEPENDENCY_CONTAINER
              value: "main,init,nova-libvirt"  # expect: entrypoint/env-container/initTarget, entrypoint/env-container/notInPod
`,
      ) +
        // A sidecar init container runs beside the regular containers: its wait resolves.
        deployment(
          'sidecar',
          init(`            - name: DEPENDENCY_CONTAINER
              value: main
`).replace('          command: [kubernetes-entrypoint]\n', '          command: [kubernetes-entrypoint]\n          restartPolicy: Always\n'),
        ),
    ));
});

describe('entrypoint/env-command', () => {
  const withCommand = (name: string, command: string): string =>
    deployment(
      name,
      '',
      `        - name: main
          image: quay.io/x/nova:1
          command: [kubernetes-entrypoint]
          env:
${DOWNWARD}            - name: DEPENDENCY_SERVICE
              value: openstack:mariadb
            - name: COMMAND
${command}`,
    ).replace('      initContainers:\n      containers:\n', '      containers:\n');

  it('reports quotes, doubled, leading and trailing spaces, and shell operators', () =>
    checkStream(
      [
        withCommand('quoted', `              value: 'sh -c "nova-api --debug"'  # expect: entrypoint/env-command/quoted\n`),
        withCommand('double', `              value: "nova-api  --debug"  # expect: entrypoint/env-command/emptyWord\n`),
        withCommand('leading', `              value: " nova-api"  # expect: entrypoint/env-command/leadingSpace\n`),
        withCommand('trailing', `              value: "nova-api "  # expect: entrypoint/env-command/emptyWord\n`),
        withCommand('shell', `              value: "nova-manage db sync && nova-api"  # expect: entrypoint/env-command/shell\n`),
        withCommand('good', `              value: "nova-api --config-file /etc/nova/nova.conf"\n`),
        withCommand('sap', `              value: "true"\n`),
      ].join(''),
    ));
});

describe('entrypoint/service-account-token', () => {
  it('reports a pod or service account without a token, once per pod, unless the token folder is mounted', () =>
    checkStream(
      [
        deployment(
          'no-token',
          init(''),
          undefined,
          '      automountServiceAccountToken: false  # expect: entrypoint/service-account-token/podDisabled\n',
        ).replace('env:\n', 'env:\n            - name: DEPENDENCY_SERVICE\n              value: openstack:mariadb\n'),
        deployment(
          'mounted',
          init('            - name: DEPENDENCY_SERVICE\n              value: openstack:mariadb\n').replace(
            '          env:\n',
            '          volumeMounts:\n            - name: token\n              mountPath: /var/run/secrets/kubernetes.io/serviceaccount/\n          env:\n',
          ),
          undefined,
          '      automountServiceAccountToken: false\n',
        ),
        `---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: quiet
automountServiceAccountToken: false
`,
        deployment(
          'account',
          init('            - name: DEPENDENCY_SERVICE\n              value: openstack:mariadb\n'),
          undefined,
          '      serviceAccountName: quiet  # expect: entrypoint/service-account-token/accountDisabled\n',
        ),
        deployment(
          'account-on',
          init('            - name: DEPENDENCY_SERVICE\n              value: openstack:mariadb\n'),
          undefined,
          '      serviceAccountName: quiet\n      automountServiceAccountToken: true\n',
        ),
        // No DEPENDENCY_* variable: not kubernetes-entrypoint.
        deployment('plain', '', undefined, '      automountServiceAccountToken: false\n').replace('      initContainers:\n', ''),
      ].join(''),
    ));
});

describe('what the entrypoint rules do not judge', () => {
  it('leaves values from valueFrom, envFrom and kubelet expansion alone (a wait that is wrong whatever they say is still reported), and containers without DEPENDENCY_*', () =>
    checkStream(
      [
        deployment(
          'indirect',
          `        - name: init
          image: quay.io/airshipit/kubernetes-entrypoint:v1.0.0
          envFrom:
            - configMapRef:
                name: entrypoint-env
          env:
            - name: DEPENDENCY_SERVICE
              valueFrom:
                configMapKeyRef:
                  name: deps
                  key: services
            - name: DEPENDENCY_JOBS
              value: "$(PREFIX)-db-sync, $(PREFIX)-ks-user"
            - name: DEPENDENCY_CONTAINER
              value: main  # expect: entrypoint/env-container/fromInit
            - name: DEPENDENCY_POD_JSON
              value: '[{"labels":{"app":"x"}}]'
            - name: DEPENDENCY_CONFIG
              value: /etc/x.conf
`,
        ),
        deployment(
          'no-entrypoint',
          `        - name: init
          image: busybox:1.36
          env:
            - name: COMMAND
              value: 'sh -c "sleep 1"'
            - name: SERVICES
              value: "a, b,,c"
`,
          undefined,
          '      automountServiceAccountToken: false\n',
        ),
      ].join(''),
    ));
});

describe('the entrypoint rules with --render', () => {
  it("report at the template's initContainers line when an include renders the container (helm-toolkit's init)", async () => {
    const root = makeTree({
      'keystone/Chart.yaml': 'apiVersion: v2\nname: keystone\nversion: 0.1.0\n',
      'keystone/values.yaml': 'services: "openstack:memcached,,openstack:mariadb"\n',
      'keystone/templates/_init.tpl': `{{- define "keystone.init" -}}
- name: init
  image: quay.io/airshipit/kubernetes-entrypoint:v1.0.0
  env:
    - name: POD_NAME
      valueFrom:
        fieldRef:
          fieldPath: metadata.name
    - name: NAMESPACE
      valueFrom:
        fieldRef:
          fieldPath: metadata.namespace
    - name: DEPENDENCY_SERVICE
      value: {{ .Values.services | quote }}
{{- end -}}
`,
      'keystone/templates/deployment-api.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: keystone-api
spec:
  template:
    spec:
      initContainers:
{{ include "keystone.init" . | indent 8 }}
      containers:
        - name: keystone-api
          image: quay.io/airshipit/keystone:2026.1-ubuntu_noble
          imagePullPolicy: IfNotPresent
`,
    });
    const env = { CHARTLINT_CACHE_DIR: path.join(root, '.cache'), CHARTLINT_HELM: testHelm(), PATH: '' };
    const result = await lint({ paths: ['keystone'], render: true, cwd: root, env });
    expect(
      result.diagnostics.filter((d) => d.ruleId.startsWith('entrypoint/')).map((d) => `${d.file}:${d.line} ${d.ruleId}/${d.messageId}`),
    ).toEqual(['keystone/templates/deployment-api.yaml:8 entrypoint/env-list-syntax/empty']);
  });
});
