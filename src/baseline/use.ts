/**
 * Reading, applying and writing a baseline file for a finished run: what the CLI and the Action share.
 * Each returns what to tell the user (`note`) or why the baseline cannot be used (`problem`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, SuppressedDiagnostic } from '../common/diagnostic.js';
import { DEFAULT_LIMITS } from '../config/schema.js';
import { OutputError, writeOutput } from '../common/output-file.js';
import { readTextFile } from '../sources/files.js';
import { applyBaseline, baselineOf, parseBaseline, serializeBaseline, type Baseline } from './baseline.js';

/** What of a finished run a baseline needs (LintResult has it all). */
export interface BaselineRun {
  diagnostics: readonly Diagnostic[];
  lintedFiles: readonly string[];
  inputFiles: readonly string[];
  configBaseline: string | undefined;
}

export type Problem = { problem: string };

function loadBaseline(file: string, shown: string): Baseline | Problem {
  if (!existsSync(file))
    return { problem: `baseline ${shown} does not exist; chartlint --write-baseline ${shown} records today's findings in it` };
  const read = readTextFile(file, DEFAULT_LIMITS);
  if (!read.ok) return { problem: `baseline ${shown}: ${read.message}` };
  const parsed = parseBaseline(read.text);
  return typeof parsed === 'string' ? { problem: `baseline ${shown}: ${parsed}` } : parsed;
}

function write(file: string, baseline: Baseline, run: BaselineRun, what: string): Problem | undefined {
  try {
    // A baseline usually lives in a folder of its own (ci/): made when it is missing.
    mkdirSync(path.dirname(file), { recursive: true });
    writeOutput(file, serializeBaseline(baseline), [...run.inputFiles]);
    return undefined;
  } catch (error) {
    if (error instanceof OutputError) return { problem: `${what}: ${error.message}` };
    throw error;
  }
}

export interface BaselineUse {
  kept: Diagnostic[];
  /** The findings the baseline holds, as suppressed ones: SARIF marks them suppressed (external), not fixed. */
  held: SuppressedDiagnostic[];
  note?: string;
}

/**
 * The findings the baseline (`named`, else the config's) does not hold, and a note of how many it hid and
 * how many of its entries no longer occur; with `prune`, the file rewritten without those entries. Without
 * any baseline, every finding.
 */
export function useBaseline(named: string | undefined, prune: boolean, run: BaselineRun, cwd: string): BaselineUse | Problem {
  const file = named !== undefined ? path.resolve(cwd, named) : run.configBaseline;
  if (!file)
    return prune
      ? { problem: '--prune-baseline needs a baseline: --baseline FILE, or baseline: in the config' }
      : { kept: [...run.diagnostics], held: [] };
  const shown = named ?? path.relative(cwd, file);
  const baseline = loadBaseline(file, shown);
  if ('problem' in baseline) return baseline;
  const outcome = applyBaseline(run.diagnostics, baseline, { cwd, dir: path.dirname(file), lintedFiles: run.lintedFiles });
  const relative = path.relative(cwd, file).split(path.sep).join('/');
  const suppression = { kind: 'baseline' as const, justification: `In the baseline ${relative}.`, baseline: relative };
  const held = outcome.held.map((d) => ({ ...d, suppressions: [suppression] }));
  if (prune && outcome.stale > 0) {
    const failed = write(file, outcome.pruned, run, '--prune-baseline');
    if (failed) return failed;
    return {
      kept: outcome.kept,
      held,
      note: `baseline ${shown}: hid ${outcome.hidden} findings; removed ${outcome.stale} entries that no longer occur.`,
    };
  }
  if (outcome.hidden === 0 && outcome.stale === 0) return { kept: outcome.kept, held };
  const stale = outcome.stale > 0 ? `; ${outcome.stale} of its entries no longer occur (--prune-baseline removes them)` : '';
  return { kept: outcome.kept, held, note: `baseline ${shown}: hid ${outcome.hidden} findings${stale}.` };
}

/** Every finding of the run recorded in `named`, keeping the entries it holds for files the run did not lint. */
export function recordBaseline(named: string, run: BaselineRun, cwd: string): { note: string } | Problem {
  const file = path.resolve(cwd, named);
  const previous = existsSync(file) ? loadBaseline(file, named) : undefined;
  if (previous && 'problem' in previous) return previous;
  const baseline = baselineOf(run.diagnostics, { cwd, dir: path.dirname(file), lintedFiles: run.lintedFiles }, previous);
  const failed = write(file, baseline, run, '--write-baseline');
  if (failed) return failed;
  const files = new Set(run.diagnostics.map((d) => d.file)).size;
  return { note: `wrote the baseline ${named}: ${run.diagnostics.length} findings in ${files} files.` };
}
