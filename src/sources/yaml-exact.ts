/**
 * The exact YAML parser (the `yaml` package): it reports every problem in a file with its own code and
 * position (duplicate keys, tabs, bad indentation, ...), and keeps duplicate keys in the tree. It is about
 * four times slower than the fast parser, so it runs only on files the fast parser refuses.
 */
import { Alias, Parser, Composer, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { contentEnd } from './yaml-fast.js';
import {
  checkExpansion,
  linkParents,
  NON_FATAL_CODES,
  type ParseOptions,
  type ScalarStyle,
  type Span,
  type YamlDocument,
  type YamlMap,
  type YamlNode,
  type YamlProblem,
  type YamlScalar,
  type YamlSeq,
} from './yaml-view.js';

/** The exact parser: every problem with its own code and position. Slower; used when the fast one refuses. */
export function parseStreamExact(text: string, options: ParseOptions): YamlDocument[] {
  const composer = new Composer({ uniqueKeys: true, merge: true, prettyErrors: false, strict: true });
  const docs: Document.Parsed[] = [];
  for (const doc of composer.compose(new Parser().parse(text), true, text.length)) docs.push(doc);
  return docs.map((doc) => buildDocument(doc, text, options));
}

function buildDocument(doc: Document.Parsed, text: string, options: ParseOptions): YamlDocument {
  const problems: YamlProblem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    code: error.code,
    message: firstLine(error.message),
    span:
      error.code === 'DUPLICATE_KEY' ? keySpanAt(text, error.pos[0]) : { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) },
    fatal: !NON_FATAL_CODES.has(error.code) && doc.errors.includes(error as never),
  }));
  if (problems.some((p) => p.fatal)) return { root: undefined, problems };

  const builder = new ViewBuilder(doc, text);
  const root = isEmptyDocument(doc) ? undefined : builder.build(doc.contents as Node);
  problems.push(...builder.problems);
  if (builder.problems.some((p) => p.fatal)) return { root: undefined, problems };
  if (root) linkParents(root);
  const bomb = checkExpansion(root, builder.firstAliasSpan, options);
  if (bomb) return { root: undefined, problems: [...problems, bomb] };
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

  constructor(
    private readonly doc: Document.Parsed,
    private readonly text: string,
  ) {}

  build(node: Node): YamlNode {
    if (isAlias(node)) return this.alias(node);
    const known = this.built.get(node);
    if (known) return known;
    const view = this.create(node);
    this.built.set(node, view);
    return view;
  }

  private create(node: Node): YamlNode {
    const span = spanOf(node);
    // A block collection's range runs on over the line break, comments and blank lines after its last item,
    // to where the next node starts; the view ends it at its last content, as the fast parser does.
    if ((isMap(node) || isSeq(node)) && !node.flow) span.end = contentEnd(this.text, span.start, span.end);
    if (isMap(node)) {
      const map: YamlMap = { kind: 'map', span, parent: undefined, segment: undefined, entries: [] };
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const key = keyText(isAlias(keyNode) ? ((keyNode.resolve(this.doc) as Node | undefined) ?? null) : keyNode);
        const valueNode = pair.value as Node | null;
        if (key === '<<' && valueNode) {
          this.merge(map, valueNode);
          continue;
        }
        const keySpan = keyNode ? spanOf(keyNode) : { start: span.start, end: span.start };
        const value = valueNode ? this.build(valueNode) : emptyScalar(keySpan.end);
        map.entries.push({ key, keySpan, value });
      }
      return map;
    }
    if (isSeq(node)) {
      const seq: YamlSeq = { kind: 'seq', span, parent: undefined, segment: undefined, items: [] };
      node.items.forEach((item) => {
        seq.items.push(item ? this.build(item as Node) : emptyScalar(span.start));
      });
      return seq;
    }
    const scalar = node as Scalar;
    return { kind: 'scalar', span, parent: undefined, segment: undefined, value: scalarValue(scalar.value), style: styleOf(scalar.type) };
  }

  private alias(node: Alias): YamlNode {
    this.firstAliasSpan ??= spanOf(node);
    const target = node.resolve(this.doc) as Node | undefined;
    // An anchored key is not built with its map (keys are text): build it when an alias first uses it.
    const known = target ? (this.built.get(target) ?? (isScalar(target) ? this.build(target) : undefined)) : undefined;
    if (known) return known;
    // Helm's parser refuses the whole file ("unknown anchor"), so nothing in it can be trusted.
    this.problems.push({
      code: 'UNRESOLVED_ALIAS',
      message: `Alias *${node.source} has no anchor before it`,
      span: spanOf(node),
      fatal: true,
    });
    return emptyScalar(spanOf(node).start);
  }

  // `<<: *base` (or a list of them): keys of the merged maps that the map does not set itself.
  private merge(map: YamlMap, valueNode: Node): void {
    const sources = isSeq(valueNode) ? (valueNode.items as Node[]) : [valueNode];
    for (const source of sources) {
      const merged = this.build(source);
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

function emptyScalar(at: number): YamlScalar {
  return { kind: 'scalar', span: { start: at, end: at }, parent: undefined, segment: undefined, value: null, style: 'plain' };
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
