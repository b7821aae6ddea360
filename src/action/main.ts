/**
 * The GitHub Action (action.yml): inputs from INPUT_* variables, findings as annotations (or through the
 * problem matcher), a Markdown summary, outputs, an optional SARIF file, and the exit code `fail-on` asks.
 * Bundled into action/dist/index.js so the runner needs no install step.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type LintResult } from '../lint.js';
import type { Diagnostic } from '../common/diagnostic.js';
import { CONFIG_ERROR_RULE_ID, ConfigError, UsageError } from '../common/errors.js';
import { CONFIG_NAMES } from '../config/load.js';
import { markdownCell, workflowData } from '../formatters/escape.js';
import { loadFormatter } from '../formatters/index.js';
import type { FormatContext } from '../formatters/types.js';
import { changedFiles, GitError } from '../git.js';
import { OutputError, writeOutput } from '../common/output-file.js';
import { useBaseline } from '../baseline/use.js';
import { withDependents } from '../sources/dependents.js';
import { chartsOfFiles } from '../sources/owner.js';
import { buildSummary } from './summary.js';
import { GRAPH_RULE } from '../entrypoint/graph-summary.js';

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
  const maxWarningsInput = input('max-warnings');
  const maxWarnings = maxWarningsInput === '' ? undefined : Number(maxWarningsInput);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0))
    return fatal(`max-warnings must be a whole number of 0 or more, not "${maxWarningsInput}".`);
  const format = input('format') || 'github';
  const formatter = await loadFormatter(format === 'compact' ? 'compact' : format);
  if (!formatter) return fatal(`unknown format "${format}".`);

  // One path a line (a path may hold spaces); a single line may list several, separated by spaces.
  const rawPaths = input('paths');
  let paths = (rawPaths.includes('\n') ? rawPaths.split(/\r?\n/) : rawPaths.split(/\s+/)).map((p) => p.trim()).filter(Boolean);
  if (paths.length === 0) paths = ['.'];
  const sarifFile = input('sarif-file');
  // What the event's commits changed: the charts to lint with only-changed, and the annotations to show first.
  const changes = eventChanges();
  const changedFiles = 'files' in changes ? new Set(changes.files.map((file) => toWorkspacePath(file))) : undefined;
  if (input('only-changed') === 'true') {
    const changed = await changedCharts(paths, input('config'), changes);
    if ('warning' in changed) process.stdout.write(`::warning title=chartlint::${workflowData(changed.warning)}\n`);
    if ('charts' in changed) {
      if (changed.charts.length === 0) {
        // The upload-sarif step after this one needs its file on every pull request, also one that lints nothing.
        if (sarifFile) {
          const written = await writeSarif(workspace, sarifFile, [], { colorLevel: 0, charts: 0, files: 0 }, []);
          if (written !== undefined) return written;
        }
        return finish(undefined, failOn, maxWarnings, 'No chart changed in this pull request or push.');
      }
      paths = changed.charts;
    }
  }

  let result: LintResult;
  try {
    result = await lint({
      paths,
      configFile: input('config') || undefined,
      render: input('render') === 'true',
      values: lines(input('values')),
      set: lines(input('set')),
      // For the job summary's dependency graph.
      collect: [GRAPH_RULE],
    });
  } catch (error) {
    if (error instanceof ConfigError) return configFailure(error, workspace, sarifFile);
    if (error instanceof UsageError) return fatal(error.message);
    throw error;
  }
  // The baseline input, else the config's baseline: only findings it does not hold are reported.
  const baselined = useBaseline(input('baseline') || undefined, false, result, workspace);
  if ('problem' in baselined) return fatal(baselined.problem);
  result = { ...result, diagnostics: baselined.kept, suppressed: [...result.suppressed, ...baselined.held] };

  const context: FormatContext = {
    colorLevel: 0,
    charts: result.charts,
    files: result.files,
    suppressed: result.suppressed,
    ...(changedFiles ? { changedFiles } : {}),
  };
  if (format === 'compact') {
    // The matcher turns compact lines into annotations; registered for this step's output only.
    const matcher = fileURLToPath(new URL('../../.github/chartlint-problem-matcher.json', import.meta.url));
    process.stdout.write(
      `::add-matcher::${matcher}\n${formatter(result.diagnostics, context)}::remove-matcher owner=chartlint::\n::remove-matcher owner=chartlint-info::\n`,
    );
  } else {
    process.stdout.write(formatter(result.diagnostics, context));
  }
  if (sarifFile) {
    const written = await writeSarif(workspace, sarifFile, result.diagnostics, context, result.inputFiles);
    if (written !== undefined) return written;
  }
  return finish(result, failOn, maxWarnings, baselined.note);
}

/**
 * A config that cannot be used is no lint failure (exit 2, as documented), but the pull request still gets
 * its SARIF file (one result, at the config's line), an annotation there, the outputs and the summary.
 */
async function configFailure(error: ConfigError, workspace: string, sarifFile: string): Promise<number> {
  const file = error.file ?? configFileOf(workspace, input('config'));
  const line = error.line ?? 1;
  const column = error.column ?? 1;
  const diagnostic: Diagnostic = {
    file: file ? toWorkspacePath(file) : CONFIG_NAMES[0]!,
    line,
    column,
    endLine: line,
    endColumn: column,
    ruleId: CONFIG_ERROR_RULE_ID,
    severity: 'error',
    message: `The config cannot be used, so nothing was linted: ${error.problem}`,
    messageId: 'invalid',
  };
  const context: FormatContext = { colorLevel: 0, charts: 0, files: 0 };
  const github = await loadFormatter('github');
  process.stdout.write(github!([diagnostic], context));
  if (sarifFile) {
    const written = await writeSarif(workspace, sarifFile, [diagnostic], context, file ? [file] : []);
    if (written !== undefined) return written;
  }
  setOutput('errors', 1);
  setOutput('warnings', 0);
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) {
    const where = `<code>${markdownCell(`${diagnostic.file}:${line}:${column}`)}</code>`;
    appendFileSync(
      summary,
      buildSummary(undefined, `**The config is broken**, so nothing was linted: ${where}: ${markdownCell(error.problem)}`),
    );
  }
  return 2;
}

/** The config file a run would use: the `config` input, else the nearest `.chartlint.yaml` at or above the workspace. */
function configFileOf(workspace: string, configInput: string): string | undefined {
  if (configInput) return path.resolve(workspace, configInput);
  for (let dir = workspace; ; dir = path.dirname(dir)) {
    const found = CONFIG_NAMES.map((name) => path.join(dir, name)).find((candidate) => existsSync(candidate));
    if (found || path.dirname(dir) === dir) return found;
  }
}

/** An absolute path as findings name files: relative to the working folder, `/`-separated. */
function toWorkspacePath(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

/** Writes the SARIF file and its output; an exit code when it cannot be written. */
async function writeSarif(
  workspace: string,
  sarifFile: string,
  diagnostics: Diagnostic[],
  context: FormatContext,
  inputFiles: LintResult['inputFiles'],
): Promise<number | undefined> {
  const sarif = await loadFormatter('sarif');
  try {
    // Never through a symbolic link, never over a file the run read (output-file.ts).
    writeOutput(path.resolve(workspace, sarifFile), sarif!(diagnostics, context), inputFiles);
  } catch (error) {
    if (error instanceof OutputError) return fatal(`sarif-file: ${error.message}`);
    throw error;
  }
  setOutput('sarif-file', sarifFile);
  return undefined;
}

function finish(result: LintResult | undefined, failOn: FailOn, maxWarnings: number | undefined, note?: string): number {
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
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    process.stdout.write(`::error title=chartlint::${workflowData(`${warnings} warnings, more than max-warnings ${maxWarnings}`)}\n`);
    return 1;
  }
  return 0;
}

/** An input of one item a line (values files, --set pairs). */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The files (absolute) the event's commits change; or no range to compare; or why git could not say. */
type EventChanges = { files: string[] } | { noRange: true } | { gitError: string };

/**
 * What the event's commits change. There is no range for a manual run or a branch's first push, or
 * without a readable event file; git cannot say when the history does not hold the range (a shallow
 * checkout, a force-push).
 */
function eventChanges(): EventChanges {
  const eventPath = process.env.GITHUB_EVENT_PATH;
  if (!eventPath) return { noRange: true };
  let event: { pull_request?: { base?: { sha?: string }; head?: { sha?: string } }; before?: string; after?: string };
  try {
    event = JSON.parse(readFileSync(eventPath, 'utf8')) as typeof event;
  } catch {
    return { noRange: true };
  }
  const base = event?.pull_request?.base?.sha ?? event?.before;
  const head = event?.pull_request?.head?.sha ?? event?.after;
  if (typeof base !== 'string' || typeof head !== 'string' || /^0+$/.test(base)) return { noRange: true };
  try {
    return { files: changedFiles(base, process.cwd(), head) };
  } catch (error) {
    if (error instanceof GitError) return { gitError: error.message };
    throw error;
  }
}

type ChangedCharts = { charts: string[] } | { all: true } | { all: true; warning: string };

/**
 * The charts under `paths` that the event's commits touch. Everything is linted when the event names no
 * range, when the config changed (it can change any finding), and, with a warning, when the history does
 * not hold the range: never a failed step for what the checkout lacks. A changed library chart brings the
 * charts that depend on it.
 */
async function changedCharts(paths: readonly string[], configInput: string, changes: EventChanges): Promise<ChangedCharts> {
  if ('noRange' in changes) return { all: true };
  if ('gitError' in changes) {
    const warning = `only-changed: ${changes.gitError}; linting every chart instead (actions/checkout with fetch-depth: 0 keeps the history)`;
    return { all: true, warning };
  }
  const all = changes.files;
  const config = configInput ? path.resolve(configInput) : undefined;
  if (all.some((file) => file === config || /^\.chartlint\.ya?ml$/.test(path.basename(file)))) return { all: true };
  const roots = paths.map((p) => path.resolve(p));
  const files = all.filter((file) => roots.some((root) => file === root || file.startsWith(root + path.sep)));
  // A library chart's change is a change to every chart that depends on it.
  return { charts: await withDependents(chartsOfFiles(files), paths) };
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
