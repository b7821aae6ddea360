/**
 * YAML written to break the linter: nesting deep enough to overflow a recursive parser, maps and merge
 * chains large enough to expose quadratic steps, broken lines that put a password where the parser quotes
 * its token, and line ends other than `\n`. Each is a located finding, and the run goes on.
 */
import { describe, expect, it } from 'vitest';
import { getPath, LineIndex, parseYamlValues, type YamlScalar } from '../src/sources/yaml.js';
import { runCli } from './helpers/cli.js';
import { makeTree } from './helpers/tree.js';

const LIMITS = { maxExpandedNodes: 100_000, maxNestingDepth: 256 };
const CHART = 'apiVersion: v2\nname: c\nversion: 0.1.0\n';

function blockNesting(depth: number): string {
  let text = '';
  for (let i = 0; i < depth; i++) text += `${' '.repeat(i)}k${i}:\n`;
  return `${text}${' '.repeat(depth)}v: 1\n`;
}

describe('nesting past the limit', () => {
  it.each([
    ['block', blockNesting(2000)],
    ['block with a syntax error after it', `${blockNesting(2000)}bad: [\n`],
    ['flow', `a: ${'['.repeat(3000)}${']'.repeat(3000)}\n`],
    ['flow with a syntax error after it', `a: ${'{x: '.repeat(3000)}1${'}'.repeat(3000)}\nb: [\n`],
    ['sequences', `${'- '.repeat(2000)}x\n`],
  ])('is one located finding for %s, not a crash', async (_name, text) => {
    const { root, problems } = await parseYamlValues(text, LIMITS);
    expect(root).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'NESTING_LIMIT', fatal: true });
    expect(problems[0]!.span.start).toBeGreaterThan(0);
  });

  it('counts the depth aliases add: a chain of 400 aliases, each nesting the one before', async () => {
    const lines = ['a0: &a0 [x]'];
    for (let i = 1; i < 400; i++) lines.push(`a${i}: &a${i} [*a${i - 1}]`);
    const { root, problems } = await parseYamlValues(lines.join('\n'), LIMITS);
    expect(root).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(['NESTING_LIMIT']);
  });

  it('does not count brackets in text: plain scalars, quotes, comments and block scalars', async () => {
    const brackets = '[[[['.repeat(100);
    const text = [
      `plain: a${brackets}`,
      `quoted: "${brackets}"`,
      `single: '${brackets}'`,
      `# ${brackets}`,
      'script: |',
      ...Array.from({ length: 300 }, (_, i) => `  ${' '.repeat(i % 7)}if [ -f x ]; then ${brackets}`),
      'after: 1',
    ].join('\n');
    const { root, problems } = await parseYamlValues(text, LIMITS);
    expect(problems).toEqual([]);
    expect((getPath(root, ['after']) as YamlScalar).value).toBe(1);
  });

  it('parses a document nested just under the limit', async () => {
    const { root, problems } = await parseYamlValues(blockNesting(250), LIMITS);
    expect(problems).toEqual([]);
    expect(root?.kind).toBe('map');
  });

  it('keeps the other files of the run reported', () => {
    const dir = makeTree({
      'deep/Chart.yaml': CHART,
      'deep/values.yaml': `${blockNesting(3000)}bad: [\n`,
      'other/Chart.yaml': CHART.replace('name: c', 'name: other'),
      'other/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/b:latest\n',
    });
    const run = runCli(['-f', 'compact', 'deep', 'other'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^deep\/values\.yaml:257:\d+: error: .*limits\.maxNestingDepth.*\[yaml\/syntax\]$/m);
    expect(run.stdout).toContain('other/values.yaml:3:');
  });
});

describe('large inputs stay linear', () => {
  it('finds duplicate keys among 40,000 keys of a file that also has a syntax error', async () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `key${i}: value${i}`);
    keys.push('key7: again', 'bad: [');
    const { problems } = await parseYamlValues(keys.join('\n'), LIMITS);
    expect(problems.filter((p) => p.code === 'DUPLICATE_KEY')).toHaveLength(1);
    expect(problems.some((p) => p.fatal)).toBe(true);
  });

  it('resolves a chain of 300 merge keys, each level adding one key', async () => {
    const lines = ['b0: &b0 {x0: 0}'];
    for (let i = 1; i < 300; i++) lines.push(`b${i}: &b${i}`, `  <<: *b${i - 1}`, `  x${i}: ${i}`);
    // A syntax error sends the file to the exact parser, the one whose alias lookup was quadratic.
    for (const text of [lines.join('\n'), `${lines.join('\n')}\nbroken: "`]) {
      const { root, problems } = await parseYamlValues(text, { ...LIMITS, maxExpandedNodes: 1_000_000 });
      if (problems.some((p) => p.fatal)) continue;
      expect((getPath(root, ['b299', 'x0']) as YamlScalar).value).toBe(0);
      expect((getPath(root, ['b299', 'x150']) as YamlScalar).value).toBe(150);
    }
  });
});

describe('syntax messages never quote the input', () => {
  const secret = 'Xq7vHostileYamlPlanted';
  const BROKEN: [string, string][] = [
    ['an indented first line', `  password: ${secret}\nother: 1\n`],
    ['a value starting with *', `password: *${secret}\n`],
    ['a value starting with !', `password: !${secret} x\n`],
    ['a value starting with |', `password: |${secret}\n`],
    ['a value starting with >', `a:\n  password: >${secret}\n b: 1\n`],
    ['a value starting with &', `password: &${secret}\n  x: [\n`],
    ['a value starting with %', `password: %${secret}\n`],
    ['a value starting with @', `password: @${secret}\n`],
    ['a value starting with `', `password: \`${secret}\n`],
    ['an unclosed quote', `password: "${secret}\nnext: 1\n`],
    ['a flow value left open', `password: [${secret}, {a: ${secret}\n`],
    ['a tab before the value', `a:\n\tpassword: ${secret}\n`],
    ['a bad escape', `password: "${secret}\\q"\n`],
    ['a key without a value', `${secret}\nnext: 1\n`],
    ['a duplicate key shaped like a secret', `Xq7vDupKey9: 1\nXq7vDupKey9: 2\n`],
    ['a tag on a mapping', `password: !!seq ${secret}\n`],
  ];

  it.each(BROKEN)('in the parser, for %s', async (_name, text) => {
    const { problems } = await parseYamlValues(text, LIMITS);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.message).not.toContain('Xq7v');
  });

  // Every broken file as an override of one chart: each is linted on its own, in one run per format.
  const dir = makeTree({
    'c/Chart.yaml': CHART,
    'c/values.yaml': 'a: 1\n',
    ...Object.fromEntries(BROKEN.map(([, text], i) => [`c/values_overrides/broken-${i}.yaml`, text])),
  });

  it.each(['compact', 'json', 'sarif', 'stylish', 'github', 'junit'])('in %s output, for every one of them', (format) => {
    const run = runCli(['-f', format, 'c'], { cwd: dir });
    for (let i = 0; i < BROKEN.length; i++) expect(run.stdout).toContain(`broken-${i}.yaml`);
    expect(run.stdout + run.stderr).not.toContain('Xq7v');
  });

  it.each(BROKEN.slice(0, 4))('through --stdin, for %s', (_name, text) => {
    const piped = runCli(['--stdin', '--stdin-filename', 'c/values.yaml', '-f', 'json'], { cwd: dir, input: text });
    expect(piped.stdout).toContain('yaml/syntax');
    expect(piped.stdout + piped.stderr).not.toContain('Xq7v');
  });
});

describe('line ends', () => {
  it('counts a lone \\r as a line end, like \\n and \\r\\n', () => {
    const lines = new LineIndex('a: 1\rb: 2\r\nc: 3\nd: 4');
    expect(lines.lineCount()).toBe(4);
    expect(lines.position(5)).toEqual({ line: 2, column: 1 });
    expect(lines.position(11)).toEqual({ line: 3, column: 1 });
    expect(lines.position(16)).toEqual({ line: 4, column: 1 });
  });

  it('reads a CR-only file line by line: findings at their lines, a suppression covers only the next line', () => {
    const text = [
      'images:',
      '  tags:',
      '    # chartlint-disable-next-line images/no-latest',
      '    a: quay.io/a/a:latest',
      '    b: quay.io/a/b:latest',
      '    Xq7vNotARule: quay.io/a/c:1.0',
    ].join('\r');
    const dir = makeTree({ 'c/Chart.yaml': CHART, 'c/values.yaml': `${text}\r` });
    const run = runCli(['-f', 'json', 'c'], { cwd: dir });
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { ruleId: string; line: number; message: string }[] };
    const latest = diagnostics.filter((d) => d.ruleId === 'images/no-latest');
    expect(latest.map((d) => d.line)).toEqual([5]);
    expect(diagnostics.some((d) => d.ruleId === 'chartlint/unused-disable')).toBe(false);
    expect(run.stdout).not.toContain('Xq7v');
  });
});
