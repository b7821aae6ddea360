/**
 * A unified diff with no context lines (`diff -U0`, `git diff -U0`): only the lines a fix changed are shown,
 * so no neighbouring line (a password beside a fixed image) is ever printed, and every line shown goes
 * through `redact`. Fixes rewrite text inside lines, so the texts usually have the same lines; where the
 * line counts differ, the lines between the common start and end form one hunk.
 */

/** The lines, each with its `\r` kept (a CRLF file's diff still applies to it). */
function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

interface Hunk {
  /** 0-based first line in each text, and the counts. */
  from: number;
  count: number;
  to: number;
  toCount: number;
}

function hunksOf(before: readonly string[], after: readonly string[]): Hunk[] {
  if (before.length === after.length) {
    const hunks: Hunk[] = [];
    for (let i = 0; i < before.length; i++) {
      if (before[i] === after[i]) continue;
      const last = hunks[hunks.length - 1];
      if (last && last.from + last.count === i) {
        last.count++;
        last.toCount++;
      } else hunks.push({ from: i, count: 1, to: i, toCount: 1 });
    }
    return hunks;
  }
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  return [{ from: start, count: before.length - start - end, to: start, toCount: after.length - start - end }];
}

/** `@@ -l,n +l,n @@`: a range of no lines is numbered by the line before it, as diff does. */
function range(from: number, count: number): string {
  return `${count === 0 ? from : from + 1},${count}`;
}

export function unifiedDiff(file: string, before: string, after: string, redact: (line: string) => string): string {
  if (before === after) return '';
  const a = linesOf(before);
  const b = linesOf(after);
  const aEnds = before.endsWith('\n');
  const bEnds = after.endsWith('\n');
  const out = [`--- a/${file}`, `+++ b/${file}`];
  for (const hunk of hunksOf(a, b)) {
    out.push(`@@ -${range(hunk.from, hunk.count)} +${range(hunk.to, hunk.toCount)} @@`);
    for (let i = hunk.from; i < hunk.from + hunk.count; i++) {
      out.push(`-${redact(a[i]!)}`);
      if (i === a.length - 1 && !aEnds) out.push('\\ No newline at end of file');
    }
    for (let i = hunk.to; i < hunk.to + hunk.toCount; i++) {
      out.push(`+${redact(b[i]!)}`);
      if (i === b.length - 1 && !bEnds) out.push('\\ No newline at end of file');
    }
  }
  return `${out.join('\n')}\n`;
}
