/** Public API: `import { lint } from 'chartlint'`. The CLI is a thin shell over it. */
export { lint, type FixOutput, type LintOptions, type LintResult } from './lint.js';
export { ConfigError, UsageError } from './common/errors.js';
export type {
  Diagnostic,
  DiagnosticFix,
  DiagnosticSuggestion,
  RelatedLocation,
  Severity,
  SuppressedDiagnostic,
  Suppression,
} from './common/diagnostic.js';
export {
  defineDeploymentRule,
  defineRule,
  NO_OPTIONS,
  type AnyRule,
  type DeploymentRule,
  type Rule,
  type RuleMeta,
} from './engine/rule.js';
export { applyEdits } from './engine/fixes.js';
export { allRules } from '../rules/index.js';
export { loadFormatter, FORMAT_NAMES, type Formatter, type FormatContext } from './formatters/index.js';
export { parseNormalizedReference, parseReference, type ReferenceResult } from './images/reference.js';
