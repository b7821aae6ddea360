import type { Diagnostic, Suppression } from '../common/diagnostic.js';
import { ruleDocUrl } from '../common/rule-docs.js';
import type { Formatter } from './types.js';
import { countBySeverity } from './types.js';

const entry = (d: Diagnostic & { suppressions?: readonly Suppression[] }) => ({
  file: d.file,
  line: d.line,
  column: d.column,
  endLine: d.endLine,
  endColumn: d.endColumn,
  ruleId: d.ruleId,
  severity: d.severity,
  message: d.message,
  messageId: d.messageId,
  docs: ruleDocUrl(d.ruleId),
  ...(d.path ? { path: d.path } : {}),
  ...(d.fingerprint ? { fingerprint: d.fingerprint } : {}),
  ...(d.related ? { related: d.related } : {}),
  ...(d.fix ? { fix: d.fix } : {}),
  ...(d.suggestions ? { suggestions: d.suggestions } : {}),
  ...(d.suppressions ? { suppressions: d.suppressions } : {}),
});

/**
 * `diagnostics` and `summary` as they always were (the summary counts only the kept findings); the findings
 * inline comments suppressed, when there are any, under a separate `suppressed` key that older readers skip.
 */
export const json: Formatter = (diagnostics, context) =>
  `${JSON.stringify(
    {
      diagnostics: diagnostics.map(entry),
      summary: { ...countBySeverity(diagnostics), charts: context.charts, files: context.files },
      ...(context.suppressed?.length ? { suppressed: context.suppressed.map(entry) } : {}),
    },
    null,
    2,
  )}\n`;
