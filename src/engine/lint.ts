/**
 * The engine. `lintWith()` reads as its steps:
 *   prepare -> discover -> build facts -> lint files (cache, threads) -> lint renders -> deployment rules
 *   -> fix (when asked) -> finish (scrub, merge, sort, fingerprint).
 * It receives the rules it runs; `src/lint.ts` passes the built-in registry.
 */
import path from 'node:path';
import { loadConfig, type ResolvedConfig } from '../config/load.js';
import { CORE_FACTS, buildFacts, hashFacts, type FactValues } from '../facts/index.js';
import { rendersFact, type Renders } from '../facts/renders.js';
import { DerivedCache } from './derived-cache.js';
import { namespaceFact } from '../facts/namespace.js';
import { FILE_TYPES, STDIN_PATH } from '../file-types/index.js';
import type { LintTarget, SourceFile } from '../file-types/types.js';
import { defaultCacheDir } from '../render/cache.js';
import type { RenderSettings } from '../render/render.js';
import { SecretClassifier } from '../secrets/classify.js';
import { scrubberForValues } from '../secrets/values-scrubber.js';
import { discoverCharts, type ChartDiscovery } from '../sources/discover.js';
import { manifestPaths } from '../sources/manifests.js';
import { readStreamText, readTextFile, type ReadResult } from '../sources/files.js';
import { statKind } from '../sources/owner.js';
import type { Cleanup } from '../common/cleanup.js';
import { UsageError } from '../common/errors.js';
import { VERSION } from '../common/version.js';
import { collectingConfig } from './collecting.js';
import { runDeploymentRules } from './deployment.js';
import type { Diagnostic, SuppressedDiagnostic } from '../common/diagnostic.js';
import { fixFile, lineRedactor } from './fixes.js';
import { lintSourceFile, redactQuoted, type FileResult } from './lint-file.js';
import { loadFile } from './load-file.js';
import { ParsedValues } from './parsed-values.js';
import { valuesKeyTest } from './values-keys.js';
import { relativePath } from './locate.js';
import { assignFingerprints, mergeSameProblem, sortDiagnostics } from './merge.js';
import { planWorkers, runWorkers } from './parallel.js';
import { lintRenders, withdrawalKey, type RenderedResult } from './renders.js';
import { ResultsCache } from './results-cache.js';
import type { AnyRule, FileSummary } from './rule.js';
import type { RunEnv } from './run-file-rules.js';

export interface LintOptions {
  /** Chart folders, folders of charts, or single files. */
  paths: readonly string[];
  /** Paths in output are relative to it; the config is searched upward from it. Default: process.cwd(). */
  cwd?: string;
  /** A config file to use instead of searching for `.chartlint.yaml`. */
  configFile?: string;
  /** More values files: linted as partial overrides, and handed to helm with --render. */
  values?: readonly string[];
  /** The rule set; defaults to every built-in rule. */
  rules?: readonly AnyRule[];
  /** Render each chart with the real helm and lint the manifests too. */
  render?: boolean;
  /** helm --set pairs for --render. */
  set?: readonly string[];
  /** Show helm's own message of a failed render (scrubbed of the run's sensitive values) after chartlint's summary. */
  debug?: boolean;
  /** --helm PATH. */
  helm?: string;
  releaseName?: string;
  namespace?: string;
  /** Manifest streams someone else rendered: files, folders, or `-` for `stdin`. */
  manifests?: readonly string[];
  /** What `-` reads: the text of standard input. */
  stdin?: string;
  /** Standard input itself, read only as far as limits.maxFileBytes allows (instead of `stdin`). */
  stdinStream?: AsyncIterable<Uint8Array | string>;
  /** Lint `stdin` as if it were this file, in its chart's context (an editor's unsaved buffer). */
  stdinFilename?: string;
  /** Environment for helm lookup and the cache folder; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Threads to lint with; default: every core once the work is large enough to pay for a thread. */
  jobs?: number;
  /** Reuse the findings of unchanged files from the last run (`--cache`). */
  cache?: boolean;
  /** Region values files (`--region-values`): linted as overrides, and placed in the region. */
  regionValues?: readonly string[];
  /** Where an interrupted run's scratch copies and helm processes are undone (the CLI's signal handlers). */
  cleanup?: Cleanup;
  /** Apply fixes in memory (passes until none is left); the fixed texts are in `LintResult.fixes`. Files are never written. */
  fix?: boolean;
  /**
   * Deployment rules whose collected data `LintResult.collected` returns (`chartlint graph`), gathered even
   * where the config turns them off (their findings still follow the config).
   */
  collect?: readonly string[];
}

/** What the engine needs besides the options: the rules, and the worker script that knows them. */
export interface EngineOptions extends LintOptions {
  rules: readonly AnyRule[];
  /** A worker-thread entry that runs `workerMain` with the same rules; without one, one thread. */
  workerScript?: string | undefined;
}

export interface FixOutput {
  /** Absolute path of the file, and as output shows it. */
  path: string;
  file: string;
  /** The text as it was read (without a byte order mark): what the fixing started from. */
  input: string;
  /** The fixed text. */
  output: string;
  /** How many fixes of each rule were applied. */
  byRule: Record<string, number>;
  /** Hides the file's sensitive values (of either text) in a line shown to the user, such as a diff's. */
  redact: (line: string) => string;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  /**
   * The findings inline comments suppressed, sorted and fingerprinted like the others (a finding keeps its
   * fingerprint when a comment comes to suppress it). Only SARIF shows them; counts and exit codes ignore them.
   */
  suppressed: SuppressedDiagnostic[];
  charts: number;
  /** The charts linted: name, and folder relative to the working folder (`/`-separated). */
  chartList: { name: string; dir: string }[];
  files: number;
  configFile: string | undefined;
  /** The baseline file the config names (absolute), if any. */
  configBaseline: string | undefined;
  /** A rule that threw: a chartlint bug, reported so the CLI exits 2 rather than hiding it. */
  internalErrors: string[];
  /** With `fix`: every file whose text the fixes changed. */
  fixes: FixOutput[];
  /** Every file the run read as input (absolute): a report written afterwards must not replace one. */
  inputFiles: string[];
  /**
   * The files this run reports on, relative to the working folder: each linted file and, with --render,
   * each rendered chart's templates. A baseline judges only its entries for these.
   */
  lintedFiles: string[];
  /** With `collect`: what each of those rules kept of every file, their options, and the namespace objects without one are in. */
  collected?: { summaries: Record<string, FileSummary<unknown>[]>; namespace: string; options: Record<string, unknown> };
}

/** The run's settled inputs. */
interface Run {
  options: EngineOptions;
  cwd: string;
  config: ResolvedConfig;
  cacheDir: string;
  regionValues: ReadonlySet<string>;
  extraValues: string[];
  /** An editor's unsaved buffer, linted in its chart's context. */
  buffer: string | undefined;
  /** What `-` and the buffer read: `stdin`, or `stdinStream` read within the limits. */
  stdin: ReadResult | undefined;
}

interface Found {
  charts: ChartDiscovery;
  targets: LintTarget[];
}

export async function lintWith(options: EngineOptions): Promise<LintResult> {
  const run = await prepare(options);
  const found = await discover(run);
  // What facts derive from chart texts is kept with --cache, and with --render, whose renders are kept anyway.
  const derived = options.cache || options.render ? new DerivedCache(run.cacheDir, run.cwd, VERSION) : undefined;
  // The values files the facts parse, handed on to their lint: each is parsed once.
  const parsed = new ParsedValues(run.config.limits);
  const facts = await buildRunFacts(run, found, derived, parsed);
  derived?.save();
  const env: RunEnv = { rules: options.rules, facts, secrets: new SecretClassifier(run.config.secrets), memo: new Map() };
  const collecting = collectingConfig(run.config, options.rules, options.collect ?? []);
  const files = await lintFiles({ ...run, config: collecting }, found, env, parsed);
  const rendered = await lintRenders(facts[rendersFact.id] as Renders, found.charts.wholeCharts, files.renderSources, {
    env,
    config: collecting,
    cwd: run.cwd,
  });
  const fixes = options.fix ? await fixFiles(run, files, env) : [];
  const set = deploymentSet(files.results, rendered.results, found.targets);
  const deployment = runDeploymentRules(set.results, set.targets, { rules: options.rules, facts, config: run.config, cwd: run.cwd });
  const collected = options.collect ? collectedOf(options.collect, run, set, facts[namespaceFact.id] as string) : undefined;
  const fileDiagnostics = files.results
    .flatMap((r) => r.diagnostics)
    .filter((d) => !deployment.withdrawn.has(d) && !rendered.withdrawn.has(withdrawalKey(d)));
  // A values finding the render contradicts is no finding, suppressed or not.
  const fileSuppressed = files.results.flatMap((r) => r.suppressed).filter((d) => !rendered.withdrawn.has(withdrawalKey(d)));
  return finish(
    run,
    found,
    {
      diagnostics: [...fileDiagnostics, ...rendered.diagnostics, ...deployment.diagnostics],
      suppressed: [...fileSuppressed, ...deployment.suppressed],
      rendered: rendered.diagnostics,
      internalErrors: [...files.results.flatMap((r) => r.internalErrors), ...rendered.internalErrors, ...deployment.internalErrors],
      secrets: env.secrets,
      fixes,
    },
    collected,
  );
}

type DeploymentSet = ReturnType<typeof deploymentSet>;

/** What the deployment rules judge: every file of the run and every rendered stream, with their charts. */
function deploymentSet(results: readonly FileResult[], rendered: readonly RenderedResult[], targets: readonly LintTarget[]) {
  const places = new Map<string, { chart: LintTarget['chart']; role: LintTarget['role'] }>(targets.map((t) => [t.path, t]));
  for (const r of rendered) places.set(r.path, { chart: r.chart, role: 'manifests' });
  const streams = rendered.map((r): FileResult => ({
    path: r.path,
    diagnostics: [],
    suppressed: [],
    covers: [],
    summaries: r.summaries,
    internalErrors: [],
  }));
  return { results: [...results, ...streams], targets: places };
}

/** With `collect`: what those rules kept of every file, their options, and the run's namespace. */
function collectedOf(ids: readonly string[], run: Run, set: DeploymentSet, namespace: string): NonNullable<LintResult['collected']> {
  const rules = run.options.rules;
  const summaries = (id: string): FileSummary<unknown>[] =>
    set.results
      .filter((r) => id in r.summaries)
      .map((r) => {
        const place = set.targets.get(r.path);
        return { file: r.path, chart: place?.chart?.dir, role: place?.role ?? 'manifests', summary: r.summaries[id] };
      });
  const optionsOf = (id: string): unknown =>
    run.config.settingsFor(run.cwd, undefined).get(id)?.options ?? rules.find((r) => r.id === id)?.meta.defaultOptions;
  return {
    summaries: Object.fromEntries(ids.map((id) => [id, summaries(id)])),
    namespace,
    options: Object.fromEntries(ids.map((id) => [id, optionsOf(id)])),
  };
}

async function prepare(options: EngineOptions): Promise<Run> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const config = await loadConfig({ cwd, configFile: options.configFile, rules: options.rules });
  const cacheDir = config.helm.cacheDir ? path.resolve(cwd, config.helm.cacheDir) : defaultCacheDir(options.env ?? process.env);
  const regionValues = new Set((options.regionValues ?? []).map((file) => path.resolve(cwd, file)));
  const extraValues = [...config.extraValues, ...(options.values ?? []).map((file) => path.resolve(cwd, file)), ...regionValues];
  const buffer = options.stdinFilename ? path.resolve(cwd, options.stdinFilename) : undefined;
  const stdin =
    options.stdin !== undefined
      ? ({ ok: true, text: options.stdin } as const)
      : options.stdinStream
        ? await readStreamText(options.stdinStream, config.limits)
        : undefined;
  return { options, cwd, config, cacheDir, regionValues, extraValues, buffer, stdin };
}

async function discover(run: Run): Promise<Found> {
  const { options, cwd, config, buffer } = run;
  const charts = await discoverCharts(buffer ? [buffer] : options.paths, {
    cwd,
    isIgnored: config.isIgnored,
    virtualFiles: new Set(buffer ? [buffer] : []),
    kindOf: config.fileKindOf,
  });
  const streams = manifestPaths(options.manifests ?? [], cwd);
  const missingExtras = run.extraValues.filter((file) => statKind(file) !== 'file').map((file) => path.relative(cwd, file) || file);
  const missing = [...charts.missing, ...missingExtras, ...streams.missing];
  if (missing.length > 0) throw new UsageError(`No chart or file found at: ${missing.join(', ')}`);
  const input = {
    ...charts,
    extraValues: run.extraValues,
    manifestStreams: streams.paths,
    valuesGlobs: config.valuesGlobs,
    isRegionFile: (file: string) => run.regionValues.has(file) || config.isRegionFile(file),
  };
  const targets = new Map<string, LintTarget>();
  for (const fileType of FILE_TYPES) {
    for (const target of fileType.discover(input)) {
      if (!targets.has(target.path) && (target.kind === 'manifests' || !config.isIgnored(target.path))) targets.set(target.path, target);
    }
  }
  return { charts, targets: [...targets.values()] };
}

/** The engine's own facts and those the enabled rules name. */
async function buildRunFacts(run: Run, found: Found, derived: DerivedCache | undefined, parsed: ParsedValues): Promise<FactValues> {
  const { options, config, cwd } = run;
  const wanted = [...CORE_FACTS, ...options.rules.flatMap((rule) => rule.meta.facts ?? [])];
  const render: RenderSettings | undefined = options.render
    ? {
        helm: { flag: options.helm, config: config.helm.binary, cwd, env: options.env ?? process.env },
        releaseName: options.releaseName ?? config.helm.releaseName,
        namespace: options.namespace ?? config.helm.namespace,
        valuesFiles: run.extraValues,
        set: options.set ?? [],
        timeoutMs: config.helm.timeoutSeconds * 1000,
        cacheDir: run.cacheDir,
        version: VERSION,
        debug: options.debug ?? false,
        scrubberFor: async (sources) => {
          const scrubber = await scrubberForValues(sources, config.secrets, config.limits);
          return (text) => scrubber.scrub(text);
        },
        maxOutputBytes: config.limits.maxRenderBytes,
        maxFileBytes: config.limits.maxFileBytes,
        cleanup: options.cleanup,
      }
    : undefined;
  return buildFacts(wanted, {
    charts: found.charts.charts,
    wholeCharts: found.charts.wholeCharts,
    render,
    // Only a namespace someone named: without one, the namespace fact tells a render (helm's default) from streams (unknown).
    namespace: options.namespace ?? config.helm.namedNamespace,
    ...(derived ? { derived } : {}),
    parsed,
    valuesMayHoldKey: valuesKeyTest(found.targets, (target) => {
      if (target.path !== STDIN_PATH && target.path !== run.buffer) {
        const read = readTextFile(target.path, config.limits);
        return read.ok ? read.text : undefined;
      }
      // What the lint reads there: standard input, empty when there is none.
      if (!run.stdin) return '';
      return run.stdin.ok ? run.stdin.text : undefined;
    }),
  });
}

/**
 * Every target once: from the results cache when unchanged, else in worker threads or here. One file at a
 * time, dropped once linted, so memory stays flat; only rendered charts' values files are kept, to trace
 * the renders' findings back to them.
 */
async function lintFiles(run: Run, found: Found, env: RunEnv, parsed: ParsedValues) {
  const { options, cwd, config, buffer } = run;
  const renders = env.facts[rendersFact.id] as Renders;
  const rendering = Object.keys(renders).length > 0;
  const isVirtual = (target: LintTarget): boolean => target.path === STDIN_PATH || target.path === buffer;
  // The cache is keyed by everything the findings depend on: chartlint, the rules, the config and every fact.
  const cache =
    options.cache && !rendering && !options.fix
      ? new ResultsCache(
          run.cacheDir,
          cwd,
          [VERSION, options.rules.map((r) => r.id).join(','), config.text, hashFacts(env.facts)].join('\0'),
        )
      : undefined;
  const results: FileResult[] = [];
  const keys = new Map<string, string>();
  const pending = found.targets.filter((target) => {
    const key = cache && !isVirtual(target) ? cache.keyOf(target, config.profileFor(target.chart)) : undefined;
    if (!key) return true;
    keys.set(target.path, key);
    const hit = cache!.get(target, key);
    if (hit) results.push(hit);
    return !hit;
  });
  const remember = (result: FileResult): void => {
    const key = keys.get(result.path);
    if (cache && key && result.internalErrors.length === 0) cache.set(result.path, key, result);
  };

  // Rendered charts need every values file here, to trace findings back to them: those runs stay in one thread.
  const threaded = !rendering && !buffer && !options.fix && options.workerScript ? planWorkers(pending, options.jobs) : [];
  const inWorkers = new Set(threaded.flat());
  const parallel = runWorkers(options.workerScript, threaded, {
    cwd,
    configFile: options.configFile,
    facts: env.facts,
    collect: options.collect,
  });
  const renderSources: SourceFile[] = [];
  // With fix, the files that have fixes, as they were read: fixing starts from this text.
  const toFix = new Map<FileResult, SourceFile>();
  for (const target of pending) {
    if (inWorkers.has(target)) continue;
    const preloaded = isVirtual(target) ? (run.stdin ?? '') : undefined;
    const file = await loadFile(target, config, preloaded, found.charts.chartFiles.get(target.path), parsed);
    const result = lintSourceFile(file, env, config, cwd);
    results.push(result);
    remember(result);
    if (file.chart && renders[file.chart.dir] && file.kind === 'values') renderSources.push(file);
    if (options.fix && target.path !== STDIN_PATH && result.diagnostics.some((d) => d.fix)) toFix.set(result, file);
  }
  // What is left was linted in a worker thread (or not at all): nothing will take it now.
  parsed.clear();
  for (const result of await parallel) {
    results.push(result);
    remember(result);
  }
  cache?.save();
  return { results, renderSources, toFix };
}

/** Fixes each file that has fixes, in memory; its result becomes the fixed file's, for what follows. */
async function fixFiles(run: Run, files: { results: FileResult[]; toFix: ReadonlyMap<FileResult, SourceFile> }, env: RunEnv) {
  const fixed: FixOutput[] = [];
  for (const [index, result] of files.results.entries()) {
    const file = files.toFix.get(result);
    const outcome = file && (await fixFile(file, file.text, result, env, run.config, run.cwd));
    if (!outcome) continue;
    files.results[index] = outcome.result;
    fixed.push({
      path: file.path,
      file: relativePath(run.cwd, file.path),
      input: file.text,
      output: outcome.output,
      byRule: outcome.byRule,
      redact: lineRedactor([file, outcome.file], env.secrets),
    });
  }
  return fixed;
}

function finish(
  run: Run,
  found: Found,
  all: {
    diagnostics: Diagnostic[];
    suppressed: SuppressedDiagnostic[];
    rendered: readonly Diagnostic[];
    internalErrors: string[];
    secrets: SecretClassifier;
    fixes: FixOutput[];
  },
  collected?: LintResult['collected'],
): LintResult {
  redactQuoted(all.diagnostics, all.secrets);
  redactQuoted(all.suppressed, all.secrets);
  const diagnostics = sortDiagnostics(mergeSameProblem(all.diagnostics, new Set(all.rendered)));
  const suppressed = sortDiagnostics(all.suppressed);
  // One numbering of occurrences over both: suppressing a finding leaves its identity, and every other, as it was.
  assignFingerprints(sortDiagnostics([...diagnostics, ...suppressed]));
  return {
    diagnostics,
    suppressed,
    charts: found.charts.charts.length,
    chartList: found.charts.charts.map((chart) => ({ name: chart.name, dir: relativePath(run.cwd, chart.dir) })),
    files: found.targets.length,
    configFile: run.config.file,
    configBaseline: run.config.baseline,
    internalErrors: all.internalErrors.map((message) => all.secrets.redact(message)),
    fixes: all.fixes,
    lintedFiles: [
      ...new Set([
        ...found.targets.map((target) => relativePath(run.cwd, target.path)),
        ...(run.options.render
          ? found.charts.wholeCharts.flatMap((chart) =>
              chart.templates.map((name) => relativePath(run.cwd, path.join(chart.dir, 'templates', name))),
            )
          : []),
      ]),
    ],
    ...(collected ? { collected } : {}),
    inputFiles: [
      ...new Set([
        ...found.targets.map((target) => target.path),
        ...run.extraValues,
        ...(run.config.file ? [path.resolve(run.cwd, run.config.file)] : []),
        ...found.charts.charts.flatMap((chart) => chart.templates.map((name) => path.join(chart.dir, 'templates', name))),
      ]),
    ],
  };
}
