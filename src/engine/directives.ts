/**
 * Suppression comments in YAML files:
 *   # chartlint-disable-next-line RULE[, RULE] -- reason
 *   # chartlint-disable-line RULE            (on the offending line itself)
 *   # chartlint-disable RULE  ...  # chartlint-enable RULE
 *   # chartlint-disable-file RULE
 * No rule means every rule; `images/*` means a whole family.
 */
import type { LineIndex, Span } from '../sources/yaml-view.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids or `family/*`; empty means all rules. */
  rules: string[];
  /** The text after ` -- `, when the comment gives a reason. */
  reason?: string;
  line: number;
  span: Span;
}

export interface UnusedDirective {
  directive: Directive;
  /** The rule the directive named that suppressed nothing; `undefined` for a directive naming no rule. */
  rule: string | undefined;
}

const DIRECTIVE = /(^|\s)#\s*chartlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([^\r\n]*)/;

export function parseDirectives(text: string, lines: LineIndex): Directive[] {
  if (!text.includes('chartlint-')) return [];
  const directives: Directive[] = [];
  for (let line = 1; line <= lines.lineCount(); line++) {
    const start = lines.lineStart(line);
    const end = line < lines.lineCount() ? lines.lineStart(line + 1) - 1 : text.length;
    const lineText = text.slice(start, end);
    const match = DIRECTIVE.exec(lineText);
    if (!match || insideQuotes(lineText, match.index + match[1]!.length)) continue;
    const commentStart = start + match.index + match[1]!.length;
    // The rule list ends at ` -- reason` or at a further comment.
    const rest = match[3]!.split(/\s#/, 1)[0]!;
    const reasonAt = rest.indexOf('--');
    const rules = (reasonAt === -1 ? rest : rest.slice(0, reasonAt)).split(/[\s,]+/).filter(Boolean);
    const reason = reasonAt === -1 ? '' : rest.slice(reasonAt + 2).trim();
    directives.push({
      kind: match[2] as DirectiveKind,
      rules,
      ...(reason ? { reason } : {}),
      line,
      span: { start: commentStart, end: end },
    });
  }
  return directives;
}

/** Whether `index` falls inside a quoted scalar on this line, where `#` starts no comment. */
function insideQuotes(line: string, index: number): boolean {
  let quote: string | undefined;
  for (let i = 0; i < index; i++) {
    const char = line[i];
    if (quote === '"' && char === '\\') i++;
    else if (quote === "'" && char === "'" && line[i + 1] === "'") i++;
    else if (quote && char === quote) quote = undefined;
    else if (!quote && (char === '"' || char === "'") && (i === 0 || /[\s:[{,-]/.test(line[i - 1]!))) quote = char;
  }
  return quote !== undefined;
}

export function ruleMatches(pattern: string, ruleId: string): boolean {
  return pattern.endsWith('/*') ? ruleId.startsWith(pattern.slice(0, -1)) : pattern === ruleId;
}

/** The lines one disable covers for one named rule (or every rule), and whether it suppressed anything. */
export interface Cover {
  directive: Directive;
  rule: string | undefined;
  fromLine: number;
  toLine: number;
  used: boolean;
}

/** Which lines each disable covers, one entry per (directive, named rule). */
function covers(directives: readonly Directive[], lineCount: number): Cover[] {
  const result: Cover[] = [];
  const open: Cover[] = [];
  for (const directive of directives) {
    const names: (string | undefined)[] = directive.rules.length ? directive.rules : [undefined];
    switch (directive.kind) {
      case 'disable-file':
        for (const rule of names) result.push({ directive, rule, fromLine: 1, toLine: lineCount, used: false });
        break;
      case 'disable-line':
      case 'disable-next-line': {
        const line = directive.kind === 'disable-line' ? directive.line : directive.line + 1;
        for (const rule of names) result.push({ directive, rule, fromLine: line, toLine: line, used: false });
        break;
      }
      case 'disable':
        for (const rule of names) {
          const cover = { directive, rule, fromLine: directive.line, toLine: lineCount, used: false };
          result.push(cover);
          open.push(cover);
        }
        break;
      case 'enable':
        for (const cover of [...open]) {
          const closes = directive.rules.length === 0 || (cover.rule !== undefined && directive.rules.includes(cover.rule));
          if (!closes) continue;
          cover.toLine = directive.line;
          open.splice(open.indexOf(cover), 1);
        }
        break;
    }
  }
  return result;
}

/** A finding a comment suppressed, with every comment that covers it (each once, in the file's order). */
export interface SuppressedFinding<T> {
  finding: T;
  by: Directive[];
}

/**
 * Splits the findings into kept and suppressed, and says which disables suppressed nothing.
 * Only the line a finding starts on counts, as in ESLint.
 */
export function applyDirectives<T extends { ruleId: string; line: number }>(
  findings: readonly T[],
  directives: readonly Directive[],
  lineCount: number,
): { kept: T[]; suppressed: SuppressedFinding<T>[]; unused: UnusedDirective[]; covers: Cover[] } {
  if (directives.length === 0) return { kept: [...findings], suppressed: [], unused: [], covers: [] };
  const all = covers(directives, lineCount);
  const kept: T[] = [];
  const suppressed: SuppressedFinding<T>[] = [];
  for (const finding of findings) {
    const by: Directive[] = [];
    for (const cover of all) {
      if (!coverSuppresses(cover, finding.ruleId, finding.line)) continue;
      cover.used = true;
      if (!by.includes(cover.directive)) by.push(cover.directive);
    }
    if (by.length === 0) kept.push(finding);
    else suppressed.push({ finding, by });
  }
  const unused = all.filter((cover) => !cover.used).map(({ directive, rule }) => ({ directive, rule }));
  return { kept, suppressed, unused, covers: all };
}

/** Whether a cover suppresses a finding of this rule starting on this line. */
export function coverSuppresses(cover: Pick<Cover, 'rule' | 'fromLine' | 'toLine'>, ruleId: string, line: number): boolean {
  return line >= cover.fromLine && line <= cover.toLine && (cover.rule === undefined || ruleMatches(cover.rule, ruleId));
}
