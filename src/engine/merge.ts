/** The last steps before formatters: one diagnostic per problem, a stable identity for each, a stable order. */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../common/diagnostic.js';

/** A rendered finding and a values finding are one problem when they land on the same place. */
const SAME_PROBLEM: Record<string, string> = { 'manifests/pull-policy': 'images/pull-policy' };

/**
 * A rendered finding another rule already explains from the values: an empty image rendered by a template
 * whose read of an undefined or missing key is reported at the values (with that template as a related place).
 */
const EXPLAINED_BY: Record<string, readonly string[]> = { 'manifests/image-empty': ['images/undefined-key', 'images/required-keys'] };

/**
 * One diagnostic per problem. A rendered finding that lands where another finding of the same (or an
 * equivalent) rule already is joins it as related locations; findings of the values themselves are all kept
 * (one rule may report several keys at one place), but exact repeats are dropped.
 */
export function mergeSameProblem(diagnostics: readonly Diagnostic[], rendered: ReadonlySet<Diagnostic>): Diagnostic[] {
  const kept: Diagnostic[] = [];
  const byPlace = new Map<string, Diagnostic>();
  const seen = new Set<string>();
  for (const d of diagnostics) {
    const place = `${d.file}\0${d.line}\0${d.column}\0${SAME_PROBLEM[d.ruleId] ?? d.ruleId}`;
    const existing = byPlace.get(place);
    if (existing && rendered.has(d)) {
      existing.related = [...(existing.related ?? []), ...(d.related ?? [])];
      continue;
    }
    const exact = `${place}\0${d.message}`;
    if (seen.has(exact)) continue;
    seen.add(exact);
    byPlace.set(place, d);
    kept.push(d);
  }
  return foldExplained(kept, rendered);
}

/** Rendered findings another finding explains join it as related locations (the place in the template). */
function foldExplained(diagnostics: Diagnostic[], rendered: ReadonlySet<Diagnostic>): Diagnostic[] {
  return diagnostics.filter((d) => {
    const explainers = EXPLAINED_BY[d.ruleId];
    if (!explainers || !rendered.has(d)) return true;
    const explainer = diagnostics.find((e) => explainers.includes(e.ruleId) && e.related?.some((r) => r.file === d.file));
    if (!explainer) return true;
    const { file, line, column, endLine, endColumn, message } = d;
    explainer.related = [...explainer.related!, { file, line, column, endLine, endColumn, message }];
    return false;
  });
}

export function sortDiagnostics<T extends Diagnostic>(diagnostics: T[]): T[] {
  return diagnostics.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

/**
 * Fingerprints from rule, file, logical path, message id and occurrence (the n-th such finding in the
 * file, in sorted order): never the message text or a line, so moving lines keeps every identity.
 */
export function assignFingerprints(sorted: readonly Diagnostic[]): void {
  const occurrences = new Map<string, number>();
  for (const d of sorted) {
    const identity = `${d.ruleId}\0${d.file}\0${d.path ?? ''}\0${d.messageId ?? ''}`;
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    d.fingerprint = `${createHash('sha256').update(identity).digest('hex')}:${occurrence}`;
  }
}
