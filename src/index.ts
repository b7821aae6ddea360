/** Public API: `import { lint } from 'chartlint'`. The CLI is a thin shell over it. */
export { lint, type LintOptions, type LintResult } from './engine/lint.js';
export { ConfigError, UsageError } from './errors.js';
export { defineRule, NO_OPTIONS, type AnyRule, type Diagnostic, type Rule, type RuleMeta, type Severity } from './engine/types.js';
export { allRules } from '../rules/index.js';
export { loadFormatter, FORMAT_NAMES, type Formatter, type FormatContext } from './formatters/index.js';
export { parseNormalizedReference, parseReference, type ReferenceResult } from './images/reference.js';
