/**
 * Applying fixes, as ESLint does: the non-overlapping edits of one pass are applied together, the file is
 * linted again, and passes repeat until nothing is left to fix (or ten passes). Only `fix` edits are
 * applied; suggestions never are.
 */
import type { ResolvedConfig } from '../config/load.js';
import type { LintTarget, SourceFile } from '../file-types/types.js';
import type { DiagnosticFix } from '../common/diagnostic.js';
import type { SecretClassifier } from '../secrets/classify.js';
import { forEachLeaf } from '../secrets/leaves.js';
import { Scrubber } from '../secrets/scrub.js';
import { lintSourceFile, type FileResult } from './lint-file.js';
import { parseFile } from './load-file.js';
import type { RunEnv } from './run-file-rules.js';

const MAX_PASSES = 10;

type Edit = Pick<DiagnosticFix, 'range' | 'text'>;

/** Applies the edits that do not overlap an earlier one (by start offset); the rest wait for the next pass. */
export function applyEdits(text: string, edits: readonly Edit[]): { output: string; applied: number } {
  const { output, applied } = applyEditList(text, edits);
  return { output, applied: applied.length };
}

function applyEditList<E extends Edit>(text: string, edits: readonly E[]): { output: string; applied: E[] } {
  const ordered = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let at = 0;
  const applied: E[] = [];
  for (const edit of ordered) {
    const [start, end] = edit.range;
    if (start < at || end > text.length || start > end) continue;
    output += text.slice(at, start) + edit.text;
    at = end;
    applied.push(edit);
  }
  return { output: output + text.slice(at), applied };
}

export interface FixedFile {
  output: string;
  result: FileResult;
  passes: number;
  /** How many edits of each rule were applied, over every pass. */
  byRule: Record<string, number>;
  /** The fixed text, parsed. */
  file: SourceFile;
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
  let file: SourceFile | undefined;
  let shape: string | undefined;
  const byRule: Record<string, number> = {};
  while (passes < MAX_PASSES) {
    const edits = result.diagnostics.flatMap((d) => (d.fix ? [{ ...d.fix, ruleId: d.ruleId }] : []));
    if (edits.length === 0) break;
    const next = applyEditList(output, edits);
    if (next.applied.length === 0 || next.output === output) break;
    const parsed = await parseFile(target, next.output, config);
    // A pass that would break the YAML (a problem the text did not have, a document more or less) is no
    // safe fix, whichever rule's edit did it: the file keeps the passes before it.
    shape ??= shapeOf(await parseFile(target, text, config));
    if (shapeOf(parsed) !== shape) break;
    for (const edit of next.applied) byRule[edit.ruleId] = (byRule[edit.ruleId] ?? 0) + 1;
    output = next.output;
    passes++;
    file = parsed;
    result = lintSourceFile(file, env, config, cwd);
  }
  return passes === 0 || !file ? undefined : { output, result, passes, byRule, file };
}

/** The number of documents and the parse problems of each: what a safe fix leaves as it was. */
function shapeOf(file: SourceFile): string {
  return file.documents.map((d) => d.problems.map((p) => p.code).join(',')).join('|') + `#${file.documents.length}`;
}

/**
 * What hides a file's sensitive values in a line shown to the user (a diff's): every value of either text
 * that a sensitive key holds or that is shaped as a secret, as helm's messages are scrubbed.
 */
export function lineRedactor(files: readonly SourceFile[], secrets: SecretClassifier): (line: string) => string {
  const scrubber = new Scrubber((key) => secrets.isSensitiveKey(key), { isPublic: (value) => secrets.isPublic(value) });
  for (const file of files) {
    for (const document of file.documents) forEachLeaf(document.root, (path, leaf) => scrubber.consider(path, leaf.value));
  }
  return (line) => scrubber.scrub(line);
}
