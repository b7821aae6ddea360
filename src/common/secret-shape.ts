/**
 * The shapes of secret values (private key blocks, URLs with a password, authorization headers, JWTs, AWS
 * secret keys, vendor tokens, long high-entropy strings), and whether a name from the input may be quoted in a message. Shared by the
 * classifier and by every layer that shows input names (parsers' key paths, config errors).
 */

// A private key block: PEM's five dashes, or the three that hand-written keys and test fixtures use.
const PRIVATE_KEY_BLOCK = /-{3,5}BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-{3,5}/;
const PRIVATE_KEY_END = /-{3,5}END (?:[A-Z0-9]+ +)*PRIVATE KEY-{3,5}[\s\S]*$/;
const URL_WITH_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:([^\s/@]+)@/i;
// A URL template's password filled in at run time: Python's `{1}`/`{password}`, printf's `%s`/`%(password)s`.
const FORMAT_FIELD = /^(?:\{[A-Za-z0-9_]*\}|%(?:\([A-Za-z0-9_]+\))?s)$/;
const JWT = /^eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}$/;
// An HTTP authorization header's value, alone or with its header name, on a line of its own. The scheme is
// case-insensitive (RFC 9110); the credentials are a token (Bearer) or base64 of `user:password` (Basic).
const AUTHORIZATION = /^[ \t]*["']?(?:(?:proxy-)?authorization:[ \t]*)?(bearer|basic)[ \t]+([A-Za-z0-9._~+/-]{8,}=*)["']?[ \t]*$/im;
const MIN_AUTHORIZATION_LENGTH = 'basic '.length + 8;
// An AWS secret access key is 40 base64 characters, a shape that hashes share: it counts only beside its name
// (`aws_secret_access_key = ...`) or right after its access key ID. The ID alone (`AKIA...`) identifies a key
// and is not secret.
const AWS_SECRET_BY_NAME = /\baws_?secret_?(?:access_?)?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/i;
const AWS_SECRET_BY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{16}["']?[\s,:;|]+["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/;
const VENDOR_TOKENS: [RegExp, string][] = [
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}/, 'a Slack token'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'a Google API key'],
  [/\bglpat-[A-Za-z0-9_-]{20,}\b/, 'a GitLab token'],
];
/** A reference to a secret kept elsewhere (a template, an env var, a vault path), not a secret itself. */
// Slack's `hooks.slack.com/services/T.../B.../<token>` and Discord's `/api/webhooks/<id>/<token>`.
const WEBHOOK_URL =
  /https:\/\/(?:hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/([A-Za-z0-9]{16,})|(?:discord(?:app)?\.com)\/api\/webhooks\/\d+\/([\w-]{40,}))/;
// Also Grafana's `$__file{...}`/`$__env{...}`/`$__vault{...}`, and a whole value that is one `$VAR` (dex and
// Grafana provisioning expand env vars; argo-cd reads `$secret:key` from its Secret).
export const REFERENCE =
  /\{\{.*\}\}|\$\{[^}]+\}|\$\([A-Z_][A-Z0-9_]*\)|\$__(?:file|env|vault)\{[^}]*\}|^\$[A-Za-z_][\w.-]*(?::[\w.-]+)?$|^ref\+[a-z0-9]+:\/\/|^vault:|^<path:|^(?:secretRef|secretKeyRef):/s;

/**
 * What a value is when a shape no other value has makes it a secret, whatever name it is under: a private
 * key block, a URL with a password, an authorization header, a JWT, an AWS secret access key beside its name
 * or ID, a vendor token. And its secret part.
 */
export function describeByShape(text: string): { description: string; secret: string } | undefined {
  if (text.includes('PRIVATE KEY---')) {
    const begin = PRIVATE_KEY_BLOCK.exec(text);
    // An empty envelope (`BEGIN`, then `END`) holds no key.
    if (
      begin &&
      text
        .slice(begin.index + begin[0].length)
        .replace(PRIVATE_KEY_END, '')
        .trim() !== ''
    )
      return { description: 'a PEM private key', secret: text };
  }
  if (text.includes('@') && text.includes('://')) {
    const url = URL_WITH_PASSWORD.exec(text);
    if (url && !REFERENCE.test(url[1]!) && !FORMAT_FIELD.test(url[1]!))
      return { description: 'a URL with a password in it', secret: url[1]! };
  }
  if (text.startsWith('eyJ') && JWT.test(text)) return { description: 'a JSON Web Token', secret: text };
  if (text.includes('://')) {
    // The path of a Slack or Discord incoming webhook is its credential: whoever has it can post.
    const hook = WEBHOOK_URL.exec(text);
    if (hook) return { description: 'a chat webhook URL with its token', secret: (hook[1] ?? hook[2])! };
  }
  // A scheme, a space and eight characters of credentials: a shorter value (most are) skips the pattern.
  const header = text.length >= MIN_AUTHORIZATION_LENGTH ? AUTHORIZATION.exec(text) : null;
  if (header && isCredential(header[1]!.toLowerCase(), header[2]!)) {
    return { description: `an HTTP ${header[1]!.toLowerCase() === 'basic' ? 'Basic' : 'Bearer'} authorization header`, secret: header[2]! };
  }
  if (text.length >= 40) {
    const aws = AWS_SECRET_BY_NAME.exec(text) ?? AWS_SECRET_BY_ID.exec(text);
    if (aws) return { description: 'an AWS secret access key', secret: aws[1]! };
  }
  // The shortest vendor token (a Slack token) is 15 characters: shorter values skip the patterns.
  if (text.length >= 15) for (const [pattern, description] of VENDOR_TOKENS) if (pattern.test(text)) return { description, secret: text };
  return undefined;
}

/**
 * What a value is when its shape alone makes it a secret, and its secret part: the shapes of describeByShape,
 * and a long high-entropy string that makes up the whole value (under a sensitive name, or where every value
 * is judged, such as a ConfigMap's).
 */
export function describeByValue(text: string): { description: string; secret: string } | undefined {
  const shaped = describeByShape(text);
  if (shaped) return shaped;
  if (
    text.length >= 32 &&
    isTokenLike(text) &&
    /\d/.test(text) &&
    /[A-Za-z]/.test(text) &&
    entropy(text) >= 4.3 &&
    !isEncodedPublicPem(text)
  ) {
    return { description: `a ${text.length}-character high-entropy string`, secret: text };
  }
  return undefined;
}

/** Base64 of a certificate or public key (a webhook's `caBundle`): public material, however random it looks. */
function isEncodedPublicPem(text: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text.replace(/\s+/g, ''))) return false;
  const decoded = Buffer.from(text, 'base64').toString('latin1');
  return /-----BEGIN (?:CERTIFICATE|PUBLIC KEY|RSA PUBLIC KEY|X509 CRL)-----/.test(decoded) && !/PRIVATE KEY/.test(decoded);
}

/** A Bearer token mixes letters and digits (or is a JWT); Basic credentials are base64 of `user:password`. */
function isCredential(scheme: string, token: string): boolean {
  if (scheme === 'basic') {
    if (!/^[A-Za-z0-9+/]+=*$/.test(token)) return false;
    const decoded = Buffer.from(token, 'base64').toString('utf8');
    return /^[\x21-\x7e][\x20-\x7e]*:[\x20-\x7e]+$/.test(decoded);
  }
  return (/\d/.test(token) && /[A-Za-z]/.test(token)) || JWT.test(token);
}

/**
 * Only base64/base64url characters (`[A-Za-z0-9+/=_-]`). A loop, not `/^[...]{32,}$/`: V8's regex engine
 * backtracks that one character at a time and overflows its stack on a multi-megabyte scalar.
 */
function isTokenLike(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok =
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2b ||
      c === 0x2f ||
      c === 0x3d ||
      c === 0x5f ||
      c === 0x2d;
    if (!ok) return false;
  }
  return true;
}

/** Shannon entropy in bits per character. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Whether a name from the input (a key, a rule id) may appear in a message. Names help the reader find
 * them, but a name is input text: a password on a broken line reads as a key. Only names shaped like
 * identifiers, and not like secrets, are quoted.
 */
export function safeName(name: string): string | undefined {
  if (!/^[A-Za-z0-9_][A-Za-z0-9_./-]{0,99}$/.test(name)) return undefined;
  return looksSecret(name) ? undefined : name;
}

const PLAIN_KEY = /^[a-z_.-]{1,14}$/;

/** A key path segment shown as it is unless it could be a secret or break a line of output. */
export function shownSegment(segment: string): string {
  // Most keys are short lower-case words, which no shape below can match (each needs a capital, a digit, a
  // space, `:`, `@` or 15 characters at least): they skip the tests, run for every key of every finding's path.
  if (PLAIN_KEY.test(segment)) return segment;
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(segment) || looksSecret(segment) ? '<key>' : segment;
}

function looksSecret(name: string): boolean {
  if (describeByValue(name)) return true;
  // Generated passwords mix both cases with digits between letters (`Sup3rS3cret`); keys such as `http2Max`
  // or `nodePort30080` switch between letters and digits once or twice.
  const switches = name.match(/[A-Za-z](?=\d)|\d(?=[A-Za-z])/g)?.length ?? 0;
  return switches >= 3 && /[a-z]/.test(name) && /[A-Z]/.test(name);
}
