/**
 * Planted secrets: random values the fuzzer puts where chartlint must treat them as sensitive (password and
 * token keys, `secrets:` and `images:` sections, `--set`, a failing template), in their raw and their
 * line-breaking forms, and the needles the judge searches every output for.
 */
import { ALNUM } from './prng.mjs';

const UPPER = 'GHJKLMNPQRSTUVWXYZ';
const LOWER = 'ghjkmnpqrstuvwxyz';
const B64 = `${ALNUM}+/`;

/** Sensitive key names (each ends in a word chartlint's classifier treats as sensitive). */
export const SECRET_KEYS = ['password', 'db_password', 'admin_password', 'api_token', 'token', 'auth_token', 'rabbit_pass'];

/**
 * One secret: `value` is what goes into the YAML (or --set), `core` the random part that must never appear.
 * Short secrets always hold a capital and a small letter outside a-f, so no hex hash can contain them.
 */
export function makeSecret(
  rng,
  kind = rng.weighted([
    [5, 'long'],
    [2, 'short'],
    [2, 'pem'],
    [3, 'prefixed'],
  ]),
) {
  if (kind === 'short') {
    const core = rng.shuffle([rng.pick(UPPER), rng.pick(LOWER), ...rng.string(rng.int(3, 5))]).join('');
    return { kind, value: core, cores: [core] };
  }
  if (kind === 'pem') {
    const lines = Array.from({ length: rng.int(2, 5) }, () => rng.string(64, B64));
    lines.push(`${rng.string(rng.int(12, 40), B64)}==`);
    const value = `-----BEGIN RSA PRIVATE KEY-----\n${lines.join('\n')}\n-----END RSA PRIVATE KEY-----`;
    return { kind, value, cores: lines };
  }
  const core = rng.string(rng.int(20, 40));
  if (kind === 'prefixed') return { kind, value: `${rng.pick(['*', '!', '|', '>', '&', '%', '@', '`'])}${core}`, cores: [core] };
  return { kind, value: core, cores: [core] };
}

/** Go's strings.Title, which helm's `title` is: the first letter of every word upper-cased. */
export function goTitle(text) {
  let prev = ' ';
  let out = '';
  for (const ch of text) {
    const separator = /[A-Za-z0-9_]/.test(prev) ? false : /[\x00-\x7f]/.test(prev) || /\s/u.test(prev);
    out += separator ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

/**
 * The strings that must appear nowhere: per random part (each line of a PEM block) its raw, upper, lower,
 * title and JSON-escaped forms, and the base64 of the whole value (from past a PEM's constant header).
 * Forms shorter than 5 characters are left out: they could occur by chance.
 */
export function needlesOf(secret, id) {
  const needles = new Map();
  const add = (form, text) => {
    if (text.length >= 5 && !needles.has(text)) needles.set(text, { id, form, text });
  };
  for (const core of secret.cores) {
    add('raw', core);
    add('upper', core.toUpperCase());
    add('lower', core.toLowerCase());
    add('title', goTitle(core));
  }
  add('json', JSON.stringify(secret.value).slice(1, -1));
  const b64 = Buffer.from(secret.value, 'utf8').toString('base64');
  if (secret.kind === 'pem') {
    const start = 4 * Math.ceil('-----BEGIN RSA PRIVATE KEY-----\n'.length / 3) + 8;
    add('base64', b64.slice(start, start + 40));
  } else {
    // Base64 shifts with the prefix: drop the first block, whose bits mix the prefix in.
    add('base64', b64.length > 12 ? b64.slice(4, -4) : b64);
  }
  return [...needles.values()];
}

/** A YAML block scalar of `value`, its lines indented by `indent` spaces. */
function blockScalar(value, indent) {
  return `|\n${value
    .split('\n')
    .map((line) => `${' '.repeat(indent)}${line}`)
    .join('\n')}`;
}

/** A one-line YAML spelling of `value` (quoted when it has to be, to keep the file valid). */
function scalar(rng, value) {
  if (value.includes('\n')) return JSON.stringify(value);
  if (/^[A-Za-z0-9]/.test(value)) return rng.pick([value, `"${value}"`, `'${value}'`]);
  return rng.chance(0.5) ? `"${value}"` : `'${value}'`;
}

/**
 * A YAML snippet (top-level keys, ending in a newline) holding the secret at `where`. `breaking` snippets
 * are meant to break the file: the secret unquoted after `*`, `!`, `|`, `>`, on a mis-indented line,
 * in an unterminated quote or flow collection.
 */
export function secretSnippet(rng, secret, where = rng.pick(['top', 'nested', 'secrets', 'images', 'conf', 'global', 'breaking'])) {
  const key = rng.pick(SECRET_KEYS);
  const v = secret.value;
  const nested = (path) => {
    let out = '';
    path.forEach((p, i) => (out += `${'  '.repeat(i)}${p}:\n`));
    const ind = path.length * 2;
    const val = v.includes('\n') ? blockScalar(v, ind + 2) : scalar(rng, v);
    return `${out}${' '.repeat(ind)}${key}: ${val}\n`;
  };
  switch (where) {
    case 'top':
      return v.includes('\n') ? `fuzz_${key}: ${blockScalar(v, 2)}\n` : `fuzz_${key}: ${scalar(rng, v)}\n`;
    case 'nested':
      return nested(['endpoints', 'oslo_db', 'auth', 'admin']);
    case 'secrets':
      return nested(['secrets', rng.pick(['identity', 'oslo_db', 'tls'])]);
    case 'images':
      return nested(['images', rng.pick(['registry', 'pull_secret', 'tags'])]);
    case 'conf':
      return nested(['conf', 'keystone', 'database']);
    case 'global':
      return nested(['global', 'fuzz']);
    default: {
      const raw = v.split('\n')[rng.int(0, v.split('\n').length - 1)];
      return rng.pick([
        () => `auth:\n  ${key}: ${rng.pick(['*', '!', '|', '>', '&', '%', '@'])}${raw}\n`,
        () => `auth:\n  user: admin\n     ${key}: ${raw}\n`,
        () => `auth:\n  ${key}: "${raw}\n  other: 1\n`,
        () => `auth: {${key}: [${raw}, \n`,
        () => `auth:\n  ${key}: ${raw}: ${raw}\n`,
        () => `auth:\n\t${key}: ${raw}\n`,
        () => `${key}: ${raw}\n${key}: ${raw}\n`,
        () => `auth:\n  ${key}: ${blockScalar(v, 1)}\n`,
        () => `? ${key}\n: ${raw}\n- ${raw}\n`,
      ])();
    }
  }
}

/** Inserts a top-level snippet into YAML text: at the start, the end, or before a random top-level key. */
export function insertTopLevel(rng, text, snippet) {
  const lines = text.split('\n');
  const tops = [];
  lines.forEach((line, i) => {
    if (/^[A-Za-z_][^:]*:/.test(line)) tops.push(i);
  });
  const where = rng.weighted([
    [2, 'start'],
    [3, 'end'],
    [5, 'middle'],
  ]);
  if (where === 'start' || (where === 'middle' && tops.length === 0)) return `${snippet}${text}`;
  if (where === 'end') return `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${snippet}`;
  const at = rng.pick(tops);
  return [...lines.slice(0, at), snippet.replace(/\n$/, ''), ...lines.slice(at)].join('\n');
}

/** Transforms for the failing template, with the form of the secret each one prints. */
export const TEMPLATE_TRANSFORMS = ['upper', 'lower', 'quote', 'squote', 'toJson', 'b64enc', 'trim', 'title'];

/** A template that fails with the secret at `.Values.<path>` passed through `transform`. */
export function failingTemplate(valuesPath, transform) {
  return `{{ fail (printf "cannot render with %s" (.Values.${valuesPath} | ${transform})) }}\n`;
}
