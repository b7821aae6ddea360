/**
 * Mutations of a YAML text. A `text` mutation maps a string to a string; a `bytes` mutation maps the
 * encoded Buffer to a Buffer (invalid UTF-8, BOMs, byte flips). Each is small and takes only what it needs
 * from the case's generator, so a case is reproducible from its seed.
 */

const lines = (text) => text.split('\n');

/** Inserts `snippet` as lines of their own before a random line. */
function atLine(rng, text, snippet) {
  const ls = lines(text);
  const at = rng.int(0, ls.length);
  ls.splice(at, 0, snippet.replace(/\n$/, ''));
  return ls.join('\n');
}

/** Inserts `piece` at a random character offset. */
function atOffset(rng, text, piece) {
  const at = rng.int(0, text.length);
  return text.slice(0, at) + piece + text.slice(at);
}

/** Replaces the value of a random `key: value` line (or appends a key) with `value`. */
function asValue(rng, text, value) {
  const ls = lines(text);
  const candidates = ls.map((l, i) => (/^\s*[\w.-]+:\s+\S/.test(l) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return `${text}\nfuzz_value: ${value}\n`;
  const i = rng.pick(candidates);
  ls[i] = ls[i].replace(/^(\s*[\w.-]+:\s+).*$/, `$1${value}`);
  return ls.join('\n');
}

const bomb = (levels, width) => {
  let out = `a0: &a0 [${Array(width).fill('"lol"').join(', ')}]\n`;
  for (let i = 1; i < levels; i++)
    out += `a${i}: &a${i} [${Array(width)
      .fill(`*a${i - 1}`)
      .join(', ')}]\n`;
  return out;
};

/** Every mutation, by name. */
export const MUTATIONS = {
  truncate: { kind: 'text', apply: (rng, t) => t.slice(0, rng.int(0, t.length)) },
  tabs: {
    kind: 'text',
    apply: (rng, t) =>
      lines(t)
        .map((l) => (rng.chance(0.2) ? l.replace(/^( +)/, (s) => (rng.chance(0.5) ? '\t' : `${s}\t`)) : l))
        .join('\n'),
  },
  anchors: {
    kind: 'text',
    apply: (rng, t) =>
      atLine(
        rng,
        t,
        rng.pick([
          'base: &base {x: 1, y: [a, b]}\nref: *base',
          'ref_first: *later\nlater: &later 1',
          'a: &a\n  b: &a c\nd: *a',
          'x: *',
          'y: & z',
        ]),
      ),
  },
  aliasBomb: { kind: 'text', apply: (rng, t) => atLine(rng, t, bomb(rng.int(6, 10), rng.int(5, 10))) },
  tags: {
    kind: 'text',
    apply: (rng, t) =>
      asValue(
        rng,
        t,
        rng.pick([
          '!!binary SGVsbG8gd29ybGQ=',
          '!!binary "not base64 @@"',
          '!foo bar',
          '!!python/object:os.system x',
          '!<tag:yaml.org,2002:str> x',
          '!!int abc',
          '!!map [1]',
          '!!set {a, b}',
          '!!timestamp yesterday',
          '!!float .nan',
          '!e!x y',
        ]),
      ),
  },
  deepBlock: {
    kind: 'text',
    apply: (rng, t) => {
      const depth = rng.int(1500, 4000);
      const form = rng.int(0, 2);
      if (form === 0) return atLine(rng, t, `deep: ${'- '.repeat(depth)}x`);
      if (form === 1) return `${t}\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n`;
      return atLine(rng, t, `deep:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i + 1)}-`).join('\n')} x`);
    },
  },
  deepFlow: {
    kind: 'text',
    apply: (rng, t) => {
      const depth = rng.int(2000, 10000);
      const open = rng.chance(0.5) ? '['.repeat(depth) : '{a: '.repeat(depth);
      const close = open.startsWith('[') ? ']'.repeat(depth) : '}'.repeat(depth);
      return atLine(rng, t, `deep: ${open}1${rng.chance(0.8) ? close : ''}`);
    },
  },
  duplicateKeys: {
    kind: 'text',
    apply: (rng, t) => {
      const ls = lines(t);
      const keys = ls.filter((l) => /^\s*[\w.-]+:/.test(l));
      if (keys.length === 0) return `a: 1\na: 2\n${t}`;
      const line = rng.pick(keys);
      ls.splice(ls.indexOf(line) + 1, 0, line);
      return ls.join('\n');
    },
  },
  mergeChain: {
    kind: 'text',
    apply: (rng, t) => {
      const n = rng.int(20, 400);
      let out = 'm0: &m0 {k0: v}\n';
      for (let i = 1; i < n; i++)
        out += `m${i}: &m${i} {<<: ${rng.chance(0.3) ? `[*m${i - 1}, *m${Math.max(0, i - 2)}]` : `*m${i - 1}`}, k${i}: v}\n`;
      if (rng.chance(0.3)) out += 'bad: {<<: 1}\nbad2: {<<: [1, *m0]}\n';
      return `${t}\n${out}`;
    },
  },
  nul: { kind: 'text', apply: (rng, t) => atOffset(rng, t, '\0'.repeat(rng.int(1, 3))) },
  bom: {
    kind: 'bytes',
    apply: (rng, b) =>
      Buffer.concat([
        Buffer.from(
          rng.pick([
            [0xef, 0xbb, 0xbf],
            [0xff, 0xfe],
            [0xfe, 0xff],
            [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
          ]),
        ),
        b,
      ]),
  },
  crlf: { kind: 'text', apply: (_rng, t) => t.replace(/\n/g, '\r\n') },
  crOnly: { kind: 'text', apply: (_rng, t) => t.replace(/\n/g, '\r') },
  mixedLineEnds: { kind: 'text', apply: (rng, t) => t.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r', '\u2028', '\u0085'])) },
  invalidUtf8: {
    kind: 'bytes',
    apply: (rng, b) => {
      const bad = Buffer.from(rng.pick([[0xff], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]));
      const at = rng.int(0, b.length);
      return Buffer.concat([b.subarray(0, at), bad, b.subarray(at)]);
    },
  },
  byteFlip: {
    kind: 'bytes',
    apply: (rng, b) => {
      const out = Buffer.from(b);
      for (let i = rng.int(1, 8); i > 0 && out.length > 0; i--) out[rng.int(0, out.length - 1)] ^= 1 << rng.int(0, 7);
      return out;
    },
  },
  hugeLine: {
    kind: 'text',
    apply: (rng, t) => {
      const size = rng.int(100_000, 3_000_000);
      return atLine(
        rng,
        t,
        rng.pick([`huge: "${'x'.repeat(size)}"`, `# ${'c'.repeat(size)}`, `${'k'.repeat(size)}: v`, `huge: ${'y '.repeat(size / 2)}`]),
      );
    },
  },
  indentFirstLine: { kind: 'text', apply: (rng, t) => `${' '.repeat(rng.int(1, 6))}${t}` },
  controlChars: {
    kind: 'text',
    apply: (rng, t) => {
      let out = t;
      for (let i = rng.int(1, 5); i > 0; i--) {
        out = atOffset(
          rng,
          out,
          rng.pick([
            '\x01',
            '\x07',
            '\x08',
            '\x0b',
            '\x0c',
            '\x1b[31m',
            '\x1b]0;title\x07',
            '\x7f',
            '\u202e',
            '\u200b',
            '\ufeff',
            '\ud800',
            '\uffff',
          ]),
        );
      }
      return out;
    },
  },
  weirdKeys: {
    kind: 'text',
    apply: (rng, t) =>
      atLine(
        rng,
        t,
        rng.pick([
          'images:\n  tags:\n    "x\\n::error file=a::injected": nginx:latest',
          'images:\n  tags:\n    "y\\r\\n::warning::injected": nginx',
          'images:\n  tags:\n    "\\e[2Jansi": nginx:latest',
          'images:\n  tags:\n    ? |\n      multi\n      ::error::line key\n    : nginx:latest',
          'images:\n  tags:\n    nova_api: "docker.io/x:1\\n::error::injected-value"',
          'images:\n  pull_policy: "Always\\n::error::injected"',
          `"${'k'.repeat(1100)}": v`,
          'images:\n  tags:\n    "%0A::error::pct": nginx:latest',
          'images:\n  tags:\n    "tab\\tkey\\u0000nul": nginx:latest',
        ]),
      ),
  },
  specialStart: {
    kind: 'text',
    apply: (rng, t) =>
      asValue(
        rng,
        t,
        `${rng.pick(['!', '*', '|', '>', '&', '%', '@', '`', '? ', '- ', ': ', '#'])}${rng.pick(['', 'x', 'abc def', '-1'])}`,
      ),
  },
  multiDoc: {
    kind: 'text',
    apply: (rng, t) =>
      rng.pick([
        () => `---\n${t}\n---\n${t}`,
        () => `%YAML 1.2\n---\n${t}\n...\n`,
        () => `%YAML 1.1\n%TAG !x! tag:example.com,2000:\n--- !x!foo\n${t}`,
        () => `# Source: chart/templates/a.yaml\n${t}\n---\n# Source: chart/templates/b.yaml\n`,
        () => atLine(rng, t, '---'),
        () => atLine(rng, t, '...'),
      ])(),
  },
  emptyish: {
    kind: 'text',
    apply: (rng) =>
      rng.pick([
        '',
        '---',
        '~',
        'null',
        '# only a comment\n',
        'just a string\n',
        '- a\n- b\n',
        '42',
        '\n\n\n',
        '[]',
        '{}',
        '"unterminated',
      ]),
  },
  numbers: {
    kind: 'text',
    apply: (rng, t) =>
      asValue(rng, t, rng.pick(['7.10', '1e400', '0x', '.inf', '-.nan', '0o777', '1_000', '2001-12-14t21:59:43.10-05:00', '0b102'])),
  },
  longKeyPath: {
    kind: 'text',
    apply: (rng, t) => `${t}\n${rng.string(rng.int(2000, 20000), 'abcdefgh.')}: x\n`,
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/**
 * Applies `count` random mutations (or `forced` among them) to `text`: text mutations first, then the byte
 * ones. Returns the bytes and the names applied, in order.
 */
export function mutate(rng, text, count, forced) {
  const names = Array.from({ length: count }, () => rng.pick(MUTATION_NAMES));
  if (forced) names[rng.int(0, names.length - 1)] = forced;
  const textual = names.filter((n) => MUTATIONS[n].kind === 'text');
  const binary = names.filter((n) => MUTATIONS[n].kind === 'bytes');
  let out = text;
  for (const n of textual) out = MUTATIONS[n].apply(rng, out);
  let bytes = Buffer.from(out, 'utf8');
  for (const n of binary) bytes = MUTATIONS[n].apply(rng, bytes);
  return { bytes, applied: [...textual, ...binary] };
}
