/**
 * What `--fix` and `--fix-dry-run` do with the fixed texts the engine returns: write each file back safely
 * (write.ts), or print the unified diff of what would change; then one line on standard error that says
 * how many problems were fixed in how many files, per rule, as ruff and cargo fix tell what they did.
 */
import { unifiedDiff } from './diff.js';
import { writeFixed, type FixToWrite } from './write.js';

export interface FixedText extends FixToWrite {
  /** The path as output shows it. */
  file: string;
  byRule: Record<string, number>;
  redact: (line: string) => string;
}

export interface ApplyOptions {
  /** True to write the files, false to print the diff. */
  write: boolean;
  roots: readonly string[];
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Writes or prints the fixes; returns how many files were not written (refused, or changed on disk). */
export function applyFixes(fixes: readonly FixedText[], options: ApplyOptions): { notWritten: number } {
  const ordered = [...fixes].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const done: FixedText[] = [];
  let notWritten = 0;
  for (const fix of ordered) {
    if (!options.write) {
      options.out(unifiedDiff(fix.file, fix.input, fix.output, fix.redact));
      done.push(fix);
      continue;
    }
    const outcome = writeFixed(fix, { roots: options.roots });
    if (outcome.written) done.push(fix);
    else {
      notWritten++;
      options.err(`chartlint: did not fix ${fix.file}: ${outcome.reason}\n`);
    }
  }
  options.err(`chartlint: ${summary(done, options.write)}\n`);
  return { notWritten };
}

/** `fixed 3 problems in 2 files (images/fully-qualified: 2, images/pull-policy: 1).` */
function summary(done: readonly FixedText[], written: boolean): string {
  const byRule = new Map<string, number>();
  for (const fix of done) for (const [rule, n] of Object.entries(fix.byRule)) byRule.set(rule, (byRule.get(rule) ?? 0) + n);
  const total = [...byRule.values()].reduce((a, b) => a + b, 0);
  const rules = [...byRule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, n]) => `${rule}: ${n}`);
  const what = `${total} ${total === 1 ? 'problem' : 'problems'} in ${done.length} ${done.length === 1 ? 'file' : 'files'}`;
  const detail = rules.length ? ` (${rules.join(', ')})` : '';
  return written ? `fixed ${what}${detail}.` : `--fix-dry-run: would fix ${what}${detail}; no file was written.`;
}
