/**
 * The values secret rules with what sits around a value: its siblings, and what the chart's own templates
 * do with it (write it into a Secret, read it only behind a toggle that is off).
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { deriveSecretWrites } from '../src/templates/secret-writes.js';
import { CHART, makeTree } from './helpers/tree.js';

async function secretFindings(files: Record<string, string>, rule = 'secrets/in-chart-defaults'): Promise<string[]> {
  const root = makeTree(files);
  const result = await lint({ paths: ['.'], cwd: root });
  expect(result.internalErrors).toEqual([]);
  return result.diagnostics.filter((d) => d.ruleId === rule).map((d) => `${d.file}:${d.line} ${d.path ?? ''}`);
}

const SECRET = (data: string, gate?: string): string => {
  const body = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}-creds\ntype: Opaque\ndata:\n${data}`;
  return gate ? `{{/* a licence */}}\n{{- if .Values.${gate} }}\n---\n${body}{{- end }}\n` : body;
};

describe('a value the chart writes into a Secret', () => {
  const values = 'auth:\n  username: bn_app\n  rbdKeyring: AQBz3d1fake0keyring0value\n  port: "5432"\n';

  it('is sensitive whatever its key; a username or a port written beside it is not', async () => {
    const found = await secretFindings({
      'app/Chart.yaml': CHART('app'),
      'app/values.yaml': values,
      'app/templates/secret.yaml': SECRET(
        '  user: {{ .Values.auth.username | b64enc }}\n  keyring: {{ required "set it" .Values.auth.rbdKeyring | b64enc | quote }}\n  port: {{ $.Values.auth.port | b64enc }}\n',
      ),
    });
    expect(found).toEqual(['app/values.yaml:3 auth.rbdKeyring']);
  });

  it('is not judged by use when no template writes it into a Secret (a ConfigMap, or a condition)', async () => {
    const found = await secretFindings({
      'app/Chart.yaml': CHART('app'),
      'app/values.yaml': values,
      'app/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\ndata:\n  keyring: {{ .Values.auth.rbdKeyring }}\n',
      'app/templates/secret.yaml': SECRET('  {{- if .Values.auth.rbdKeyring }}\n  x: eA==\n  {{- end }}\n'),
    });
    expect(found).toEqual([]);
  });

  it("counts bitnami's providedValues as written", () => {
    const writes = deriveSecretWrites([
      {
        name: 'secrets.yaml',
        text: SECRET(
          '  api-key: {{ include "common.secrets.passwords.manage" (dict "key" "api-key" "providedValues" (list "auth.apiKeyValue") "context" $) }}\n',
        ),
      },
    ]);
    expect(writes.written).toEqual(['auth.apiKeyValue']);
  });
});

describe('a value read only behind a toggle that is off', () => {
  const chart = (toggle: string, extra: Record<string, string> = {}) => ({
    'fluentd/Chart.yaml': CHART('fluentd'),
    'fluentd/values.yaml': `endpoints:\n  kafka:\n    auth:\n      admin:\n        username: admin\n        password: fake-kafka-pw-0000\nmanifests:\n  secret_kafka: ${toggle}\n`,
    'fluentd/templates/secret-kafka.yaml': SECRET(
      '  KAFKA_PASSWORD: {{ .Values.endpoints.kafka.auth.admin.password | b64enc }}\n',
      'manifests.secret_kafka',
    ),
    'fluentd/templates/daemonset.yaml':
      '{{- $broker := tuple "kafka" "internal" . | include "helm-toolkit.endpoints.hostname_fqdn_endpoint_lookup" }}\nkind: DaemonSet\n',
    ...extra,
  });

  it('is unused by default: not reported', async () => {
    expect(await secretFindings(chart('false'))).toEqual([]);
  });

  it('is reported when the toggle is on, or an override file turns it on', async () => {
    expect(await secretFindings(chart('true'))).toEqual(['fluentd/values.yaml:6 endpoints.kafka.auth.admin.password']);
    const override = {
      'fluentd/values_overrides/kafka.yaml':
        'manifests:\n  secret_kafka: true\nendpoints:\n  kafka:\n    auth:\n      admin:\n        password: fake-kafka-pw-1111\n',
    };
    expect(await secretFindings(chart('false', override))).toEqual([
      'fluentd/values_overrides/kafka.yaml:7 endpoints.kafka.auth.admin.password',
    ]);
  });

  it('is reported when an ungated template reads it, or looks its endpoint credentials up by name', async () => {
    const direct = { 'fluentd/templates/job.yaml': 'kind: Job\nenv: {{ .Values.endpoints.kafka.auth }}\n' };
    expect(await secretFindings(chart('false', direct))).toHaveLength(1);
    const lookup = {
      'fluentd/templates/job.yaml':
        '{{- $url := tuple "kafka" "internal" "admin" . | include "helm-toolkit.endpoints.authenticated_endpoint_uri_lookup" }}\n',
    };
    expect(await secretFindings(chart('false', lookup))).toHaveLength(1);
  });
});

describe('siblings', () => {
  const values = (body: string) => ({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': body });

  it('a *Key beside the Secret name names a key inside that Secret', async () => {
    expect(await secretFindings(values('objectStorageConfig:\n  secretName: ""\n  secretKey: objstore\n'))).toEqual([]);
    expect(await secretFindings(values('objectStorageConfig:\n  bucket: x\n  secretKey: objstore\n'))).toEqual([
      'app/values.yaml:3 objectStorageConfig.secretKey',
    ]);
  });

  it('a key with a <key>Namespace sibling names an object', async () => {
    expect(await secretFindings(values('storage:\n  secret: freezerdbpassword\n  secretNamespace: openstack\n'))).toEqual([]);
    expect(await secretFindings(values('storage:\n  secret: freezerdbpassword\n'))).toEqual(['app/values.yaml:2 storage.secret']);
  });

  it('a value under enabled: false is switched off', async () => {
    expect(await secretFindings(values('registry:\n  auth:\n    enabled: false\n    password: fake-reg-pw-0000\n'))).toEqual([]);
    expect(await secretFindings(values('registry:\n  auth:\n    enabled: true\n    password: fake-reg-pw-0000\n'))).toEqual([
      'app/values.yaml:4 registry.auth.password',
    ]);
  });

  it("rally's test scenarios are a test's throwaway input", async () => {
    const rally =
      'conf:\n  rally_tests:\n    tests:\n      TroveInstances.create:\n        - args:\n            password: fake-test-pw-00\n';
    expect(await secretFindings(values(rally))).toEqual([]);
    expect(await secretFindings(values(rally.replace('rally_tests', 'tests_of_mine')))).toHaveLength(1);
  });

  it('in-shared-globals asks the same helper', async () => {
    const tree = (enabled: string) => ({
      'keystone/Chart.yaml': CHART('keystone'),
      'nova/Chart.yaml': CHART('nova'),
      'openstack/Chart.yaml': `${CHART('openstack')}dependencies:\n${['keystone', 'nova'].map((c) => `  - name: ${c}\n    version: 0.1.0\n    repository: file://../${c}\n`).join('')}`,
      'openstack/values.yaml': `global:\n  registry:\n    enabled: ${enabled}\n    password: fake-global-pw-00\n`,
      'region-eu/Chart.yaml': `${CHART('region-eu')}dependencies:\n  - name: openstack\n    version: 0.1.0\n    repository: file://../openstack\n`,
    });
    expect(await secretFindings(tree('false'), 'secrets/in-shared-globals')).toEqual([]);
    expect(await secretFindings(tree('true'), 'secrets/in-shared-globals')).toEqual(['openstack/values.yaml:4 global.registry.password']);
  });
});
