import type { Diagnostic } from '../../src/index.js';

/** Three findings of three severities, as the formatter tests print them. */
export const DIAGNOSTICS: Diagnostic[] = [
  {
    file: 'a/values.yaml',
    line: 2,
    column: 3,
    endLine: 2,
    endColumn: 7,
    ruleId: 'images/required-keys',
    severity: 'error',
    message: 'Missing.',
    messageId: 'missing',
  },
  {
    file: 'a/values.yaml',
    line: 12,
    column: 30,
    endLine: 12,
    endColumn: 36,
    ruleId: 'images/floating-tag',
    severity: 'warning',
    message: 'Floats.',
    messageId: 'floating',
  },
  {
    file: 'b/values.yaml',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ruleId: 'images/templated-reference',
    severity: 'info',
    message: 'Templated.',
    messageId: 'templated',
  },
];
