/**
 * `chartlint init [DIR] [--pre-commit] [--workflow] [--force] [--stdout]`: surveys the repository and writes
 * a commented .chartlint.yaml for it; with --pre-commit and --workflow also the hook config and a workflow,
 * each only where no such file exists (an existing one is never edited: the snippet is printed instead).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_NAMES } from '../config/load.js';
import { REPOSITORY } from '../common/rule-docs.js';
import { VERSION } from '../common/version.js';
import { configText, foundText, preCommitSnippet, workflowSnippet } from '../init/config-text.js';
import { surveyRepository, type RepositorySurvey } from '../init/survey.js';
import type { CommandIo } from './io.js';

const OPTIONS = {
  'pre-commit': { type: 'boolean', default: false },
  workflow: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  stdout: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export const INIT_HELP = `Usage: chartlint init [DIR] [--pre-commit] [--workflow] [--force] [--stdout]

Writes a commented .chartlint.yaml for the repository in DIR (default: the current folder),
from what it finds there: the charts, the helm-toolkit ones, an umbrella chart with region
charts, vendored sub-charts and the registries the images come from.

  --pre-commit   Also write .pre-commit-config.yaml with the chartlint hook (if there is none)
  --workflow     Also write .github/workflows/chartlint.yml (if there is none)
  --force        Replace an existing .chartlint.yaml
  --stdout       Print the config instead of writing it`;

export async function runInit(argv: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return io.usage(`init: ${(error as Error).message}`);
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) return io.print(`${INIT_HELP}\n`);
  if (positionals.length > 1) return io.usage('init takes one folder');
  const root = path.resolve(positionals[0] ?? '.');
  if (!existsSync(root)) return io.usage(`init: ${positionals[0]} does not exist`);

  const survey = await surveyRepository(root);
  const text = configText(survey, schemaReference(root), VERSION);
  if (flags.stdout) return io.print(text);

  const existing = CONFIG_NAMES.map((name) => path.join(root, name)).find((file) => existsSync(file));
  if (existing && !flags.force)
    return io.fail(`init: ${path.basename(existing)} exists already; --force replaces it, --stdout prints the new one`);
  const target = existing ?? path.join(root, CONFIG_NAMES[0]!);
  writeAtomically(target, text);
  const lines = [`Wrote ${display(target)}: found ${foundText(survey)}`];

  if (flags['pre-commit']) lines.push(writeOnce(root, '.pre-commit-config.yaml', preCommitSnippet(VERSION), 'chartlint/chartlint'));
  if (flags.workflow)
    lines.push(writeOnce(root, '.github/workflows/chartlint.yml', workflowSnippet(VERSION, chartsFolder(survey)), undefined));
  return io.print(`${lines.join('\n')}\n`);
}

/** The schema for the editor modeline: the installed package's copy when there is one, else the release's. */
function schemaReference(root: string): string {
  const local = path.join(root, 'node_modules/chartlint/schemas/config.schema.json');
  if (existsSync(local)) return './node_modules/chartlint/schemas/config.schema.json';
  return `${REPOSITORY.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/v${VERSION}/schemas/config.schema.json`;
}

/** Writes `file` under `root` unless it exists; then says what to add (or that it is there already). */
function writeOnce(root: string, file: string, snippet: string, presentWhen: string | undefined): string {
  const target = path.join(root, file);
  if (!existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, snippet.replace(/^# [^\n]*\n/, ''), { flag: 'wx' });
    return `Wrote ${display(target)}.`;
  }
  if (presentWhen && readFileSync(target, 'utf8').includes(presentWhen)) return `${file} runs chartlint already; left alone.`;
  return `${file} exists already and was left alone; add this to it:\n\n${snippet}`;
}

/** Temp file beside the target, then rename: a reader never sees half a config. */
function writeAtomically(target: string, text: string): void {
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text, { flag: 'wx' });
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** The one folder all charts sit in (`charts`), for the workflow's `paths`; `.` when there is none. */
function chartsFolder(survey: RepositorySurvey): string {
  const tops = new Set(survey.charts.map((dir) => (dir.includes('/') ? dir.split('/')[0]! : '.')));
  return tops.size === 1 && !tops.has('.') ? [...tops][0]! : '.';
}

/** A path as the user would type it from here: relative inside the working folder, else absolute. */
function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
