import type { Diagnostic, SuppressedDiagnostic } from '../common/diagnostic.js';

export interface FormatContext {
  /** 0 = no colour; 1-3 as chalk's levels. */
  colorLevel: 0 | 1 | 2 | 3;
  /** How many charts and files were linted, for summaries. */
  charts: number;
  files: number;
  /**
   * The findings inline comments suppressed (`LintResult.suppressed`). SARIF writes them as suppressed
   * results and JSON lists them apart; no formatter counts them.
   */
  suppressed?: readonly SuppressedDiagnostic[];
  /**
   * Files the pull request changed, relative to the working folder and `/`-separated, when known: the
   * github formatter annotates findings in them before the others of the same kind.
   */
  changedFiles?: ReadonlySet<string>;
}

/** A formatter is a pure function: sorted diagnostics in, text out, no I/O. */
export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Diagnostics grouped by a key, in first-seen order; each group grows in place (a copy per push was quadratic). */
export function groupBy(diagnostics: readonly Diagnostic[], key: (d: Diagnostic) => string): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const k = key(d);
    const list = groups.get(k);
    if (list) list.push(d);
    else groups.set(k, [d]);
  }
  return groups;
}
