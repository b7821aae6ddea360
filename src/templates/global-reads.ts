/**
 * Which `global.<key>` a template text reads (src/facts/global-readers.ts says what the fact makes of it):
 * `.Values.global.<key>`, `index .Values.global "<key>"`, and `.Values.global` handed on whole, which may
 * read any key.
 */

const GLOBAL_READ = /\.Values\.global\.([A-Za-z0-9_]+)/g;
// `index .Values.global "key"` reads that key too. (No leading `\(?\s*`: it matched the same reads, and
// tried every run of indentation at each of its spaces.)
const GLOBAL_INDEX = /index\s+\$?[A-Za-z0-9_]*\.Values\.global\s+"([^"]+)"/g;
// `.Values.global` handed on whole (`include "common.images.image" (dict "global" .Values.global)`,
// `$g := .Values.global`): any key may be read where it goes, so what this chart reads is unknown.
const GLOBAL_WHOLE = /\.Values\.global\b(?!\.[A-Za-z0-9_])/;

/** The marker for a chart that hands `.Values.global` on whole: it may read any key. */
export const READS_ANY = '*';

/** The global keys the texts read, in the order first read. */
export function globalKeysRead(texts: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) recordGlobalReads(text, keys);
  return [...keys];
}

/** The global keys a text reads, into `keys`. */
export function recordGlobalReads(text: string, keys: Set<string>): void {
  // Every pattern below reads `.Values.global`: a text without it reads no global.
  if (!text.includes('.Values.global')) return;
  for (const match of text.matchAll(GLOBAL_READ)) keys.add(match[1]!);
  for (const match of text.matchAll(GLOBAL_INDEX)) keys.add(match[1]!);
  if (GLOBAL_WHOLE.test(text.replace(GLOBAL_INDEX, ''))) keys.add(READS_ANY);
}
