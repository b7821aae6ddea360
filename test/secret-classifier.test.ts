/** The classifier's judgement of single values: where a secret is kept is not the secret. */
import { describe, expect, it } from 'vitest';
import { describeByValue, SecretClassifier } from '../src/secrets/classify.js';
import { shownSegment } from '../src/common/secret-shape.js';

describe('a sensitive key holding', () => {
  const classifier = new SecretClassifier();
  const sensitive = (key: string, value: string): boolean => classifier.classify(['tls', key], value).sensitive;

  it('the name of a key or certificate file is not a secret', () => {
    expect(sensitive('privateKey', 'private.key')).toBe(false);
    expect(sensitive('private_key', 'tls.pem')).toBe(false);
    expect(sensitive('keystore_password', 'server.jks')).toBe(false);
    expect(sensitive('ca_private_key', '/etc/octavia/certs/private/cakey.pem')).toBe(false);
  });

  it('a literal is, even when it ends like a file name elsewhere in it', () => {
    expect(sensitive('privateKey', 'hunter2.key.backup')).toBe(true);
    expect(sensitive('password', 'my secret.key')).toBe(true);
  });
});

describe('a name that ends in a sensitive word', () => {
  const classifier = new SecretClassifier();

  it("is not sensitive when it names etcd's public cluster identifier", () => {
    expect(classifier.isSensitiveKey('ETCD_INITIAL_CLUSTER_TOKEN')).toBe(false);
    expect(classifier.isSensitiveKey('initial_cluster_token')).toBe(false);
    expect(classifier.isSensitiveKey('cluster_token')).toBe(true);
  });
});

describe("Helm's names under sensitive-looking keys", () => {
  const classifier = new SecretClassifier();
  const sensitive = (key: string, value: string): boolean => classifier.classify(['auth', key], value).sensitive;

  it('a Secret name under a key that ends in Secret is a name (tlsSecret, existingSecret, provisionerSecret)', () => {
    expect(sensitive('tlsSecret', 'ghost.local-tls')).toBe(false);
    expect(sensitive('provisionerSecret', 'csi-rbd-secret')).toBe(false);
    expect(sensitive('existingSecret', 'db-creds')).toBe(false);
    // An existing object is named whatever the name's shape.
    expect(sensitive('existingSecret', 'mysecret')).toBe(false);
  });

  it("the Secret that holds a credential is named whatever the name's shape (passwordSecret, redis_password_secret)", () => {
    expect(sensitive('redis_password_secret', 'redis')).toBe(false);
    expect(sensitive('tokenSecret', 'mysecret')).toBe(false);
    expect(sensitive('passwordSecret', 'S3cr3t-Value')).toBe(true);
    expect(sensitive('redis_password', 'redis')).toBe(true);
  });

  it('a duration says how long a secret lives, not what it is', () => {
    expect(sensitive('SECRET_ROTATION', '30d')).toBe(false);
    expect(sensitive('token_lifetime', '24h')).toBe(false);
    expect(sensitive('password', '30days')).toBe(true);
  });

  it('under such a key, a value that does not read as a name is a secret', () => {
    expect(sensitive('tlsSecret', 'mysecret')).toBe(true);
    expect(sensitive('tlsSecret', 'S3cr3t-Value')).toBe(true);
    expect(sensitive('existingSecret', 'console123')).toBe(true);
    // A UUID is a secret's shape, not a name's.
    expect(sensitive('tlsSecret', '9aee62c0-5253-4a86-b189-e0fb71fa503c')).toBe(true);
  });

  it('a key that says what kind of secret value it holds holds the value (clientSecret, cookieSecret, bare secret)', () => {
    expect(sensitive('clientSecret', 'my-client-secret')).toBe(true);
    expect(sensitive('cookieSecret', 'some-cookie-secret')).toBe(true);
    expect(sensitive('metadata_proxy_shared_secret', 'shared-secret')).toBe(true);
    expect(sensitive('secret', 'not-so-secret-secret')).toBe(true);
  });

  it('*SecretName, *_secret_name and *SecretRef name a Secret whatever they hold', () => {
    expect(sensitive('existingSecretName', 'S3cr3tLooking1')).toBe(false);
    expect(sensitive('user_secret_name', 'S3cr3tLooking1')).toBe(false);
    expect(sensitive('passwordSecretRef', 'S3cr3tLooking1')).toBe(false);
  });

  it('a key name under a *SecretKey key is a name (existingPasswordSecretKey, tokenSecretKey, existingSecretKeySecretKey)', () => {
    expect(sensitive('existingPasswordSecretKey', 'password')).toBe(false);
    expect(sensitive('tokenSecretKey', 'token')).toBe(false);
    expect(sensitive('existingSecretKeySecretKey', 'secret-key')).toBe(false);
    expect(sensitive('existingSecretKey', 'admin-password')).toBe(false);
    expect(sensitive('serviceAccountSecretKey', 'credentials.json')).toBe(false);
    expect(sensitive('secretKey', 'thanos.yaml')).toBe(false);
    expect(sensitive('tokenSecretKey', 'tls.crt')).toBe(false);
  });

  it('a secret key itself is a secret: a bare secretKey, or a value not shaped like a key name', () => {
    // S3 secret keys (prometheus.thanos.objectStorageConfig.secretKey, MinIO's users[].secretKey).
    expect(sensitive('secretKey', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBe(true);
    expect(sensitive('secretKey', 'console123')).toBe(true);
    expect(sensitive('secret_key', 'admin_secret_key')).toBe(true);
    expect(sensitive('tokenSecretKey', 'Zm9vYmFyYmF6cXV4')).toBe(true);
    expect(sensitive('existingPasswordSecretKey', 'hunter2')).toBe(true);
    expect(sensitive('horizon_secret_key', 'some-django-key')).toBe(true);
  });

  it('an access key is an identifier (MinIO accessKey, an S3 access_key); the secret key beside it is the secret', () => {
    expect(sensitive('accessKey', 'console')).toBe(false);
    expect(sensitive('access_key', 'admin_access_key')).toBe(false);
    expect(sensitive('secretKey', 'console123')).toBe(true);
  });
});

describe('public key material', () => {
  const classifier = new SecretClassifier();
  const sensitive = (key: string, value: string): boolean => classifier.classify(['tls', key], value).sensitive;
  const pem = (label: string, body: string): string => `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;

  it('a certificate, a public key or an OpenSSH public key is not a secret', () => {
    expect(sensitive('secret', pem('CERTIFICATE', 'MIIBszCCAVmgAwIBAgIUe1\nQ2FkZmFrZWNlcnQ=\n'))).toBe(false);
    expect(sensitive('secret', pem('PUBLIC KEY', 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n'))).toBe(false);
    expect(sensitive('credentials', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host')).toBe(false);
    expect(sensitive('credentials', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFake')).toBe(false);
  });

  it('a private key is, also beside a certificate; an ssh line with something else after it is judged as a literal', () => {
    const bundle = pem('CERTIFICATE', 'MIIBszCCAVmg\n') + pem('RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEAfake\n');
    expect(sensitive('secret', bundle)).toBe(true);
    expect(sensitive('notes', pem('PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0B\n'))).toBe(true);
    expect(sensitive('credentials', 'ssh-rsa-but-not-really')).toBe(true);
  });

  it('under secrets: (Secret names in OpenStack-Helm) only a private key counts by shape', () => {
    const key = '-----BEGIN RSA PRIVATE KEY-----\nMIIEogIBAAKCAQEA\n-----END RSA PRIVATE KEY-----';
    expect(classifier.classify(['secrets', 'hostKey'], key).sensitive).toBe(true);
    expect(classifier.classify(['secrets', 'identity', 'admin'], 'keystone-keystone-admin').sensitive).toBe(false);
    expect(classifier.classify(['secrets', 'token'], 'glpat-abcdefghijklmnopqrstuvwxyz').sensitive).toBe(false);
  });

  it('an empty PEM envelope holds no key', () => {
    expect(sensitive('privateKey', '-----BEGIN RSA PRIVATE KEY-----\n-----END RSA PRIVATE KEY-----\n')).toBe(false);
    expect(sensitive('privateKey', '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----\n')).toBe(true);
  });
});

describe('the placeholders operators write', () => {
  const classifier = new SecretClassifier();
  const sensitive = (key: string, value: string): boolean => classifier.classify(['conf', key], value).sensitive;

  it('the DEFINED-IN family in any spelling, case or separator', () => {
    for (const marker of ['DEFINED-IN-SECRETS', 'DEFINED_IN_VALUES_FILE', 'DEFINE_IN_REGION_VALUES', 'defined-in-region-chart']) {
      expect(sensitive('password', marker)).toBe(false);
      expect(classifier.isPlaceholder(marker)).toBe(true);
    }
    expect(sensitive('password', 'DEFINED')).toBe(true);
    expect(sensitive('password', 'INDEFINED-IN-X')).toBe(true);
  });

  it('CHANGEME, CHANGE_ME and change-me are placeholders; lowercase changeme is a well-known default', () => {
    expect(sensitive('password', 'CHANGEME')).toBe(false);
    expect(sensitive('password', 'CHANGE_ME')).toBe(false);
    expect(sensitive('password', 'change-me')).toBe(false);
    const changeme = classifier.classify(['conf', 'password'], 'changeme');
    expect(changeme).toMatchObject({ sensitive: true, knownDefault: true });
    expect(classifier.classify(['conf', 'password'], 'admin')).toMatchObject({ sensitive: true, knownDefault: true });
  });

  it('runs of X, angle brackets, "your ... here" spellings', () => {
    for (const value of [
      'XXXXXXXX',
      'xxx',
      'xxxx-xxxx',
      '<your-token>',
      'YourSlackToken',
      'your-api-key-here',
      'YOUR_TOKEN',
      'add your own',
      'put-the-key-here',
    ]) {
      expect(sensitive('token', value)).toBe(false);
    }
    for (const value of ['TODO', 'TBD', 'FIXME']) expect(sensitive('sentry_dsn', value)).toBe(false);
    expect(sensitive('sentry_dsn', 'todo-list-app')).toBe(true);
    for (const value of ['XX', 'Xx9Xx9Xx', 'Yourself1', 'yourpass', 'where', 'nothere']) expect(sensitive('token', value)).toBe(true);
  });

  it('a value that spells its own key, optionally with -value', () => {
    expect(sensitive('pure_api_token', 'pure-api-token-value')).toBe(false);
    expect(sensitive('apiToken', 'api-token')).toBe(false);
    expect(sensitive('accountkey', 'base64encodedaccountkey')).toBe(false);
    // A one-word key spelt back is a well-known default, not a placeholder.
    expect(classifier.classify(['conf', 'password'], 'password')).toMatchObject({ sensitive: true, knownDefault: true });
    expect(sensitive('pure_api_token', 'pure-api-token-2024')).toBe(true);
  });

  it('secrets.placeholders still adds more', () => {
    const custom = new SecretClassifier({ keys: [], ignoreKeys: [], placeholders: ['FillMeIn!'], knownDefaults: [] });
    expect(custom.classify(['conf', 'password'], 'FillMeIn!').sensitive).toBe(false);
    expect(classifier.classify(['conf', 'password'], 'FillMeIn!').sensitive).toBe(true);
  });

  it('rendered, the marker shapes are unresolved; ordinary words and phrases are not markers', () => {
    expect(classifier.markerIn('DEFINED_IN_VALUES_FILE')).toBe('DEFINED_IN_VALUES_FILE');
    expect(classifier.markerIn('url = https://x/?k=DEFINE_IN_REGION_VALUES')).toBe('DEFINE_IN_REGION_VALUES');
    expect(classifier.markerIn('CHANGEME')).toBe('CHANGEME');
    expect(classifier.markerIn('YourSlackToken')).toBe('YourSlackToken');
    expect(classifier.markerIn('your-app')).toBeUndefined();
    expect(classifier.markerIn('click-here')).toBeUndefined();
    expect(classifier.markerIn('please add your own')).toBeUndefined();
    expect(classifier.markerIn('defined in values')).toBeUndefined();
    expect(classifier.markerIn('REPLACE_ME')).toBe('REPLACE_ME');
    expect(classifier.markerIn('********')).toBe('********');
    // A word in a rendered setting, though `insert-api-key` is a placeholder in values.
    expect(classifier.markerIn('insert-only')).toBeUndefined();
    expect(classifier.classify(['apiKey'], 'insert-api-key').sensitive).toBe(false);
  });
});

describe('a value the chart writes into a Secret', () => {
  const classifier = new SecretClassifier();
  const written = (key: string, value: unknown): boolean => classifier.classify(['auth', key], value, { writtenToSecret: true }).sensitive;

  it('is sensitive whatever its key', () => {
    expect(written('rbdKeyring', 'AQBz3d1fake0keyring0value==')).toBe(true);
    expect(written('htpasswd', 'user:$2y$10$9L4Tc0DJbFFMB6RdSC')).toBe(true);
    expect(classifier.classify(['auth', 'rbdKeyring'], 'AQBz3d1fake0keyring')).toMatchObject({ sensitive: false });
  });

  it('unless its key says who or where, or it is a number, a whole config file, a plain URL or an LDAP DN', () => {
    expect(written('username', 'bn_wordpress')).toBe(false);
    expect(written('database', 'bitnami_wordpress')).toBe(false);
    expect(written('db_host', 'mariadb.svc')).toBe(false);
    expect(written('port', '5432')).toBe(false);
    expect(written('smtpEmail', 'ops@example.com')).toBe(false);
    expect(written('endpoint', 'https://s3.example.com')).toBe(false);
    expect(written('bind', 'cn=admin,dc=cluster,dc=local')).toBe(false);
    expect(written('sudoers', 'Defaults !requiretty\nnova ALL = (root) NOPASSWD: /usr/bin/nova-rootwrap\n')).toBe(false);
    expect(written('rbdKeyring', 5432)).toBe(false);
    expect(written('prefix', '/')).toBe(false);
    expect(written('access_key', 'admin_access_key')).toBe(false);
    expect(written('secret_key', 'admin_secret_key')).toBe(true);
  });
});

describe('names and defaults the generic charts use', () => {
  const classifier = new SecretClassifier();

  it('knows *PW and *Passcode keys (LDAP bind passwords, monitoring passcodes)', () => {
    expect(classifier.classify(['ldap', 'bindPW'], 'Xq7vR2mK9').sensitive).toBe(true);
    expect(classifier.classify(['monitoringPasscode'], 'Xq7vR2mK9').sensitive).toBe(true);
    expect(classifier.classify(['bindDN'], 'cn=admin,dc=example,dc=org').sensitive).toBe(false);
  });

  it('names the well-known default it finds: public by definition, so the operator knows which one ships', () => {
    expect(classifier.classify(['keyStorePassword'], 'changeit')).toEqual({
      sensitive: true,
      description: 'the well-known default credential "changeit"',
      knownDefault: true,
    });
    expect(classifier.classify(['adminPassword'], 'Harbor12345')).toMatchObject({ knownDefault: true });
    expect(classifier.classify(['adminPassword'], 'Harbor123456')).toMatchObject({ knownDefault: false });
  });
});

describe('key path segments in messages', () => {
  it('show a short lower-case key as it is, which no secret shape can match', () => {
    // The shortcut in shownSegment holds only while this does: every such key passes the shape tests.
    const alphabet = 'abcdefghijklmnopqrstuvwxyz_.-';
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 5000; i++) {
      const key = Array.from({ length: 1 + (next() % 14) }, () => alphabet[next() % alphabet.length]).join('');
      expect(describeByValue(key)).toBeUndefined();
      expect(shownSegment(key)).toBe(key);
    }
    for (const key of ['dep_check', 'db_init', 'ks-endpoints', 'pull_policy']) expect(shownSegment(key)).toBe(key);
  });

  it('still hides a key that could be a secret', () => {
    expect(shownSegment('Sup3rS3cr3tPassw0rd')).toBe('<key>');
    expect(shownSegment('ghp_' + 'a1B2'.repeat(9))).toBe('<key>');
    expect(shownSegment('line\nbreak')).toBe('<key>');
  });
});
