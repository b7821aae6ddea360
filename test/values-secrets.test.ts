/**
 * The values secret rules with what sits around a value: its siblings, and what the chart's own templates
 * do with it (write it into a Secret, read it only behind a toggle that is off).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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

  it('follows an edited toggle default on a rerun that keeps what the facts derived (--cache)', async () => {
    // The override sets the password only: whether it is read is the defaults' toggle's to say.
    const override = {
      'fluentd/values_overrides/kafka.yaml': 'endpoints:\n  kafka:\n    auth:\n      admin:\n        password: fake-kafka-pw-1111\n',
    };
    const root = makeTree(chart('false', override));
    const run = async (): Promise<string[]> => {
      const env = { ...process.env, CHARTLINT_CACHE_DIR: path.join(root, '.cache') };
      const result = await lint({ paths: ['.'], cwd: root, cache: true, env });
      return result.diagnostics.filter((d) => d.ruleId === 'secrets/in-chart-defaults').map((d) => d.file);
    };
    expect(await run()).toEqual([]);
    expect(await run()).toEqual([]);
    const file = path.join(root, 'fluentd/values.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('secret_kafka: false', 'secret_kafka: true'));
    expect(await run()).toContain('fluentd/values_overrides/kafka.yaml');
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

describe("other tools' settings and Helm's habits in generic charts", () => {
  const lintValues = (values: string): Promise<string[]> => secretFindings({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': values });

  it('judges annotations, labels and prefix/name keys by shape only', async () => {
    const values = [
      'ingress:',
      '  annotations:',
      '    nginx.ingress.kubernetes.io/auth-secret: default/basic-auth',
      '    secret.reloader.stakater.com/reload: "app-secret,db-secret"',
      '    vault.hashicorp.com/agent-inject-secret-token: secret/data/app/token',
      'podAnnotations:',
      '  checksum/secret: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      '  example.com/token: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlMTIzNDU2',
      '',
    ].join('\n');
    // The JWT is a secret by its shape, wherever it stands.
    expect(await lintValues(values)).toEqual(['app/values.yaml:8 podAnnotations.example.com/token']);
  });

  it("names a Secret by GitLab's {secret, key} pair and a tls.secret, and an env var by *Env", async () => {
    const values = [
      'psql:',
      '  password:',
      '    secret: gitlab-postgresql-password',
      '    key: postgresql-password',
      'tls:',
      '  secret: my-app-tls',
      'staticClient:',
      '  secretEnv: ARGOCD_CLIENT_SECRET',
      'plain:',
      '  secret: Xq7vR2mK9pL4',
      '',
    ].join('\n');
    expect(await lintValues(values)).toEqual(['app/values.yaml:10 plain.secret']);
  });

  it("reads Grafana's $__file{}, a whole $VAR and harbor's upper-case Secret keys as what they are", async () => {
    const values = [
      'grafana.ini:',
      '  auth.generic_oauth:',
      '    client_secret: $__file{/etc/secrets/oauth/client_secret}',
      '  smtp:',
      '    password: $__env{GF_SMTP_PASSWORD}',
      'connector:',
      '  clientSecret: $GITHUB_CLIENT_SECRET',
      'core:',
      '  existingXsrfSecretKey: CSRF_KEY',
      'jobservice:',
      '  existingSecretKey: JOBSERVICE_SECRET',
      'admin:',
      '  password: $ecretPassw0rd with a space',
      '',
    ].join('\n');
    expect(await lintValues(values)).toEqual(['app/values.yaml:13 admin.password']);
  });

  it('knows more placeholder spellings and masks, and base64 of a certificate as public', async () => {
    const cert = Buffer.from(
      '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUfake0certificate0body0for0tests0only0AAAAAAAA\n-----END CERTIFICATE-----\n',
    ).toString('base64');
    const key = Buffer.from(
      '-----BEGIN PRIVATE KEY-----\nMIIEvfake0private0key0body0for0tests0only0AAAAAAAAAAAAA\n-----END PRIVATE KEY-----\n',
    ).toString('base64');
    const values = [
      'a:',
      '  password: REPLACE_ME',
      '  token: SET_ME',
      '  apiKey: insert-api-key',
      '  secret: "********"',
      'admissionWebhooks:',
      `  caBundle: ${cert}`,
      'webhook:',
      `  tlsPrivateKey: ${key}`,
      '',
    ].join('\n');
    expect(await lintValues(values)).toEqual(['app/values.yaml:9 webhook.tlsPrivateKey']);
  });

  it('says nothing of identifiers written into a Secret (a resource group, a provider)', async () => {
    const found = await secretFindings({
      'app/Chart.yaml': CHART('app'),
      'app/values.yaml': 'azure:\n  resourceGroup: my-dns-rg\n  provider: oidc\n  clientSecretValue: Xq7vR2mK9pL4wZ\n',
      'app/templates/secret.yaml': SECRET(
        '  group: {{ .Values.azure.resourceGroup | b64enc }}\n  provider: {{ .Values.azure.provider | b64enc }}\n  value: {{ .Values.azure.clientSecretValue | b64enc }}\n',
      ),
    });
    expect(found).toEqual(['app/values.yaml:4 azure.clientSecretValue']);
  });

  it('keeps a key path readable when the secret is part of a key (postgres in postgresql)', async () => {
    const root = makeTree({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': 'postgresql:\n  auth:\n    postgresPassword: postgres\n' });
    const result = await lint({ paths: ['.'], cwd: root });
    const messages = result.diagnostics.filter((d) => d.ruleId === 'secrets/in-chart-defaults').map((d) => d.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('"postgresql.auth.postgresPassword"');
  });
});
