import type { Diagnostic } from '../common/diagnostic.js';
import { visible, workflowData, workflowProperty } from './escape.js';
import type { Formatter } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function message(d: Diagnostic): string {
  const related = (d.related ?? []).map((r) => ` (see also ${r.file}:${r.line}:${r.column})`).join('');
  // Control characters visible first: a value's line break shows as `\n`, it does not split the annotation.
  return workflowData(visible(d.message + related));
}

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request or run. The
 * file property is the true path (property-encoded, so the runner decodes it back); the title and the
 * message have their control characters made visible, then are encoded.
 */
export const github: Formatter = (diagnostics) =>
  diagnostics
    .map(
      (d) =>
        `::${COMMAND[d.severity]} file=${workflowProperty(d.file)},line=${d.line},endLine=${d.endLine},` +
        `col=${d.column},endColumn=${d.endColumn},title=${workflowProperty(visible(d.ruleId))}::${message(d)}\n`,
    )
    .join('');
