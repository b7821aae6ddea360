/**
 * The Markdown the Action writes to $GITHUB_STEP_SUMMARY: totals, counts per rule and per chart, then every
 * finding (up to a bound) in a collapsed list. Rule
 * ids, chart names and folders come from the linted tree, so they go through markdownCell: no value can
 * end a cell or a row, or add markup.
 */
import type { LintResult } from '../engine/lint.js';
import type { Diagnostic, Severity } from '../common/diagnostic.js';
import { markdownCell } from '../formatters/escape.js';
import { groupBy } from '../formatters/types.js';
import { summaryGraph } from '../entrypoint/graph-summary.js';

type Counts = Record<Severity, number>;

/** What the summary reads of a run: all of it but the suppressed findings, which it never shows. */
export type SummaryInput = Omit<LintResult, 'suppressed'>;

export function buildSummary(result: SummaryInput | undefined, note?: string): string {
  const lines = ['## chartlint', ''];
  if (note) lines.push(note, '');
  if (!result) return `${lines.join('\n')}\n`;
  const all = count(result.diagnostics);
  lines.push(`**${all.error} errors, ${all.warning} warnings, ${all.info} info** in ${result.files} files of ${result.charts} charts.`, '');
  // The kubernetes-entrypoint dependencies of what was rendered, when anything waits for anything.
  const graph = summaryGraph(result.collected);
  if (graph) lines.push(graph);
  if (result.diagnostics.length === 0) return `${lines.join('\n')}\n`;

  const byRule = group(result.diagnostics, (d) => d.ruleId);
  lines.push('| rule | errors | warnings | info |', '|---|---:|---:|---:|');
  for (const [rule, list] of byRule) lines.push(row(`<code>${markdownCell(rule)}</code>`, count(list)));
  lines.push('');

  const byChart = group(result.diagnostics, (d) => chartOf(d.file, result.chartList));
  lines.push('| chart | errors | warnings | info |', '|---|---:|---:|---:|');
  for (const [chart, list] of byChart) lines.push(row(chart, count(list)));
  lines.push('', ...findingsList(result.diagnostics));
  return `${lines.join('\n')}\n`;
}

// GitHub takes at most 1 MiB of summary per step: the list stops well before, and says where the rest is.
const MAX_LISTED = 500;

/** Every finding (annotations show only some), collapsed: errors first, then by file and line. */
function findingsList(diagnostics: readonly Diagnostic[]): string[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...diagnostics].sort((a, b) => rank[a.severity] - rank[b.severity]);
  const listed = sorted.slice(0, MAX_LISTED);
  const lines = [
    `<details><summary>All ${diagnostics.length} findings</summary>`,
    '',
    '| where | severity | rule | message |',
    '|---|---|---|---|',
    ...listed.map(
      (d) =>
        `| <code>${markdownCell(d.file)}:${d.line}:${d.column}</code> | ${d.severity} | <code>${markdownCell(d.ruleId)}</code> | ${markdownCell(d.message)} |`,
    ),
  ];
  if (sorted.length > listed.length) lines.push('', `${sorted.length - listed.length} more are in the SARIF file and the step's log.`);
  lines.push('', '</details>');
  return lines;
}

/** The chart whose folder holds the file (the deepest, for sub-charts). */
function chartOf(file: string, charts: LintResult['chartList']): string {
  let best: { name: string; dir: string } | undefined;
  for (const chart of charts) {
    const inside = chart.dir === '' || file.startsWith(`${chart.dir}/`);
    if (inside && (!best || chart.dir.length > best.dir.length)) best = chart;
  }
  return best ? `${markdownCell(best.name)} (<code>${markdownCell(best.dir || '.')}</code>)` : '(not in a chart)';
}

function group(diagnostics: readonly Diagnostic[], key: (d: Diagnostic) => string): [string, Diagnostic[]][] {
  return [...groupBy(diagnostics, key)].sort(([a], [b]) => a.localeCompare(b));
}

function count(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

function row(name: string, counts: Counts): string {
  return `| ${name} | ${counts.error} | ${counts.warning} | ${counts.info} |`;
}
