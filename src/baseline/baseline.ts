/**
 * Baselines: today's findings recorded (`--write-baseline`), so that later runs report only new ones
 * (`--baseline`, or `baseline:` in the config). An entry names a finding by its rule, file, logical YAML
 * path, message id and the hash of the offending text (never the text itself, and no hash at all for the
 * secrets rules), with a count: never by line, so unrelated edits that move lines keep every entry. A
 * changed value is a new finding. Only entries of the files a run reports on are judged; the others are
 * kept as they are, so a run over some charts (the hook, --changed-since) neither hides nor prunes the rest.
 */
import path from 'node:path';
import type { Diagnostic } from '../common/diagnostic.js';

export const BASELINE_FORMAT = 'chartlint-baseline/v1';

export interface BaselineEntry {
  rule: string;
  path?: string;
  messageId?: string;
  /** Diagnostic.valueHash. */
  value?: string;
  count: number;
}

export interface Baseline {
  format: typeof BASELINE_FORMAT;
  /** By file, relative to the baseline file's folder, `/`-separated. */
  files: Record<string, BaselineEntry[]>;
}

/** Where the run stands relative to the baseline file: diagnostic files are relative to `cwd`. */
export interface BaselinePlace {
  cwd: string;
  /** The baseline file's folder. */
  dir: string;
  /** The files the run reports on, relative to `cwd` (LintResult.lintedFiles). */
  lintedFiles: readonly string[];
}

export interface BaselineOutcome {
  /** The findings the baseline does not hold. */
  kept: Diagnostic[];
  /** The findings it holds. */
  held: Diagnostic[];
  hidden: number;
  /** Entries (counted) of the files the run reports on that matched no finding: debt paid. */
  stale: number;
  /** The baseline without its stale entries. */
  pruned: Baseline;
}

const keyOf = (entry: Omit<BaselineEntry, 'count'>): string =>
  `${entry.rule}\0${entry.path ?? ''}\0${entry.messageId ?? ''}\0${entry.value ?? ''}`;

const entryOf = (d: Diagnostic): Omit<BaselineEntry, 'count'> => ({
  rule: d.ruleId,
  ...(d.path !== undefined ? { path: d.path } : {}),
  ...(d.messageId !== undefined ? { messageId: d.messageId } : {}),
  ...(d.valueHash !== undefined ? { value: d.valueHash } : {}),
});

/** A diagnostic's file as the baseline names it. */
function fileKey(place: BaselinePlace, file: string): string {
  return path.relative(place.dir, path.resolve(place.cwd, file)).split(path.sep).join('/');
}

export function applyBaseline(diagnostics: readonly Diagnostic[], baseline: Baseline, place: BaselinePlace): BaselineOutcome {
  // Remaining counts per file and key; consumed as findings match.
  const remaining = new Map<string, Map<string, { entry: BaselineEntry; left: number }>>();
  for (const [file, entries] of Object.entries(baseline.files)) {
    const byKey = new Map<string, { entry: BaselineEntry; left: number }>();
    for (const entry of entries) {
      const key = keyOf(entry);
      const known = byKey.get(key);
      if (known) known.left += entry.count;
      else byKey.set(key, { entry, left: entry.count });
    }
    remaining.set(file, byKey);
  }
  const kept: Diagnostic[] = [];
  const held: Diagnostic[] = [];
  for (const d of diagnostics) {
    const slot = remaining.get(fileKey(place, d.file))?.get(keyOf(entryOf(d)));
    if (slot && slot.left > 0) {
      slot.left--;
      held.push(d);
    } else {
      kept.push(d);
    }
  }
  const judged = new Set(place.lintedFiles.map((file) => fileKey(place, file)));
  let stale = 0;
  const files: Record<string, BaselineEntry[]> = {};
  for (const [file, byKey] of remaining) {
    const entries: BaselineEntry[] = [];
    for (const { entry, left } of byKey.values()) {
      const total = baselineCount(baseline.files[file]!, entry);
      if (!judged.has(file)) {
        entries.push({ ...entry, count: total });
        continue;
      }
      stale += left;
      if (total - left > 0) entries.push({ ...entry, count: total - left });
    }
    if (entries.length > 0) files[file] = entries;
  }
  return { kept, held, hidden: held.length, stale, pruned: { format: BASELINE_FORMAT, files } };
}

function baselineCount(entries: readonly BaselineEntry[], like: BaselineEntry): number {
  const key = keyOf(like);
  return entries.filter((entry) => keyOf(entry) === key).reduce((sum, entry) => sum + entry.count, 0);
}

/**
 * The baseline of this run's findings. The entries of `previous` for files the run does not report on are
 * kept, so writing a baseline from the hook's run over one chart keeps every other chart's entries.
 */
export function baselineOf(diagnostics: readonly Diagnostic[], place: BaselinePlace, previous?: Baseline): Baseline {
  const judged = new Set(place.lintedFiles.map((file) => fileKey(place, file)));
  const counts = new Map<string, Map<string, BaselineEntry>>();
  for (const d of diagnostics) {
    const file = fileKey(place, d.file);
    judged.add(file);
    const entry = entryOf(d);
    const byKey = counts.get(file) ?? new Map<string, BaselineEntry>();
    counts.set(file, byKey);
    const known = byKey.get(keyOf(entry));
    if (known) known.count++;
    else byKey.set(keyOf(entry), { ...entry, count: 1 });
  }
  const files: Record<string, BaselineEntry[]> = {};
  for (const [file, entries] of Object.entries(previous?.files ?? {})) if (!judged.has(file)) files[file] = entries;
  for (const [file, byKey] of counts) files[file] = [...byKey.values()];
  return { format: BASELINE_FORMAT, files };
}

/** Stable text: files and entries sorted, one entry a line, so the file diffs well in review. */
export function serializeBaseline(baseline: Baseline): string {
  const files = Object.keys(baseline.files).sort();
  const lines = [`{`, `  "format": ${JSON.stringify(BASELINE_FORMAT)},`, `  "files": {`];
  files.forEach((file, i) => {
    const entries = [...baseline.files[file]!].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
    lines.push(`    ${JSON.stringify(file)}: [`);
    entries.forEach((entry, j) => {
      const ordered = { rule: entry.rule, path: entry.path, messageId: entry.messageId, value: entry.value, count: entry.count };
      lines.push(`      ${JSON.stringify(ordered)}${j < entries.length - 1 ? ',' : ''}`);
    });
    lines.push(`    ]${i < files.length - 1 ? ',' : ''}`);
  });
  lines.push('  }', '}');
  return `${lines.join('\n')}\n`;
}

/** A baseline file's text, checked; a message naming what is wrong otherwise. */
export function parseBaseline(text: string): Baseline | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  if (!isObject(data) || data.format !== BASELINE_FORMAT || !isObject(data.files)) {
    return `not a chartlint baseline: it needs "format": "${BASELINE_FORMAT}" and a "files" object (chartlint --write-baseline writes one)`;
  }
  for (const [file, entries] of Object.entries(data.files)) {
    if (!Array.isArray(entries)) return `files[${JSON.stringify(file)}] must be a list of entries`;
    for (const [i, entry] of entries.entries()) {
      const where = `files[${JSON.stringify(file)}][${i}]`;
      if (!isObject(entry) || typeof entry.rule !== 'string') return `${where} needs a "rule"`;
      if (!Number.isInteger(entry.count) || (entry.count as number) < 1) return `${where}: "count" must be a whole number of 1 or more`;
      for (const key of ['path', 'messageId', 'value'])
        if (entry[key] !== undefined && typeof entry[key] !== 'string') return `${where}: "${key}" must be a string`;
    }
  }
  return data as unknown as Baseline;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
