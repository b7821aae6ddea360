/**
 * Strict JSON (what Kolla's `json.load` accepts) read into the YAML view, so rules see maps, lists and
 * scalars with exact spans. A JSON text is not YAML's business: YAML takes trailing commas, comments and
 * single quotes that Python's json module refuses. Offsets can be mapped, for JSON embedded in another
 * file (a ConfigMap's block scalar): every span is then an offset of that file.
 */
import { linkParents, type Span, type YamlEntry, type YamlNode, type YamlProblem } from '../sources/yaml-view.js';

export interface JsonParse {
  root: YamlNode | undefined;
  problems: YamlProblem[];
}

/** An offset of the JSON text -> an offset of the file it is shown in. */
export type OffsetMap = (offset: number) => number;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
// Python's json module also reads NaN, Infinity and -Infinity.
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|NaN|-?Infinity/y;

/**
 * Parses one JSON value. A syntax error is one fatal problem at its place (chartlint's own sentence, never
 * quoting the text); a repeated key is a non-fatal DUPLICATE_KEY (Python keeps the last, silently).
 */
export function parseJson(text: string, options: { maxNestingDepth: number }, map: OffsetMap = (offset) => offset): JsonParse {
  const problems: YamlProblem[] = [];
  let at = 0;
  const span = (start: number, end: number): Span => ({ start: map(start), end: map(end) });
  const fail = (message: string, offset = at): never => {
    throw new JsonSyntaxError(message, offset);
  };
  const skip = (): void => {
    while (at < text.length && WHITESPACE.has(text[at]!)) at++;
  };

  const readString = (): string => {
    const start = at++;
    let value = '';
    while (at < text.length) {
      const c = text[at]!;
      if (c === '"') {
        at++;
        return value;
      }
      if (c === '\\') {
        const next = text[at + 1];
        if (next === 'u') {
          const hex = text.slice(at + 2, at + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('a \\u escape needs four hexadecimal digits');
          value += String.fromCharCode(parseInt(hex, 16));
          at += 6;
        } else if (next !== undefined && next in ESCAPES) {
          value += ESCAPES[next];
          at += 2;
        } else fail('a backslash starts an escape JSON does not have');
        continue;
      }
      if (c.charCodeAt(0) < 0x20) fail('a control character (such as a line break) stands unescaped inside a string');
      value += c;
      at++;
    }
    return fail('a string is not closed', start);
  };

  const readValue = (depth: number): YamlNode => {
    if (depth > options.maxNestingDepth) fail(`it nests more than ${options.maxNestingDepth} levels deep (limits.maxNestingDepth)`);
    skip();
    const start = at;
    const c = text[at];
    if (c === '{') {
      at++;
      const entries: YamlEntry[] = [];
      const seen = new Set<string>();
      skip();
      if (text[at] === '}') at++;
      else {
        for (;;) {
          skip();
          if (text[at] !== '"') fail(at >= text.length ? 'the text ends inside an object' : 'an object key is not a double-quoted string');
          const keyStart = at;
          const key = readString();
          const keySpan = span(keyStart, at);
          skip();
          if (text[at] !== ':') fail('a colon must follow an object key');
          at++;
          const value = readValue(depth + 1);
          if (seen.has(key)) problems.push({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', span: keySpan, fatal: false });
          seen.add(key);
          entries.push({ key, keySpan, value });
          skip();
          if (text[at] === ',') {
            at++;
            skip();
            if (text[at] === '}') fail('a comma stands before the closing brace (JSON has no trailing commas)');
            continue;
          }
          if (text[at] === '}') {
            at++;
            break;
          }
          fail(at >= text.length ? 'the text ends inside an object' : 'a comma or closing brace must follow an object value');
        }
      }
      return { kind: 'map', entries, span: span(start, at), parent: undefined, segment: undefined };
    }
    if (c === '[') {
      at++;
      const items: YamlNode[] = [];
      skip();
      if (text[at] === ']') at++;
      else {
        for (;;) {
          items.push(readValue(depth + 1));
          skip();
          if (text[at] === ',') {
            at++;
            skip();
            if (text[at] === ']') fail('a comma stands before the closing bracket (JSON has no trailing commas)');
            continue;
          }
          if (text[at] === ']') {
            at++;
            break;
          }
          fail(at >= text.length ? 'the text ends inside a list' : 'a comma or closing bracket must follow a list item');
        }
      }
      return { kind: 'seq', items, span: span(start, at), parent: undefined, segment: undefined };
    }
    if (c === '"') {
      const value = readString();
      return { kind: 'scalar', value, style: 'double', span: span(start, at), parent: undefined, segment: undefined };
    }
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return { kind: 'scalar', value, style: 'plain', span: span(start, at), parent: undefined, segment: undefined };
      }
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (number) {
      at += number[0].length;
      return { kind: 'scalar', value: Number(number[0]), style: 'plain', span: span(start, at), parent: undefined, segment: undefined };
    }
    if (c === "'") return fail('a string is in single quotes; JSON takes only double quotes');
    return fail(
      at >= text.length
        ? 'the text ends where a value should be'
        : 'a value (object, list, string, number, true, false or null) should start here',
    );
  };

  try {
    const root = readValue(1);
    skip();
    if (at < text.length) fail('more text follows the end of the JSON value');
    linkParents(root);
    return { root, problems };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const offset = map(Math.min(error.offset, text.length));
    return {
      root: undefined,
      problems: [...problems, { code: 'JSON_SYNTAX', message: error.message, span: { start: offset, end: offset }, fatal: true }],
    };
  }
}
