/**
 * The engine: discover targets -> (render charts) -> read and parse each file once -> run the enabled rules
 * -> apply suppression comments -> trace rendered findings to their source -> sorted diagnostics.
 */
import path from 'node:path';
import { allRules } from '../../rules/index.js';
import { loadConfig, type ResolvedConfig } from '../config/load.js';
import { defaultCacheDir } from '../render/cache.js';
import { renderCharts, type RenderOutcome, type RenderSuccess } from '../render/render.js';
import { discover, kindOf, takeChartFile, type ChartInfo, type LintTarget, type SourceFile } from '../sources/charts.js';
import { readTextFile } from '../sources/files.js';
import { manifestPaths, parseManifestStream } from '../sources/manifests.js';
import { LineIndex, parseYamlValues, type Span } from '../sources/yaml.js';
import { UsageError } from '../errors.js';
import { buildLayout, placementOf, type Layout } from '../layout/layout.js';
import { SecretClassifier } from '../secrets/classify.js';
import { forEachLeaf } from '../secrets/leaves.js';
import { VERSION } from '../version.js';
import { planWorkers, runWorkers } from './parallel.js';
import { ResultsCache } from './results-cache.js';
import { traceRendered } from './provenance.js';
import { runRules, type Finding } from './run-rules.js';
import type { AnyRule, Diagnostic, ExternalLocation, RelatedLocation } from './types.js';

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
  /** --helm PATH. */
  helm?: string;
  releaseName?: string;
  namespace?: string;
  /** Manifest streams someone else rendered: files, folders, or `-` for `stdin`. */
  manifests?: readonly string[];
  /** What `-` reads: the text of standard input. */
  stdin?: string;
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
}

/** What linting one file needs besides the file: the same in the main thread and in each worker. */
export interface FileContext {
  config: ResolvedConfig;
  rules: readonly AnyRule[];
  cwd: string;
  layout: Layout;
  secrets: SecretClassifier;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  charts: number;
  /** The charts linted: name, and folder relative to the working folder (`/`-separated). */
  chartList: { name: string; dir: string }[];
  files: number;
  configFile: string | undefined;
  /** A rule that threw: a chartlint bug, reported so the CLI exits 2 rather than hiding it. */
  internalErrors: string[];
}

const STDIN_PATH = '<stdin>';

export async function lint(options: LintOptions): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const env = options.env ?? process.env;
  const rules = options.rules ?? allRules;
  const config = await loadConfig({ cwd, configFile: options.configFile, rules });
  const cacheDir = config.helm.cacheDir ? path.resolve(cwd, config.helm.cacheDir) : defaultCacheDir(env);
  const regionValues = new Set((options.regionValues ?? []).map((file) => path.resolve(cwd, file)));
  const extraValues = [...config.extraValues, ...(options.values ?? []).map((file) => path.resolve(cwd, file)), ...regionValues];
  const buffer = options.stdinFilename ? path.resolve(cwd, options.stdinFilename) : undefined;
  const discovery = await discover(buffer ? [buffer] : options.paths, {
    cwd,
    valuesGlobs: config.valuesGlobs,
    extraValues,
    isIgnored: config.isIgnored,
    virtualFiles: new Set(buffer ? [buffer] : []),
  });
  const streams = manifestPaths(options.manifests ?? [], cwd);
  const missing = [...discovery.missing, ...streams.missing];
  if (missing.length > 0) throw new UsageError(`No chart or file found at: ${missing.join(', ')}`);

  const renders: ReadonlyMap<ChartInfo, RenderOutcome> = options.render
    ? await renderCharts(discovery.wholeCharts.filter((chart) => !chart.library), {
        helm: { flag: options.helm, config: config.helm.binary, cwd, env },
        releaseName: options.releaseName ?? config.helm.releaseName,
        namespace: options.namespace ?? config.helm.namespace,
        valuesFiles: extraValues,
        set: options.set ?? [],
        timeoutMs: config.helm.timeoutSeconds * 1000,
        cacheDir,
        version: VERSION,
      })
    : new Map();

  const layout = buildLayout(discovery.charts, discovery.targets, { isRegionFile: (file) => regionValues.has(file) || config.isRegionFile(file) });
  const secrets = new SecretClassifier(config.secrets);
  // helm's errors may quote values: learn the failed charts' secrets, whatever rules are on, to scrub them.
  for (const [chart, outcome] of renders) {
    if (!outcome.ok) await learnSecrets([path.join(chart.dir, 'values.yaml'), ...extraValues], secrets, config);
  }
  const context: FileContext = { config, rules, cwd, layout, secrets };
  const targets: LintTarget[] = [
    ...discovery.targets,
    ...streams.paths.map((file): LintTarget => ({ path: file === '-' ? STDIN_PATH : file, role: 'manifests', chart: undefined })),
  ];
  // A render traces its findings to the chart's values files, so it needs them all linted afresh here.
  const identity = [VERSION, rules.map((r) => r.id).join(','), config.text, JSON.stringify([layout.umbrellas, layout.globalReaders])].join('\0');
  const cache = options.cache && renders.size === 0 ? new ResultsCache(cacheDir, cwd, identity) : undefined;
  const diagnostics: Diagnostic[] = [];
  const keys = new Map<LintTarget, string>();
  const pending = targets.filter((target) => {
    const key = cache && target.path !== STDIN_PATH && target.path !== buffer ? cache.keyOf(target, placementOf(layout, target.path)) : undefined;
    if (!key) return true;
    keys.set(target, key);
    const hit = cache!.get(target, key);
    if (hit) diagnostics.push(...hit);
    return !hit;
  });
  const remember = (target: LintTarget, found: Diagnostic[]): void => {
    const key = keys.get(target);
    if (cache && key) cache.set(target, key, found);
  };

  // Rendered charts need every values file here, to trace findings back to them: those runs stay in one thread.
  const inWorkers = renders.size === 0 && !options.rules && !buffer ? planWorkers(pending, options.jobs) : [];
  const local = pending.filter((target) => !inWorkers.some((share) => share.includes(target)));
  const parallel = runWorkers(inWorkers, { cwd, configFile: options.configFile, layout });

  const fromRenders = new Set<Diagnostic>();
  const internalErrors: string[] = [];
  // One file at a time, dropped once linted: memory stays flat however many charts there are. Only the
  // values files of rendered charts are kept, to trace the renders' findings back to them.
  const renderSourceFiles: SourceFile[] = [];
  for (const target of local) {
    const preloaded = target.path === STDIN_PATH || target.path === buffer ? options.stdin ?? '' : undefined;
    const file = await loadFile(target, config, preloaded);
    const render = file.chart ? renders.get(file.chart) : undefined;
    const run = lintFile(file, context, render);
    diagnostics.push(...run.diagnostics);
    internalErrors.push(...run.internalErrors);
    if (run.internalErrors.length === 0) remember(target, run.diagnostics);
    if (render && file.kind === 'values') renderSourceFiles.push(file);
  }
  const renderedFiles = [];
  for (const [chart, outcome] of renders) {
    if (!outcome.ok) continue;
    renderedFiles.push({ chart, outcome, file: await sourceFile({ path: outcome.manifestPath, role: 'manifests', chart }, outcome.text, config) });
  }

  const fromWorkers = await parallel;
  internalErrors.push(...fromWorkers.internalErrors);
  const byPath = new Map(inWorkers.flat().map((target) => [target.path, target]));
  for (const result of fromWorkers.results) {
    diagnostics.push(...result.diagnostics);
    remember(byPath.get(result.path)!, result.diagnostics);
  }
  cache?.save();
  for (const { chart, outcome, file } of renderedFiles) {
    const run = runRules(file, { rules, settings: config.settingsFor(chart.dir), render: undefined, judgeDirectives: false, layout, secrets });
    internalErrors.push(...run.internalErrors);
    const sources = renderSources(chart, outcome, renderSourceFiles);
    for (const traced of traceRendered(run.findings, file, outcome, sources)) {
      const diagnostic = locate(traced.finding, traced.file, traced.span, traced.at, cwd);
      diagnostic.related = [{ ...relatedSpan(file, traced.renderedSpan, cwd), message: `In the rendered ${chart.name} chart: ${traced.finding.message}` }];
      diagnostics.push(diagnostic);
      fromRenders.add(diagnostic);
    }
  }

  // Rules never put values in messages; the text chartlint does not write (helm's, the parser's) is scrubbed
  // of every value the classifier judged sensitive in this run.
  for (const d of diagnostics) if (QUOTES_OTHERS.has(d.ruleId)) d.message = secrets.redact(d.message);
  return {
    diagnostics: sortDiagnostics(mergeSameProblem(diagnostics, fromRenders)),
    charts: discovery.charts.length,
    chartList: discovery.charts.map((chart) => ({ name: chart.name, dir: relative(cwd, chart.dir) })),
    files: targets.length,
    configFile: config.file,
    internalErrors: internalErrors.map((message) => secrets.redact(message)),
  };
}

/** Reads, parses and lints one file: what the main thread and each worker do for every file. */
export function lintFile(file: SourceFile, context: FileContext, render: RenderOutcome | undefined) {
  const { config, rules, cwd, layout, secrets } = context;
  const run = runRules(file, { rules, settings: config.settingsFor(file.path), render, judgeDirectives: true, layout, secrets });
  const diagnostics = run.findings.map((finding) => locate(finding, file, finding.span, finding.at, cwd));
  for (const d of diagnostics) if (QUOTES_OTHERS.has(d.ruleId)) d.message = secrets.redact(d.message);
  return { diagnostics, internalErrors: run.internalErrors.map((message) => secrets.redact(message)) };
}

/** The values files helm used for a render, in helm's order: values.yaml, then each --values file. */
function renderSources(chart: ChartInfo, outcome: RenderSuccess, files: readonly SourceFile[]): SourceFile[] {
  const defaults = files.find((f) => f.chart === chart && f.role === 'defaults');
  const extras = outcome.valuesFiles.map((p) => files.find((f) => f.path === p)).filter((f): f is SourceFile => f !== undefined);
  return defaults ? [defaults, ...extras] : extras;
}

export async function loadFile(target: LintTarget, config: ResolvedConfig, preloaded: string | undefined): Promise<SourceFile> {
  if (preloaded !== undefined) return sourceFile(target, preloaded, config);
  const chartFile = target.role === 'chart-metadata' ? takeChartFile(target.path) : undefined;
  // Reused only when the limits would have let it through; otherwise read it as any file, and report it.
  if (chartFile && chartFile.text.length <= config.limits.maxFileBytes && !chartFile.text.includes('\0')) {
    const { text, document } = chartFile;
    return { ...target, kind: 'chart-metadata', text, documents: [document], lines: new LineIndex(text), readProblem: undefined };
  }
  const read = readTextFile(target.path, config.limits);
  if (read.ok) return sourceFile(target, read.text, config);
  return { ...target, kind: kindOf(target.role), text: '', documents: [], lines: new LineIndex(''), readProblem: { code: read.code, message: read.message } };
}

async function sourceFile(target: LintTarget, text: string, config: ResolvedConfig): Promise<SourceFile> {
  const kind = kindOf(target.role);
  const documents = kind === 'manifests' ? await parseManifestStream(text, config.limits) : [await parseYamlValues(text, config.limits)];
  return { ...target, kind, text, documents, lines: new LineIndex(text), readProblem: undefined };
}

function relative(cwd: string, file: string): string {
  if (file === STDIN_PATH) return file;
  return path.relative(cwd, file).split(path.sep).join('/');
}

function locate(finding: Finding, file: SourceFile | undefined, span: Span | undefined, at: ExternalLocation | undefined, cwd: string): Diagnostic {
  const base = { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, messageId: finding.messageId };
  if (at || !file || !span) {
    const place = at ?? { path: file?.path ?? '', line: 1, column: 1 };
    return { file: relative(cwd, place.path), line: place.line, column: place.column, endLine: place.line, endColumn: place.column, ...base };
  }
  return { file: relative(cwd, file.path), ...positions(file, span), ...base };
}

function positions(file: SourceFile, span: Span) {
  const start = file.lines.position(span.start);
  const end = file.lines.position(Math.max(span.end, span.start));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function relatedSpan(file: SourceFile, span: Span, cwd: string): Omit<RelatedLocation, 'message'> {
  return { file: relative(cwd, file.path), ...positions(file, span) };
}

async function learnSecrets(files: readonly string[], secrets: SecretClassifier, config: ResolvedConfig): Promise<void> {
  for (const file of files) {
    const read = readTextFile(file, config.limits);
    if (!read.ok) continue;
    forEachLeaf((await parseYamlValues(read.text, config.limits)).root, (leafPath, leaf) => secrets.classify(leafPath, leaf.value));
  }
}

/** Rules whose messages carry text chartlint did not write: helm's errors, the YAML parser's. */
const QUOTES_OTHERS = new Set(['manifests/render-failed', 'yaml/syntax']);

/** A rendered finding and a values finding are one problem when they land on the same place. */
const SAME_PROBLEM: Record<string, string> = { 'manifests/pull-policy': 'images/pull-policy' };

/**
 * One diagnostic per problem. A rendered finding that lands where another finding of the same (or an
 * equivalent) rule already is joins it as related locations; findings of the values themselves are all kept
 * (one rule may report several keys at one place), but exact repeats are dropped.
 */
function mergeSameProblem(diagnostics: readonly Diagnostic[], rendered: ReadonlySet<Diagnostic>): Diagnostic[] {
  const kept: Diagnostic[] = [];
  const byPlace = new Map<string, Diagnostic>();
  const seen = new Set<string>();
  for (const d of diagnostics) {
    const place = `${d.file}\0${d.line}\0${d.column}\0${SAME_PROBLEM[d.ruleId] ?? d.ruleId}`;
    const existing = byPlace.get(place);
    if (existing && rendered.has(d)) {
      existing.related = [...(existing.related ?? []), ...(d.related ?? [])];
      continue;
    }
    const exact = `${place}\0${d.message}`;
    if (seen.has(exact)) continue;
    seen.add(exact);
    byPlace.set(place, d);
    kept.push(d);
  }
  return kept;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
