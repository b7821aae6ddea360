/**
 * `chartlint explain RULE`: the rule's doc page in the terminal (what it catches, why it matters, examples,
 * options), headed by its severity in each profile and whether it fixes, and closed by how to suppress it.
 * A family (`images`) lists its rules; an unknown id gets the nearest one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closest } from '../common/closest.js';
import { ruleDocUrl } from '../common/rule-docs.js';
import { visible } from '../formatters/escape.js';
import type { CommandIo } from './io.js';
import { PLAIN_STYLE, renderMarkdown, type TerminalStyle } from './terminal-markdown.js';

export const EXPLAIN_HELP = `Usage: chartlint explain RULE [--no-color]

Prints the doc page of RULE (for example images/no-latest): what it catches, why it
matters, examples, its options and how to suppress it. A family (images) lists its rules.`;

const OPTIONS = {
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export async function runExplain(argv: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return io.usage(`explain: ${(error as Error).message}`);
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) return io.print(`${EXPLAIN_HELP}\n`);
  if (positionals.length !== 1) return io.usage('explain takes one rule id, for example: chartlint explain images/no-latest');
  const id = positionals[0]!;

  const [{ allRules }, { PROFILE_NAMES, profileSetting }, { docsRoot }] = await Promise.all([
    import('../../rules/index.js'),
    import('../config/profiles.js'),
    import('../formatters/rule-docs.js'),
  ]);
  const rule = allRules.find((candidate) => candidate.id === id);
  if (!rule) {
    const family = allRules.filter((candidate) => candidate.id.startsWith(`${id.replace(/\/\*?$/, '')}/`));
    if (family.length > 0) return io.print(`${family.map((r) => `${r.id.padEnd(40)} ${r.meta.description}`).join('\n')}\n`);
    const near = closest(
      id,
      allRules.map((candidate) => candidate.id),
      Math.max(2, Math.floor(id.length / 4)),
    );
    return io.usage(`explain: no rule "${visible(id)}"${near ? `; did you mean ${near}?` : ''} (chartlint --list-rules lists them)`);
  }

  const root = docsRoot(rule.id);
  let doc: string;
  try {
    if (!root) throw new Error('no rules folder');
    doc = readFileSync(path.join(root, `${rule.id}.md`), 'utf8');
  } catch {
    doc = `# ${rule.id}\n\n${rule.meta.description}\n\n(The doc page was not found beside chartlint: ${ruleDocUrl(rule.id)})`;
  }
  const fixable = 'fixable' in rule.meta && Boolean(rule.meta.fixable);
  const severities = PROFILE_NAMES.map((name) => `${name.replace(/^chartlint:/, '')} ${profileSetting(rule, name).severity}`).join(', ');
  const header = [
    `- Severity by profile: ${severities}.`,
    `- Fixable: ${fixable ? 'yes (only edits that keep the meaning)' : 'no'}.`,
    `- Doc page: ${ruleDocUrl(rule.id)}`,
  ].join('\n');
  const suppress = [
    '## How to suppress it',
    '',
    `- One finding: put \`# chartlint-disable-next-line ${rule.id} -- why\` on the line above it, or \`# chartlint-disable-line ${rule.id}\` at the end of its line.`,
    `- A whole file: \`# chartlint-disable-file ${rule.id}\` anywhere in it.`,
    `- Everywhere, or for some paths: \`rules: { ${rule.id}: off }\` in .chartlint.yaml, or the same under \`overrides:\` with \`files:\` globs.`,
  ].join('\n');
  const [title, ...body] = doc.replace(/\r\n?/g, '\n').split('\n');
  const markdown = `${title}\n\n${header}\n\n${body.join('\n').trim()}\n\n${suppress}\n`;
  return io.print(renderMarkdown(markdown, await styleFor(flags['no-color'] ? 0 : await io.colorLevel())));
}

async function styleFor(level: 0 | 1 | 2 | 3): Promise<TerminalStyle> {
  const width = Math.min(process.stdout.columns || PLAIN_STYLE.width, 120);
  if (level === 0) return { ...PLAIN_STYLE, width };
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  return { width, heading: (text) => chalk.bold.underline(text), code: (text) => chalk.cyan(text) };
}
