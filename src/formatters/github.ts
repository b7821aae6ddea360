import type { Diagnostic } from '../common/diagnostic.js';
import type { Formatter } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Workflow-command data: the runner decodes these three, so literal ones must be encoded. */
const escapeData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Property values also end at `,` and `:`, so those are encoded too. */
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function message(d: Diagnostic): string {
  const related = (d.related ?? []).map((r) => ` (see also ${r.file}:${r.line}:${r.column})`).join('');
  return escapeData(d.message + related);
}

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request or run. */
export const github: Formatter = (diagnostics) =>
  diagnostics
    .map(
      (d) =>
        `::${COMMAND[d.severity]} file=${escapeProperty(d.file)},line=${d.line},endLine=${d.endLine},` +
        `col=${d.column},endColumn=${d.endColumn},title=${escapeProperty(d.ruleId)}::${message(d)}\n`,
    )
    .join('');
