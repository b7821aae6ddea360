import { describe, expect, it } from 'vitest';
import { applyDirectives, parseDirectives } from '../src/engine/directives.js';
import { LineIndex } from '../src/sources/yaml.js';

function directivesOf(text: string) {
  return parseDirectives(text, new LineIndex(text));
}

const finding = (line: number, ruleId = 'images/no-latest') => ({ line, ruleId });

describe('suppression comments', () => {
  it('parses kinds, rule lists and reasons', () => {
    const text = [
      'a: 1  # chartlint-disable-line images/no-latest,images/floating-tag -- vendor image',
      '# chartlint-disable-next-line',
      '#chartlint-disable images/* -- whole family',
      'b: "not # chartlint-disable here"',
      '# chartlint-enable',
      '# chartlint-disable-file yaml/syntax # another comment',
    ].join('\n');
    expect(directivesOf(text).map(({ kind, rules, line }) => ({ kind, rules, line }))).toEqual([
      { kind: 'disable-line', rules: ['images/no-latest', 'images/floating-tag'], line: 1 },
      { kind: 'disable-next-line', rules: [], line: 2 },
      { kind: 'disable', rules: ['images/*'], line: 3 },
      { kind: 'enable', rules: [], line: 5 },
      { kind: 'disable-file', rules: ['yaml/syntax'], line: 6 },
    ]);
  });

  it('ignores the words inside a quoted value that merely mention a directive', () => {
    expect(directivesOf('b: "#chartlint-disable x"\n')).toEqual([]);
    expect(directivesOf("c: 'it''s # chartlint-disable x'\n")).toEqual([]);
    expect(directivesOf('d: "a \\" # chartlint-disable x"\n')).toEqual([]);
    expect(directivesOf('e: "done"  # chartlint-disable-line x\n')).toHaveLength(1);
  });

  it('suppresses by line, range, file and family, and reports what suppressed nothing', () => {
    const text = [
      '# chartlint-disable-next-line images/no-latest', // 1 -> covers 2
      'x', // 2
      '# chartlint-disable images/*', // 3 -> covers 3..5
      'x', // 4
      '# chartlint-enable images/*', // 5
      'x', // 6
      '# chartlint-disable-next-line images/no-latest', // 7 -> unused
      'x', // 8
    ].join('\n');
    const { kept, unused } = applyDirectives(
      [finding(2), finding(4, 'images/floating-tag'), finding(6), finding(8, 'images/floating-tag')],
      directivesOf(text),
      8,
    );
    expect(kept).toEqual([finding(6), finding(8, 'images/floating-tag')]);
    expect(unused.map((u) => [u.directive.line, u.rule])).toEqual([[7, 'images/no-latest']]);
  });

  it('keeps the reason after --, without a further comment', () => {
    const text = [
      '# chartlint-disable-next-line images/no-latest -- upstream has no tags',
      '# chartlint-disable-line images/no-latest --   ',
      '# chartlint-disable-file -- vendored # owned by the platform team',
      '# chartlint-disable images/*',
    ].join('\n');
    expect(directivesOf(text).map((d) => d.reason)).toEqual(['upstream has no tags', undefined, 'vendored', undefined]);
  });

  it('hands back the suppressed findings with every comment that covers them, once each', () => {
    const text = [
      '# chartlint-disable images/* -- family', // 1 -> covers 1..
      '# chartlint-disable-next-line images/no-latest, images/* -- both', // 2 -> covers 3, twice
      'x', // 3
    ].join('\n');
    const directives = directivesOf(text);
    const { kept, suppressed } = applyDirectives([finding(3), finding(3, 'yaml/syntax')], directives, 3);
    expect(kept).toEqual([finding(3, 'yaml/syntax')]);
    expect(suppressed).toEqual([{ finding: finding(3), by: [directives[0], directives[1]] }]);
  });

  it('leaves a disable without enable open to the end of the file', () => {
    const { kept } = applyDirectives([finding(9), finding(1)], directivesOf('\n# chartlint-disable\n'), 10);
    expect(kept).toEqual([finding(1)]);
  });
});
