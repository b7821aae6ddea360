/**
 * Hostile text in a finding (a key, a value, a folder name, a rendered container name) must not start a
 * workflow command, split a line, forge a problem-matcher location, break the JUnit XML or the job summary.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/index.js';
import { loadFormatter } from '../src/index.js';
import { buildSummary } from '../src/action/summary.js';
import { markdownCell, plainPath, plainText, visible } from '../src/formatters/escape.js';
import { ANNOTATIONS_PER_KIND } from '../src/formatters/github.js';
import { runCli } from './helpers/cli.js';
import { DIAGNOSTICS } from './helpers/diagnostics.js';
import { CHART, makeTree } from './helpers/tree.js';
import { expectWellFormed } from './helpers/xml.js';

const CONTEXT = { colorLevel: 0 as const, charts: 2, files: 3 };

const MESSAGES = [
  'Bad.\n::error::forged',
  'Bad.\r::add-mask::secret',
  'Bad.\r\n::stop-commands::token',
  '\x1b[31mred\x1b[0m and \x9b2J',
  'Sep\u2028::warning::x and para\u2029::notice::y',
  'Mid-line ##[add-mask]secret and ##[stop-commands]t',
  'Forged x:1:2: info: second [images/no-latest]',
  'Forged y:3:4: error: second [images/no-latest]',
  'Cell | break <b>bold</b> `code` *em* [link](x)',
  'Bidi \u202Etxt.lave',
];

/** Folder names as a tree can hold them; the first ones need no quoting and keep their true path. */
const PATHS = [
  'a/values.yaml',
  'a:b/values.yaml',
  'evil\n::error file=x::y/values.yaml',
  'a:1:2: error: forged/values.yaml',
  '::stop-commands::tok/values.yaml',
  ' ::error::lead/values.yaml',
  '\t::error::tab/values.yaml',
  'my charts/values.yaml',
  'my: charts/values.yaml',
  'q"uote/values.yaml',
  "it's/values.yaml",
  'back\\slash/values.yaml',
  'sep\u2028::error::x/values.yaml',
  'nbsp\u00A0::x/values.yaml',
  'x##[add-mask]y/values.yaml',
  '"/values.yaml',
];

const RULES = ['images/no-latest', 'images/floating-tag', 'images/templated-reference'];
const SEVERITIES = ['error', 'warning', 'info'] as const;

const HOSTILE: Diagnostic[] = PATHS.flatMap((file, i) =>
  MESSAGES.map((message, j) => ({
    ...DIAGNOSTICS[0]!,
    file,
    line: i + 1,
    column: j + 1,
    endLine: i + 1,
    endColumn: j + 2,
    severity: SEVERITIES[(i + j) % 3]!,
    ruleId: RULES[(i + j) % 3]!,
    message,
    related: [{ file, line: 1, column: 1, endLine: 1, endColumn: 2, message }],
  })),
);

async function format(name: string, diagnostics: readonly Diagnostic[], colorLevel: 0 | 1 = 0): Promise<string> {
  const formatter = await loadFormatter(name);
  if (!formatter) throw new Error(`no formatter ${name}`);
  return formatter(diagnostics, { ...CONTEXT, colorLevel });
}

/** A line the runner reads as a workflow command: `::` after leading white space, or `##[` anywhere. */
const isCommand = (line: string): boolean => /^\s*::/u.test(line) || line.includes('##[');
const CONTROL = /[\0-\x08\x0B-\x1A\x1C-\x1F\x7F-\x9F\u2028\u2029]/u;

interface Matcher {
  owner: string;
  severity?: string;
  pattern: { regexp: string; file: number; line: number; column: number; severity?: number; message: number; code: number }[];
}
const MATCHERS = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../.github/chartlint-problem-matcher.json'), 'utf8')) as {
    problemMatcher: Matcher[];
  }
).problemMatcher;

/** Every match of every matcher on a line, as the runner would record them. */
function matches(line: string) {
  return MATCHERS.flatMap((matcher) => {
    const pattern = matcher.pattern[0]!;
    const m = new RegExp(pattern.regexp).exec(line);
    return m
      ? [
          {
            file: m[pattern.file],
            line: Number(m[pattern.line]),
            column: Number(m[pattern.column]),
            severity: pattern.severity ? m[pattern.severity] : matcher.severity,
            message: m[pattern.message],
            code: m[pattern.code],
          },
        ]
      : [];
  });
}

describe('escape.ts', () => {
  it('makes control characters visible', () => {
    expect(visible('a\nb\rc\td\x1be\x7ff\x85g\x9bh\u2028i\u2029j\u202Ek\0')).toBe(
      'a\\nb\\rc\\td\\x1be\\x7ff\\x85g\\x9bh\\u2028i\\u2029j\\u202ek\\x00',
    );
    expect(plainText('##[add-mask]x ###[y')).toBe('##\\x5badd-mask]x ###\\x5by');
  });

  it('quotes a path only when it must', () => {
    expect(plainPath('a/values.yaml')).toBe('a/values.yaml');
    expect(plainPath('a:b/v-1_é.yaml')).toBe('a:b/v-1_é.yaml');
    expect(plainPath('my charts/values.yaml')).toBe('"my charts/values.yaml"');
    expect(plainPath('a:1/values.yaml')).toBe('"a:1/values.yaml"');
    expect(plainPath('x: y\n"z"\\')).toBe('"x:\\x20y\\n\\"z\\"\\\\"');
    expect(plainPath('::error::x')).toBe('"::error::x"');
    expect(plainPath('')).toBe('""');
  });

  it('writes Markdown cell text that holds no markup', () => {
    expect(markdownCell('a|b\n<i>`c`</i>')).toBe('a&#124;b&#92;n&#60;i&#62;&#96;c&#96;&#60;/i&#62;');
  });
});

describe('hostile text in stylish and compact output', () => {
  for (const name of ['stylish', 'compact']) {
    for (const colorLevel of [0, 1] as const) {
      it(`${name} (colour ${colorLevel}): no line is a workflow command, none holds a control character`, async () => {
        const text = await format(name, HOSTILE, colorLevel);
        const lines = text.split('\n');
        expect(lines.filter(isCommand)).toEqual([]);
        const withoutColour = colorLevel ? text.replace(/\x1b\[[0-9;]*m/g, '') : text;
        expect(withoutColour).not.toMatch(CONTROL);
        expect(withoutColour).not.toContain('\x1b');
        if (name === 'compact') expect(lines).toHaveLength(HOSTILE.length + 1);
        else expect(withoutColour.split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line))).toHaveLength(HOSTILE.length);
      });
    }
  }

  it('compact: each line matches the problem matcher exactly once, at the true location', async () => {
    const lines = (await format('compact', HOSTILE)).trimEnd().split('\n');
    expect(lines).toHaveLength(HOSTILE.length);
    for (const [i, line] of lines.entries()) {
      const d = HOSTILE[i]!;
      const found = matches(line);
      expect(found, line).toHaveLength(1);
      // Quoted paths are read without their quotes: the true path unless quoting had to escape something.
      const printed = plainPath(d.file);
      const file = printed.startsWith('"') ? printed.slice(1, -1) : printed;
      expect(found[0], line).toEqual({
        file,
        line: d.line,
        column: d.column,
        severity: d.severity === 'info' ? 'notice' : d.severity,
        message: plainText(d.message),
        code: d.ruleId,
      });
    }
    // Paths with spaces, colons or a leading `::` but nothing to escape keep their true path.
    for (const file of ['a:b/values.yaml', 'my charts/values.yaml', '::stop-commands::tok/values.yaml', "it's/values.yaml"]) {
      const line = lines[HOSTILE.findIndex((d) => d.file === file)]!;
      expect(matches(line)[0]!.file).toBe(file);
    }
  });
});

describe('hostile text in the other formats', () => {
  it('github: one command per finding shown, with the true path and no raw line break; the rest plain and inert', async () => {
    const lines = (await format('github', HOSTILE)).trimEnd().split('\n');
    // GitHub's cap: at most ANNOTATIONS_PER_KIND commands of each kind, then a note, then one inert line each.
    expect(lines).toHaveLength(HOSTILE.length + 1);
    const note = lines.findIndex((line) => line.startsWith('chartlint: '));
    expect(note).toBeGreaterThan(0);
    expect(note).toBeLessThanOrEqual(3 * ANNOTATIONS_PER_KIND);
    const commands = lines.slice(0, note);
    for (const line of lines.slice(note)) {
      expect(line.startsWith('::'), line).toBe(false);
      expect(line).not.toMatch(CONTROL);
    }
    const decode = (text: string): string => decodeURIComponent(text);
    for (const line of commands) {
      const m = /^::(error|warning|notice) file=([^:,]*),line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=([^:,]*)::([^\r]*)$/.exec(line);
      expect(m, line).not.toBeNull();
      // The true path and rule id of one of the findings, decoded back.
      expect(
        HOSTILE.some((d) => d.file === decode(m![2]!) && d.ruleId === decode(m![3]!)),
        line,
      ).toBe(true);
      expect(decode(m![4]!)).not.toMatch(CONTROL);
      expect(decode(m![4]!)).not.toContain('\n');
    }
  });

  it('junit: well-formed XML', async () => {
    const hostile: Diagnostic[] = [
      ...HOSTILE,
      { ...DIAGNOSTICS[0]!, message: 'lone \uD800 surrogate \uFFFE and ]]> <![CDATA[ & &amp;', file: 'x<y>&"\'.yaml' },
    ];
    const xml = await format('junit', hostile);
    expectWellFormed(xml);
    expect(xml).not.toMatch(CONTROL);
  });

  it('json and sarif: parse back to the same text', async () => {
    const json = JSON.parse(await format('json', HOSTILE)) as { diagnostics: { file: string; message: string }[] };
    expect(json.diagnostics.map((d) => [d.file, d.message])).toEqual(HOSTILE.map((d) => [d.file, d.message]));
    const sarif = JSON.parse(await format('sarif', HOSTILE)) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0]!.results.map((r) => r.message.text)).toEqual(HOSTILE.map((d) => d.message));
  });

  it('the job summary: every table row is one line with five cell borders, and no markup', () => {
    const names = ['x\n| injected | 9 | 9 | 9 |', 'y</code><img src=x>', 'z`|`'];
    const summary = buildSummary({
      diagnostics: HOSTILE.map((d, i) => ({ ...d, file: `${names[i % 3]}/${d.file}`, ruleId: i % 2 ? d.ruleId : `${d.ruleId}\n|x|` })),
      charts: 3,
      chartList: names.map((name) => ({ name, dir: name })),
      files: 3,
      configFile: undefined,
      configBaseline: undefined,
      internalErrors: [],
      fixes: [],
      inputFiles: [],
      lintedFiles: [],
    });
    const rows = summary.split('\n').filter((line) => line.startsWith('|'));
    expect(rows.length).toBeGreaterThan(4);
    for (const row of rows) expect(row.split('|'), row).toHaveLength(6);
    for (const line of summary.split('\n'))
      expect(line === '' || /^(\||## |\*\*|<details><summary>All \d+ findings<\/summary>$|<\/details>$)/.test(line), line).toBe(true);
    expect(rows.join('\n').replace(/<\/?code>/g, '')).not.toMatch(/[<>`*[\]]/);
    expect(summary).not.toMatch(CONTROL);
  });
});

describe('hostile text through the CLI', () => {
  // A folder name and a key with a line break, as a hostile pull request can hold them.
  const tree = () =>
    makeTree({
      'evil\n::error::forged/Chart.yaml': CHART('evil'),
      'evil\n::error::forged/values.yaml':
        'images:\n  tags:\n    "dep_check\\n::error::forged key": quay.io/a/b:latest\n    "x\\r::add-mask::y": nginx:latest\n  pull_policy: Always\n',
    });

  for (const format of ['stylish', 'compact', 'github', 'junit']) {
    it(`-f ${format}: findings are reported, and no line is a forged command`, () => {
      const cwd = tree();
      const run = runCli(['-f', format, '.'], { cwd });
      expect(run.status, run.stderr).toBe(1);
      const lines = run.stdout.split('\n');
      const own = format === 'github' ? lines.filter((line) => /^::(error|warning|notice) file=/.test(line)) : [];
      expect(lines.filter(isCommand)).toEqual(own);
      expect(run.stdout).not.toMatch(CONTROL);
      // A key holding a line break is not quoted in a path at all (src/common/secret-shape.ts).
      expect(run.stdout).toContain(format === 'junit' ? 'images.tags.&lt;key&gt;' : 'images.tags.<key>');
      if (format === 'github') {
        expect(own.length).toBeGreaterThan(0);
        for (const line of own) expect(line).toContain('file=evil%0A%3A%3Aerror%3A%3Aforged/values.yaml,');
      }
      if (format === 'compact') {
        for (const line of lines.filter(Boolean)) {
          expect(matches(line), line).toHaveLength(1);
          expect(matches(line)[0]!.file).toBe('evil\\n::error::forged/values.yaml');
        }
      }
      if (format === 'junit') expectWellFormed(run.stdout);
    });
  }
});
