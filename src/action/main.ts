/**
 * The GitHub Action (action.yml): inputs from INPUT_* variables, findings as annotations (or through the
 * problem matcher), a Markdown summary, outputs, an optional SARIF file, and the exit code `fail-on` asks.
 * Bundled into action/dist/index.js so the runner needs no install step.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type LintResult } from '../lint.js';
import type { Diagnostic } from '../common/diagnostic.js';
import { ConfigError, UsageError } from '../common/errors.js';
import { workflowData } from '../formatters/escape.js';
import { loadFormatter } from '../formatters/index.js';
import { changedFiles, GitError } from '../git.js';
import { OutputError, writeOutput } from '../output-file.js';
import { chartsOfFiles } from '../sources/owner.js';
import { buildSummary } from './summary.js';

type FailOn = 'error' | 'warning' | 'never';

function input(name: string): string {
  return (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
}

function setOutput(name: string, value: string | number): void {
  const file = process.env.GITHUB_OUTPUT;
  if (file) appendFileSync(file, `${name}=${value}\n`);
}

async function main(): Promise<number> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  process.chdir(workspace);
  const failOn = (input('fail-on') || 'error') as FailOn;
  if (!['error', 'warning', 'never'].includes(failOn)) return fatal(`fail-on must be error, warning or never, not "${failOn}".`);
  const format = input('format') || 'github';
  const formatter = await loadFormatter(format === 'compact' ? 'compact' : format);
  if (!formatter) return fatal(`unknown format "${format}".`);

  let paths = input('paths').split(/\s+/).filter(Boolean);
  if (paths.length === 0) paths = ['.'];
  if (input('only-changed') === 'true') {
    const changed = changedCharts(paths);
    if (typeof changed === 'string') return fatal(changed);
    if (changed !== undefined) {
      if (changed.length === 0) return finish(undefined, failOn, 'No chart changed in this pull request or push.');
      paths = changed;
    }
  }

  let result: LintResult;
  try {
    result = await lint({ paths, configFile: input('config') || undefined, render: input('render') === 'true' });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) return fatal(error.message);
    throw error;
  }

  const context = { colorLevel: 0 as const, charts: result.charts, files: result.files };
  if (format === 'compact') {
    // The matcher turns compact lines into annotations; registered for this step's output only.
    const matcher = fileURLToPath(new URL('../../.github/chartlint-problem-matcher.json', import.meta.url));
    process.stdout.write(
      `::add-matcher::${matcher}\n${formatter(result.diagnostics, context)}::remove-matcher owner=chartlint::\n::remove-matcher owner=chartlint-info::\n`,
    );
  } else {
    process.stdout.write(formatter(result.diagnostics, context));
  }
  const sarifFile = input('sarif-file');
  if (sarifFile) {
    const sarif = await loadFormatter('sarif');
    try {
      // Never through a symbolic link, never over a file the run read (output-file.ts).
      writeOutput(path.resolve(workspace, sarifFile), sarif!(result.diagnostics, context), result.inputFiles);
    } catch (error) {
      if (error instanceof OutputError) return fatal(`sarif-file: ${error.message}`);
      throw error;
    }
    setOutput('sarif-file', sarifFile);
  }
  return finish(result, failOn);
}

function finish(result: LintResult | undefined, failOn: FailOn, note?: string): number {
  const diagnostics: Diagnostic[] = result?.diagnostics ?? [];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  setOutput('errors', errors);
  setOutput('warnings', warnings);
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) appendFileSync(summary, buildSummary(result, note));
  if (note) process.stdout.write(`${note}\n`);
  if (failOn === 'error' && errors > 0) return 1;
  if (failOn === 'warning' && errors + warnings > 0) return 1;
  return 0;
}

/**
 * The charts under `paths` that the event's commits touch; undefined when the event names no range (a
 * manual run, or a branch's first push): then everything is linted.
 */
function changedCharts(paths: readonly string[]): string[] | string | undefined {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (!eventPath) return undefined;
  const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
    pull_request?: { base?: { sha?: string }; head?: { sha?: string } };
    before?: string;
    after?: string;
  };
  const base = event.pull_request?.base?.sha ?? event.before;
  const head = event.pull_request?.head?.sha ?? event.after;
  if (!base || !head || /^0+$/.test(base)) return undefined;
  try {
    const roots = paths.map((p) => path.resolve(p));
    const files = changedFiles(base, process.cwd(), head).filter((file) =>
      roots.some((root) => file === root || file.startsWith(root + path.sep)),
    );
    return chartsOfFiles(files);
  } catch (error) {
    if (error instanceof GitError) return `only-changed: ${error.message} (check out the history: actions/checkout with fetch-depth: 0)`;
    throw error;
  }
}

function fatal(message: string): number {
  process.stdout.write(`::error title=chartlint::${workflowData(message)}\n`);
  return 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stdout.write(`::error title=chartlint::${workflowData(`internal error: ${(error as Error).message}`)}\n`);
    process.exitCode = 2;
  },
);
