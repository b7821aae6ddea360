/**
 * The only module that knows the YAML parser. Rules see a small typed view (maps, sequences, scalars,
 * each with its path and source span), so how positions are obtained can change without touching rules.
 */
import { Alias, Parser, Composer, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';

/** UTF-16 offsets into the file text; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type PathSegment = string | number;

interface NodeBase {
  span: Span;
  /** Where the node sits in the document, e.g. ['images', 'tags', 'dep_check']. */
  path: readonly PathSegment[];
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'block';

export interface YamlScalar extends NodeBase {
  kind: 'scalar';
  value: string | number | boolean | null;
  style: ScalarStyle;
}

export interface YamlEntry {
  key: string;
  keySpan: Span;
  value: YamlNode;
}

export interface YamlMap extends NodeBase {
  kind: 'map';
  entries: YamlEntry[];
}

export interface YamlSeq extends NodeBase {
  kind: 'seq';
  items: YamlNode[];
}

export type YamlNode = YamlMap | YamlSeq | YamlScalar;

export interface YamlProblem {
  /** A stable code: the parser's own (DUPLICATE_KEY, TAB_AS_INDENT, ...) or ours (ALIAS_BOMB, MULTIPLE_DOCUMENTS). */
  code: string;
  message: string;
  span: Span;
  /** A fatal problem means the tree cannot be trusted, so no other rule runs on the file. */
  fatal: boolean;
}

export interface YamlDocument {
  root: YamlNode | undefined;
  problems: YamlProblem[];
  /** In a rendered manifest stream: the template named by the document's `# Source:` header. */
  sourceTemplate?: string;
}

export interface ParseOptions {
  /** How many nodes the document may stand for once aliases are expanded (a billion-laughs guard). */
  maxExpandedNodes: number;
}

/** Problems that leave the tree complete: rules can still run (duplicate keys keep the last value, as Helm does). */
const NON_FATAL_CODES = new Set(['DUPLICATE_KEY']);

export function getEntry(map: YamlMap, key: string): YamlEntry | undefined {
  // Last wins, like Helm's own reading of a map with a repeated key.
  for (let i = map.entries.length - 1; i >= 0; i--) {
    const entry = map.entries[i]!;
    if (entry.key === key) return entry;
  }
  return undefined;
}

export function getChild(node: YamlNode | undefined, key: string): YamlNode | undefined {
  return node?.kind === 'map' ? getEntry(node, key)?.value : undefined;
}

/** Follows a path of map keys; undefined as soon as one is missing or not a map. */
export function getPath(node: YamlNode | undefined, keys: readonly string[]): YamlNode | undefined {
  let current = node;
  for (const key of keys) current = getChild(current, key);
  return current;
}

export function isMapNode(node: YamlNode | undefined): node is YamlMap {
  return node?.kind === 'map';
}

export function scalarString(node: YamlNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/**
 * Parses every document of a stream. Values files use the first; manifest streams use them all.
 */
export function parseYamlStream(text: string, options: ParseOptions): YamlDocument[] {
  const composer = new Composer({ uniqueKeys: true, merge: true, prettyErrors: false, strict: true });
  const docs: Document.Parsed[] = [];
  for (const doc of composer.compose(new Parser().parse(text), true, text.length)) docs.push(doc);
  return docs.map((doc) => buildDocument(doc, text, options));
}

/** A values file: exactly one document (an empty file is an empty document). */
export function parseYamlValues(text: string, options: ParseOptions): YamlDocument {
  const docs = parseYamlStream(text, options);
  const first = docs[0] ?? { root: undefined, problems: [] };
  const extra = docs.slice(1).filter((doc) => doc.root !== undefined || doc.problems.length > 0);
  if (extra.length > 0) {
    const second = docs[1]!;
    const at = second.root?.span.start ?? 0;
    first.problems.push({
      code: 'MULTIPLE_DOCUMENTS',
      message: `A values file holds one YAML document, but this one holds ${docs.length}; Helm reads only the first.`,
      span: { start: at, end: at },
      fatal: false,
    });
  }
  for (const doc of docs.slice(1)) first.problems.push(...doc.problems);
  return first;
}

function buildDocument(doc: Document.Parsed, text: string, options: ParseOptions): YamlDocument {
  const problems: YamlProblem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    code: error.code,
    message: firstLine(error.message),
    span: error.code === 'DUPLICATE_KEY' ? keySpanAt(text, error.pos[0]) : { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) },
    fatal: !NON_FATAL_CODES.has(error.code) && doc.errors.includes(error as never),
  }));
  if (problems.some((p) => p.fatal)) return { root: undefined, problems };

  const builder = new ViewBuilder(doc);
  const root = isEmptyDocument(doc) ? undefined : builder.build(doc.contents as Node, []);
  problems.push(...builder.problems);
  if (builder.problems.some((p) => p.fatal)) return { root: undefined, problems };
  if (root && expandedSize(root, options.maxExpandedNodes) > options.maxExpandedNodes) {
    const span = builder.firstAliasSpan ?? root.span;
    problems.push({
      code: 'ALIAS_BOMB',
      message: `Aliases expand this document past ${options.maxExpandedNodes} nodes (an alias bomb); it is not linted further.`,
      span,
      fatal: true,
    });
    return { root: undefined, problems };
  }
  return { root, problems };
}

/** The parser points at a duplicate key's first character; cover the whole key up to its colon. */
function keySpanAt(text: string, start: number): Span {
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd === -1 ? text.length : lineEnd);
  const colon = line.search(/:(\s|$)/);
  return { start, end: start + (colon > 0 ? colon : 1) };
}

/** No content at all (an empty file, or nothing after `---`): the parser stands in an empty null scalar. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents as Node | null;
  return !contents || (isScalar(contents) && contents.value === null && contents.range?.[0] === contents.range?.[1]);
}

// The parser's messages are one sentence followed, at times, by a source excerpt: keep the sentence only,
// so no excerpt of the file (which may hold a secret) ever reaches the output.
function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').slice(0, 200);
}

class ViewBuilder {
  readonly problems: YamlProblem[] = [];
  firstAliasSpan: Span | undefined;
  private readonly built = new Map<Node, YamlNode>();

  constructor(private readonly doc: Document.Parsed) {}

  build(node: Node, path: readonly PathSegment[]): YamlNode {
    if (isAlias(node)) return this.alias(node, path);
    const known = this.built.get(node);
    if (known) return known;
    const view = this.create(node, path);
    this.built.set(node, view);
    return view;
  }

  private create(node: Node, path: readonly PathSegment[]): YamlNode {
    const span = spanOf(node);
    if (isMap(node)) {
      const map: YamlMap = { kind: 'map', span, path, entries: [] };
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const key = keyText(keyNode);
        const valueNode = pair.value as Node | null;
        if (key === '<<' && valueNode) {
          this.merge(map, valueNode);
          continue;
        }
        const keySpan = keyNode ? spanOf(keyNode) : { start: span.start, end: span.start };
        const value = valueNode ? this.build(valueNode, [...path, key]) : emptyScalar(keySpan.end, [...path, key]);
        map.entries.push({ key, keySpan, value });
      }
      return map;
    }
    if (isSeq(node)) {
      const seq: YamlSeq = { kind: 'seq', span, path, items: [] };
      node.items.forEach((item, index) => {
        seq.items.push(item ? this.build(item as Node, [...path, index]) : emptyScalar(span.start, [...path, index]));
      });
      return seq;
    }
    const scalar = node as Scalar;
    return { kind: 'scalar', span, path, value: scalarValue(scalar.value), style: styleOf(scalar.type) };
  }

  private alias(node: Alias, path: readonly PathSegment[]): YamlNode {
    this.firstAliasSpan ??= spanOf(node);
    const target = node.resolve(this.doc);
    const known = target ? this.built.get(target as Node) : undefined;
    if (known) return known;
    // Helm's parser refuses the whole file ("unknown anchor"), so nothing in it can be trusted.
    this.problems.push({ code: 'UNRESOLVED_ALIAS', message: `Alias *${node.source} has no anchor before it`, span: spanOf(node), fatal: true });
    return emptyScalar(spanOf(node).start, path);
  }

  // `<<: *base` (or a list of them): keys of the merged maps that the map does not set itself.
  private merge(map: YamlMap, valueNode: Node): void {
    const sources = isSeq(valueNode) ? (valueNode.items as Node[]) : [valueNode];
    for (const source of sources) {
      const merged = this.build(source, map.path);
      if (merged.kind !== 'map') continue;
      for (const entry of merged.entries) {
        if (!map.entries.some((e) => e.key === entry.key)) map.entries.push(entry);
      }
    }
  }
}

function spanOf(node: Node): Span {
  const range = node.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}

function emptyScalar(at: number, path: readonly PathSegment[]): YamlScalar {
  return { kind: 'scalar', span: { start: at, end: at }, path, value: null, style: 'plain' };
}

function keyText(key: Node | null): string {
  if (key === null) return '';
  // With merge keys on, the parser gives `<<` a symbol value; its source text is the key.
  if (isScalar(key)) return typeof key.value === 'symbol' ? (key.source ?? '<<') : String(key.value);
  return '[complex key]';
}

function scalarValue(value: unknown): YamlScalar['value'] {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}

function styleOf(type: Scalar['type']): ScalarStyle {
  switch (type) {
    case 'QUOTE_DOUBLE':
      return 'double';
    case 'QUOTE_SINGLE':
      return 'single';
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL':
      return 'block';
    default:
      return 'plain';
  }
}

/** Node count with aliases expanded, memoised per shared node so a bomb costs linear time to detect. */
function expandedSize(root: YamlNode, limit: number): number {
  const memo = new Map<YamlNode, number>();
  const size = (node: YamlNode): number => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    memo.set(node, 1); // guards cycles through merge keys
    let total = 1;
    if (node.kind === 'map') for (const entry of node.entries) total += size(entry.value);
    else if (node.kind === 'seq') for (const item of node.items) total += size(item);
    const capped = Math.min(total, limit + 1);
    memo.set(node, capped);
    return capped;
  };
  return size(root);
}

/**
 * A sub-span of a scalar's text, e.g. the tag inside "quay.io/x:tag". Exact for plain and quoted scalars
 * whose source spells the value without escapes; otherwise the whole scalar.
 */
export function scalarSubSpan(text: string, scalar: YamlScalar, start: number, end: number): Span {
  if (typeof scalar.value !== 'string') return scalar.span;
  const quote = scalar.style === 'single' || scalar.style === 'double' ? 1 : 0;
  const bodyStart = scalar.span.start + quote;
  if (text.slice(bodyStart, bodyStart + scalar.value.length) !== scalar.value) return scalar.span;
  return { start: bodyStart + start, end: bodyStart + end };
}

/** Maps offsets to 1-based line and column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
  }
}
