/** One file from view to located diagnostics: what the main thread and each worker do for every file. */
import type { ResolvedConfig } from '../config/load.js';
import type { SourceFile } from '../file-types/types.js';
import type { SecretClassifier } from '../secrets/classify.js';
import type { Diagnostic } from '../common/diagnostic.js';
import { locate } from './locate.js';
import { scrubFindings } from './scrub-findings.js';
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
}

/** Plain data (posted back by workers, kept in the results cache). */
export interface FileResult {
  path: string;
  diagnostics: Diagnostic[];
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
  const covers = run.covers.map((cover) => ({
    rule: cover.rule,
    fromLine: cover.fromLine,
    toLine: cover.toLine,
    used: cover.used,
    ...file.lines.position(cover.directive.span.start),
  }));
  return {
    path: file.path,
    diagnostics,
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
