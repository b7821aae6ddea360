/**
 * The one sensitive-value classifier: by key name (password, secret, token, *_pass, ...) and by value
 * (PEM private keys, URLs with a password, JWTs, cloud key formats, long high-entropy strings). Not
 * sensitive: OpenStack-Helm's `secrets.*` (Kubernetes Secret names), references (`{{ ... }}`, `${VAR}`,
 * vault references), and the placeholders that say "set me in the region".
 *
 * It never hands out a value: callers get a description ("a 12-character literal"), and every value it
 * judged sensitive is remembered so that output can be scrubbed of it.
 */
import { describeByValue, REFERENCE } from '../common/secret-shape.js';
import type { PathSegment } from '../sources/yaml-view.js';
import { isFileName, isKeyNameShaped, isObjectNameShaped, nameClassOf } from './names.js';
import { isPlaceholderShape, placeholderWithin, spellsItsKey } from './placeholders.js';
import { isPublicMaterial } from './public-material.js';

export { describeByValue };

export interface SecretSettings {
  /** More sensitive key names: case-insensitive globs over the key (`*_pin`, `vcenter_*`). */
  keys: string[];
  /** Key names never sensitive, although they look it (`*_secret_name`). */
  ignoreKeys: string[];
  /** More values that mean "set in the region": never secrets, and unresolved when rendered. */
  placeholders: string[];
  /** Values everyone knows: flagged as default credentials the operator must override. */
  knownDefaults: string[];
}

export const DEFAULT_PLACEHOLDERS = [
  'DEFINED-IN-REGION-CHART',
  'DEFINE-IN-REGION-CHART',
  'DEFINE_IN_REGION_CHART',
  'DEFINED-IN-REGION-SECRETS',
  'REQUIRED',
];
/** The strings YAML users write for "nothing" (`private_key: 'null'`): empty, not secret. */
const EMPTY_WORDS = new Set(['null', 'none', 'nil', '~']);
export const DEFAULT_KNOWN_DEFAULTS = [
  'password',
  'changeme',
  'secret',
  'admin',
  'root',
  'test',
  'testpass',
  'supersecret',
  'openstack',
  'default',
  'passw0rd',
  'letmein',
  // Java's keystore and truststore default, Harbor's admin default, kube-prometheus-stack's Grafana default.
  'changeit',
  'harbor12345',
  'prom-operator',
];

export const DEFAULT_SECRET_SETTINGS: SecretSettings = { keys: [], ignoreKeys: [], placeholders: [], knownDefaults: [] };

// Words that make a key sensitive when they end it: `db_password`, `rabbitmq_default_pass`, `adminToken`.
// A key that goes on after the word names or configures a secret instead (`user_secret_name`,
// `csrf_cookie_secure`, `service_token_roles`), unless what follows only says how the value is written.
const SENSITIVE_WORDS = new Set([
  'password',
  'passwd',
  'pass',
  'passphrase',
  'passcode',
  'pwd',
  'pw',
  'secret',
  'token',
  'credential',
  'credentials',
  'cookie',
  'apikey',
  'privatekey',
  'tmpurlkey',
  'tempurl',
  'dsn',
  'kek',
]);
// `private_key`, `api_key`, ...: a key is sensitive when it ends with one of these pairs.
const SENSITIVE_PAIRS = new Set([
  'private_key',
  'api_key',
  'secret_key',
  'rndc_key',
  'tsig_key',
  'auth_key',
  'encryption_key',
  'fernet_keys',
  'fernet_key',
  'signing_key',
]);
// Names that end in a sensitive word but name a public identifier: etcd's initial cluster token only keeps
// two clusters apart ("not a secret", etcd's docs say), and is written in every member's flags.
const PUBLIC_NAMES = new Set(['initial_cluster_token']);
// Vendors' variables that hold a secret under a name the word tables miss: libpq's PGPASSWORD, MySQL's
// MYSQL_PWD, the OCI CLI's key, redis-cli's REDISCLI_AUTH. (`AWS_ACCESS_KEY_ID` names a key: not secret.)
const VENDOR_NAMES = new Set(['pgpassword', 'mysql_pwd', 'oci_cli_key_content', 'rediscli_auth']);
// `SECRET_BLAH`: a name that starts with the word secret holds one, unless it goes on to say which Secret,
// where, or how (`SECRET_NAME`, `SECRET_MOUNT_PATH`, `SECRET_ROTATION_INTERVAL`, libvirt's `secret_uuid`).
const ABOUT_A_SECRET = new Set([
  'name',
  'names',
  'namespace',
  'ns',
  'ref',
  'path',
  'file',
  'dir',
  'mount',
  'volume',
  'type',
  'provider',
  'store',
  'backend',
  'enabled',
  'version',
  'id',
  'uuid',
  'uid',
  'arn',
  'prefix',
  'suffix',
  'label',
  'selector',
  'format',
  'length',
  'size',
  'interval',
  'ttl',
  'timeout',
  'period',
  'count',
  'class',
  'mounts',
  'annotations',
  'labels',
  'create',
  'items',
  'template',
  'kind',
]);

/** A secret by a vendor's name or by the `SECRET_*` and `AZURE_*_KEY` patterns, over a name's snake_case words. */
function isVendorSecretName(words: readonly string[]): boolean {
  const last = words.at(-1) ?? '';
  if (VENDOR_NAMES.has(words.join('_')) || words.slice(-3).join('_') === 'secret_access_key') return true;
  if (words[0] === 'azure' && words.length > 1 && last === 'key') return true;
  return words[0] === 'secret' && words.length > 1 && !ABOUT_A_SECRET.has(last);
}
const ENCODING_WORDS = new Set(['value', 'b64', 'base64', 'encoded', 'plain', 'raw', 'literal', 'data']);
// Strings that are switches, not secrets, whatever the key (`csrf_cookie_secure: "False"`).
const SWITCH_WORDS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'none', 'null', '~', '0', '1']);
// Subtrees whose leaves are not secret values: OpenStack-Helm's Secret names, image references, labels.
const NOT_SECRET_ROOTS = new Set(['secrets', 'images', 'labels']);

// Keys whose values a chart may write into a Secret without their being secret: who, where and what, not
// the credential (`auth.username`, `database`, `host`, `port`, `url`).
const PUBLIC_IN_A_SECRET = new Set([
  'user',
  'username',
  'usr',
  'login',
  'database',
  'db',
  'dbname',
  'schema',
  'host',
  'hostname',
  'hosts',
  'port',
  'name',
  'email',
  'mail',
  'url',
  'uri',
  'endpoint',
  'address',
  'addr',
  'server',
  'region',
  'bucket',
  'namespace',
  'path',
  'id',
  'issuer',
  'domain',
  'scheme',
  'protocol',
  'realm',
  'tenant',
  'project',
  'cluster',
  'type',
  'mode',
  'version',
  'method',
  'sender',
  'from',
  'prefix',
  'suffix',
  'bind',
  'dn',
  'audience',
  'scope',
  'scopes',
  'group',
  'provider',
  'zone',
  'location',
  'account',
  'subscription',
  'organization',
  'org',
  'team',
  'owner',
  'role',
  'algorithm',
  'format',
]);

const MIN_REDACTED_LENGTH = 8;

export type Verdict =
  | { sensitive: false }
  | {
      sensitive: true;
      /** How to speak of it without showing it: "a 12-character literal", "a PEM private key". */
      description: string;
      /** One of the well-known default credentials: the operator must override it. */
      knownDefault: boolean;
    };

/** What a caller knows of a value beyond its path: whether the chart's templates write it into a Secret. */
export interface ValueUse {
  writtenToSecret?: boolean;
}

export class SecretClassifier {
  private readonly extraKeys: KeyGlob[];
  private readonly ignoredKeys: KeyGlob[];
  private readonly placeholders: Set<string>;
  private readonly knownDefaults: Set<string>;
  /** Every value judged sensitive in this run, for scrubbing output. */
  private readonly seen = new Set<string>();
  /** Key names repeat across files: judge each once. */
  private readonly keyVerdicts = new Map<string, boolean>();

  constructor(settings: SecretSettings = DEFAULT_SECRET_SETTINGS) {
    this.extraKeys = settings.keys.map(compileKeyGlob);
    this.ignoredKeys = settings.ignoreKeys.map(compileKeyGlob);
    this.placeholders = new Set([...DEFAULT_PLACEHOLDERS, ...settings.placeholders]);
    this.knownDefaults = new Set([...DEFAULT_KNOWN_DEFAULTS, ...settings.knownDefaults].map((v) => v.toLowerCase()));
  }

  /** A value that says "the region sets this": empty, null, or a placeholder marker. */
  isPlaceholder(value: unknown): boolean {
    if (value === null || value === undefined || value === '') return true;
    if (typeof value === 'string' && EMPTY_WORDS.has(value.trim().toLowerCase())) return true;
    return typeof value === 'string' && (this.placeholders.has(value.trim()) || isPlaceholderShape(value));
  }

  /** Not a secret whatever its key: a placeholder, a reference to a secret kept elsewhere, a public default. */
  isPublic(text: string): boolean {
    return this.isPlaceholder(text) || REFERENCE.test(text) || this.knownDefaults.has(text.trim().toLowerCase());
  }

  /** The placeholder marker (`DEFINED-IN-REGION-CHART`, `<your-secret>`, ...) a string holds, if any. */
  markerIn(value: string): string | undefined {
    // The long, distinctive markers are found inside rendered config files too; a short word such as REQUIRED
    // counts only as the whole value, or every script testing "$REQUIRED" would be reported.
    for (const marker of this.placeholders) {
      if (value === marker || (marker.length >= 15 && value.includes(marker))) return marker;
    }
    return placeholderWithin(value);
  }

  /** Whether a key names something sensitive (`db_password`, `adminToken`, `rabbitmq_default_pass`). */
  isSensitiveKey(key: string): boolean {
    let known = this.keyVerdicts.get(key);
    if (known === undefined) {
      known = this.judgeKey(key);
      this.keyVerdicts.set(key, known);
    }
    return known;
  }

  private judgeKey(key: string): boolean {
    const snake = snakeCase(key);
    if (this.ignoredKeys.some((re) => re.test(snake))) return false;
    if (this.extraKeys.some((re) => re.test(snake))) return true;
    const words = snake.split('_').filter(Boolean);
    if (PUBLIC_NAMES.has(words.slice(-3).join('_'))) return false;
    while (words.length > 1 && (ENCODING_WORDS.has(words.at(-1)!) || /^\d+$/.test(words.at(-1)!))) words.pop();
    const last = words.at(-1) ?? '';
    return SENSITIVE_WORDS.has(last) || SENSITIVE_PAIRS.has(words.slice(-2).join('_')) || isVendorSecretName(words);
  }

  /**
   * Judges one leaf: its path (for the key and the subtree) and its scalar value. `use.writtenToSecret`
   * (the chart's templates write it into a Secret) makes the value sensitive whatever its key, unless the
   * key says who or where (`username`, `host`, `port`, ...).
   */
  classify(path: readonly PathSegment[], value: unknown, use: ValueUse = {}): Verdict {
    if (typeof value === 'boolean' || value === null || value === undefined) return { sensitive: false };
    const text = String(value);
    const key = lastKey(path);
    const byKey = key !== undefined && !shapeOnly(path) && this.isSensitiveKey(key) && !namesAnEnvVar(key, text);
    // Most leaves are sensitive neither by key, nor by use, nor by shape: judge those with one test.
    if (!byKey && use.writtenToSecret !== true && !describeByValue(text)) return { sensitive: false };
    if (this.isPlaceholder(text) || REFERENCE.test(text) || isPublicMaterial(text)) return { sensitive: false };
    const byValue = describeByValue(text);
    // Under `secrets:`, `images:` and `labels:` (names, references, labels) only a private key is a secret by
    // its shape: bitnami's concourse ships its default host and worker keys as `secrets.hostKey`.
    if (typeof path[0] === 'string' && NOT_SECRET_ROOTS.has(path[0])) {
      return byValue?.description === 'a PEM private key' ? this.note(text, byValue.description, byValue.secret) : { sensitive: false };
    }
    if (byValue) return this.note(text, byValue.description, byValue.secret);
    if (key === undefined) return { sensitive: false };
    if (!byKey && !(use.writtenToSecret === true && typeof value === 'string' && !publicInASecret(key, text))) return { sensitive: false };
    // A switch, or a file that holds the secret (`ca_private_key: /etc/octavia/certs/private/cakey.pem`,
    // `privateKey: tls.key`).
    if (SWITCH_WORDS.has(text.trim().toLowerCase()) || /^\/[^\s]+$/.test(text) || isFileName(text)) return { sensitive: false };
    // A duration says how long a secret lives or when it rotates (`SECRET_ROTATION: 30d`, `token_ttl: 24h`).
    if (DURATION.test(text.trim())) return { sensitive: false };
    if (this.isOptionList(text)) return { sensitive: false };
    // A placeholder that spells its key (`pure_api_token: pure-api-token-value`), or the name of a Secret or
    // of a key inside one under a key that holds names by Helm's habits (`tlsSecret: ghost.local-tls`).
    if (spellsItsKey(key, text) || (byKey && holdsAName(key, text))) return { sensitive: false };
    return this.note(text, `a ${text.length}-character literal`, text);
  }

  /**
   * An option list that only says how a secret is made or where it lives (etcd's
   * `--auth-token=jwt,priv-key=/certs/jwt.pem,sign-method=RS256,ttl=10m`): every `k=v` part has a key that is
   * not sensitive or a value that is a path or a file name. `user=a,password=b` is not one.
   */
  private isOptionList(text: string): boolean {
    const parts = text.split(',');
    if (parts.length < 2 || !parts.some((part) => part.includes('='))) return false;
    return parts.every((part) => {
      const [optionKey, ...rest] = part.split('=');
      if (rest.length === 0) return /^[\w.-]+$/.test(part);
      const optionValue = rest.join('=');
      if (!/^[\w.-]+$/.test(optionKey!) || optionValue === '') return false;
      if (/^\/[^\s,]+$/.test(optionValue) || isFileName(optionValue)) return true;
      // Else a setting's word (`RS256`, `10m`, `round-robin`), never a mixed-case run that could be the secret itself.
      return !this.isSensitiveKey(optionKey!) && /^(?:[a-z0-9_.-]{1,16}|[A-Z0-9_]{1,12})$/.test(optionValue);
    });
  }

  /** The sensitive values seen so far, in the order first seen: what a cached lint replays (src/engine/rendered-lint.ts). */
  seenValues(): string[] {
    return [...this.seen];
  }

  /** Takes in, in their order, the values another classifier of the same settings saw: output is scrubbed of them too. */
  addSeen(values: Iterable<string>): void {
    for (const value of values) this.seen.add(value);
  }

  /** Replaces every sensitive value this classifier has seen with a description of it. */
  redact(message: string): string {
    let result = message;
    for (const secret of this.seen) if (result.includes(secret)) result = result.split(secret).join('[redacted]');
    return result;
  }

  /** `secret` is the sensitive part of `text` (a URL's password, or the whole value). */
  private note(text: string, description: string, secret: string): Verdict {
    const knownDefault = this.knownDefaults.has(secret.trim().toLowerCase());
    // Public defaults ("password") and short values are not scrubbed from output, or the scrubbing would eat
    // words such as a chart named like its password; messages never quote values in the first place.
    if (!knownDefault && secret.length >= MIN_REDACTED_LENGTH) this.seen.add(text).add(secret);
    // A well-known default is public by definition (it is on the list because everyone knows it): named, so
    // that the operator knows which one ships.
    const named = `"${secret.trim()}"`;
    const what = knownDefault
      ? text === secret
        ? `the well-known default credential ${named}`
        : `${description} (the well-known default ${named})`
      : description;
    return { sensitive: true, description: what, knownDefault };
  }
}

const DURATION = /^\d{1,6}(?:\.\d+)?(?:ns|us|ms|s|m|h|d|w)$/;

// Words that say what a Secret holds, before `secret` in its key: `password_secret`, `tokenSecret`.
const CREDENTIAL_WORDS = new Set([
  'password',
  'passwd',
  'token',
  'credentials',
  'credential',
  'creds',
  'auth',
  'key',
  'keys',
  'cert',
  'certs',
]);

/**
 * Annotations and labels (`nginx.ingress.kubernetes.io/auth-secret: default/basic-auth`,
 * `secret.reloader.stakater.com/reload`, `checksum/secret`), and any `prefix/name` key, are other tools'
 * settings: their values are judged by shape alone, never by the key's words.
 */
function shapeOnly(path: readonly PathSegment[]): boolean {
  const key = path.at(-1);
  if (typeof key === 'string' && key.includes('/')) return true;
  return path.slice(0, -1).some((segment) => typeof segment === 'string' && /(?:^|[a-z_])(?:annotations|labels)$/i.test(segment));
}

/** `secretEnv: ARGOCD_CLIENT_SECRET`: the name of the env var that holds the secret. */
function namesAnEnvVar(key: string, text: string): boolean {
  return /(?:env|envvar|env_var|variable)$/i.test(key) && /^[A-Z_][A-Z0-9_]*$/.test(text);
}

/** The name of a Secret, or of a key inside one, where the key's words say a name may be (see names.ts). */
export function holdsAName(key: string, text: string): boolean {
  const words = snakeCase(key).split('_').filter(Boolean);
  while (words.length > 1 && ENCODING_WORDS.has(words.at(-1)!)) words.pop();
  const nameClass = nameClassOf(words);
  if (nameClass === 'key') return isKeyNameShaped(text);
  if (nameClass !== 'object') return false;
  // `existingSecret: mysecret` and `passwordSecret: redis`: an existing object, or the Secret that holds a
  // credential, is named whatever the name's shape (a password is no "password secret"); other keys ending
  // in Secret (`tlsSecret`) hold a name only when it reads as one (`ghost.local-tls`).
  const holdsCredential = words.length >= 2 && CREDENTIAL_WORDS.has(words.at(-2)!);
  return isObjectNameShaped(text, !words.includes('existing') && !holdsCredential);
}

/** Whether a value written into a Secret is public by its key (`username`, `db_host`) or value (a number). */
function publicInASecret(key: string, text: string): boolean {
  const words = snakeCase(key).split('_').filter(Boolean);
  const last = words.at(-1) ?? '';
  const value = text.trim();
  // A whole config file (sudoers, rootwrap.conf) is judged by its lines' shapes, not as one literal; an LDAP
  // DN (`cn=admin,dc=example`) names a user.
  return (
    PUBLIC_IN_A_SECRET.has(last) ||
    // An access key ID names the key, as a username names the user (the secret key beside it is the secret).
    words.slice(-2).join('_') === 'access_key' ||
    value.length < 4 ||
    value.includes('\n') ||
    /^\d+$/.test(value) ||
    /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(value) ||
    /^(?:cn|uid|ou|dc)=[^,]+(?:,\s*[a-z]+=[^,]+)*$/i.test(value)
  );
}

function lastKey(path: readonly PathSegment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

/** `adminPassword`, `admin-password`, `ADMIN_PASSWORD` -> `admin_password`. */
export function snakeCase(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase();
}

/** What a key glob is compiled to: `test(snakeKey)`, as a RegExp has. */
interface KeyGlob {
  test(key: string): boolean;
}

/**
 * A key glob over snake_cased keys: `*Pin` matches `admin_pin`. Only `*` is special. Matched by finding the
 * parts between the stars in order, each at its leftmost place: linear in the key for any number of stars
 * (the `.*`-joined regex it replaces backtracked exponentially).
 */
function compileKeyGlob(glob: string): KeyGlob {
  const parts = glob.split('*').map((part) => snakeCase(part));
  const first = parts[0]!;
  const last = parts.at(-1)!;
  return {
    test(key) {
      if (parts.length === 1) return key === first;
      if (key.length < first.length + last.length || !key.startsWith(first) || !key.endsWith(last)) return false;
      let at = first.length;
      const end = key.length - last.length;
      for (const part of parts.slice(1, -1)) {
        const found = key.indexOf(part, at);
        if (found === -1 || found + part.length > end) return false;
        at = found + part.length;
      }
      return true;
    },
  };
}
