/**
 * The shapes of secret values (PEM private keys, URLs with a password, JWTs, cloud key formats, long
 * high-entropy strings), and whether a name from the input may be quoted in a message. Shared by the
 * classifier and by every layer that shows input names (parsers' key paths, config errors).
 */

const PEM_PRIVATE_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
const URL_WITH_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:([^\s/@]+)@/i;
const JWT = /^eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}$/;
const CLOUD_KEYS: [RegExp, string][] = [
  [/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/, 'an AWS access key'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}/, 'a Slack token'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'a Google API key'],
  [/\bglpat-[A-Za-z0-9_-]{20,}\b/, 'a GitLab token'],
];
/** A reference to a secret kept elsewhere (a template, an env var, a vault path), not a secret itself. */
export const REFERENCE = /\{\{.*\}\}|\$\{[^}]+\}|\$\([A-Z_][A-Z0-9_]*\)|^ref\+[a-z0-9]+:\/\/|^vault:|^<path:|^(?:secretRef|secretKeyRef):/s;
/** What a value is when its shape alone makes it a secret, and its secret part. */
export function describeByValue(text: string): { description: string; secret: string } | undefined {
  if (text.includes('PRIVATE KEY-----') && PEM_PRIVATE_KEY.test(text)) return { description: 'a PEM private key', secret: text };
  if (text.includes('@') && text.includes('://')) {
    const url = URL_WITH_PASSWORD.exec(text);
    if (url && !REFERENCE.test(url[1]!)) return { description: 'a URL with a password in it', secret: url[1]! };
  }
  if (text.startsWith('eyJ') && JWT.test(text)) return { description: 'a JSON Web Token', secret: text };
  // The shortest cloud key format (a Slack token) is 15 characters: shorter values skip the five patterns.
  if (text.length >= 15) for (const [pattern, description] of CLOUD_KEYS) if (pattern.test(text)) return { description, secret: text };
  if (text.length >= 32 && isTokenLike(text) && /\d/.test(text) && /[A-Za-z]/.test(text) && entropy(text) >= 4.3) {
    return { description: `a ${text.length}-character high-entropy string`, secret: text };
  }
  return undefined;
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

/** A key path segment shown as it is unless it could be a secret or break a line of output. */
export function shownSegment(segment: string): string {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(segment) || looksSecret(segment) ? '<key>' : segment;
}

function looksSecret(name: string): boolean {
  if (describeByValue(name)) return true;
  // Generated passwords mix both cases with digits between letters (`Sup3rS3cret`); keys such as `http2Max`
  // or `nodePort30080` switch between letters and digits once or twice.
  const switches = name.match(/[A-Za-z](?=\d)|\d(?=[A-Za-z])/g)?.length ?? 0;
  return switches >= 3 && /[a-z]/.test(name) && /[A-Z]/.test(name);
}
