/** One file from view to located diagnostics: what the main thread and each worker do for every file. */
import type { ResolvedConfig } from '../config/load.js';
import type { SourceFile } from '../file-types/types.js';
import type { SecretClassifier } from '../secrets/classify.js';
import type { CommentSuppression, Diagnostic, SuppressedDiagnostic } from '../common/diagnostic.js';
import type { Directive } from './directives.js';
import { locate, regionOf } from './locate.js';
import { guardText, scrubFindings } from './scrub-findings.js';
import { runFileRules, type RunEnv } from './run-file-rules.js';

/** A suppression comment's reach, as plain data: deployment findings placed in the file are held to it. */
export interface CoverRecord {
  rule: string | undefined;
  fromLine: number;
  toLine: number;
  used: boolean;
  /** Where the comment is: its `chartlint/unused-disable` finding, if any, is there. */
  line: number;
  column: number;
  /** The comment as a deployment finding it suppresses records it (its reason already scrubbed). */
  suppression: CommentSuppression;
}

/** Plain data (posted back by workers, kept in the results cache). */
export interface FileResult {
  path: string;
  diagnostics: Diagnostic[];
  /** Findings the file's suppression comments hid, located and scrubbed like the others. */
  suppressed: SuppressedDiagnostic[];
  covers: CoverRecord[];
  summaries: Record<string, unknown>;
  internalErrors: string[];
}

export function lintSourceFile(file: SourceFile, env: RunEnv, config: ResolvedConfig, cwd: string): FileResult {
  const run = runFileRules(file, env, {
    settings: config.settingsFor(file.path, file.chart),
    judgeDirectives: true,
    maxFindings: config.limits.maxFindingsPerFile,
  });
  const diagnostics = run.findings.map((finding) => locate(finding, file, finding.span, finding.at, cwd));
  scrubFindings(diagnostics, run.scrubber);
  redactQuoted(diagnostics, env.secrets);
  const suppressionOf = (directive: Directive): CommentSuppression => ({
    kind: directive.kind as CommentSuppression['kind'],
    ...(directive.reason !== undefined ? { justification: directive.reason } : {}),
    region: regionOf(file, directive.span),
  });
  const suppressed: SuppressedDiagnostic[] = run.suppressed.map(({ finding, by }) => ({
    // A suppressed finding offers no edit: nothing is to be fixed where the comment says so.
    ...locate({ ...finding, fix: undefined, suggestions: undefined }, file, finding.span, finding.at, cwd),
    suppressions: by.map(suppressionOf),
  }));
  scrubFindings(suppressed, run.scrubber);
  redactQuoted(suppressed, env.secrets);
  const guard = guardText(run.scrubber);
  const covers = run.covers.map((cover) => {
    const suppression = suppressionOf(cover.directive);
    if (suppression.justification !== undefined) suppression.justification = guard(suppression.justification);
    return {
      rule: cover.rule,
      fromLine: cover.fromLine,
      toLine: cover.toLine,
      used: cover.used,
      line: suppression.region.line,
      column: suppression.region.column,
      suppression,
    };
  });
  return {
    path: file.path,
    diagnostics,
    suppressed,
    covers,
    summaries: run.summaries,
    internalErrors: run.internalErrors.map((m) => env.secrets.redact(m)),
  };
}

/** Rules whose messages carry text chartlint did not write: helm's errors, the YAML parser's. */
const QUOTES_OTHERS = new Set(['manifests/render-failed', 'yaml/syntax']);

/**
 * Rules never put values in messages; the text chartlint does not write (helm's, the parser's) is scrubbed
 * of every value the classifier judged sensitive in this run.
 */
export function redactQuoted(diagnostics: readonly Diagnostic[], secrets: SecretClassifier): void {
  for (const d of diagnostics) if (QUOTES_OTHERS.has(d.ruleId)) d.message = secrets.redact(d.message);
}
