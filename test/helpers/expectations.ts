/**
 * Expectations written inside fixture files:
 *   value  # expect: rule[/messageId][, rule[/messageId]]   a finding starts on this line
 *   #          ^^^^^                                          under it: the finding's columns (1 line only)
 */
import { readFileSync } from 'node:fs';

export interface Expectation {
  line: number;
  ruleId: string;
  messageId?: string;
  column?: number;
  endColumn?: number;
}

const EXPECT = /#\s*expect:\s*(.+?)\s*$/;
const CARETS = /^(\s*#\s*)(\^+)\s*$/;

export function readExpectations(file: string): Expectation[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const found: Expectation[] = [];
  let lastLine: Expectation[] = [];
  lines.forEach((text, index) => {
    const carets = CARETS.exec(text);
    if (carets) {
      const column = carets[1]!.length + 1;
      for (const expectation of lastLine) {
        expectation.column = column;
        expectation.endColumn = column + carets[2]!.length;
      }
      return;
    }
    const match = EXPECT.exec(text);
    lastLine = [];
    if (!match) return;
    for (const item of match[1]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const parts = item.split('/');
      const hasMessageId = parts.length === 3;
      const expectation: Expectation = {
        line: index + 1,
        ruleId: hasMessageId ? parts.slice(0, 2).join('/') : item,
        messageId: hasMessageId ? parts[2] : undefined,
      };
      found.push(expectation);
      lastLine.push(expectation);
    }
  });
  return found;
}

export interface Actual {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  messageId?: string;
  message: string;
}

/** Pairs expectations with findings; what is left on either side is a failure. */
export function compare(expected: Expectation[], actual: Actual[]): { missing: Expectation[]; unexpected: Actual[] } {
  const left = [...actual];
  const missing: Expectation[] = [];
  for (const e of expected) {
    const at = left.findIndex(
      (a) =>
        a.line === e.line &&
        a.ruleId === e.ruleId &&
        (e.messageId === undefined || a.messageId === e.messageId) &&
        (e.column === undefined || (a.column === e.column && a.endLine === a.line && a.endColumn === e.endColumn)),
    );
    if (at === -1) missing.push(e);
    else left.splice(at, 1);
  }
  return { missing, unexpected: left };
}
