/**
 * Deployment rules: each judges the data it collected from every file of the run, and reports at anchors
 * in those files. Severity comes from the settings of the file reported in, and the file's suppression
 * comments apply as they do to file rules: a suppressed finding is kept apart, with the comments that hid it.
 */
import type { ResolvedConfig } from '../config/load.js';
import type { FactValues } from '../facts/index.js';
import type { Fact } from '../facts/types.js';
import type { ChartInfo } from '../sources/chart-info.js';
import type { CommentSuppression, Diagnostic, Severity, SuppressedDiagnostic } from '../common/diagnostic.js';
import { coverSuppresses } from './directives.js';
import { formatMessage } from './findings.js';
import type { CoverRecord, FileResult } from './lint-file.js';
import { relativePath } from './locate.js';
import { isDeploymentRule, type AnyRule, type Anchor, type FileSummary } from './rule.js';

export interface DeploymentRun {
  rules: readonly AnyRule[];
  facts: FactValues;
  config: ResolvedConfig;
  cwd: string;
}

export function runDeploymentRules(
  results: readonly FileResult[],
  targets: ReadonlyMap<string, { chart: ChartInfo | undefined; role: FileSummary<unknown>['role'] }>,
  run: DeploymentRun,
) {
  const diagnostics: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  const internalErrors: string[] = [];
  const suppression = new SuppressionState(results);
  const ordered = [...results].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const rule of run.rules) {
    if (!isDeploymentRule(rule)) continue;
    // Options are the same in every profile; a file's own settings give its severity.
    const baseSetting = run.config.settingsFor(run.cwd, undefined).get(rule.id);
    const summaries = ordered.flatMap((result) => {
      if (!(rule.id in result.summaries)) return [];
      const target = targets.get(result.path);
      return [{ file: result.path, chart: target?.chart?.dir, role: target?.role ?? 'override', summary: result.summaries[rule.id] }];
    });
    if (summaries.length === 0) continue;
    const report = (descriptor: { file: string; at: Anchor; messageId: string; data?: Record<string, string | number> }): void => {
      const setting = run.config.settingsFor(descriptor.file, targets.get(descriptor.file)?.chart).get(rule.id);
      if (!setting || setting.severity === 'off') return;
      const template = rule.meta.messages[descriptor.messageId];
      if (template === undefined) throw new Error(`rule ${rule.id} reported the unknown message id "${descriptor.messageId}"`);
      const { region, path } = descriptor.at;
      // An anchor traced out of a rendered stream is in the chart's own files.
      const file = descriptor.at.file ?? descriptor.file;
      const diagnostic: Diagnostic = {
        file: relativePath(run.cwd, file),
        ...region,
        ruleId: rule.id,
        severity: setting.severity as Severity,
        message: formatMessage(template, descriptor.data ?? {}),
        messageId: descriptor.messageId,
        ...(path ? { path } : {}),
      };
      const covering = suppression.suppresses(file, rule.id, region.line);
      if (covering.length > 0) suppressed.push({ ...diagnostic, suppressions: covering });
      else diagnostics.push(diagnostic);
    };
    try {
      rule.check({
        options: baseSetting?.options ?? rule.meta.defaultOptions,
        fact: <T>(fact: Fact<T>): T => run.facts[fact.id] as T,
        summaries,
        report,
      });
    } catch (error) {
      internalErrors.push(`rule ${rule.id} failed: ${(error as Error).message}`);
    }
  }
  return { diagnostics, suppressed, internalErrors, withdrawn: suppression.withdrawn };
}

/**
 * The files' suppression comments, applied to deployment findings. A comment that suppressed nothing among
 * the file rules does suppress something now, so its unused-disable finding is withdrawn. The file
 * results (shared with the results cache) are never changed.
 */
class SuppressionState {
  /** File findings to drop: unused-disable findings of comments that deployment findings used. */
  readonly withdrawn = new Set<Diagnostic>();
  private readonly byPath: ReadonlyMap<string, FileResult>;
  private readonly used = new Set<CoverRecord>();

  constructor(results: readonly FileResult[]) {
    this.byPath = new Map(results.map((result) => [result.path, result]));
  }

  /** The comments that suppress this finding (each once); none when it is kept. */
  suppresses(file: string, ruleId: string, line: number): CommentSuppression[] {
    const result = this.byPath.get(file);
    if (!result) return [];
    const covering = result.covers.filter((cover) => coverSuppresses(cover, ruleId, line));
    const by = new Map<string, CommentSuppression>();
    for (const cover of covering) {
      by.set(`${cover.line}:${cover.column}`, cover.suppression);
      if (cover.used || this.used.has(cover)) continue;
      this.used.add(cover);
      for (const d of result.diagnostics) if (reportsUnused(d, cover)) this.withdrawn.add(d);
    }
    // Copies: the covers belong to the file results, which the results cache keeps.
    return [...by.values()].map((s) => structuredClone(s));
  }
}

/** The unused-disable finding of one comment and rule: at the comment, naming the rule (or, for all rules, none). */
function reportsUnused(d: Diagnostic, cover: CoverRecord): boolean {
  if (d.ruleId !== 'chartlint/unused-disable' || d.line !== cover.line || d.column !== cover.column) return false;
  return cover.rule === undefined ? d.messageId === 'unusedAll' : d.messageId === 'unused' && d.message.includes(`"${cover.rule}"`);
}
