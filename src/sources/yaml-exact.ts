/**
 * The exact YAML parser (the `yaml` package): it reports every problem in a file with its own code and
 * position (duplicate keys, tabs, bad indentation, ...), and keeps duplicate keys in the tree. It is about
 * four times slower than the fast parser, so it runs only on files the fast parser refuses.
 */
import { Alias, Parser, Composer, isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type Scalar } from 'yaml';
import { lineEnd } from './yaml-depth.js';
import { contentEnd } from './yaml-fast.js';
import { syntaxMessage } from './yaml-messages.js';
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
  // The parser's own duplicate-key check compares each key with every earlier one (quadratic: 40,000 keys
  // took 12 s); duplicateKeys() below does it with one set per map.
  const composer = new Composer({ uniqueKeys: false, merge: true, prettyErrors: false, strict: true });
  const docs: Document.Parsed[] = [];
  for (const doc of composer.compose(new Parser().parse(text), true, text.length)) docs.push(doc);
  return docs.map((doc) => buildDocument(doc, text, options));
}

function buildDocument(doc: Document.Parsed, text: string, options: ParseOptions): YamlDocument {
  const problems: YamlProblem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    code: error.code,
    message: syntaxMessage(error.code, error.message),
    span: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) },
    fatal: !NON_FATAL_CODES.has(error.code) && doc.errors.includes(error as never),
  }));
  for (const problem of duplicateKeys(doc, text)) problems.push(problem);
  if (problems.some((p) => p.fatal)) return { root: undefined, problems };

  const builder = new ViewBuilder(doc, text);
  const root = isEmptyDocument(doc) ? undefined : builder.build(doc.contents as Node);
  for (const problem of builder.problems) problems.push(problem);
  if (builder.problems.some((p) => p.fatal)) return { root: undefined, problems };
  if (root) linkParents(root);
  const bomb = checkExpansion(root, builder.firstAliasSpan, options);
  if (bomb) return { root: undefined, problems: [...problems, bomb] };
  return { root, problems };
}

/** Every key a map repeats (the later ones), in one pass with a set per map. */
function duplicateKeys(doc: Document.Parsed, text: string): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const stack: unknown[] = [doc.contents];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (seen.has(node)) continue;
    seen.add(node);
    if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        stack.push(pair.value);
        const key = pair.key as Node | null;
        if (!isScalar(key) || !key.range) continue;
        const name = keyText(key);
        if (keys.has(name)) {
          problems.push({
            code: 'DUPLICATE_KEY',
            message: syntaxMessage('DUPLICATE_KEY', ''),
            span: keySpanAt(text, key.range[0]),
            fatal: false,
          });
        }
        keys.add(name);
      }
    }
  }
  return problems;
}

/** Cover a duplicate key from its first character up to its colon. */
function keySpanAt(text: string, start: number): Span {
  const line = text.slice(start, lineEnd(text, start));
  const colon = line.search(/:(\s|$)/);
  return { start, end: start + (colon > 0 ? colon : 1) };
}

/** No content at all (an empty file, or nothing after `---`): the parser stands in an empty null scalar. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const contents = doc.contents as Node | null;
  return !contents || (isScalar(contents) && contents.value === null && contents.range?.[0] === contents.range?.[1]);
}

class ViewBuilder {
  readonly problems: YamlProblem[] = [];
  firstAliasSpan: Span | undefined;
  private readonly built = new Map<Node, YamlNode>();
  private readonly anchors: AnchorIndex;

  constructor(
    doc: Document.Parsed,
    private readonly text: string,
  ) {
    this.anchors = new AnchorIndex(doc);
  }

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
        const key = keyText(isAlias(keyNode) ? (this.anchors.resolve(keyNode) ?? null) : keyNode);
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
    const target = this.anchors.resolve(node);
    // An anchored key is not built with its map (keys are text): build it when an alias first uses it.
    const known = target ? (this.built.get(target) ?? (isScalar(target) ? this.build(target) : undefined)) : undefined;
    if (known) return known;
    // Helm's parser refuses the whole file ("unknown anchor"), so nothing in it can be trusted. The name is
    // not quoted: a password that starts with `*` reads as an alias of that name.
    this.problems.push({
      code: 'UNRESOLVED_ALIAS',
      message: 'This alias ("*" and a name) has no anchor of that name before it, so Helm refuses the file',
      span: spanOf(node),
      fatal: true,
    });
    return emptyScalar(spanOf(node).start);
  }

  // `<<: *base` (or a list of them): keys of the merged maps that the map does not set itself.
  private merge(map: YamlMap, valueNode: Node): void {
    const sources = isSeq(valueNode) ? (valueNode.items as Node[]) : [valueNode];
    const keys = new Set(map.entries.map((e) => e.key));
    for (const source of sources) {
      const merged = this.build(source);
      if (merged.kind !== 'map') continue;
      for (const entry of merged.entries) {
        if (keys.has(entry.key)) continue;
        keys.add(entry.key);
        map.entries.push(entry);
      }
    }
  }
}

/**
 * Which node each alias names: the last one before it with that anchor. The parser's own `resolve` walks
 * the whole document for every alias (quadratic: a chain of 2,000 merges took 6 s); this walks it once.
 */
class AnchorIndex {
  private readonly order = new Map<Node, number>();
  private readonly byName = new Map<string, { at: number; node: Node }[]>();

  constructor(doc: Document.Parsed) {
    let at = 0;
    visit(doc, {
      Node: (_key, node) => {
        if (isAlias(node)) this.order.set(node, at++);
        else if ((node as { anchor?: string }).anchor) {
          const name = (node as { anchor: string }).anchor;
          const list = this.byName.get(name) ?? [];
          list.push({ at: at++, node });
          this.byName.set(name, list);
        }
      },
    });
  }

  resolve(alias: Alias): Node | undefined {
    const at = this.order.get(alias);
    const list = this.byName.get(alias.source);
    if (at === undefined || !list) return undefined;
    // The last anchor before the alias, by binary search over the anchors in document order.
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.at < at) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? list[low - 1]!.node : undefined;
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
