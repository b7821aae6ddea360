#!/usr/bin/env node
/**
 * argv -> lint() -> formatter -> exit code (0 clean, 1 errors or too many warnings, 2 usage/config/internal).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CommandIo } from './commands/io.js';
import type { LintOptions, LintResult } from './lint.js';
import { closest } from './common/closest.js';
import type { Diagnostic } from './common/diagnostic.js';
import { ConfigError, UsageError } from './common/errors.js';
import { visible } from './formatters/escape.js';
import { FORMAT_NAMES, loadFormatter, type Formatter } from './formatters/index.js';
import { VERSION } from './common/version.js';
import { checkOutput, OutputError, writeOutput } from './common/output-file.js';

const HELP = `Usage: chartlint [options] [CHART_DIR | CHARTS_DIR | FILE ...]
       chartlint init [DIR]     Write a commented .chartlint.yaml for the repository (init --help)
       chartlint explain RULE   Show a rule's doc page (explain --help)
       chartlint graph [--format mermaid|dot|json|svg] [options] PATHS...

Lints Helm charts in the OpenStack-Helm style: every chart found below the paths
(default: the current folder), its values.yaml and override files, and with --render
or --manifests the rendered manifests.

Options:
  -f, --format NAME      Output format: ${FORMAT_NAMES.join(', ')} (default: stylish)
  -c, --config FILE      Use this config instead of the nearest .chartlint.yaml
      --values FILE      Lint FILE as an override of the charts given (repeatable)
      --region-values F  Lint F as region values: where secrets belong (repeatable)
      --render           Also render each chart with helm template and lint the manifests
      --set KEY=VALUE    helm --set for --render (repeatable)
      --debug            With --render: show helm's own message of a failed render, scrubbed
                         of every sensitive value helm was given
      --helm PATH        The helm to run (else helm.binary, CHARTLINT_HELM, or helm on PATH)
      --release-name N   Release name for --render (default: each chart's name, made valid
                         for helm: lowercase, [a-z0-9-], at most 53 characters)
      --namespace NS     Namespace for --render (default: default)
      --manifests PATH   Lint rendered manifest streams: a file, a folder of them, or - for stdin
                         (repeatable)
      --whole-charts     Lint the whole chart of each file named (as the pre-commit hook does)
      --changed-since REF
                         Lint only the charts with files changed since the git REF: from
                         where HEAD forked from REF (their merge-base, as git diff REF...),
                         committed or not, and new untracked files
      --stdin            Read the file to lint from standard input (with --stdin-filename)
      --stdin-filename P Lint standard input as if it were the file P, in its chart's context
  -o, --output [FMT:]FILE
                         Also write the findings to FILE, in FMT or the format its name implies
                         (.sarif sarif, .json json, .xml junit, else compact) (repeatable)
      --baseline FILE    Report only the findings FILE does not hold (else the config's baseline:)
      --write-baseline FILE
                         Record every finding of this run in FILE and exit 0 (entries of files
                         this run did not lint are kept)
      --prune-baseline   With a baseline: rewrite it without the entries that no longer occur
      --fix              Apply the fixes that keep meaning identical (see --list-rules) to the
                         files, then report the findings left; not with --render or stdin
      --fix-dry-run      Print the unified diff --fix would apply, write nothing, and report
                         the findings left after fixing
  -q, --quiet            Report errors only
      --max-warnings N   Exit 1 when there are more than N warnings
      --list-rules       List every rule with its severity in each profile (recommended,
                         openstack-helm, strict) and whether it fixes, then exit; with
                         -f json, a JSON array that also gives each rule's doc URL
      --cache            Reuse the findings of unchanged files from the last run
  -j, --jobs N           Threads to lint with (default: one; with 4 or more cores, more for large runs)
      --no-color         Plain output (NO_COLOR and FORCE_COLOR are honoured too)
  -h, --help             Show this help
  -v, --version          Show the version

A first argument init or explain is the command; lint a folder of that name as ./init.

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage, config or internal error.`;

const OPTIONS = {
  format: { type: 'string', short: 'f', default: 'stylish' },
  config: { type: 'string', short: 'c' },
  values: { type: 'string', multiple: true, default: [] },
  'region-values': { type: 'string', multiple: true, default: [] },
  render: { type: 'boolean', default: false },
  set: { type: 'string', multiple: true, default: [] },
  debug: { type: 'boolean', default: false },
  helm: { type: 'string' },
  'release-name': { type: 'string' },
  namespace: { type: 'string' },
  manifests: { type: 'string', multiple: true, default: [] },
  'whole-charts': { type: 'boolean', default: false },
  'changed-since': { type: 'string' },
  stdin: { type: 'boolean', default: false },
  'stdin-filename': { type: 'string' },
  output: { type: 'string', short: 'o', multiple: true, default: [] },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'prune-baseline': { type: 'boolean', default: false },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  quiet: { type: 'boolean', short: 'q', default: false },
  'max-warnings': { type: 'string' },
  'list-rules': { type: 'boolean', default: false },
  'no-color': { type: 'boolean', default: false },
  jobs: { type: 'string', short: 'j' },
  cache: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const satisfies ParseArgsConfig['options'];

const GRAPH_HELP = `Usage: chartlint graph [options] [CHART_DIR | CHARTS_DIR ...]

Prints the kubernetes-entrypoint dependency graph of the charts rendered together
(--render) or the manifest streams given (--manifests): every workload, each of its
dependencies resolved against the set; unresolved edges dashed, cycles in red.

Options:
  -f, --format NAME      mermaid (default), dot, json, or svg (dot through Graphviz's dot,
                         which must be on PATH: Debian package graphviz)
  -c, --config FILE      Use this config instead of the nearest .chartlint.yaml (the
                         entrypoint/unresolved-dependency option external marks the
                         dependencies expected from outside the set)
      --render           Render each chart with helm template (needed for charts)
      --values FILE      helm --values for --render (repeatable)
      --set KEY=VALUE    helm --set for --render (repeatable)
      --helm PATH        The helm to run
      --release-name N   Release name for --render
      --namespace NS     Where objects without a namespace are (default: default)
      --manifests PATH   Rendered manifest streams: a file, a folder of them, or - for stdin
  -j, --jobs N           Threads to read the streams with
  -h, --help             Show this help`;

const GRAPH_OPTIONS = {
  format: { type: 'string', short: 'f', default: 'mermaid' },
  config: { type: 'string', short: 'c' },
  values: { type: 'string', multiple: true, default: [] },
  render: { type: 'boolean', default: false },
  set: { type: 'string', multiple: true, default: [] },
  helm: { type: 'string' },
  'release-name': { type: 'string' },
  namespace: { type: 'string' },
  manifests: { type: 'string', multiple: true, default: [] },
  jobs: { type: 'string', short: 'j' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

const GRAPH_FORMATS = ['mermaid', 'dot', 'json', 'svg'];

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

/** Subcommands, by their first argument; each module is loaded only when its command runs. */
const COMMANDS: Record<string, () => Promise<(argv: string[], io: CommandIo) => Promise<number>>> = {
  init: async () => (await import('./commands/init.js')).runInit,
  explain: async () => (await import('./commands/explain.js')).runExplain,
};

const COMMAND_IO: CommandIo = { print, usage, fail, colorLevel: terminalColorLevel };

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'graph') return graph(argv.slice(1));
  const command = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]] : undefined;
  if (command) return (await command())(argv.slice(1), COMMAND_IO);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usage(unknownOption(argv) ?? (error as Error).message);
  }
  const { values: flags, positionals } = parsed;

  if (flags.help) return print(`${HELP}\n`);
  if (flags.version) return print(`${VERSION}\n`);
  if (flags['list-rules']) {
    if (flags.format !== 'stylish' && flags.format !== 'json') return usage('--list-rules prints a table, or JSON with -f json');
    return print(await listRules(flags.format === 'json'));
  }

  const formatter = await loadFormatter(flags.format);
  if (!formatter) return usage(`unknown format "${flags.format}"; choose one of ${FORMAT_NAMES.join(', ')}`);
  const maxWarnings = flags['max-warnings'] === undefined ? undefined : Number(flags['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    return usage('--max-warnings takes a whole number, 0 or more');
  }

  const manifests = flags.manifests;
  const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) return usage('--jobs takes a whole number, 1 or more');
  if (flags.stdin !== (flags['stdin-filename'] !== undefined)) return usage('--stdin and --stdin-filename go together');
  // An empty name (or a folder) would lint the files on disk instead of standard input.
  if (flags['stdin-filename'] === '') return usage('--stdin-filename needs the path of the file standard input stands for');
  if (flags['stdin-filename'] !== undefined && statSync(flags['stdin-filename'], { throwIfNoEntry: false })?.isDirectory()) {
    return usage(`--stdin-filename names a folder (${flags['stdin-filename']}); give the path of the file standard input stands for`);
  }
  const fixing = flags.fix || flags['fix-dry-run'];
  if (flags.fix && flags['fix-dry-run']) return usage('--fix writes the fixes, --fix-dry-run only shows them: give one');
  // Standard input has no file to write back, and a render's findings come from the values as they were read.
  if (fixing && (flags.stdin || manifests.includes('-'))) return usage('--fix and --fix-dry-run fix files: not standard input');
  if (fixing && flags.render) return usage('--fix and --fix-dry-run do not go with --render: fix first, then lint with --render');
  const outputs = [];
  // The files named on the command line are refused as report targets before the run; the rest of
  // what the run reads is refused when the reports are written.
  const named = [...positionals, ...flags.values, ...flags['region-values'], ...manifests, ...(flags.config ? [flags.config] : [])];
  for (const spec of flags.output) {
    const output = await resolveOutput(spec, named);
    if (typeof output === 'string') return usage(output);
    outputs.push(output);
  }
  // With only --manifests, no chart folder is implied.
  let paths = positionals.length || manifests.length ? positionals : ['.'];
  if (flags['changed-since'] !== undefined) {
    const changed = await changedCharts(flags['changed-since'], paths, flags.config);
    if (typeof changed === 'string') return usage(changed);
    if (changed.length === 0 && manifests.length === 0) return print(`No chart changed since ${flags['changed-since']}.\n`);
    paths = changed;
  } else if (flags['whole-charts']) {
    // The hook's way: the files it is given name their charts. The config changes every chart's findings:
    // with it among them, every chart is linted; a library chart brings the charts that depend on it.
    const [{ chartsOfFiles }, { withDependents }] = await Promise.all([import('./sources/owner.js'), import('./sources/dependents.js')]);
    paths = paths.some(isConfigFile)
      ? ['.']
      : await withDependents(chartsOfFiles(paths.filter((p) => !isConfigFile(p)).map((p) => path.resolve(p))), ['.']);
  }
  const lintOptions = {
    paths,
    configFile: flags.config,
    values: flags.values,
    regionValues: flags['region-values'],
    render: flags.render,
    set: flags.set,
    debug: flags.debug,
    helm: flags.helm,
    releaseName: flags['release-name'],
    namespace: flags.namespace,
    manifests,
    jobs,
    cache: flags.cache,
    // Read by the engine, no further than limits.maxFileBytes.
    stdinStream: manifests.includes('-') || flags.stdin ? process.stdin : undefined,
    stdinFilename: flags['stdin-filename'],
    fix: fixing,
  };
  let result = await lintOrExit(lintOptions);
  if (typeof result === 'number') return result;
  if (fixing) {
    const { applyFixes } = await import('./fix/apply.js');
    const roots = [...paths, ...flags.values, ...flags['region-values'], ...manifests].map((p) => path.resolve(p));
    const { notWritten } = applyFixes(result.fixes, {
      write: flags.fix,
      roots,
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t),
    });
    // The findings shown are those of the files as they are now: for a file left alone, its own.
    if (notWritten > 0) result = await lintOrExit({ ...lintOptions, fix: false });
    if (typeof result === 'number') return result;
  }

  const { recordBaseline, useBaseline } = await import('./baseline/use.js');
  if (flags['write-baseline'] !== undefined) {
    const recorded = recordBaseline(flags['write-baseline'], result, process.cwd());
    if ('problem' in recorded) return fail(recorded.problem);
    process.stderr.write(`chartlint: ${recorded.note}\n`);
    return EXIT_OK;
  }
  const baselined = useBaseline(flags.baseline, flags['prune-baseline'], result, process.cwd());
  if ('problem' in baselined) return fail(baselined.problem);
  if (baselined.note) process.stderr.write(`chartlint: ${baselined.note}\n`);
  const reported = baselined.kept;
  const shown: Diagnostic[] = flags.quiet ? reported.filter((d) => d.severity === 'error') : reported;
  // SARIF and JSON carry the suppressed findings too (no format counts them); --quiet keeps the errors.
  const allSuppressed = [...result.suppressed, ...baselined.held];
  const suppressed = flags.quiet ? allSuppressed.filter((d) => d.severity === 'error') : allSuppressed;
  const context = { charts: result.charts, files: result.files, suppressed };
  const colorLevel = flags['no-color'] || flags.format !== 'stylish' ? 0 : await terminalColorLevel();
  process.stdout.write(formatter(shown, { ...context, colorLevel }));
  for (const output of outputs) {
    try {
      writeOutput(output.file, output.formatter(shown, { ...context, colorLevel: 0 }), result.inputFiles);
    } catch (error) {
      if (error instanceof OutputError) return usage(`--output: ${error.message}`);
      throw error;
    }
  }

  if (result.internalErrors.length > 0) {
    for (const message of result.internalErrors) process.stderr.write(`chartlint: internal error: ${message}\n`);
    return EXIT_USAGE;
  }
  const errors = reported.filter((d) => d.severity === 'error').length;
  const warnings = reported.filter((d) => d.severity === 'warning').length;
  if (errors > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    process.stderr.write(`chartlint: ${warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/** `chartlint graph`: the set's dependency graph, as Mermaid, dot, JSON or (through Graphviz) SVG. */
async function graph(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: GRAPH_OPTIONS });
  } catch (error) {
    return usage(`graph: ${(error as Error).message}`);
  }
  const { values: flags, positionals } = parsed;
  if (flags.help) return print(`${GRAPH_HELP}\n`);
  const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) return usage('graph: --jobs takes a whole number, 1 or more');
  if (!GRAPH_FORMATS.includes(flags.format))
    return usage(`graph: unknown format "${flags.format}"; choose one of ${GRAPH_FORMATS.join(', ')}`);
  const [{ buildGraph }, formats] = await Promise.all([import('./entrypoint/graph.js'), import('./entrypoint/graph-format.js')]);
  const rule = 'entrypoint/unresolved-dependency';
  const result = await lintOrExit({
    paths: positionals.length || flags.manifests.length ? positionals : ['.'],
    configFile: flags.config,
    values: flags.values,
    render: flags.render,
    set: flags.set,
    helm: flags.helm,
    releaseName: flags['release-name'],
    namespace: flags.namespace,
    manifests: flags.manifests,
    stdinStream: flags.manifests.includes('-') ? process.stdin : undefined,
    collect: [rule],
    jobs,
  });
  if (typeof result === 'number') return result;
  const collected = result.collected!;
  const options = collected.options[rule] as { external?: string[] } | undefined;
  const summaries = collected.summaries[rule] as Parameters<typeof buildGraph>[0];
  const built = buildGraph(summaries, { namespace: collected.namespace, external: options?.external ?? [] });
  for (const message of result.internalErrors) process.stderr.write(`chartlint: internal error: ${message}\n`);
  const failed = result.diagnostics.filter((d) => d.ruleId === 'manifests/render-failed');
  for (const d of failed) process.stderr.write(`chartlint: ${d.file}: ${d.message}\n`);
  if (flags.format === 'mermaid') process.stdout.write(formats.toMermaid(built));
  else if (flags.format === 'json') process.stdout.write(formats.toJson(built));
  else if (flags.format === 'dot') process.stdout.write(formats.toDot(built));
  else {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync('dot', ['-Tsvg'], { input: formats.toDot(built), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.error) {
      const missing = (run.error as NodeJS.ErrnoException).code === 'ENOENT';
      return fail(
        missing
          ? "graph: --format svg needs Graphviz's dot on PATH (Debian/Ubuntu: apt-get install graphviz); --format dot prints its input."
          : `graph: running dot failed: ${run.error.message}`,
      );
    }
    if (run.status !== 0) return fail(`graph: dot exited with ${run.status}: ${run.stderr.trim()}`);
    process.stdout.write(run.stdout);
  }
  return result.internalErrors.length > 0 ? EXIT_USAGE : EXIT_OK;
}

/**
 * lint() for one command run: on every way out (an error, SIGINT, SIGTERM, SIGHUP) nothing it made is left
 * in the temporary folder; a config or usage error becomes its message and exit code 2.
 */
async function lintOrExit(options: Omit<LintOptions, 'cleanup'>): Promise<LintResult | number> {
  // Loaded only when a run lints: --help, --version and usage errors never pay for the engine.
  const [{ lint }, { createCleanup }] = await Promise.all([import('./lint.js'), import('./common/cleanup.js')]);
  const cleanup = createCleanup();
  const stopHandlers = onInterrupt(cleanup.runAll);
  try {
    return await lint({ ...options, cleanup });
  } catch (error) {
    if (error instanceof ConfigError) return fail(`invalid config: ${error.message}`);
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  } finally {
    cleanup.runAll();
    stopHandlers();
  }
}

/**
 * The first option of `argv` that chartlint does not know, as a message with the nearest known option
 * (`unknown option --rendr; did you mean --render?`); undefined when every option is known.
 */
function unknownOption(argv: string[]): string | undefined {
  const { tokens } = parseArgs({ args: argv, allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  const longs = Object.keys(OPTIONS);
  for (const token of tokens) {
    // parseArgs names a known short option by its long name.
    if (token.kind !== 'option' || Object.hasOwn(OPTIONS, token.name)) continue;
    // A long option one or two edits away (one for short names), or the only one it begins.
    const starts = longs.filter((name) => token.name.length >= 3 && name.startsWith(token.name));
    const near = starts.length === 1 ? starts[0] : closest(token.name, longs, token.name.length <= 4 ? 1 : 2);
    return `unknown option ${visible(token.rawName)}${near ? `; did you mean --${near}?` : ''}`;
  }
  return undefined;
}

/**
 * `sarif:out.json` or `out.sarif`: the file, and the format named or implied by its name; a message when
 * the format is unknown or the file must not be written (a symbolic link, one of the `inputs`).
 */
async function resolveOutput(spec: string, inputs: readonly string[]): Promise<{ file: string; formatter: Formatter } | string> {
  const named = /^([a-z]+):(.+)$/.exec(spec);
  const file = named ? named[2]! : spec;
  const format = named
    ? named[1]!
    : file.endsWith('.sarif') || file.endsWith('.sarif.json')
      ? 'sarif'
      : file.endsWith('.json')
        ? 'json'
        : file.endsWith('.xml')
          ? 'junit'
          : 'compact';
  const formatter = await loadFormatter(format);
  if (!formatter) return `--output: unknown format "${format}"; choose one of ${FORMAT_NAMES.join(', ')}`;
  try {
    checkOutput(
      file,
      inputs.map((input) => path.resolve(input)),
    );
  } catch (error) {
    if (error instanceof OutputError) return `--output: ${error.message}`;
    throw error;
  }
  return { file, formatter };
}

/** The charts (under `within`) with files changed since `ref`, or a message saying why git could not tell. */
async function changedCharts(ref: string, within: readonly string[], config: string | undefined): Promise<string[] | string> {
  const [{ changedFiles, GitError }, { chartsOfFiles }, { withDependents }] = await Promise.all([
    import('./git.js'),
    import('./sources/owner.js'),
    import('./sources/dependents.js'),
  ]);
  let files: string[];
  try {
    files = changedFiles(ref, process.cwd());
  } catch (error) {
    if (error instanceof GitError) return `--changed-since: ${error.message}`;
    throw error;
  }
  // A changed config can change any finding: then every chart is linted.
  const configFile = config ? path.resolve(config) : undefined;
  if (files.some((file) => file === configFile || isConfigFile(file))) return [...within];
  const roots = within.map((p) => path.resolve(p));
  const inside = (file: string): boolean => roots.some((root) => file === root || file.startsWith(root + path.sep));
  // A library chart's change is a change to every chart that depends on it.
  return withDependents(chartsOfFiles(files.filter(inside)), within);
}

/** `.chartlint.yaml` or `.chartlint.yml`, wherever it is. */
function isConfigFile(file: string): boolean {
  return /^\.chartlint\.ya?ml$/.test(path.basename(file));
}

const SIGNAL_EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/**
 * For one run: on SIGINT, SIGTERM or SIGHUP, undo what the run has under way (scratch copies, helm process
 * groups), then exit 128 + the signal's number. Returns what removes the handlers again.
 */
function onInterrupt(undo: () => void): () => void {
  const handlers = Object.entries(SIGNAL_EXIT_CODES).map(([signal, code]) => {
    const handler = (): void => {
      undo();
      process.stderr.write(`chartlint: interrupted (${signal}).\n`);
      process.exit(code);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => {
    for (const remove of handlers) remove();
  };
}

async function terminalColorLevel(): Promise<0 | 1 | 2 | 3> {
  const { supportsColor } = await import('chalk');
  return supportsColor ? supportsColor.level : 0;
}

/**
 * Every rule: as a table, or as a JSON array of {id, description, severity in each profile, fixable,
 * hasSuggestions, docs (the URL of its doc page)}.
 */
async function listRules(asJson: boolean): Promise<string> {
  const [{ allRules }, { renderRuleList }, { PROFILE_NAMES, profileSetting }, { ruleDocUrl }] = await Promise.all([
    import('../rules/index.js'),
    import('./config/profiles-doc.js'),
    import('./config/profiles.js'),
    import('./common/rule-docs.js'),
  ]);
  const fixable = (rule: (typeof allRules)[number]): boolean => 'fixable' in rule.meta && Boolean(rule.meta.fixable);
  const suggests = (rule: (typeof allRules)[number]): boolean => 'hasSuggestions' in rule.meta && Boolean(rule.meta.hasSuggestions);
  if (asJson) {
    const list = allRules.map((rule) => ({
      id: rule.id,
      description: rule.meta.description,
      severity: Object.fromEntries(PROFILE_NAMES.map((name) => [name, profileSetting(rule, name).severity])),
      fixable: fixable(rule),
      hasSuggestions: suggests(rule),
      docs: ruleDocUrl(rule.id),
    }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  // What a fixing run can do for each rule: fix it, or only suggest; "-" for neither.
  return renderRuleList(allRules.map((rule) => ({ ...rule, fixes: fixable(rule) ? 'fix' : suggests(rule) ? 'suggest' : '-' })));
}

function print(text: string): number {
  process.stdout.write(text);
  return EXIT_OK;
}

function usage(message: string): number {
  process.stderr.write(`chartlint: ${message}\nRun "chartlint --help" for usage.\n`);
  return EXIT_USAGE;
}

function fail(message: string): number {
  process.stderr.write(`chartlint: ${message}\n`);
  return EXIT_USAGE;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug in chartlint: say so plainly; the stack only when asked for.
    const detail = process.env.CHARTLINT_DEBUG ? (error as Error).stack : (error as Error).message;
    process.stderr.write(`chartlint: internal error: ${detail}\nPlease report it; set CHARTLINT_DEBUG=1 for details.\n`);
    process.exitCode = EXIT_USAGE;
  },
);
