/**
 * Applying fixes, as ESLint does: the non-overlapping edits of one pass are applied together, the file is
 * linted again, and passes repeat until nothing is left to fix (or ten passes). Only `fix` edits are
 * applied; suggestions never are.
 */
import type { ResolvedConfig } from '../config/load.js';
import type { LintTarget } from '../file-types/types.js';
import type { DiagnosticFix } from '../common/diagnostic.js';
import { lintSourceFile, type FileResult } from './lint-file.js';
import { parseFile } from './load-file.js';
import type { RunEnv } from './run-file-rules.js';

const MAX_PASSES = 10;

/** Applies the edits that do not overlap an earlier one (by start offset); the rest wait for the next pass. */
export function applyEdits(text: string, edits: readonly Pick<DiagnosticFix, 'range' | 'text'>[]): { output: string; applied: number } {
  const ordered = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let at = 0;
  let applied = 0;
  for (const edit of ordered) {
    const [start, end] = edit.range;
    if (start < at || end > text.length || start > end) continue;
    output += text.slice(at, start) + edit.text;
    at = end;
    applied++;
  }
  return { output: output + text.slice(at), applied };
}

export interface FixedFile {
  output: string;
  result: FileResult;
  passes: number;
}

/** Fixes one file in memory, starting from its first lint; undefined when it had nothing to fix. */
export async function fixFile(
  target: LintTarget,
  text: string,
  first: FileResult,
  env: RunEnv,
  config: ResolvedConfig,
  cwd: string,
): Promise<FixedFile | undefined> {
  let output = text;
  let result = first;
  let passes = 0;
  while (passes < MAX_PASSES) {
    const edits = result.diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));
    if (edits.length === 0) break;
    const next = applyEdits(output, edits);
    if (next.applied === 0 || next.output === output) break;
    output = next.output;
    passes++;
    result = lintSourceFile(await parseFile(target, output, config), env, config, cwd);
  }
  return passes === 0 ? undefined : { output, result, passes };
}
