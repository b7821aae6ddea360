/**
 * Helm's habit of naming Secrets and the keys inside them under keys that look sensitive: `tlsSecret:
 * ghost.local-tls` and `existingSecret: db-creds` name a Secret; `existingPasswordSecretKey: password`,
 * `tokenSecretKey: token` and `serviceAccountSecretKey: credentials.json` name a key inside one. The key
 * says a name may be there, the value's shape says whether one is: a name is lower case, made of words
 * (`ghost.local-tls`, `root-password`), not a UUID, not hex, not letters run into digits (`console123`).
 */

// Kubernetes object names: DNS-1123 subdomains (`ghost.local-tls`), at most 253 characters.
const OBJECT_NAME = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
// Keys inside a Secret (`[-._a-zA-Z0-9]+`), as charts name them: lower case words (`tls.crt`, `secret-key`).
const KEY_NAME = /^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// A file name, as a key inside a Secret or where a secret is kept (`credentials.json`, `thanos.yaml`, `tls.key`).
const FILE_NAME =
  /^[A-Za-z0-9][\w.-]*\.(?:json|ya?ml|toml|ini|conf|cfg|properties|env|txt|xml|crt|cert|cer|pem|key|p12|pfx|jks|keystore|p8)$/i;

/** Words of a key-name that name what a credential is, not what it is worth. */
const KEY_NAME_WORDS = new Set([
  'password',
  'passwd',
  'pass',
  'secret',
  'key',
  'token',
  'credentials',
  'credential',
  'creds',
  'auth',
  'admin',
  'root',
  'user',
  'username',
  'access',
  'private',
  'public',
  'api',
  'client',
  'tls',
  'ca',
  'crt',
  'cert',
  'certificate',
  'keystore',
  'truststore',
  'jwt',
  'id',
  'db',
  'database',
  'redis',
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'replication',
  'sentinel',
  'account',
  'service',
  'sa',
]);

// The word before `secret` saying what kind of secret value it is: `clientSecret`, `cookieSecret`.
const SECRET_VALUE_QUALIFIERS = new Set([
  'client',
  'cookie',
  'shared',
  'jwt',
  'hmac',
  'session',
  'webhook',
  'signing',
  'app',
  'api',
  'consumer',
  'oauth',
  'oidc',
  'encryption',
  'metadata',
  'master',
  'http',
  'csrf',
]);

/**
 * Whether a value has the shape of a Kubernetes object's name, as a name (not a random string) is written:
 * with a `-` or `.` in it (`ghost.local-tls`), unless `separated` is false (`mysecret`).
 */
export function isObjectNameShaped(text: string, separated = true): boolean {
  return text.length <= 253 && OBJECT_NAME.test(text) && (!separated || /[-.]/.test(text)) && isWordy(text);
}

/** A bare file name (`tls.key`, `credentials.json`): where a secret is, or its key inside a Secret. */
export function isFileName(text: string): boolean {
  return FILE_NAME.test(text);
}

/** Whether a value has the shape of a key inside a Secret: a file name, or lower-case words. */
export function isKeyNameShaped(text: string): boolean {
  if (text.length > 63) return false;
  if (FILE_NAME.test(text)) return true;
  // Upper-case words, as env-style Secret keys are named (harbor's `CSRF_KEY`, `REGISTRY_HTTP_SECRET`).
  if (/^[A-Z]+(?:_(?:[A-Z]+|\d+))+$/.test(text) && /[A-Z]{2,}/.test(text)) return true;
  return KEY_NAME.test(text) && isWordy(text);
}

/** Made of words: not a UUID or hex, and no word runs letters into digits (`console123`, `a1b2`). */
function isWordy(text: string): boolean {
  if (UUID.test(text) || /^[0-9a-f]{16,}$/.test(text.replace(/[-.]/g, ''))) return false;
  const parts = text.split(/[-_.]/);
  return parts.some((part) => /^[a-z]{2,}$/.test(part)) && parts.every((part) => /^[a-z]+$/.test(part) || /^\d+$/.test(part));
}

/**
 * What a sensitive-looking key (snake_case words) may hold by Helm's habits: the name of a Secret
 * (`existing_secret`, `tls_secret`), the name of a key inside a Secret (`existing_password_secret_key`,
 * `token_secret_key`), or neither (`client_secret`, `secret_key`, `password`).
 */
export function nameClassOf(words: readonly string[]): 'object' | 'key' | undefined {
  const last = words.at(-1);
  const existing = words.includes('existing');
  if (last === 'secret') {
    if (existing) return 'object';
    // A bare `secret` holds a value: registry's `http.secret: not-so-secret-secret` reads like a name, and
    // is the registry's secret (a name beside a `secretNamespace` is the siblings' to tell).
    const before = words.at(-2);
    return before !== undefined && !SECRET_VALUE_QUALIFIERS.has(before) ? 'object' : undefined;
  }
  if (last === 'key' && words.length >= 3) {
    // `existing_secret_key`, `existing_secret_key_secret_key`; `<credential>_secret_key`: the key of the
    // password, token, ... inside a Secret.
    if (existing) return 'key';
    const before = words.at(-3)!;
    if (words.at(-2) === 'secret' && KEY_NAME_WORDS.has(before)) return 'key';
  }
  return undefined;
}
