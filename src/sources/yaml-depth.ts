/**
 * The nesting guard in front of the exact parser, which recurses per level: a document nested a few
 * thousand levels deep overflows its stack. One linear pass over the text finds how deep its block and
 * flow collections go before it runs; a document past the limit is reported, not parsed. (A file the fast
 * parser reads is measured on its tree instead: checkExpansion in yaml-view.ts.)
 *
 * The count errs on the low side (it skips quoted text, comments, block scalars and plain scalars that
 * merely hold brackets), so it never refuses a document that nests less than the limit.
 */
import { nestingLimit, type YamlProblem } from './yaml-view.js';

export function nestingProblem(text: string, maxDepth: number): YamlProblem | undefined {
  // Every level takes at least one character: a short text cannot reach the limit.
  if (text.length <= maxDepth || cannotReach(text, maxDepth)) return undefined;
  const indents: number[] = [];
  let flow = 0;
  // Inside a block scalar (`key: |`): the lines indented past this column are text, not structure.
  let blockScalarParent = -1;
  for (let start = 0; start < text.length;) {
    const end = lineEnd(text, start);
    let at = start;
    while (at < end && text.charCodeAt(at) === 0x20) at++;
    const indent = at - start;
    const blank = at === end || (flow === 0 && text[at] === '#');
    if (!blank && blockScalarParent >= 0 && indent > blockScalarParent) {
      start = nextLine(text, end);
      continue;
    }
    if (!blank) {
      blockScalarParent = -1;
      if (flow === 0) {
        while (indents.length > 0 && indents.at(-1)! > indent) indents.pop();
        if (indents.length === 0 || indents.at(-1)! < indent) indents.push(indent);
        // `- - - x`: each dash opens one more level on the same line.
        while (text[at] === '-' && (text[at + 1] === ' ' || at + 1 === end)) {
          at += 1;
          while (at < end && text.charCodeAt(at) === 0x20) at++;
          if (at < end) indents.push(at - start);
          if (indents.length > maxDepth) return tooDeep(at, maxDepth);
        }
      }
      if (indents.length + flow > maxDepth) return tooDeep(at, maxDepth);
      const scanned = scanLine(text, at, end, flow, indents.length, maxDepth);
      if (scanned.deepAt !== undefined) return tooDeep(scanned.deepAt, maxDepth);
      flow = scanned.flow;
      if (flow === 0 && scanned.opensBlockScalar) blockScalarParent = indent;
    }
    start = nextLine(text, end);
  }
  return undefined;
}

/**
 * A cheap bound that clears almost every real file without the scan: flow depth is at most the number of
 * `[` and `{`, and block depth at most one more than the widest run of spaces and dashes a line starts with
 * (each block level sits further right than the one holding it).
 */
function cannotReach(text: string, maxDepth: number): boolean {
  let openers = 0;
  for (const bracket of ['[', '{']) {
    for (let at = text.indexOf(bracket); at !== -1 && openers < maxDepth; at = text.indexOf(bracket, at + 1)) openers++;
  }
  const indent = maxDepth - openers - 1;
  return indent > 0 && !new RegExp(`(?:^|[\\r\\n])[ -]{${indent}}`).test(text);
}

interface LineScan {
  flow: number;
  opensBlockScalar: boolean;
  deepAt: number | undefined;
}

/** Brackets outside quotes and comments; in block context only where a node can start. */
function scanLine(text: string, from: number, end: number, flow: number, blockDepth: number, maxDepth: number): LineScan {
  let nodeStart = true;
  // Past a key's `:` in block context, a plain scalar is the value: the rest of the line is text.
  let keyed = false;
  for (let at = from; at < end; at++) {
    const char = text[at]!;
    if (char === ' ' || char === '\t') {
      continue;
    }
    if (char === '#' && (at === from || text[at - 1] === ' ' || text[at - 1] === '\t')) break;
    if (char === '"' || char === "'") {
      const close = closingQuote(text, at, end, char);
      if (close === -1) return { flow, opensBlockScalar: false, deepAt: undefined };
      at = close;
      nodeStart = false;
      continue;
    }
    if (char === '[' || char === '{') {
      if (flow === 0 && !nodeStart) return { flow, opensBlockScalar: false, deepAt: undefined };
      flow++;
      if (blockDepth + flow > maxDepth) return { flow, opensBlockScalar: false, deepAt: at };
      nodeStart = true;
    } else if (char === ']' || char === '}') {
      if (flow > 0) flow--;
      nodeStart = false;
    } else if (char === ',') {
      nodeStart = flow > 0;
    } else if ((char === ':' || char === '-' || char === '?') && (at + 1 === end || text[at + 1] === ' ')) {
      nodeStart = true;
      if (char === ':' && flow === 0) keyed = true;
    } else if (flow === 0 && nodeStart && (char === '|' || char === '>')) {
      return { flow, opensBlockScalar: /^[|>][-+0-9]*\s*(#.*)?$/.test(text.slice(at, end)), deepAt: undefined };
    } else if (flow === 0 && (char === '&' || char === '!')) {
      // An anchor or tag: skip its name, a node still starts after it.
      while (at + 1 < end && text[at + 1] !== ' ') at++;
    } else if (flow === 0) {
      // A plain scalar in block context: a key when `: ` follows it, else text whatever brackets it holds.
      const colon = keyed ? -1 : keyColon(text, at, end);
      if (colon === -1) return { flow, opensBlockScalar: false, deepAt: undefined };
      at = colon;
      nodeStart = true;
      keyed = true;
    } else {
      nodeStart = false;
    }
  }
  return { flow, opensBlockScalar: false, deepAt: undefined };
}

/** The `:` that ends a plain implicit key on this line (followed by a space or the line's end), or -1. */
function keyColon(text: string, from: number, end: number): number {
  for (let at = from; at < end; at++) {
    const char = text[at];
    if (char === '#' && text[at - 1] === ' ') return -1;
    if (char === ':' && (at + 1 === end || text[at + 1] === ' ' || text[at + 1] === '\t')) return at;
  }
  return -1;
}

function closingQuote(text: string, open: number, end: number, quote: string): number {
  for (let at = open + 1; at < end; at++) {
    if (quote === '"' && text[at] === '\\') at++;
    else if (text[at] === quote) {
      if (quote === "'" && text[at + 1] === "'") at++;
      else return at;
    }
  }
  return -1;
}

/** Where the line that starts at `from` ends: at its `\n`, `\r\n` or lone `\r` (YAML's three line breaks). */
export function lineEnd(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a || code === 0x0d) return at;
  }
  return text.length;
}

function nextLine(text: string, end: number): number {
  return text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
}

function tooDeep(at: number, maxDepth: number): YamlProblem {
  return nestingLimit(at, maxDepth);
}
