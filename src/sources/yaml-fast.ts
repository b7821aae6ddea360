/**
 * The fast YAML parser: js-yaml, with its event listener recording where each node starts and ends, builds
 * the same view as the exact parser at about a quarter of the cost. It refuses (returns undefined) any file
 * js-yaml rejects — syntax errors, duplicate keys, tabs — and any event sequence it does not recognise;
 * the exact parser then reads that file and names every problem.
 */
import jsyaml from 'js-yaml';
import {
  checkExpansion,
  linkParents,
  type ParseOptions,
  type ScalarStyle,
  type Span,
  type YamlDocument,
  type YamlMap,
  type YamlNode,
} from './yaml-view.js';

// YAML 1.2's core schema, as Helm reads values (no timestamps), plus merge keys (`<<: *base`).
const SCHEMA = jsyaml.CORE_SCHEMA.extend({ implicit: [(jsyaml as unknown as { types: { merge: jsyaml.Type } }).types.merge] });
const MERGE_TAG = 'tag:yaml.org,2002:merge';

interface Frame {
  open: number;
  children: Built[];
}

/** A node as it closes, before it knows its path. */
interface Built {
  node: YamlNode;
  tag: string | null;
  /** Closed where it opened, with nothing read: js-yaml's look for one more key before `...` or the end. */
  nothing: boolean;
  result: unknown;
  /** An alias's own span (its node is the anchored one): where an alias used as a key is written. */
  aliasSpan: Span | undefined;
}

interface ListenerState {
  position: number;
  kind: string | null;
  tag: string | null;
  anchor: string | null;
  result: unknown;
}

/** Thrown inside the listener to give the file to the exact parser. */
class Refused extends Error {}

export function parseStreamFast(text: string, options: ParseOptions): YamlDocument[] | undefined {
  const stack: Frame[] = [];
  const roots: (YamlNode | undefined)[] = [];
  const byObject = new Map<object, YamlNode>();
  // The anchored nodes by name, for aliases of scalars (whose values cannot be told apart by identity).
  const anchors = new Map<string, YamlNode>();
  let firstAlias: Span | undefined;
  // js-yaml reads the text without its byte order mark and with a line break added when the last is missing:
  // its positions are one short after a BOM, and can be one past the end.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const positionOf = (state: ListenerState): number => Math.min(state.position + shift, text.length);
  // Set while an alias closes: its own span, for a key.
  let aliasSpan: Span | undefined;

  const close = (frame: Frame, state: ListenerState, closedAt: number): YamlNode | undefined => {
    const start = contentStart(text, frame.open, closedAt);
    const span = { start, end: contentEnd(text, start, closedAt) };
    const result = state.result;
    // js-yaml reads a block sequence item or a flow collection first as a would-be mapping key; when no `:`
    // follows, that inner node is the node itself.
    const only = frame.children.length === 1 ? frame.children[0]! : undefined;
    if (only && result !== null && typeof result === 'object' && only.result === result) return only.node;
    switch (state.kind) {
      case 'mapping':
        return remember(result, mapping(frame.children, span));
      case 'sequence':
        if (!Array.isArray(result)) throw new Refused();
        return remember(result, {
          kind: 'seq',
          span,
          parent: undefined,
          segment: undefined,
          items: sequenceItems(text, result, frame.children, span),
        });
      case 'scalar': {
        const style = styleAt(text, start);
        if (style === 'block') span.end = blockEnd(text, start, closedAt);
        return { kind: 'scalar', span, parent: undefined, segment: undefined, value: scalarValue(result), style };
      }
      default:
        // No kind: an empty value, or an alias (its result is the anchored value itself).
        if (text[start] === '*' && start < closedAt) {
          firstAlias ??= span;
          aliasSpan = span;
          if (result !== null && typeof result === 'object') {
            const target = byObject.get(result);
            if (!target) throw new Refused();
            return target;
          }
          // The anchored scalar itself, as for a map or sequence, and as the exact parser shares it.
          const target = anchors.get(aliasName(text, start));
          if (target?.kind !== 'scalar' || !Object.is(target.value, scalarValue(result))) throw new Refused();
          return target;
        }
        if (result !== null && result !== undefined) throw new Refused();
        return undefined;
    }
  };

  const remember = (result: unknown, node: YamlNode): YamlNode => {
    if (result !== null && typeof result === 'object') byObject.set(result, node);
    return node;
  };

  const mapping = (all: readonly Built[], span: Span): YamlMap => {
    const children = all.length % 2 !== 0 && all.at(-1)!.nothing ? all.slice(0, -1) : all;
    if (children.length % 2 !== 0) throw new Refused();
    const map: YamlMap = { kind: 'map', span, parent: undefined, segment: undefined, entries: [] };
    for (let i = 0; i < children.length; i += 2) {
      const key = children[i]!;
      const value = children[i + 1]!.node;
      if (key.tag === MERGE_TAG) {
        // Merged keys count where the map does not set them itself; a later key of the map still wins.
        const sources = value.kind === 'seq' ? value.items : [value];
        // A set, not a search of the entries: a chain of 2,000 merges was quadratic (21 s).
        const keys = new Set(map.entries.map((e) => e.key));
        for (const source of sources) {
          if (source.kind !== 'map') continue;
          for (const entry of source.entries) {
            if (keys.has(entry.key)) continue;
            keys.add(entry.key);
            map.entries.push(entry);
          }
        }
        continue;
      }
      if (key.node.kind !== 'scalar') throw new Refused();
      map.entries.push({ key: String(key.node.value), keySpan: key.aliasSpan ?? key.node.span, value });
    }
    return map;
  };

  const listener = (type: 'open' | 'close', state: ListenerState): void => {
    if (type === 'open') {
      stack.push({ open: positionOf(state), children: [] });
      return;
    }
    const frame = stack.pop();
    if (!frame) throw new Refused();
    const closedAt = positionOf(state);
    aliasSpan = undefined;
    const node = close(frame, state, closedAt) ?? emptyAt(emptyStart(text, frame.open, closedAt));
    if (state.anchor !== null) anchors.set(state.anchor, node);
    const parent = stack.at(-1);
    const nothing = state.kind === null && state.result == null && closedAt === frame.open;
    if (parent) parent.children.push({ node, tag: state.tag, nothing, result: state.result, aliasSpan });
    else roots.push(state.kind === null && state.result == null ? undefined : node);
  };

  try {
    jsyaml.loadAll(text, () => {}, { schema: SCHEMA, listener: listener as never });
  } catch {
    return undefined;
  }
  if (stack.length !== 0) return undefined;
  if (roots.length === 0) roots.push(undefined);
  return roots.map((root) => {
    if (root) linkParents(root);
    const bomb = checkExpansion(root, firstAlias, options);
    return bomb ? { root: undefined, problems: [bomb] } : { root, problems: [] };
  });
}

/**
 * An empty item (`-` alone on its line) is read without events. Each item with events is matched to its
 * slot by its value (objects by identity), and a null one (`~`, `null`) only to the slot it is written in;
 * the slots left over are the empty items.
 */
function sequenceItems(text: string, result: unknown[], children: readonly Built[], span: Span): YamlNode[] {
  if (result.length === children.length) return children.map((child) => child.node);
  const items: YamlNode[] = [];
  let next = 0;
  let from = span.start;
  const column = (at: number): number => at - text.lastIndexOf('\n', at - 1) - 1;
  for (const value of result) {
    const dash = nextDash(text, from);
    // After an empty item, js-yaml runs a compact nested sequence (`- - a`) on into the items of the one
    // holding it: an item not in the column of the first is such a misreading.
    if (dash === -1 || column(dash) !== column(span.start)) throw new Refused();
    const child = children[next];
    const at = child && (child.aliasSpan ?? child.node.span);
    const following = nextDash(text, dash + 1);
    if (child && at && child.result === value && (value !== null || following === -1 || at.start < following)) {
      items.push(child.node);
      next++;
      from = at.end;
    } else if (value === null) {
      // After its `-` and the spaces that follow, where the exact parser puts it too.
      items.push(emptyAt(skipSpaces(text, dash + 1)));
      from = dash + 1;
    } else throw new Refused();
  }
  if (next !== children.length) throw new Refused();
  return items;
}

/** The `-` of the next block sequence item, past white space and comments; -1 if something else comes first. */
function nextDash(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    if (char === '-') return at;
    if (char === '#') at = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
    else if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') return -1;
  }
  return -1;
}

/** `*name`: the name ends at white space or a flow indicator. */
function aliasName(text: string, star: number): string {
  let end = star + 1;
  while (end < text.length && !/[\s,[\]{}]/.test(text[end]!)) end++;
  return text.slice(star + 1, end);
}

/** An empty node stands after its anchor and tag, if it has them, and the spaces that follow (as in the exact parser). */
function emptyStart(text: string, from: number, closedAt: number): number {
  let at = skipSpaces(text, from);
  for (let scan = at; scan < closedAt; scan++) {
    const char = text[scan];
    if (char === '#') scan = text.indexOf('\n', scan) === -1 ? closedAt : text.indexOf('\n', scan);
    else if (char === '&' || char === '!') {
      while (scan < closedAt && !/[\s,[\]{}]/.test(text[scan]!)) scan++;
      at = skipSpaces(text, scan);
    } else if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') break;
  }
  return at;
}

function skipSpaces(text: string, at: number): number {
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

function emptyAt(at: number): YamlNode {
  return { kind: 'scalar', span: { start: at, end: at }, parent: undefined, segment: undefined, value: null, style: 'plain' };
}

/** js-yaml opens a node before the white space, comments, anchor and tag that precede its content. */
function contentStart(text: string, from: number, limit: number): number {
  let at = from;
  while (at < limit) {
    const char = text[at];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') at++;
    else if (char === '#') {
      const newline = text.indexOf('\n', at);
      at = newline === -1 ? limit : newline + 1;
    } else if (char === '&' || char === '!') {
      while (at < limit && !/\s/.test(text[at]!)) at++;
    } else break;
  }
  return at;
}

/**
 * After the line break of a block scalar's last line: one with text (comment-like lines are content), or
 * with more spaces than the scalar's indentation (its value keeps the extra ones); with `+` (keep), its
 * trailing empty lines too, and with no text at all, every line. js-yaml closes it on the line that follows.
 */
function blockEnd(text: string, start: number, closedAt: number): number {
  const headerEnd = text.indexOf('\n', start) + 1;
  if (headerEnd === 0 || headerEnd > closedAt) return closedAt;
  // Its lines: those ended before closedAt, or the text's last line when it has no line break.
  const linesEnd = closedAt === text.length ? closedAt : text.lastIndexOf('\n', closedAt - 1) + 1;
  const lineEnd = (at: number): number => {
    const newline = text.indexOf('\n', at);
    return newline === -1 || newline >= linesEnd ? linesEnd : newline + 1;
  };
  const spacesAt = (at: number): number => {
    let end = at;
    while (text[end] === ' ') end++;
    return end - at;
  };
  const blank = (at: number, end: number): boolean => /^[ ]*\r?\n?$/.test(text.slice(at, end));
  // The indentation: that of the first line with text.
  let indent: number | undefined;
  for (let at = headerEnd; at < linesEnd && indent === undefined; at = lineEnd(at)) if (!blank(at, lineEnd(at))) indent = spacesAt(at);
  if (indent === undefined) return linesEnd;
  // Back over the trailing lines without text, then forward over those of them that are content.
  let end = linesEnd;
  for (
    let lineStart = text.lastIndexOf('\n', end - 2) + 1;
    lineStart > start && blank(lineStart, end);
    lineStart = text.lastIndexOf('\n', end - 2) + 1
  )
    end = lineStart;
  const keep = /^[|>][1-9]?\+/.test(text.slice(start, start + 3));
  for (let at = end; at < linesEnd; at = lineEnd(at)) if (keep || spacesAt(at) > indent) end = lineEnd(at);
  return end;
}

/**
 * js-yaml closes a block node at the start of what follows it: step back over blank and comment lines.
 * The exact parser ends its block collections there too, so it uses this as well.
 */
export function contentEnd(text: string, start: number, closedAt: number): number {
  let end = closedAt;
  for (;;) {
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (lineStart > start && text.slice(lineStart, end).trimStart().startsWith('#')) end = lineStart;
    else return end;
  }
}

/** Space, tab, line feed, carriage return. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function styleAt(text: string, start: number): ScalarStyle {
  switch (text[start]) {
    case '"':
      return 'double';
    case "'":
      return 'single';
    case '|':
    case '>':
      return 'block';
    default:
      return 'plain';
  }
}

function scalarValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
