/**
 * Whether a chart's values files, as the run reads them, may hold a key of some name: a fact whose every
 * consumer needs that key in the chart's values (the image rules need an `images:` section) can pass over a
 * chart whose values cannot hold it. A text test, so it errs only one way. A key can be written as
 * `name:` (quoted or not, spaces before the colon, in a flow map too) on a line that is no comment, and
 * the test also counts every spelling it cannot read: an explicit key (`? name`), an alias used as a key
 * (`*anchor :`), and any double-quoted text with an escape (`"\x69mages"`).
 */
import type { LintTarget } from '../file-types/types.js';

export type ValuesKeyTest = (chartDir: string, key: string) => boolean;

const EXPLICIT_KEY = /^[ \t-]*\?(?:[ \t]|$)/m;
const ALIAS_KEY = /\*[^\s,[\]{}]+[ \t]*:/;
const QUOTED_ESCAPE = /"[^"\n]*\\/;

/** Whether a YAML text may hold a map key named `key` anywhere (never false for one that does). */
export function mayHoldKey(text: string, key: string): boolean {
  if (!text.includes(key) && !text.includes('\\') && !text.includes('*') && !text.includes('?')) return false;
  const named = new RegExp(`${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?[ \\t]*:`);
  // Every line break YAML knows, a lone `\r` too: a comment must not run on into the next line here.
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (/^[ \t]*#/.test(line)) continue;
    if (named.test(line) || ALIAS_KEY.test(line) || QUOTED_ESCAPE.test(line)) return true;
  }
  return EXPLICIT_KEY.test(text);
}

/** `readText`: the file's text as the lint will read it (an editor's buffer for its path), undefined when unreadable. */
export function valuesKeyTest(targets: readonly LintTarget[], readText: (target: LintTarget) => string | undefined): ValuesKeyTest {
  const byChart = new Map<string, LintTarget[]>();
  for (const target of targets) {
    if (target.kind !== 'values' || !target.chart) continue;
    const list = byChart.get(target.chart.dir) ?? [];
    list.push(target);
    byChart.set(target.chart.dir, list);
  }
  const answers = new Map<string, boolean>();
  return (chartDir, key) => {
    const id = `${chartDir}\0${key}`;
    let answer = answers.get(id);
    if (answer === undefined) {
      answer = (byChart.get(chartDir) ?? []).some((target) => {
        const text = readText(target);
        return text !== undefined && mayHoldKey(text, key);
      });
      answers.set(id, answer);
    }
    return answer;
  };
}
