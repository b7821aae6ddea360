/**
 * The YAML view rules see: a small typed tree (maps, sequences, scalars, each with its path and source
 * span) that both parsers build, plus the helpers that read it. No parser is imported here, so the parsers
 * and everything else can import this module without a cycle.
 */
import { shownSegment } from '../common/secret-shape.js';

/** UTF-16 offsets into the file text; `end` is exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type PathSegment = string | number;

interface NodeBase {
  span: Span;
  /** The map or sequence holding the node (its anchor's, for a node shared through aliases); none for a root. */
  parent: YamlNode | undefined;
  /** Its key or index in the parent. */
  segment: PathSegment | undefined;
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
  /** How deep collections may nest: both parsers recurse, so a deeper document is reported, not parsed. */
  maxNestingDepth: number;
}

/** Problems that leave the tree complete: rules can still run (duplicate keys keep the last value, as Helm does). */
export const NON_FATAL_CODES = new Set(['DUPLICATE_KEY']);

/** Where a node sits in its document, e.g. ['images', 'tags', 'dep_check']; built on demand, for messages. */
export function pathOf(node: YamlNode): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: YamlNode | undefined = node; at?.segment !== undefined; at = at.parent) path.push(at.segment);
  return path.reverse();
}

/** `images.tags.dep_check`, `initContainers[0].image`: a path as messages show it. */
export function dottedPath(path: readonly PathSegment[]): string {
  // A path is for reading; a key that could be a secret (a password on a broken line) shows as `<key>`.
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? shownSegment(segment) : `.${shownSegment(segment)}`))
    .join('');
}

/** Links every node to its parent, top-down; a node reached twice (through an alias) keeps its first place. */
export function linkParents(root: YamlNode): void {
  const stack: YamlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const link = (child: YamlNode, segment: PathSegment): void => {
      if (child.parent !== undefined || child === root) return;
      child.parent = node;
      child.segment = segment;
      stack.push(child);
    };
    if (node.kind === 'map') for (const entry of node.entries) link(entry.value, entry.key);
    else if (node.kind === 'seq') node.items.forEach(link);
  }
}

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

export function scalarString(node: YamlNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
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
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    // `\n`, `\r\n` and a lone `\r` each end a line, as they do for YAML.
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) this.starts.push(i + 1);
    }
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

/**
 * Node count and depth with aliases expanded, memoised per shared node so a bomb costs linear time to
 * detect. An alias can nest a document deeper than its text does (`b: [*a]`, `c: [*b]`, ...), and rules
 * walk the expanded tree, so the depth counts too.
 */
function expanded(root: YamlNode, limit: number): { size: number; depth: number } {
  const memo = new Map<YamlNode, { size: number; depth: number }>();
  const measure = (node: YamlNode): { size: number; depth: number } => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    memo.set(node, { size: 1, depth: 1 }); // guards cycles through merge keys
    let size = 1;
    let depth = 0;
    const add = (child: YamlNode): void => {
      const inner = measure(child);
      size += inner.size;
      depth = Math.max(depth, inner.depth);
    };
    if (node.kind === 'map') for (const entry of node.entries) add(entry.value);
    else if (node.kind === 'seq') for (const item of node.items) add(item);
    const result = { size: Math.min(size, limit + 1), depth: depth + 1 };
    memo.set(node, result);
    return result;
  };
  return measure(root);
}

/**
 * The guards both parsers apply to a parsed tree: collections nested past limits.maxNestingDepth (the
 * rules walk trees recursively), and aliases that expand it past limits.maxExpandedNodes (an alias bomb).
 */
export function checkExpansion(root: YamlNode | undefined, aliasSpan: Span | undefined, options: ParseOptions): YamlProblem | undefined {
  if (!root) return undefined;
  const deep = deepestPast(root, options.maxNestingDepth);
  if (deep) return nestingLimit(deep.span.start, options.maxNestingDepth);
  // Without aliases a document is as large and as deep as its text: nothing to expand.
  if (!aliasSpan) return undefined;
  const { size, depth } = expanded(root, options.maxExpandedNodes);
  if (size > options.maxExpandedNodes) {
    return {
      code: 'ALIAS_BOMB',
      message: `Aliases expand this document past ${options.maxExpandedNodes} nodes (an alias bomb); it is not linted further.`,
      span: aliasSpan,
      fatal: true,
    };
  }
  return depth > options.maxNestingDepth ? nestingLimit(aliasSpan.start, options.maxNestingDepth) : undefined;
}

/** The first node (of a tree linked by linkParents) nested deeper than `max`, without recursion. */
function deepestPast(root: YamlNode, max: number): YamlNode | undefined {
  const stack: [YamlNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return node;
    const push = (child: YamlNode): void => {
      if (child.parent === node && child.kind !== 'scalar') stack.push([child, depth + 1]);
    };
    if (node.kind === 'map') for (const entry of node.entries) push(entry.value);
    else if (node.kind === 'seq') for (const item of node.items) push(item);
  }
  return undefined;
}

export function nestingLimit(at: number, maxDepth: number): YamlProblem {
  return {
    code: 'NESTING_LIMIT',
    message: `This document nests collections more than ${maxDepth} levels deep (limits.maxNestingDepth); it is not parsed`,
    span: { start: at, end: at },
    fatal: true,
  };
}
