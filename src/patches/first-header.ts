/**
 * How SAP's hot-fix startup script (`apply_patches` in utils/templates/_common.sh.tpl) reads a patch, to
 * the character:
 *
 *     f=$(grep -o -m1 '^--- [A-Za-z0-9\-_/.]*' "$p" | cut -c7-)
 *     [ ! -f "$f" ] && continue
 *     patch -p1 < $p
 *
 * It takes the first line starting with `--- `, keeps the characters of the bracket expression after it and
 * drops the first six characters (`--- a/`), then skips the patch, saying nothing, unless that names a
 * regular file below site-packages. Inside a POSIX bracket expression a backslash is an ordinary character,
 * so `\-_` is the range from `\` to `_` (`\`, `]`, `^`, `_`): the hyphen is not in the set, and GNU grep
 * stops at it.
 */
import type { Span } from '../sources/yaml-view.js';

/** Why the script skips a patch, as far as the patch alone tells. */
export type HeaderProblem =
  /** No line starts with `--- `: the script looks for a file named "". */
  | 'noHeader'
  /** The first file is created by the patch (`--- /dev/null`), so it does not exist yet. */
  | 'newFile'
  /** The path has a character grep does not keep, so the script looks for a cut-off name. */
  | 'characters'
  /** The path has no one-letter directory prefix (`a/`) for the script to drop. */
  | 'prefix';

export interface HeaderVerdict {
  problem: HeaderProblem;
  /** Offsets in the patch text: the header's path, or the first character grep stops at. */
  span: Span;
  /** The first header's path as written (up to a tab), or "" for noHeader. */
  path: string;
  /** What the script then looks for below site-packages. */
  lookedFor: string;
  /** For `characters`: the character grep stops at, described. */
  character: string;
}

/** `[A-Za-z0-9\-_/.]` as GNU grep reads it. */
const KEPT = /^[A-Za-z0-9\\\]^_/.]*/;

/** Where a line starting with `--- ` first appears: the offset just after that prefix. */
function firstHeader(text: string): number | undefined {
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (text.startsWith('--- ', start)) return start + 4;
    if (newline === -1) break;
    start = end + 1;
  }
  return undefined;
}

/** Undefined when the script would look for the file the first header names; else why it skips the patch. */
export function judgeFirstHeader(text: string): HeaderVerdict | undefined {
  const at = firstHeader(text);
  if (at === undefined) return { problem: 'noHeader', span: { start: 0, end: 0 }, path: '', lookedFor: '', character: '' };
  const newline = text.indexOf('\n', at);
  const line = text.slice(at, newline === -1 ? text.length : newline).replace(/\r$/, '');
  // diff -u writes a tab and a timestamp after the name; git writes nothing.
  const path = line.split('\t', 1)[0]!.replace(/\s+$/, '');
  const kept = KEPT.exec(line)![0];
  const lookedFor = kept.slice(2);
  const span = { start: at, end: at + path.length };
  if (path === '/dev/null') return { problem: 'newFile', span, path, lookedFor, character: '' };
  if (kept.length < path.length) {
    const code = line.codePointAt(kept.length)!;
    // A space may end the name before a timestamp (`--- a/x.py 2016-11-28 ...`): the patch alone cannot say.
    if (code !== 0x20) {
      const stop = { start: at + kept.length, end: at + kept.length + (code > 0xffff ? 2 : 1) };
      return { problem: 'characters', span: stop, path, lookedFor, character: describe(code) };
    }
  }
  if (kept.length < 3 || kept[1] !== '/') return { problem: 'prefix', span, path: kept, lookedFor, character: '' };
  return undefined;
}

function describe(code: number): string {
  if (code === 0x2d) return 'the hyphen "-"';
  if (code === 0x22) return 'the quote git puts around a name with unusual characters';
  if (code < 0x20 || code > 0x7e) return `the character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${String.fromCodePoint(code)}"`;
}
