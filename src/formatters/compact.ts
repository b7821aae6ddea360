import { plainPath, plainText } from './escape.js';
import type { Formatter } from './types.js';

/**
 * `path:line:col: severity: message [rule]`, one per line: the shape editors' problem matchers read.
 * Paths, messages and rule ids are escaped (escape.ts), so a line never holds a second location, a line
 * break or a workflow command, and the first `: ` of a line always follows the column.
 */
export const compact: Formatter = (diagnostics) =>
  diagnostics
    .map((d) => `${plainPath(d.file)}:${d.line}:${d.column}: ${d.severity}: ${plainText(d.message)} [${plainText(d.ruleId)}]\n`)
    .join('');
