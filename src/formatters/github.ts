import type { Diagnostic } from '../common/diagnostic.js';
import { visible, workflowData, workflowProperty } from './escape.js';
import type { Formatter } from './types.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

function message(d: Diagnostic): string {
  const related = (d.related ?? []).map((r) => ` (see also ${r.file}:${r.line}:${r.column})`).join('');
  // Control characters visible first: a value's line break shows as `\n`, it does not split the annotation.
  return workflowData(visible(d.message + related));
}

/** GitHub shows at most 10 annotations of each kind (error, warning, notice) per step; the rest are dropped unsaid. */
export const ANNOTATIONS_PER_KIND = 10;
const RANK = { error: 0, warning: 1, info: 2 } as const;

function annotation(d: Diagnostic): string {
  return (
    `::${COMMAND[d.severity]} file=${workflowProperty(d.file)},line=${d.line},endLine=${d.endLine},` +
    `col=${d.column},endColumn=${d.endColumn},title=${workflowProperty(visible(d.ruleId))}::${message(d)}\n`
  );
}

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on the pull request or run. The
 * file property is the true path (property-encoded, so the runner decodes it back); the title and the
 * message have their control characters made visible, then are encoded.
 *
 * Designed for GitHub's cap: the annotations shown are the ones that matter most, at most
 * ANNOTATIONS_PER_KIND of each kind: errors, then warnings, then info; within a kind, findings in the
 * files the pull request changed (`context.changedFiles`, when known) first, then the rarer rules, so one
 * noisy rule cannot hide the others. The others are printed as plain log lines after a line that says
 * how many were left out and where all of them are.
 */
export const github: Formatter = (diagnostics, context) => {
  const perRule = new Map<string, number>();
  for (const d of diagnostics) perRule.set(d.ruleId, (perRule.get(d.ruleId) ?? 0) + 1);
  const changed = context?.changedFiles;
  const unchanged = (d: Diagnostic): number => (changed && !changed.has(d.file) ? 1 : 0);
  const ordered = diagnostics
    .map((d, index) => ({ d, index }))
    .sort(
      (a, b) =>
        RANK[a.d.severity] - RANK[b.d.severity] ||
        unchanged(a.d) - unchanged(b.d) ||
        perRule.get(a.d.ruleId)! - perRule.get(b.d.ruleId)! ||
        a.index - b.index,
    )
    .map(({ d }) => d);
  const shown: Diagnostic[] = [];
  const rest: Diagnostic[] = [];
  const used = { error: 0, warning: 0, info: 0 };
  for (const d of ordered) {
    if (used[d.severity] < ANNOTATIONS_PER_KIND) {
      used[d.severity]++;
      shown.push(d);
    } else rest.push(d);
  }
  // The shown ones keep the order the findings came in (by file and line).
  const inOrder = diagnostics.filter((d) => shown.includes(d));
  let out = inOrder.map(annotation).join('');
  if (rest.length > 0) {
    out +=
      `chartlint: ${rest.length} more finding${rest.length === 1 ? '' : 's'} not shown as annotations ` +
      `(GitHub shows ${ANNOTATIONS_PER_KIND} of each kind per step); all of them are below, in the job summary and in the SARIF file:\n`;
    // Indented: a line that starts with `::` would be a workflow command, and a file name can start so.
    for (const d of rest)
      out += `  ${visible(d.file)}:${d.line}:${d.column}: ${d.severity}: ${visible(d.message)} [${visible(d.ruleId)}]\n`;
  }
  return out;
};
