/**
 * A small parser for Go template text, enough to follow what a chart reads: `{{ ... }}` actions (comments
 * skipped), `define`/`if`/`with`/`range`/`else`/`end` blocks, `$x := ...` and `$x = ...`, and pipelines of
 * commands over literals, variables, field chains and parenthesised pipelines. It is not a Go template
 * engine: an action it cannot read becomes `unreadable`, so the caller can refuse to guess.
 */

export type Expr =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'literal' } // true, false, nil, a char
  | { kind: 'dot'; fields: string[] } // `.`, `.Values.images`
  | { kind: 'var'; name: string; fields: string[] } // `$`, `$envAll.Values`
  | { kind: 'ident'; name: string } // a function name
  | { kind: 'paren'; pipe: Pipeline; fields: string[] };

/** Commands joined by `|`: each command's value is the last argument of the next. */
export type Pipeline = Expr[][];

export type Node =
  | { kind: 'action'; offset: number; pipe: Pipeline; assign?: { names: string[]; declare: boolean } }
  | { kind: 'if' | 'with' | 'range'; offset: number; pipe: Pipeline; names: string[]; body: Node[]; orElse: Node[] }
  | { kind: 'call'; offset: number; name: string; pipe: Pipeline | undefined }
  | { kind: 'unreadable'; offset: number; text: string };

export interface Define {
  name: string;
  body: Node[];
}

export interface ParsedTemplate {
  /** What renders when the file itself is rendered (everything outside `define`). */
  body: Node[];
  defines: Define[];
}

interface Action {
  offset: number;
  text: string;
}

/** The `{{ ... }}` actions of a text, trim markers removed, comments dropped. */
export function scanActions(text: string): Action[] {
  const actions: Action[] = [];
  let at = text.indexOf('{{');
  while (at !== -1) {
    let start = at + 2;
    if (text[start] === '-' && /\s/.test(text[start + 1] ?? '')) start++;
    const end = findClose(text, start);
    if (end === -1) break;
    // `inner.slice(0, -1)` when it ends in /\s-$/, then `inner.trim()` (which drops just what \s matches),
    // as offsets: one string made per action.
    let [first, last] = [start, end];
    if (last - first >= 2 && text[last - 1] === '-' && isSpaceAt(text, last - 2)) last--;
    while (first < last && isSpaceAt(text, first)) first++;
    while (last > first && isSpaceAt(text, last - 1)) last--;
    if (!text.startsWith('/*', first) || first > last - 2) actions.push({ offset: at, text: text.slice(first, last) });
    at = text.indexOf('{{', end + 2);
  }
  return actions;
}

/** What String.prototype.trimStart drops (WhiteSpace and LineTerminator). */
const WHITESPACE = /\s/;

/** `WHITESPACE.test` of the character at `i`, without the regex for ASCII (nearly every character). */
function isSpaceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(text[i]!);
}

/** `[A-Za-z_]` */
const isWordStart = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
/** `[A-Za-z0-9_]` */
const isWordChar = (code: number): boolean => isWordStart(code) || (code >= 48 && code <= 57);
const DOT = 46;
/** The fields of `.` and of a variable alone: shared, never written to. */
const NO_FIELDS = Object.freeze([]) as unknown as string[];

/** Where the run of `[A-Za-z0-9_]` from `from` ends. */
function wordEnd(text: string, from: number): number {
  let end = from;
  while (isWordChar(text.charCodeAt(end))) end++;
  return end;
}

/** `[-+0-9]` */
const isNumberStart = (code: number): boolean => (code >= 48 && code <= 57) || code === 43 || code === 45;

/** The offset of the `}}` closing an action, past quoted strings and comments. */
function findClose(text: string, from: number): number {
  let first = from;
  while (first < text.length && isSpaceAt(text, first)) first++;
  if (text.startsWith('/*', first)) {
    const close = text.indexOf('*/', from);
    return close === -1 ? -1 : text.indexOf('}}', close + 2);
  }
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === '`' || c === "'") {
      i = skipQuoted(text, i);
      if (i === -1) return -1;
    } else if (c === '}' && text[i + 1] === '}') return i;
  }
  return -1;
}

function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote !== '`' && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

type Token =
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'lit' }
  | { t: 'dot'; fields: string[] }
  | { t: 'var'; name: string; fields: string[] }
  | { t: 'ident'; v: string }
  | { t: 'field'; fields: string[] } // a chain right after `)`
  | { t: 'op'; v: '(' | ')' | '|' | ':=' | '=' | ',' };

type Operator = Extract<Token, { t: 'op' }>['v'];

// Tokens without a text of their own, one of each (never written to): most tokens of an action are these.
const LITERAL: Token = Object.freeze({ t: 'lit' });
const OPERATORS: Record<Operator, Token> = Object.freeze({
  '(': Object.freeze({ t: 'op', v: '(' }),
  ')': Object.freeze({ t: 'op', v: ')' }),
  '|': Object.freeze({ t: 'op', v: '|' }),
  ',': Object.freeze({ t: 'op', v: ',' }),
  ':=': Object.freeze({ t: 'op', v: ':=' }),
  '=': Object.freeze({ t: 'op', v: '=' }),
});

function lex(text: string): Token[] {
  // Sticky (matched at lastIndex), so that no token copies the rest of the text; one per call.
  const NUMBER = /[-+]?(?:0x[0-9a-fA-F]+|[0-9][0-9_]*(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)/y;
  const tokens: Token[] = [];
  let i = 0;
  // A field chain, `(?:\.[A-Za-z_][A-Za-z0-9_]*)+`, read a character at a time: its names and where it ends.
  // Sets `fieldsEnd` to where the chain ends; most chains are `.` alone, and share one empty list.
  let fieldsEnd = 0;
  const fieldsAt = (from: number): string[] => {
    let fields: string[] | undefined;
    let at = from;
    while (text.charCodeAt(at) === DOT && isWordStart(text.charCodeAt(at + 1))) {
      const end = wordEnd(text, at + 2);
      (fields ??= []).push(text.slice(at + 1, end));
      at = end;
    }
    fieldsEnd = at;
    return fields ?? NO_FIELDS;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (isSpaceAt(text, i)) {
      i++;
    } else if (c === '"' || c === '`') {
      const end = skipQuoted(text, i);
      if (end === -1) throw new Error('unterminated string');
      const raw = text.slice(i, end + 1);
      tokens.push({ t: 'str', v: c === '`' ? raw.slice(1, -1) : (JSON.parse(raw.replaceAll('\t', '\\t')) as string) });
      i = end + 1;
    } else if (c === "'") {
      const end = skipQuoted(text, i);
      if (end === -1) throw new Error('unterminated char');
      tokens.push(LITERAL);
      i = end + 1;
    } else if (c === '(' || c === ')' || c === '|' || c === ',') {
      tokens.push(OPERATORS[c]);
      i++;
      if (c === ')') {
        const fields = fieldsAt(i);
        if (fields.length > 0) tokens.push({ t: 'field', fields });
        i = fieldsEnd;
      }
    } else if (text.startsWith(':=', i)) {
      tokens.push(OPERATORS[':=']);
      i += 2;
    } else if (c === '=') {
      tokens.push(OPERATORS['=']);
      i++;
    } else if (c === '$') {
      const name = text.slice(i, wordEnd(text, i + 1)); // `\$[A-Za-z0-9_]*`
      const fields = fieldsAt(i + name.length);
      tokens.push({ t: 'var', name, fields });
      i = fieldsEnd;
    } else if (c === '.') {
      const fields = fieldsAt(i);
      tokens.push({ t: 'dot', fields });
      i = fields.length > 0 ? fieldsEnd : i + 1;
    } else if (isNumberStart(text.charCodeAt(i))) {
      NUMBER.lastIndex = i;
      const num = NUMBER.exec(text)?.[0];
      if (!num) throw new Error(`unexpected ${c}`);
      tokens.push({ t: 'num', v: Number(num.replaceAll('_', '')) });
      i += num.length;
    } else if (isWordStart(text.charCodeAt(i))) {
      const word = text.slice(i, wordEnd(text, i + 1)); // `[A-Za-z_][A-Za-z0-9_]*`
      tokens.push(word === 'true' || word === 'false' || word === 'nil' ? LITERAL : { t: 'ident', v: word });
      i += word.length;
    } else {
      throw new Error(`unexpected ${c}`);
    }
  }
  return tokens;
}

class ExprParser {
  private at = 0;
  private readonly operands: Expr[] = [];
  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.at >= this.tokens.length;
  }

  peek(): Token | undefined {
    return this.tokens[this.at];
  }

  /** `$a, $b :=` or `$a :=` / `$a =` at the start of an action. */
  assignment(): { names: string[]; declare: boolean } | undefined {
    const names: string[] = [];
    let i = this.at;
    for (;;) {
      const token = this.tokens[i];
      if (token?.t !== 'var' || token.fields.length > 0) return undefined;
      names.push(token.name);
      const next = this.tokens[i + 1];
      if (next?.t === 'op' && next.v === ',') {
        i += 2;
        continue;
      }
      if (next?.t === 'op' && (next.v === ':=' || next.v === '=')) {
        this.at = i + 2;
        return { names, declare: next.v === ':=' };
      }
      return undefined;
    }
  }

  pipeline(): Pipeline {
    const commands: Expr[][] = [this.command()];
    while (this.peek()?.t === 'op' && (this.peek() as { v: string }).v === '|') {
      this.at++;
      commands.push(this.command());
    }
    return commands;
  }

  private command(): Expr[] {
    // Gathered on one stack for every command of the action (a parenthesised one inside runs on top of it),
    // then cut out at their own size: a list grown by push has room for 17, and a library's parse is kept.
    const start = this.operands.length;
    for (let token = this.peek(); token && !(token.t === 'op' && token.v !== '('); token = this.peek()) {
      const operand = this.operand();
      this.operands.push(operand);
    }
    const operands = this.operands.slice(start);
    this.operands.length = start;
    if (operands.length === 0) throw new Error('empty command');
    return operands;
  }

  private operand(): Expr {
    const token = this.tokens[this.at++]!;
    switch (token.t) {
      case 'str':
        return { kind: 'string', value: token.v };
      case 'num':
        return { kind: 'number', value: token.v };
      case 'lit':
        return { kind: 'literal' };
      case 'dot':
        return { kind: 'dot', fields: token.fields };
      case 'var':
        return { kind: 'var', name: token.name, fields: token.fields };
      case 'ident':
        return { kind: 'ident', name: token.v };
      case 'op': {
        if (token.v !== '(') throw new Error(`unexpected ${token.v}`);
        const pipe = this.pipeline();
        const close = this.tokens[this.at++];
        if (close?.t !== 'op' || close.v !== ')') throw new Error('missing )');
        const chain = this.peek();
        if (chain?.t === 'field') this.at++;
        return { kind: 'paren', pipe, fields: chain?.t === 'field' ? chain.fields : [] };
      }
      default:
        throw new Error('unexpected field chain');
    }
  }
}

function pipelineOf(text: string): Pipeline {
  const parser = new ExprParser(lex(text));
  const pipe = parser.pipeline();
  if (!parser.done()) throw new Error('trailing tokens');
  return pipe;
}

const KEYWORD = /^(define|block|if|else|with|range|end|template|break|continue)\b\s*/;

interface Open {
  kind: 'root' | 'define' | 'if' | 'with' | 'range';
  node?: Extract<Node, { body: Node[] }>;
  define?: Define;
  /** Where new nodes go: the body, or the else branch once `else` is seen. */
  into: Node[];
  /** `else if` / `else with` opens a nested block that the same `end` closes. */
  chained: number;
}

/** Parses a template file into what it renders and what it defines. Never throws. */
export function parseTemplate(text: string): ParsedTemplate {
  const body: Node[] = [];
  const defines: Define[] = [];
  const stack: Open[] = [{ kind: 'root', into: body, chained: 0 }];
  const top = (): Open => stack[stack.length - 1]!;
  // `range $k, $v := x`, `with $x := y`, `if $x := z`: the names are declared in the block.
  const openBlock = (kind: 'if' | 'with' | 'range', offset: number, rest: string, chained: number): void => {
    let pipe: Pipeline;
    let names: string[] = [];
    let unreadable: Node | undefined;
    try {
      const parser = new ExprParser(lex(rest));
      names = parser.assignment()?.names ?? [];
      pipe = parser.pipeline();
      if (!parser.done()) throw new Error('trailing tokens');
    } catch {
      // Keep the block, so its `end` closes it and not the block around it.
      pipe = [[{ kind: 'literal' }]];
      unreadable = { kind: 'unreadable', offset, text: `${kind} ${rest}` };
    }
    if (unreadable) top().into.push(unreadable);
    const node: Extract<Node, { body: Node[] }> = { kind, offset, pipe, names, body: [], orElse: [] };
    top().into.push(node);
    stack.push({ kind, node, into: node.body, chained });
  };
  for (const { offset, text: action } of scanActions(text)) {
    const keyword = KEYWORD.exec(action);
    const rest = keyword ? action.slice(keyword[0].length) : action;
    try {
      switch (keyword?.[1]) {
        case 'define':
        case 'block': {
          const parser = new ExprParser(lex(rest));
          const pipe = parser.pipeline();
          const [name, ...arg] = pipe[0]!;
          if (name?.kind !== 'string') throw new Error('define without a name');
          const define: Define = { name: name.value, body: [] };
          defines.push(define);
          if (keyword[1] === 'block') top().into.push({ kind: 'call', offset, name: name.value, pipe: arg.length ? [arg] : undefined });
          stack.push({ kind: 'define', define, into: define.body, chained: 0 });
          break;
        }
        case 'if':
        case 'with':
        case 'range':
          openBlock(keyword[1], offset, rest, 0);
          break;
        case 'else': {
          const open = top();
          if (!open.node) throw new Error('else outside a block');
          open.into = open.node.orElse;
          const chained = /^(if|with)\b\s*/.exec(rest);
          if (chained) openBlock(chained[1] as 'if' | 'with', offset, rest.slice(chained[0].length), open.chained + 1);
          else if (rest.trim()) throw new Error('else with an argument');
          break;
        }
        case 'end': {
          if (stack.length === 1) throw new Error('end without a block');
          const closed = stack.pop()!;
          for (let i = 0; i < closed.chained; i++) stack.pop();
          break;
        }
        case 'template': {
          const [name, ...arg] = pipelineOf(rest)[0]!;
          if (name?.kind !== 'string') throw new Error('template without a name');
          top().into.push({ kind: 'call', offset, name: name.value, pipe: arg.length ? [arg] : undefined });
          break;
        }
        case 'break':
        case 'continue':
          break;
        default: {
          const parser = new ExprParser(lex(action));
          const assign = parser.assignment();
          const pipe = parser.pipeline();
          if (!parser.done()) throw new Error('trailing tokens');
          top().into.push(assign ? { kind: 'action', offset, pipe, assign } : { kind: 'action', offset, pipe });
        }
      }
    } catch {
      top().into.push({ kind: 'unreadable', offset, text: action });
    }
  }
  return { body, defines };
}
