import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/index.js';
import { loadFormatter } from '../src/index.js';
import { DIAGNOSTICS } from './helpers/diagnostics.js';
const CONTEXT = { colorLevel: 0 as const, charts: 2, files: 3 };

async function format(name: string, diagnostics = DIAGNOSTICS): Promise<string> {
  const formatter = await loadFormatter(name);
  if (!formatter) throw new Error(`no formatter ${name}`);
  return formatter(diagnostics, CONTEXT);
}

describe('formatters', () => {
  it('stylish groups by file with aligned columns and a summary', async () => {
    expect(await format('stylish')).toBe(
      [
        'a/values.yaml',
        '  2:3    error    Missing.  images/required-keys',
        '  12:30  warning  Floats.   images/floating-tag',
        '',
        'b/values.yaml',
        '  1:1  info     Templated.  images/templated-reference',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info) in 3 files in 2 charts.',
        '',
        'Problems by rule:',
        '  1  images/floating-tag',
        '  1  images/required-keys',
        '  1  images/templated-reference',
        '',
      ].join('\n'),
    );
    expect(await format('stylish', [])).toBe('✔ No problems in 3 files in 2 charts.\n');
  });

  it('stylish totals each rule, most findings first, then by id', async () => {
    const twice = [...DIAGNOSTICS, { ...DIAGNOSTICS[1]!, line: 20 }, { ...DIAGNOSTICS[1]!, line: 21 }];
    expect((await format('stylish', twice)).split('\n').slice(-6)).toEqual([
      '',
      'Problems by rule:',
      '  3  images/floating-tag',
      '  1  images/required-keys',
      '  1  images/templated-reference',
      '',
    ]);
  });

  it('compact prints path:line:col: severity: message [rule]', async () => {
    expect(await format('compact')).toBe(
      'a/values.yaml:2:3: error: Missing. [images/required-keys]\n' +
        'a/values.yaml:12:30: warning: Floats. [images/floating-tag]\n' +
        'b/values.yaml:1:1: info: Templated. [images/templated-reference]\n',
    );
  });

  it('json prints {diagnostics, summary}', async () => {
    const parsed = JSON.parse(await format('json')) as { diagnostics: Diagnostic[]; summary: unknown };
    // Each finding as the engine gave it, with the URL of its rule's doc page.
    expect(parsed.diagnostics).toEqual(
      DIAGNOSTICS.map((d) => ({ ...d, docs: `https://github.com/chartlint/chartlint/blob/main/rules/${d.ruleId}.md` })),
    );
    expect(parsed.summary).toEqual({ errors: 1, warnings: 1, infos: 1, charts: 2, files: 3 });
  });

  it('json and sarif name the same doc page for a rule', async () => {
    const json = JSON.parse(await format('json')) as { diagnostics: { ruleId: string; docs: string }[] };
    const sarif = JSON.parse(await format('sarif')) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] };
    const helpUri = new Map(sarif.runs[0]!.tool.driver.rules.map((rule) => [rule.id, rule.helpUri]));
    for (const d of json.diagnostics) expect(d.docs).toBe(helpUri.get(d.ruleId));
  });

  it('has no formatter for an unknown name', async () => {
    expect(await loadFormatter('xml')).toBeUndefined();
  });
});
