/**
 * Rendered manifests: secrets/literal-in-manifest judges env values by shape under every name, reads
 * one-line ConfigMap entries as settings and knows the vendors' names.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { makeTree } from './helpers/tree.js';

async function findingsOf(rule: string, files: Record<string, string>): Promise<{ line: number; text: string }[]> {
  const root = makeTree(files);
  const manifests = Object.keys(files).filter((file) => file.startsWith('rendered'));
  const result = await lint({ paths: [], manifests, cwd: root });
  return result.diagnostics.filter((d) => d.ruleId === rule).map((d) => ({ line: d.line, text: `${d.messageId}: ${d.message}` }));
}

/** A Pod whose one container has these env vars, each `value:` on line 10 + 2 * its index. */
function pod(env: [string, string][]): string {
  const vars = env.map(([name, value]) => `        - name: ${name}\n          value: ${JSON.stringify(value)}\n`).join('');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      env:\n${vars}`;
}

/** A ConfigMap with these data entries, each key on line 6 + its index. */
function configMap(data: [string, string][]): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n${data.map(([key, value]) => `  ${key}: ${JSON.stringify(value)}\n`).join('')}`;
}

const literal = async (stream: string) => findingsOf('secrets/literal-in-manifest', { 'rendered.yaml': stream });
/** What the rule says of each env var, in order: its description, or "silent". */
async function envVerdicts(env: [string, string][]): Promise<string[]> {
  const found = await literal(pod(env));
  for (const [, value] of env) for (const f of found) if (value.length > 8) expect(f.text).not.toContain(value);
  return env.map((_, index) => {
    const hit = found.find((f) => f.line === 10 + 2 * index);
    return hit ? /is (.*) written into the manifest/.exec(hit.text)![1]! : 'silent';
  });
}
async function configMapVerdicts(data: [string, string][]): Promise<string[]> {
  const found = await literal(configMap(data));
  for (const [, value] of data) for (const f of found) if (value.length > 8) expect(f.text).not.toContain(value);
  return data.map((_, index) => {
    const hit = found.filter((f) => f.line === 6 + index);
    return hit.length ? hit.map((f) => f.text.replace(/^(\w+): .*?(holds|sets) /, '$1 $2 ').replace(/;.*/, '')).join(' | ') : 'silent';
  });
}

const PEM = '-----BEGIN RSA PRIVATE KEY-----\nMIIEfakeBodyLine0123456789\n-----END RSA PRIVATE KEY-----\n';
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlMTIzNDU2';

describe('secrets/literal-in-manifest: env values by shape, under every name', () => {
  it('finds each secret shape under a name that says nothing', async () => {
    expect(
      await envVerdicts([
        ['THE_GOOD_STUFF', PEM],
        ['SSH_STUFF', '---BEGIN OPENSSH PRIVATE KEY---\nb3BlbnNzaC1rZXktdjEAAAA\n---END  OPENSSH PRIVATE KEY---'],
        ['RABBITMQ_ADMIN_CONNECTION', 'rabbit://rabbitmq:Fake0Rabbit9@rabbitmq.openstack.svc.cluster.local:15672/'],
        ['DATABASE_URL', 'postgresql://app:Fake0Pg9x@db:5432/app'],
        ['AUTH_HEADER', 'Bearer abc123def456'],
        ['UPSTREAM_AUTH', 'bearer abc123def'],
        ['PROBE_HEADER', `Authorization: Bearer ${JWT}`],
        ['BASIC_AUTH', `Basic ${Buffer.from('admin:Fake0Pw9x').toString('base64')}`],
        ['SESSION', JWT],
        ['AWS_PAIR', `AKIAIOSFODNN7EXAMPLE:${AWS_SECRET}`],
        ['AWS_CREDENTIALS', `aws_secret_access_key = ${AWS_SECRET}`],
        ['GH', `ghp_${'a1B2'.repeat(9)}`],
      ]),
    ).toEqual([
      'a PEM private key',
      'a PEM private key',
      'a URL with a password in it',
      'a URL with a password in it',
      'an HTTP Bearer authorization header',
      'an HTTP Bearer authorization header',
      'an HTTP Bearer authorization header',
      'an HTTP Basic authorization header',
      'a JSON Web Token',
      'an AWS secret access key',
      'an AWS secret access key',
      'a GitHub token',
    ]);
  });

  it('says nothing of shapes that are not secrets, or that only look random', async () => {
    expect(
      await envVerdicts([
        ['DB_URL', 'AKIAIOSFODNN7EXAMPLE'],
        ['CHECKSUM', AWS_SECRET],
        ['CONFIG_HASH', 'Zx9Qm2Lr7Tp4Wv8Ks1Nd6Hb3Jf5Gc0Ye2Ua7Io4Pq9Rs1Tu'],
        ['KEYSTONE_URL', 'http://keystone-api.openstack.svc.cluster.local:5000/v3'],
        ['TRANSPORT', 'rabbit://rabbitmq:$(RABBITMQ_PASSWORD)@rabbitmq:5672/'],
        ['URL_TEMPLATE', "nagios_url = 'http://{0}:{1}@{2}'.format(username, password, uri)"],
        ['URL_PRINTF', 'http://%s:%(password)s@%s/'],
        ['AUTH_MODE', 'Bearer authentication'],
        ['REALM', 'Basic dXNlcm5hbWU='],
        ['PROBE', 'Bearer $(TOKEN)'],
        ['EMPTY_KEY', '-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n'],
        ['CA_CERT', '-----BEGIN CERTIFICATE-----\nMIIBfakeCertBody0123\n-----END CERTIFICATE-----\n'],
        ['GREETING', 'hello'],
        ['BLAH', 'secretsquirrels'],
      ]),
    ).toEqual(Array(14).fill('silent'));
  });
});

describe('secrets/literal-in-manifest: sensitive names', () => {
  it("knows SECRET_* prefixes and the vendors' names", async () => {
    const names = [
      'SECRET_BLAH',
      'SECRET_KEY_BASE',
      'AWS_SECRET_ACCESS_KEY',
      'AZURE_BATCH_KEY',
      'AZURE_STORAGE_ACCOUNT_KEY',
      'OCI_CLI_KEY_CONTENT',
      'PGPASSWORD',
      'MYSQL_PWD',
      'REDISCLI_AUTH',
    ];
    expect(await envVerdicts(names.map((name) => [name, 'Fake0Pw9x']))).toEqual(Array(names.length).fill('a 9-character literal'));
  });

  it('leaves identifiers and names of Secrets alone', async () => {
    expect(
      await envVerdicts([
        ['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'],
        ['SECRET_NAME', 'Fake0Pw9x'],
        ['SECRET_NAMESPACE', 'openstack'],
        ['SECRET_MOUNT_PATH', 'etc/secrets'],
        ['SECRET_BLAH', 'keystone-db-secret'],
        ['AZURE_KEY_VAULT_NAME', 'kv-prod'],
        ['OCI_CLI_KEY_FILE', '/etc/oci/key.pem'],
        ['PGPASSFILE', '/etc/postgres/pgpass'],
        ['SECRETS_DIR', 'secrets'],
        ['SECRET_UUID', '457eb676-33da-42ec-9a8c-9293d545c337'],
      ]),
    ).toEqual(Array(10).fill('silent'));
  });

  it('finds chat webhook URLs under any name, and keeps switches and Grafana references silent', async () => {
    expect(
      await envVerdicts([
        ['NOTIFY_TARGET', 'https://hooks.slack.com/services/T0FAKE123/B0FAKE456/Xq7vR2mK9pL4wZq7vR2mK9pL'],
        ['HOOK', 'https://discord.com/api/webhooks/123456789012345678/Xq7vR2mK9pL4wZq7vR2mK9pL4wZq7vR2mK9pL4wZq7vR2mK'],
        ['SLACK_URL', 'https://hooks.slack.com/services'],
        ['SECRET_KEY_BASE_DUMMY', '1'],
        ['GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET', '$__file{/etc/secrets/oauth/client_secret}'],
      ]),
    ).toEqual(['a chat webhook URL with its token', 'a chat webhook URL with its token', 'silent', 'silent', 'silent']);
  });

  it('reads an option list that only says how a secret is made or where it lives as settings, not a secret', async () => {
    expect(
      await envVerdicts([
        // etcd's --auth-token, as bitnami's etcd renders it
        ['ETCD_AUTH_TOKEN', 'jwt,priv-key=/opt/bitnami/etcd/certs/token/jwt-token.pem,sign-method=RS256,ttl=10m'],
        ['ETCD_AUTH_TOKEN', 'simple,ttl=10m,key-file=jwt.key'],
        ['DB_CREDENTIALS', 'user=app,password=Xq7vR2mK9pL4'],
        ['API_TOKEN', 'format=jwt,value=Xq7vR2mK9pL4wZ'],
      ]),
    ).toEqual(['silent', 'silent', 'a 30-character literal', 'a 31-character literal']);
  });

  it('keeps references, placeholders, empty values and switches silent, and names a known default', async () => {
    expect(
      await envVerdicts([
        ['DB_PASSWORD', '$(DB_PASSWORD_FROM_SECRET)'],
        ['DB_PASSWORD', '${DB_PASSWORD}'],
        ['DB_PASSWORD', '{{ .Values.password }}'],
        ['DB_PASSWORD', ''],
        ['SECRET_ENABLED', 'true'],
        ['DB_PASSWORD', 'false'],
        ['DB_PASSWORD', 'password'],
        ['SECRET_BLAH', 'secretsquirrels'],
      ]),
    ).toEqual([
      'silent',
      'silent',
      'silent',
      'silent',
      'silent',
      'silent',
      'the well-known default credential "password"',
      'a 15-character literal',
    ]);
  });
});

describe('secrets/literal-in-manifest: ConfigMap entries', () => {
  it('reads a one-line entry as a setting named by its data key', async () => {
    expect(
      await configMapVerdicts([
        ['db_username', 'postgres'],
        ['db_password', 'Fake0Pw9x'],
        ['AWS_SECRET_ACCESS_KEY', 'Fake0Pw9x'],
        ['AZURE_BATCH_KEY', 'Fake0Pw9x'],
        ['OCI_CLI_KEY_CONTENT', 'Fake0Pw9x'],
        ['SECRET_BLAH', 'Fake0Pw9x\n'],
        ['aws_access_key_id', 'AKIAIOSFODNN7EXAMPLE'],
        ['message', 'This is a test'],
        ['db_password_file', '/etc/db/password'],
        ['rabbit_secret', 'rabbitmq-admin-secret'],
        ['DB_PASSWORD', '$(DB_PASSWORD)'],
        ['api_token', ''],
        ['cookie_secure', 'false'],
      ]),
    ).toEqual([
      'silent',
      'configMapValue holds a 9-character literal',
      'configMapValue holds a 9-character literal',
      'configMapValue holds a 9-character literal',
      'configMapValue holds a 9-character literal',
      'configMapValue holds a 9-character literal',
      'silent',
      'silent',
      'silent',
      'silent',
      'silent',
      'silent',
      'silent',
    ]);
  });

  it('keeps reading multi-line config files line by line, and shapes anywhere in a value', async () => {
    expect(
      await configMapVerdicts([
        ['app.conf', '[database]\npassword = Fake0Pw9x\nconnection_recycle_time = 600\n'],
        ['extra.conf', 'password = Fake0Pw9x'],
        ['db_password', 'first line\nsecond line\n'],
        ['ssh_access', PEM],
        ['curl.cfg', `url = https://api.example.com\nheader = "x"\nAuthorization: Bearer ${JWT}\n`],
        ['DB_URL', 'AKIAIOSFODNN7EXAMPLE'],
        ['alertmanager.yml', 'receivers:\n  - name: ops\n    opsgenie_configs:\n      - api_key: Fake0Pw9xKey\n'],
      ]),
    ).toEqual([
      'configMapLine sets "password" to a 9-character literal',
      'configMapLine sets "password" to a 9-character literal',
      'silent',
      'configMapValue holds a PEM private key',
      'configMapValue holds an HTTP Bearer authorization header',
      'silent',
      'configMapLine sets "api_key" to a 12-character literal',
    ]);
  });
});
