import type { Formatter } from './types.js';

/** `path:line:col: severity: message [rule]`, one per line: the shape editors' problem matchers read. */
export const compact: Formatter = (diagnostics) =>
  diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.ruleId}]\n`).join('');
