/**
 * The `dependencies:` values rules (rules/entrypoint/*): the keys of each component, the services items
 * against `endpoints:`, the shape of `jobs`, components no template hands to the snippet, and jobs that
 * helm-toolkit's filter drops. Each failure mode is a chart written here, asserting rule, message and line.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { defineTexts, deriveDependencyReads, fileGuard } from '../src/entrypoint/values-templates.js';
import { CHART, makeTree, TOOLKIT_CHART, toolkitFiles } from './helpers/tree.js';

/** `file:line:column rule/messageId` of every entrypoint finding of a run over the tree. */
async function findings(files: Record<string, string>, paths = ['.']): Promise<string[]> {
  const root = makeTree(files);
  const result = await lint({ paths, cwd: root });
  expect(result.internalErrors).toEqual([]);
  return result.diagnostics
    .filter((d) => d.ruleId.startsWith('entrypoint/'))
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}/${d.messageId}`);
}

async function messages(files: Record<string, string>): Promise<string[]> {
  const root = makeTree(files);
  const result = await lint({ paths: ['.'], cwd: root });
  return result.diagnostics.filter((d) => d.ruleId.startsWith('entrypoint/')).map((d) => d.message);
}

const ENDPOINTS = `endpoints:
  oslo_db:
    hosts:
      default: mariadb
  oslo_cache:
    hosts:
      default: memcached
  identity:
    hosts:
      default: keystone
      internal: keystone-api
`;

const DB_SYNC_JOB =
  '{{- $dbSyncJob := dict "envAll" . "serviceName" "keystone" -}}\n{{ $dbSyncJob | include "helm-toolkit.manifests.job_db_sync" }}\n';
const API_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: keystone-api
spec:
  template:
    spec:
      initContainers:
{{ tuple $envAll "api" list | include "helm-toolkit.snippets.kubernetes_entrypoint_init_container" | indent 8 }}
`;

describe('entrypoint/dependency-keys', () => {
  it('reports a key no dependency kind spells, with the kind it is nearest to', async () => {
    const values = `dependencies:
  static:
    storage_init:
      servcies:
        - endpoint: internal
          service: oslo_db
    api:
      service:
        - endpoint: internal
          service: oslo_db
      jobs: [keystone-db-sync]
      pods: []
      whatever: []
${ENDPOINTS}`;
    expect(await findings({ 'keystone/Chart.yaml': TOOLKIT_CHART('keystone'), 'keystone/values.yaml': values })).toEqual([
      'keystone/values.yaml:4:7 entrypoint/dependency-keys/unknownKindNear',
      'keystone/values.yaml:8:7 entrypoint/dependency-keys/unknownKindNear',
      'keystone/values.yaml:12:7 entrypoint/dependency-keys/unknownKindNear',
      'keystone/values.yaml:13:7 entrypoint/dependency-keys/unknownKind',
    ]);
    const [first] = await messages({ 'keystone/Chart.yaml': TOOLKIT_CHART('keystone'), 'keystone/values.yaml': values });
    expect(first).toBe(
      '"servcies" is no dependency kind helm-toolkit reads; did you mean "services"? What it lists is silently dropped, and the pod starts without waiting for it.',
    );
  });

  it('reads dynamic groups and targeted mixins the same way, and reports a kind written where a component belongs', async () => {
    const values = `dependencies:
  dynamic:
    common:
      jobs:
        - nagios-image-repo-sync
      local_image_registry:
        jobs: [nagios-image-repo-sync]
        services:
          - endpoint: node
            service: local_image_registry
    targeted:
      openvswitch:
        compute:
          pods: []
          pod: []
  static:
    api: null
endpoints:
  local_image_registry:
    hosts:
      default: localhost
`;
    expect(await findings({ 'nagios/Chart.yaml': TOOLKIT_CHART('nagios'), 'nagios/values.yaml': values })).toEqual([
      'nagios/values.yaml:4:7 entrypoint/dependency-keys/misplacedKind',
      'nagios/values.yaml:14:11 entrypoint/dependency-keys/unknownKindNear',
    ]);
  });

  it('says nothing for a chart not built on helm-toolkit, or a `dependencies:` without static or dynamic', async () => {
    expect(
      await findings({
        'generic/Chart.yaml': CHART('generic'),
        'generic/values.yaml': 'dependencies:\n  static:\n    api:\n      servcies: []\n',
        'other/Chart.yaml': TOOLKIT_CHART('other'),
        'other/values.yaml': 'dependencies:\n  api:\n    servcies: []\n',
      }),
    ).toEqual([]);
  });
});

describe('entrypoint/service-endpoint', () => {
  const chart = (deps: string, endpoints = ENDPOINTS): Record<string, string> => ({
    'keystone/Chart.yaml': TOOLKIT_CHART('keystone'),
    'keystone/values.yaml': `dependencies:\n  static:\n    api:\n      services:\n${deps}${endpoints}`,
  });

  it('reports a service no endpoints entry answers, with the nearest entry', async () => {
    const deps = `        - endpoint: internal
          service: oslo_db
        - endpoint: internal
          service: oslo-cache
        - endpoint: internal
          service: oslo_messaging
        - endpoint: internal
          service: oslo_dbb
`;
    expect(await findings(chart(deps))).toEqual([
      'keystone/values.yaml:10:20 entrypoint/service-endpoint/unknownService',
      'keystone/values.yaml:12:20 entrypoint/service-endpoint/unknownServiceNear',
    ]);
  });

  it('reports an endpoint that is neither a host key nor backed by hosts.default', async () => {
    const endpoints = `endpoints:
  oslo_db:
    hosts:
      public: mariadb
  identity:
    hosts:
      default: keystone
`;
    const deps = `        - endpoint: internal
          service: oslo_db
        - endpoint: public
          service: oslo_db
        - endpoint: admin
          service: identity
`;
    expect(await findings(chart(deps, endpoints))).toEqual(['keystone/values.yaml:5:21 entrypoint/service-endpoint/unknownHost']);
  });

  it('reports an item key that is neither endpoint nor service, and an item with no service', async () => {
    const deps = `        - endpoint: internal
          servce: oslo_db
        - endpoint: internal
`;
    expect(await findings(chart(deps))).toEqual([
      'keystone/values.yaml:6:11 entrypoint/service-endpoint/unknownItemKey',
      'keystone/values.yaml:7:11 entrypoint/service-endpoint/noService',
    ]);
  });

  it('judges an override against its chart defaults, and says nothing of an entry only another file may hold', async () => {
    const override = `dependencies:
  static:
    api:
      services:
        - endpoint: internal
          service: oslo_messaging
        - endpoint: internal
          service: oslo_db
        - endpoint: admin
          service: identity
endpoints:
  identity:
    hosts:
      internal: keystone-internal
`;
    const files = {
      ...chart('        - endpoint: internal\n          service: oslo_db\n'),
      'keystone/values_overrides/tls.yaml': override,
    };
    expect(await findings(files)).toEqual([]);
    const noDefault = ENDPOINTS.replace('      default: keystone\n', '');
    expect(
      await findings({
        ...chart('        - endpoint: internal\n          service: identity\n', noDefault),
        'keystone/values_overrides/tls.yaml': override,
      }),
    ).toEqual(['keystone/values_overrides/tls.yaml:9:21 entrypoint/service-endpoint/unknownHost']);
  });

  it('reads keys named like Object properties as the keys they are', async () => {
    const deps =
      '        - endpoint: internal\n          service: __proto__\n        - endpoint: internal\n          service: constructor\n';
    const endpoints =
      'endpoints:\n  __proto__:\n    hosts:\n      default: x\n  toString:\n    hosts: {}\nmanifests:\n  __proto__: false\n';
    expect(await findings(chart(deps, endpoints))).toEqual(['keystone/values.yaml:8:20 entrypoint/service-endpoint/unknownService']);
  });

  it('says nothing when the chart defaults hold no endpoints: at all', async () => {
    expect(await findings(chart('        - endpoint: internal\n          service: oslo_db\n', ''))).toEqual([]);
  });
});

describe('entrypoint/jobs-shape', () => {
  it('reports label maps, items that are no name, and a map where the list belongs', async () => {
    const values = `dependencies:
  static:
    api:
      jobs:
        - keystone-db-sync
        - labels:
            application: keystone
        - 42
    bootstrap:
      jobs:
        name: keystone-db-sync
`;
    expect(await findings({ 'keystone/Chart.yaml': TOOLKIT_CHART('keystone'), 'keystone/values.yaml': values })).toEqual([
      'keystone/values.yaml:6:11 entrypoint/jobs-shape/labelMap',
      'keystone/values.yaml:8:11 entrypoint/jobs-shape/notAName',
      'keystone/values.yaml:11:9 entrypoint/jobs-shape/notAList',
    ]);
  });

  it("reports a string jobs only where the templates are known not to turn it into a list (rabbitmq's tests do)", async () => {
    const values = 'dependencies:\n  static:\n    tests:\n      jobs: cluster_wait\n';
    const test = (converts: boolean): string =>
      `${converts ? '{{ if kindIs "string" $envAll.Values.dependencies.static.tests.jobs }}{{ end }}\n' : ''}` +
      '{{ tuple $envAll "tests" list | include "helm-toolkit.snippets.kubernetes_entrypoint_init_container" | indent 4 }}\n';
    const tree = (converts: boolean): Record<string, string> => ({
      ...toolkitFiles(),
      'rabbitmq/Chart.yaml': TOOLKIT_CHART('rabbitmq'),
      'rabbitmq/values.yaml': values,
      'rabbitmq/templates/pod-test.yaml': test(converts),
    });
    expect(await findings(tree(false), ['rabbitmq'])).toEqual(['rabbitmq/values.yaml:4:13 entrypoint/jobs-shape/notAList']);
    expect(await findings(tree(true), ['rabbitmq'])).toEqual([]);
    expect(await findings({ 'rabbitmq/Chart.yaml': TOOLKIT_CHART('rabbitmq'), 'rabbitmq/values.yaml': values })).toEqual([]);
  });
});

describe('entrypoint/dead-component', () => {
  const tree = (values: string, templates: Record<string, string>): Record<string, string> => ({
    ...toolkitFiles(),
    'keystone/Chart.yaml': TOOLKIT_CHART('keystone'),
    'keystone/values.yaml': values,
    ...Object.fromEntries(Object.entries(templates).map(([name, text]) => [`keystone/templates/${name}`, text])),
  });
  const values = `dependencies:
  static:
    api:
      jobs: [keystone-db-sync]
    db_sync:
      jobs: [keystone-db-init]
    bootstrap:
      jobs: [keystone-db-sync]
    test:
      jobs: [keystone-bootstrap]
    unused: {}
`;
  const pod = `{{- $dependencies := .Values.dependencies.static.tests }}
{{ tuple . $dependencies list | include "helm-toolkit.snippets.kubernetes_entrypoint_init_container" | indent 4 }}
`;

  it('reports a component no template passes, naming a near one that is passed', async () => {
    expect(
      await findings(tree(values, { 'deployment-api.yaml': API_DEPLOYMENT, 'job-db-sync.yaml': DB_SYNC_JOB, 'pod-test.yaml': pod }), [
        'keystone',
      ]),
    ).toEqual([
      'keystone/values.yaml:7:5 entrypoint/dead-component/unread',
      'keystone/values.yaml:9:5 entrypoint/dead-component/unreadNear',
    ]);
  });

  it('says nothing when a component argument is not known, or the chart has no templates here', async () => {
    const dynamic = '{{ tuple $envAll $component list | include "helm-toolkit.snippets.kubernetes_entrypoint_init_container" }}\n';
    expect(await findings(tree(values, { 'deployment-api.yaml': API_DEPLOYMENT, 'x.yaml': dynamic }), ['keystone'])).toEqual([]);
    expect(await findings({ 'keystone/Chart.yaml': TOOLKIT_CHART('keystone'), 'keystone/values.yaml': values })).toEqual([]);
  });

  it('reads components from the snippets, the resolver, direct reads and the helm-toolkit manifests included', () => {
    const reads = deriveDependencyReads(
      [
        { name: 'a.yaml', text: API_DEPLOYMENT },
        { name: 'b.yaml', text: DB_SYNC_JOB },
        {
          name: 'c.yaml',
          text: '{{- $o := dict "envAll" $envAll "dependencyKey" "compute" -}}\n{{/* tuple $envAll "old" list | include "helm-toolkit.snippets.kubernetes_entrypoint_init_container" */}}\n',
        },
        { name: 'd.yaml', text: '{{ tuple $envAll "server" $sa | include "helm-toolkit.snippets.kubernetes_pod_rbac_serviceaccount" }}\n' },
      ],
      defineTexts([
        '{{- define "helm-toolkit.manifests.job_db_sync" -}}\n{{ tuple $envAll "db_sync" list | include "helm-toolkit.snippets.kubernetes_entrypoint_init_container" }}\n{{- end }}\n',
      ]),
    );
    expect(reads.components).toEqual(['api', 'compute', 'db_sync', 'server']);
    expect(reads.stringJobs).toEqual([]);
    expect(reads.rendered.map(({ component, guards }) => `${component}: ${JSON.stringify(guards)}`)).toEqual([
      'api: [[]]',
      'compute: [[]]',
      'db_sync: [[]]',
      'server: [[]]',
    ]);
    expect(deriveDependencyReads([{ name: 'b.yaml', text: DB_SYNC_JOB }], undefined).components).toBeUndefined();
  });
});

describe('entrypoint/disabled-job', () => {
  /** A template for each component, rendered under `manifests.<flag>`. */
  const guarded = (chart: string, components: Record<string, string>): Record<string, string> => ({
    ...toolkitFiles(),
    ...Object.fromEntries(
      Object.entries(components).map(([component, flag]) => [
        `${chart}/templates/${component}.yaml`,
        `{{- define "x.${component}" }}{{ if .y }}{{ end }}{{- end }}\n{{- if .Values.manifests.${flag} }}\n{{- $envAll := . }}\n` +
          `{{ tuple $envAll "${component}" list | include "helm-toolkit.snippets.kubernetes_entrypoint_init_container" | indent 8 }}\n{{- end }}\n`,
      ]),
    ),
  });

  it('reports jobs switched off when they are all a component waits for', async () => {
    const values = `manifests:
  job_db_sync: false
  job_fernet_setup: true
  deployment_api: true
dependencies:
  static:
    api:
      jobs:
        - keystone-db-sync
    bootstrap:
      jobs:
        - keystone-db-sync
        - keystone-fernet-setup
    db_init:
      jobs:
        - keystone-db-sync
      services:
        - endpoint: internal
          service: oslo_db
    credential:
      jobs:
        - keystone-credential-setup
${ENDPOINTS}`;
    const templates = guarded('keystone', {
      api: 'deployment_api',
      bootstrap: 'job_bootstrap',
      db_init: 'job_db_init',
      credential: 'job_credential',
    });
    expect(
      await findings({ ...templates, 'keystone/Chart.yaml': TOOLKIT_CHART('keystone'), 'keystone/values.yaml': values }, ['keystone']),
    ).toEqual(['keystone/values.yaml:9:11 entrypoint/disabled-job/onlyDependency']);
  });

  it('says nothing when the pods that wait are switched off too, or the templates are not in the run', async () => {
    const values = `manifests:\n  job_db_sync: false\n  deployment_api: false\ndependencies:\n  static:\n    api:\n      jobs:\n        - keystone-db-sync\n`;
    const files = { 'keystone/Chart.yaml': TOOLKIT_CHART('keystone'), 'keystone/values.yaml': values };
    expect(await findings({ ...guarded('keystone', { api: 'deployment_api' }), ...files }, ['keystone'])).toEqual([]);
    expect(await findings(files)).toEqual([]);
  });

  it('takes the flags of the chart defaults under an override, and the override’s own over them', async () => {
    const override = (flag: string) => `${flag}dependencies:\n  static:\n    api:\n      jobs:\n        - keystone-db-sync\n`;
    const files = (flag: string): Record<string, string> => ({
      ...guarded('keystone', { api: 'deployment_api' }),
      'keystone/Chart.yaml': TOOLKIT_CHART('keystone'),
      'keystone/values.yaml': `manifests:\n  job_db_sync: false\n${ENDPOINTS}`,
      'keystone/values_overrides/x.yaml': override(flag),
    });
    expect(await findings(files(''), ['keystone'])).toEqual([
      'keystone/values_overrides/x.yaml:5:11 entrypoint/disabled-job/onlyDependency',
    ]);
    expect(await findings(files('manifests:\n  job_db_sync: true\n'), ['keystone'])).toEqual([]);
  });

  it('reports the flag of an override that leaves a component of values.yaml waiting for nothing', async () => {
    const files = (override: string): Record<string, string> => ({
      ...guarded('grafana', { grafana: 'deployment', db_init: 'job_db_init' }),
      'grafana/Chart.yaml': TOOLKIT_CHART('grafana'),
      'grafana/values.yaml': `manifests:
  job_db_init: true
  job_db_session_sync: true
dependencies:
  static:
    grafana:
      jobs:
        - grafana-db-init
        - grafana-db-session-sync
    db_init:
      jobs:
        - grafana-db-init
      services:
        - endpoint: internal
          service: oslo_db
${ENDPOINTS}`,
      'grafana/values_overrides/sqlite3.yaml': override,
    });
    const both = 'manifests:\n  job_db_init: false\n  job_db_session_sync: false\n';
    expect(await findings(files(both), ['grafana'])).toEqual([
      'grafana/values_overrides/sqlite3.yaml:2:16 entrypoint/disabled-job/flagLeavesNothing',
      'grafana/values_overrides/sqlite3.yaml:3:24 entrypoint/disabled-job/flagLeavesNothing',
    ]);
    expect(await findings(files('manifests:\n  job_db_init: false\n'), ['grafana'])).toEqual([]);
    expect(await findings(files(`${both}  deployment: false\n`), ['grafana'])).toEqual([]);
  });

  it('reads the manifests flag a template ends in, and none where the file is not all under one', () => {
    expect(
      fileGuard(
        '{{- define "a" }}{{ if .x }}{{ end }}{{- end }}\n{{- $a := 1 }}\n{{- if .Values.manifests.job_db_sync }}\nx\n{{- end }}\n',
      ),
    ).toEqual(['job_db_sync']);
    expect(fileGuard('{{- if and .Values.manifests.job_x $envAll.Values.manifests.network_policy }}\nx\n{{- end }}\n')).toEqual([
      'job_x',
      'network_policy',
    ]);
    expect(fileGuard('{{- if .Values.manifests.a }}\nx\n{{- else }}\ny\n{{- end }}\n')).toEqual([]);
    expect(fileGuard('{{- if or .Values.manifests.a .Values.manifests.b }}\nx\n{{- end }}\n')).toEqual([]);
    expect(fileGuard('{{- if .Values.manifests.a }}\nx\n{{- end }}\nkind: ConfigMap\n')).toEqual([]);
  });
});
