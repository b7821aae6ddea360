/**
 * Parity of the two YAML parsers. The fast one (js-yaml) reads valid files, the exact one (the `yaml`
 * package) the files the fast one refuses: whenever the fast parser accepts a text, the exact parser must
 * build the same view of it — the same documents and, for every node, the same kind, value, style, span and
 * path, for maps the same keys and key spans, and the same nodes shared through aliases and merge keys.
 * A text the fast parser refuses must be one the exact parser finds a problem in.
 *
 * Run over every YAML file of charts-fixtures/ (templates are Go templates, not YAML) and over hand-written
 * snippets of the constructs where the two could drift apart.
 */
import fg from 'fast-glob';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStreamExact } from '../src/sources/yaml-exact.js';
import { parseStreamFast } from '../src/sources/yaml-fast.js';
import { pathOf } from '../src/sources/yaml-view.js';

const OPTIONS = { maxExpandedNodes: 10_000, maxNestingDepth: 256 };

// Loosely typed on purpose: the view's types may move to another module; only these shapes are relied on.
type Span = { start: number; end: number };
type ViewNode = Parameters<typeof pathOf>[0];
type ViewDocument = { root: ViewNode | undefined; problems: { code: string; span: Span; fatal: boolean }[] };

/** A view node as plain data: no parent links (they would make cycles); a node met again is a reference. */
type Plain =
  | { ref: number }
  | {
      id: number;
      kind: string;
      span: Span;
      path: (string | number)[];
      value?: unknown;
      style?: string;
      entries?: { key: string; keySpan: Span; value: Plain }[];
      items?: Plain[];
    };

function plainDocuments(docs: readonly ViewDocument[]): unknown[] {
  return docs.map((doc) => ({
    root: doc.root ? plainNode(doc.root, new Map()) : undefined,
    problems: doc.problems.map((p) => ({ code: p.code, span: plainSpan(p.span), fatal: p.fatal })),
  }));
}

/** Shared nodes (aliases, merged entries) are numbered in the order first met, so sharing is compared too. */
function plainNode(node: ViewNode, seen: Map<ViewNode, number>): Plain {
  const known = seen.get(node);
  if (known !== undefined) return { ref: known };
  const id = seen.size;
  seen.set(node, id);
  const base = { id, kind: node.kind, span: plainSpan(node.span), path: pathOf(node) };
  if (node.kind === 'scalar') return { ...base, value: node.value, style: node.style };
  if (node.kind === 'seq') return { ...base, items: node.items.map((item) => plainNode(item, seen)) };
  return {
    ...base,
    entries: node.entries.map((entry) => ({ key: entry.key, keySpan: plainSpan(entry.keySpan), value: plainNode(entry.value, seen) })),
  };
}

function plainSpan(span: Span): Span {
  return { start: span.start, end: span.end };
}

function parseBoth(text: string): { fast: unknown[] | undefined; exact: unknown[]; exactProblems: number } {
  const fast = parseStreamFast(text, OPTIONS) as ViewDocument[] | undefined;
  const exact = parseStreamExact(text, OPTIONS) as ViewDocument[];
  return {
    fast: fast && plainDocuments(fast),
    exact: plainDocuments(exact),
    exactProblems: exact.reduce((n, doc) => n + doc.problems.length, 0),
  };
}

const root = path.resolve(import.meta.dirname, '..');
const fixtures = fg
  .sync('charts-fixtures/**/*.{yaml,yml}', { cwd: root, ignore: ['**/templates/**'] })
  .sort()
  .map((file) => ({ file, ...parseBoth(readFileSync(path.join(root, file), 'utf8')) }));
const accepted = fixtures.filter((f) => f.fast !== undefined);
const refused = fixtures.filter((f) => f.fast === undefined);

describe('charts-fixtures', () => {
  it('finds the YAML files, most of them valid', () => {
    expect(fixtures.length).toBeGreaterThan(50);
    expect(accepted.length).toBeGreaterThan(refused.length);
  });

  it.each(accepted)('same view: $file', ({ fast, exact }) => {
    expect(exact).toEqual(fast);
  });

  it.each(refused)('refused by the fast parser, a problem for the exact one: $file', ({ exactProblems }) => {
    expect(exactProblems).toBeGreaterThan(0);
  });
});

const SNIPPETS: Record<string, string> = {
  // Anchors, aliases and merge keys: an alias is its anchored node, whatever its kind.
  'alias of a map': 'base: &base\n  a: 1\n  b: two\ncopy: *base\n',
  'alias of a quoted scalar': 'tag: &tag "1.0"\nimage: *tag\nlist: [*tag, *tag]\n',
  'alias of a sequence': 'a: &list\n  - x\n  - y\nb: *list\n',
  'aliases of numbers, booleans, nulls and tagged scalars':
    'a: &n 5\nb: [*n, {c: *n}]\nd: &s !!str 7\ne: *s\nf: &t true\ng: *t\nh: &z ~\ni: *z\n',
  'an anchor defined again': 'a: &x 1\nb: *x\nc: &x two\nd: *x\n',
  'anchors nested in an anchored map': 'a: &a\n  b: &b 1\n  c: *b\nd: *a\ne:\n  <<: *a\n  c: 2\n',
  'an anchored empty value and its alias': 'a: &x\nb: *x\nc: &y   # comment\nd: [*y]\n',
  'an anchored key and its alias': '&k key: v\nother: *k\n',
  'an alias as a key': 'base: &k key\n*k : v\n',
  'an anchored key in a flow map': 'a: {&k x: 1, y: *k}\n',
  'merge key': 'base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n',
  'merge key with a list of maps': 'a: &a {x: 1}\nb: &b {y: 2, x: 9}\nc:\n  <<: [*a, *b]\n  z: 3\n',
  'merge key in a flow map, and of an inline map': 'a: &a {x: 1}\nb: {<<: *a, y: 2}\nc:\n  <<: {q: 1}\n',
  'anchor and tags on a map': 'a: &x !!map\n  b: !!str 1\n  c: !!int "2"\n',

  // Block scalars, and where they end.
  'literal block': 'script: |\n  echo one\n  echo two\nnext: 1\n',
  'folded block, strip': 'text: >-\n  folded\n  lines\n\n  para\nnext: 1\n',
  'literal block, keep, with trailing empty lines': 'keep: |+\n  kept\n\n\nnext: 1\n',
  'literal block, keep, at the end of the text': 'keep: |+\n  kept\n\n\n',
  'folded block, keep, then a comment': 'a: >+\n  x\n\n  \n# c\n\nb: 1\n',
  'keep, with the comment less indented in a nested map': 'a:\n  b: |+\n    x\n\n  # c\nz: 1\n',
  'block scalar followed by a more-indented blank line': 'a: |\n  text\n    \nb: 1\n',
  'block scalar, keep, followed by a more-indented blank line': 'a: |+\n  text\n      \n\nb: 1\n',
  'block scalar, strip, with more-indented and empty trailing lines': 'a: |-\n  text\n    \n  \n\nb: 1\n',
  'folded block followed by a more-indented blank line at the end': 'a: >\n  x\n     \n',
  'block scalar with trailing empty lines, a comment and blank lines': 'a: |\n  text\n\n# comment\n\nb: 1\n',
  'block scalar with comment-like lines': 'a: |\n  # not a comment\n  text\n  # still text\nb: 1\n',
  'block scalar with an indentation indicator': 'a: |2\n    indented\n  less\nb: >1\n  x\n',
  'block scalar with a comment on its header': 'a: | # header comment\n  x\n   \n',
  'block scalar on the last line, without a line break': 'a: |\n  text',
  'block scalars with no content': 'a: |\nb: >-\n\n  \nc: |+\n\nd: 1\n',
  'block scalars in a sequence': 'items:\n  - |\n    one\n     \n  - >\n    two\n\n  - last\n',
  'block scalar as the root of documents': '--- |\n  root text\n--- >-\n  folded\n  root\n...\n',

  // Flow collections, keys.
  'flow map and sequence': 'a: {b: 1, c: [x, y, {d: e}], "q": \'r\'}\nf: [1, 2.5, true, null]\n',
  'multi-line flow collections with comments': 'a: [\n  1,\n  2,\n]\nb: {\n  c: d,  # comment\n  e: f\n}\n',
  'empty flow collections and flow values': 'a: {}\nb: []\nc: [{}]\nd: {"a b": 1, \'c\': [2, {e: 3}], f: }\ng: [1, ]\n',
  'nested flow collections': 'a: [1, [2, [3]], {x: {y: z}}]\n',
  'quoted keys': '"quoted key": 1\n\'single key\': 2\n"esc\\"aped": 3\n"": empty\n',
  'keys with colons': 'a:b: 1\n"c: d": 2\nhttp://x.io/y: 3\nurl: http://example.com:8080/\n',

  // Streams and documents.
  'multi-document stream': 'a: 1\n---\nb: 2\n---\n- x\n- y\n',
  'documents with end markers': '---\na: 1\n...\n---\nb: 2\n...\n',
  'stream ending in a separator': 'a: 1\n---\n',
  'empty documents in a stream': '---\n---\na: 1\n---\n# only a comment\n---\n',
  'comments around separators and end markers': '# c\n--- # c2\na: 1\n... # end\n# x\n---\nb: 2\n',
  'a directive': '%YAML 1.2\n---\na: 1\n',
  'empty text': '',
  'only comments': '# one\n# two\n',
  'only a separator': '---\n',
  'only an end marker': '...\n',
  'a bare scalar document': 'just a string\n',
  'a root sequence': '- a\n- b: 1\n- [c]\n',

  // Comments, nulls, empty values.
  'comments everywhere':
    '# head\na: # after key\n  # before value\n  b: 1 # after value\n  # between\n  c: [1, # in flow\n    2]\n# tail\nd:\n  - x # item\n  # after items\n',
  'hashes that are not comments': 'a: x # c\nb: "x # y"\nc: x#y\nd: \'a # b\'\n',
  nulls: 'a: ~\nb:\nc: null\nd: Null\ne: NULL\nf: [~, null, ]\n',
  'empty items next to null items': 'g:\n  - \n  -\n  - ~\n  -  # comment\n  - null\n  -\n',
  'empty items next to aliases of null': 'a: &n ~\nl:\n  - *n\n  -\n  - *n\n  -   \n',
  'empty values in maps and sequences': 'a:\nb:\n  c:\nd:\n  -\n  - x\n  -\ne:   \nf:  # comment\n',
  'empty values with a tag or an anchor': 'a: !!null\nb: !!null # c\nc:\n  &x\nd: *x\ne: {f: &y , g: *y}\nh:\n  - !!null\n  -\n  - &q\n',
  'empty strings': 'a: ""\nb: \'\'\n',

  // Scalars and the YAML 1.2 core schema.
  'core schema numbers':
    'a: 1\nb: -2\nc: 0o17\nd: 0x1F\ne: 1.5\nf: -.inf\ng: .NaN\nh: 1e3\ni: 012\nj: +3\nk: 1_000\nl: .5\nm: 12345678901234567890\n',
  'core schema booleans and their YAML 1.1 look-alikes': 'a: true\nb: False\nc: TRUE\nd: yes\ne: no\nf: on\ng: off\n',
  'strings that look like other types':
    'a: "1"\nb: \'true\'\nc: 2026-01-01\nd: 1.0.0\ne: 0.1\nf: 0x_1F\ng: 1e\nh: 2001-12-14t21:59:43.10-05:00\n',
  'double-quoted escapes': 'a: "tab\\tnew\\nline \\u00e9 \\U0001F600"\nb: "multi\n  line"\n',
  'single-quoted with escapes': "a: 'it''s'\nb: 'multi\n  line'\n",
  'plain multi-line scalar': 'a: one\n  two\n  three\nb: 1\n',
  'trailing spaces and tabs': 'a: 1   \nlong_key_name_here: 2\t\n',

  // Layout.
  'sequence of maps': 'containers:\n  - name: a\n    image: x:1\n  - name: b\n    image: y:2\n  - c: |\n      x\n    d: 4\n',
  'sequence not indented under its key': 'a:\n- x\n- y\nb: 1\n',
  'nested sequences': '- - a\n  - b\n- - c\n- - a\n  - b\n-\n',
  'empty item under a nested map': 'a:\n  b:\n    - c\n    -\n      d: 1\n',
  'deeply nested with trailing comments': 'a:\n  b:\n    c:\n      d: 1\n      # trailing\n# end\n',

  // Line endings, BOM, unicode.
  'CRLF line endings': 'a: 1\r\nb:\r\n  c: two\r\n  d: |\r\n    line\r\n  e: [x, y]\r\n  f: |\r\n    x\r\n      \r\ng: 1\r\n# comment\r\n',
  'CRLF multi-document': 'a: 1\r\n---\r\nb: 2\r\n',
  'a byte order mark': '\uFEFFa: 1\nb: [x]\n',
  'a byte order mark before a separator': '\uFEFF---\na: 1\n',
  'a byte order mark, CRLF and a kept block': '\uFEFFa: |+\r\n  x\r\n\r\nb: 1\r\n',
  'unicode beyond the BMP': 'emoji: "😀 ok"\n😀key: 𝒳\nlist: [𝒳, 😀]\nblock: |\n  😀 line\n  𝒳\nnext: after\n',
};

describe('snippets', () => {
  it.each(Object.entries(SNIPPETS))('same view: %s', (_name, text) => {
    const { fast, exact } = parseBoth(text);
    expect(fast, 'the fast parser accepts it').toBeDefined();
    expect(exact).toEqual(fast);
  });
});

// Valid YAML that js-yaml reads wrongly: a compact nested sequence with an empty item runs on into the
// items of the sequence holding it. The fast parser must refuse it so that the exact parser reads it.
const MISREAD: Record<string, { text: string; items: number }> = {
  'compact nested sequence with an empty item': { text: '- - a\n  -\n- c\n', items: 2 },
  'compact nested sequence with only empty items': { text: '- - \n  -\n- ~\n', items: 2 },
};

describe('texts js-yaml misreads', () => {
  it.each(Object.entries(MISREAD))('refused by the fast parser: %s', (_name, { text, items }) => {
    expect(parseStreamFast(text, OPTIONS)).toBeUndefined();
    const [doc] = parseStreamExact(text, OPTIONS);
    expect(doc?.problems).toEqual([]);
    expect(doc?.root?.kind === 'seq' ? doc.root.items.length : undefined).toBe(items);
  });
});
