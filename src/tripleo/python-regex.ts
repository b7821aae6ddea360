/**
 * Whether Python's `re` would refuse a pattern, judged conservatively: the pattern is translated from the
 * constructs only Python knows (`(?P<name>`, `(?P=name)`, leading inline flags, `\A`, `\Z`) and compiled as a
 * JavaScript regular expression; only what both engines refuse counts. A pattern JavaScript accepts is never
 * called invalid, so a miss is possible, a false report is not.
 */
const LEADING_FLAGS = /^\(\?[aiLmsux]+\)/;

export function pythonRegexProblem(pattern: string): string | undefined {
  let translated = pattern.replace(LEADING_FLAGS, '');
  translated = translated
    .replace(/\(\?P<([A-Za-z_]\w*)>/g, '(?<$1>')
    .replace(/\(\?P=([A-Za-z_]\w*)\)/g, '\\k<$1>')
    .replace(/\\A/g, '^')
    .replace(/\\Z/g, '$');
  // Python accepts {,n}; JavaScript reads it as text, so it can only make JavaScript more lenient.
  try {
    new RegExp(translated);
    return undefined;
  } catch (error) {
    // `Invalid regular expression: /x(/: Unterminated group` -> `Unterminated group`
    const message = (error as Error).message;
    return message.slice(message.lastIndexOf(':') + 1).trim() || 'not a valid regular expression';
  }
}
