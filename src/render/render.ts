/**
 * `helm template` for each chart, in parallel up to the number of cores, through the render cache.
 * A missing helm or a chart helm cannot render becomes an outcome (and a diagnostic), never a crash.
 */
import { existsSync, statSync, type Stats } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { ChartInfo } from '../sources/chart-info.js';
import type { Span } from '../sources/yaml-view.js';
import { FolderDigests, RenderCache, renderKey, type FailureCause } from './cache.js';
import { readLocalDependencies, type LocalDependency } from './dependencies.js';
import { locateHelm, runHelm, type HelmChoice } from './helm.js';
import { helmLines, missingDependencies, summarizeHelmError, templatePlaces } from './helm-error.js';
import { defaultReleaseName, isReleaseNameRefusal, MAX_RELEASE_NAME } from './release-name.js';
import { prepareChart, SpecialFileError, type PreparedChart } from './scratch.js';
import { TreeCharts } from './tree-charts.js';
import type { Cleanup } from '../common/cleanup.js';
import { formatBytes, kindOf } from '../sources/files.js';
import { findSpecialFile } from '../sources/walk.js';

export type { LocalDependency } from './dependencies.js';

export interface RenderSettings {
  helm: HelmChoice;
  /**
   * Release name; default: the chart's name made valid for helm (src/render/release-name.ts), as
   * OpenStack-Helm renders `helm template keystone ./keystone`.
   */
  releaseName: string | undefined;
  namespace: string;
  /** --values files, in order (helm's -f). The chart's own values.yaml is helm's default. */
  valuesFiles: readonly string[];
  /** --set key=value, in order. */
  set: readonly string[];
  timeoutMs: number;
  cacheDir: string;
  version: string;
  /** limits.maxRenderBytes: most bytes helm may print on stdout, and on stderr. */
  maxOutputBytes: number;
  /** limits.maxFileBytes: for the files the render's identity is read from. */
  maxFileBytes: number;
  /** Scratch copies and helm processes an interrupted run must undo. */
  cleanup?: Cleanup | undefined;
  /** --debug: helm's own message, scrubbed, after chartlint's summary of it. */
  debug: boolean;
  /**
   * A scrub of every sensitive value helm was given for one chart: its values, its local dependencies',
   * the --values files and --set pairs. The engine supplies it (it knows the run's secrets settings).
   */
  scrubberFor(sources: RenderValuesSources): Promise<(text: string) => string>;
}

export interface RenderValuesSources {
  /** Chart folders whose values.yaml helm reads: the chart, its local dependencies. */
  chartDirs: readonly string[];
  valuesFiles: readonly string[];
  /** `--set` arguments as given: `a.b=c,d=e`. */
  set: readonly string[];
}

export interface RenderFailure {
  ok: false;
  message: string;
  /** Where helm's message points, when it names a template line; where Chart.yaml names a broken dependency. */
  at: { path: string; line: number; column: number } | undefined;
  /** With `at` in the chart's own Chart.yaml or requirements.yaml: the exact span there. */
  span?: Span | undefined;
  /** Why, when it is no defect of the chart: dependencies nobody fetched, or values the chart asks for. */
  cause?: FailureCause | undefined;
}

export interface RenderSuccess {
  ok: true;
  /** The cached output file: a real file the user can open at the related locations. */
  manifestPath: string;
  /** The render cache's key (src/render/cache.ts): what the chart's files, values, helm and flags were. */
  key: string;
  text: string;
  cached: boolean;
  valuesFiles: readonly string[];
  /** Local dependencies, to find the templates `# Source:` headers name. */
  dependencies: readonly LocalDependency[];
}

export type RenderOutcome = RenderSuccess | RenderFailure;

export async function renderCharts(charts: readonly ChartInfo[], settings: RenderSettings): Promise<Map<ChartInfo, RenderOutcome>> {
  const outcomes = new Map<ChartInfo, RenderOutcome>();
  const helm = locateHelm(settings.helm);
  if (!helm.found) {
    for (const chart of charts) outcomes.set(chart, { ok: false, message: helm.message, at: undefined });
    return outcomes;
  }
  const run: ChartRun = {
    helm: helm.binary,
    cache: new RenderCache(settings.cacheDir, settings.maxOutputBytes),
    folders: new FolderDigests(settings.maxFileBytes),
    tree: new TreeCharts(),
    settings,
  };
  const queue = [...charts];
  const done = new Map<ChartInfo, RenderOutcome>();
  const worker = async (): Promise<void> => {
    for (let chart = queue.shift(); chart; chart = queue.shift()) {
      done.set(chart, await renderChartSafely(chart, run));
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, worker));
  // In the charts' order, whichever helm finished first: a cold run and a warm one see the same facts.
  for (const chart of charts) outcomes.set(chart, done.get(chart)!);
  return outcomes;
}

/** What every chart of one renderCharts() call shares. */
interface ChartRun {
  helm: string;
  cache: RenderCache;
  folders: FolderDigests;
  /** The charts beside each chart, for dependencies from a chart repository: each folder read once. */
  tree: TreeCharts;
  settings: RenderSettings;
}

/** Each chart in its own error boundary: whatever goes wrong is that chart's diagnostic, and the others render. */
async function renderChartSafely(chart: ChartInfo, run: ChartRun): Promise<RenderOutcome> {
  try {
    return await renderChart(chart, run);
  } catch (error) {
    const detail = error instanceof SpecialFileError ? error.message : describeError(error);
    return { ok: false, message: `The chart could not be rendered: ${detail}.`, at: undefined };
  }
}

function describeError(error: unknown): string {
  const { code, path: file } = error as NodeJS.ErrnoException;
  if (code) return file ? `${file} cannot be read (${code})` : `a file cannot be read (${code})`;
  return (error as Error).message ?? String(error);
}

/**
 * Checks the chart's dependencies and files, then the cache (successes and failures alike, keyed by the
 * chart's files without copying them); only on a miss is a scratch copy made and helm run.
 */
async function renderChart(chart: ChartInfo, run: ChartRun): Promise<RenderOutcome> {
  const { settings } = run;
  const dependencies = await readLocalDependencies(chart.dir, run.tree);
  if (dependencies.problem) {
    const { message, declared, unfetched } = dependencies.problem;
    const cause = unfetched ? ('unfetched-dependencies' as const) : undefined;
    return {
      ok: false,
      message: `${message}.`,
      at: declared && { path: declared.path, line: declared.line, column: declared.column },
      span: declared?.span,
      ...(cause ? { cause } : {}),
    };
  }
  const chartDirs = [chart.dir, ...new Set(dependencies.all.map((d) => d.dir))];
  // helm reads every file of the chart: a FIFO or device there would block it until the timeout.
  for (const dir of chartDirs) {
    const special = findSpecialFile(dir);
    if (special) throw new SpecialFileError(`${special.path} is ${kindOf(special.info)}, not a regular file; the chart was not rendered`);
  }
  // Nor may a --values file be one: helm would block reading it.
  for (const file of settings.valuesFiles) {
    const info = statOrUndefined(file);
    if (info && !info.isFile()) throw new SpecialFileError(`${file} is ${kindOf(info)}, not a regular file; the chart was not rendered`);
  }
  const flags = [
    '--namespace',
    settings.namespace,
    ...settings.valuesFiles.flatMap((file) => ['--values', file]),
    ...settings.set.flatMap((pair) => ['--set', pair]),
  ];
  const release = settings.releaseName ?? defaultReleaseName(chart.name);
  const key = renderKey(
    {
      version: settings.version,
      helm: run.helm,
      chartDirs,
      valuesFiles: settings.valuesFiles,
      // --debug changes what a failure says, so it is part of the failure's identity.
      args: [release, ...flags, settings.debug ? '--debug' : ''],
      maxFileBytes: settings.maxFileBytes,
    },
    run.folders,
  );
  const done = { ok: true, key, valuesFiles: settings.valuesFiles, dependencies: dependencies.all } as const;
  const hit = await run.cache.get(key);
  if (hit) return { ...done, manifestPath: hit.path, text: hit.text, cached: true };
  const failed = run.cache.getFailure(key);
  if (failed) return { ok: false, ...failed };

  const prepared = await prepareChart(chart.dir, dependencies, settings.cleanup);
  try {
    const helmRun = await runHelm(run.helm, ['template', release, prepared.dir, ...flags], {
      cwd: chart.dir,
      timeoutMs: settings.timeoutMs,
      maxOutputBytes: settings.maxOutputBytes,
      cleanup: settings.cleanup,
    });
    // A helm that could not start, was too slow or too loud may do better next time: not cached.
    if (helmRun.spawnError) return { ok: false, message: `helm could not be started (${helmRun.spawnError}).`, at: undefined };
    if (helmRun.tooMuchOutput) {
      const what = `helm template printed more than ${formatBytes(settings.maxOutputBytes)} on ${helmRun.tooMuchOutput}`;
      return { ok: false, message: `${what} and was stopped (limits.maxRenderBytes).`, at: undefined };
    }
    if (helmRun.timedOut)
      return { ok: false, message: `helm template did not finish within ${settings.timeoutMs / 1000} s.`, at: undefined };
    if (helmRun.code !== 0) {
      const outcome = await failure(helmRun.stderr, chart, { prepared, dependencies: dependencies.all, release }, settings);
      // The message is scrubbed already: what the cache keeps holds no value helm was given.
      await run.cache.putFailure(key, outcome).catch(() => undefined);
      return outcome;
    }
    let manifestPath: string;
    try {
      manifestPath = await run.cache.put(key, helmRun.stdout);
    } catch {
      // A read-only cache folder costs the caching, not the lint.
      manifestPath = path.join(settings.cacheDir, 'renders', `${key}.yaml`);
    }
    return { ...done, manifestPath, text: helmRun.stdout, cached: false };
  } finally {
    await prepared.cleanup();
  }
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/**
 * helm's failure in chartlint's words (src/render/helm-error.ts); with --debug, helm's own text too,
 * scrubbed of every sensitive value helm was given and cut only after the scrub.
 */
async function failure(
  stderr: string,
  chart: ChartInfo,
  render: { prepared: PreparedChart; dependencies: readonly LocalDependency[]; release: string },
  settings: RenderSettings,
): Promise<RenderFailure> {
  const lines = helmLines(stderr, render.prepared.dir, chart.dir);
  const scrub = await settings.scrubberFor({
    chartDirs: [chart.dir, ...render.dependencies.map((d) => d.dir)],
    valuesFiles: settings.valuesFiles,
    set: settings.set,
  });
  const text = lines.join(' ');
  if (isReleaseNameRefusal(text)) return { ok: false, message: releaseNameMessage(render.release, settings, scrub), at: undefined };
  const summary = summarizeHelmError(lines);
  let message = `helm template failed: ${scrub(summary.text)}`;
  // The chart asks for values by design (`required`, `fail`): say how to give them.
  if (summary.asksForValues) message += ' (the chart asks for values: give them with --values FILE or --set)';
  if (settings.debug) message += `. helm said: ${scrub(text).slice(0, MAX_QUOTED)}`;
  else if (summary.omitted) message += " (--debug shows helm's own message, scrubbed of values)";
  // A dependency missing from charts/ is reported where it is declared.
  const missing = missingDependencies(text);
  const declared = chart.dependencies.find((d) => missing.includes(d.name))?.declared;
  if (declared) {
    const at = { path: declared.path, line: declared.line, column: declared.column };
    return { ok: false, message, at, span: declared.span, cause: 'unfetched-dependencies' };
  }
  // Else the innermost place helm names that is a file of the chart or of one of its dependencies.
  const at = templatePlaces(text)
    .map((place) => ({ path: templateFile(place.template, chart, render.dependencies), line: place.line, column: place.column }))
    .find((place) => existsSync(place.path));
  return { ok: false, message, at, ...(summary.asksForValues ? { cause: 'values-required' as const } : {}) };
}

function releaseNameMessage(release: string, settings: RenderSettings, scrub: (text: string) => string): string {
  if (settings.releaseName !== undefined) {
    return `helm refused the release name "${scrub(release)}" that was set (--release-name or helm.releaseName): it must be lowercase letters, digits and "-", start and end with a letter or digit, and be at most ${MAX_RELEASE_NAME} characters.`;
  }
  return `helm refused the default release name "${release}" (made from the chart's name); set one with --release-name NAME or helm.releaseName in .chartlint.yaml.`;
}

// helm's text is cut to keep one diagnostic readable; the cut comes after the scrub, never before it.
const MAX_QUOTED = 800;

/** Maps helm's `<chart>/[charts/<dep>/]templates/x` to the file on disk. */
export function templateFile(helmPath: string, chart: ChartInfo, dependencies: readonly LocalDependency[]): string {
  const parts = helmPath.split('/').slice(1);
  let dir = chart.dir;
  while (parts[0] === 'charts' && parts.length > 2) {
    const name = parts[1]!;
    dir = dependencies.find((d) => d.name === name)?.dir ?? path.join(dir, 'charts', name);
    parts.splice(0, 2);
  }
  return path.join(dir, ...parts);
}
