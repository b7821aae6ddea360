/**
 * Escaping for every text formatter. A finding's fields carry text from the linted tree (keys, values,
 * folder names, rendered container names), so none may end a line, start a CI command or forge a location:
 *
 * - `visible`: control characters (C0, DEL, C1), the line and paragraph separators U+2028/U+2029 and the
 *   bidirectional controls become visible escapes (`\n`, `\r`, `\t`, `\x1b`, `\u2028`), so each finding
 *   stays one line and a terminal shows what is there.
 * - `plainText`: `visible`, and GitHub's legacy `##[command]` (honoured anywhere in a line) defused.
 * - `plainPath`: a path as stylish and compact print it: as it is when that is safe, else quoted.
 * - `workflowData` / `workflowProperty`: GitHub workflow-command escaping.
 * - `xmlText`: XML 1.0 content and attribute escaping.
 * - `markdownCell`: text for a GitHub Markdown table cell.
 */

/** Characters that must never reach a line of output as they are. */
const CONTROL = /[\0-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControl(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Control characters as visible escapes: `\n`, `\r`, `\t`, `\x1b`, `\x9b`, `\u2028`. */
export const visible = (text: string): string => text.replace(CONTROL, escapeControl);

/**
 * Text for a line of stylish or compact output: `visible`, and `##[` (the runner's legacy command prefix,
 * which it finds anywhere in a line) written `##\x5b`.
 */
export const plainText = (text: string): string => visible(text).replace(/##\[/g, '##\\x5b');

/**
 * A path printed as it is only when nothing in it could split the line, start a workflow command, or
 * move the location the problem matcher reads: no whitespace, control character, quote or backslash, no
 * colon followed by a digit, no `##[`, and no leading colon.
 */
const UNSAFE_PATH = /[\s"'\\\0-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|:\d|##\[|^:/u;

/**
 * A path for stylish and compact: as it is when safe, else in double quotes with `\` and `"` escaped,
 * control characters visible, `##[` defused and `: ` written `:\x20`, so the quoted form never holds the
 * `: ` that ends the location in a compact line. The empty path is `""`.
 */
export function plainPath(file: string): string {
  if (file !== '' && !UNSAFE_PATH.test(file)) return file;
  const inner = visible(file.replace(/\\/g, '\\\\').replace(/"/g, '\\"')).replace(/##\[/g, '##\\x5b').replace(/: /g, ':\\x20');
  return `"${inner}"`;
}

/** Workflow-command data: the runner decodes `%25`, `%0D` and `%0A`, so literal ones are encoded. */
export const workflowData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Workflow-command property values also end at `:` and `,`, so those are encoded too. */
export const workflowProperty = (text: string): string => workflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * Element content and attribute values alike: control characters visible (so XML 1.0's forbidden ones
 * never appear), markup escaped, and what XML 1.0 still forbids (U+FFFE, U+FFFF, lone surrogates: with
 * the `u` flag a well-formed pair does not match) dropped.
 */
export function xmlText(text: string): string {
  return visible(text)
    .replace(/[\uFFFE\uFFFF\uD800-\uDFFF]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Text for a Markdown table cell, inside `<code>` or not: control characters visible, and every character
 * but letters, digits, space, `.`, `/` and `-` a numeric character reference. No `|` ends the cell, no
 * markup, emphasis, link or code span starts, whatever the text.
 */
export const markdownCell = (text: string): string => visible(text).replace(/[^\p{L}\p{N} ./-]/gu, (char) => `&#${char.codePointAt(0)!};`);
