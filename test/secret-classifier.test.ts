/** The classifier's judgement of single values: where a secret is kept is not the secret. */
import { describe, expect, it } from 'vitest';
import { SecretClassifier } from '../src/secrets/classify.js';

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
