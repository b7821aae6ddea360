/**
 * Discovery: which charts the arguments name, and which values files belong to each.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseYamlValues, getChild, scalarString } from './yaml.js';
import type { LineIndex, YamlDocument, YamlNode } from './yaml.js';
import type { ReadProblemCode } from './files.js';
import { globFiles, listFiles } from './walk.js';

export interface ChartDependency {
  name: string;
  /** The folder of a `file://` dependency; undefined for one from a chart repository. */
  dir: string | undefined;
}

export interface ChartInfo {
  /** Absolute chart folder. */
  dir: string;
  /** `name:` from Chart.yaml, else the folder name. */
  name: string;
  appVersion: string | undefined;
  /** `type: library` charts hold only helpers: helm refuses to render them on their own. */
  library: boolean;
  /** The charts it depends on (Chart.yaml `dependencies`, or requirements.yaml for Helm 2). */
  dependencies: ChartDependency[];
  /** File names below templates/, relative to it and `/`-separated (e.g. `job-db-init.yaml`). */
  templates: ReadonlySet<string>;
}

/**
 * defaults = the chart's own values.yaml; override = values files beside it or in values_overrides;
 * extra = named by --values or config; chart-metadata = Chart.yaml; manifests = a rendered manifest stream.
 */
export type FileRole = 'defaults' | 'override' | 'extra' | 'chart-metadata' | 'manifests';

/** What rules target: values files, Chart.yaml, manifest streams. */
export type FileKind = 'values' | 'chart-metadata' | 'manifests';

export function kindOf(role: FileRole): FileKind {
  return role === 'chart-metadata' || role === 'manifests' ? role : 'values';
}

export interface LintTarget {
  /** Absolute path; for a stream read from stdin or rendered by helm, where it is shown from. */
  path: string;
  role: FileRole;
  chart: ChartInfo | undefined;
}

/** A file once read and parsed; what rules see as `ctx.file`. */
export interface SourceFile extends LintTarget {
  kind: FileKind;
  text: string;
  /** A values file or Chart.yaml has one document; a manifest stream has one per `---`. */
  documents: YamlDocument[];
  lines: LineIndex;
  readProblem: { code: ReadProblemCode; message: string } | undefined;
}

export interface DiscoveryOptions {
  cwd: string;
  /** Globs relative to each chart folder; `{chart}` stands for the chart's folder name. */
  valuesGlobs: readonly string[];
  /** Files named by --values or the config, linted as partial overrides. */
  extraValues: readonly string[];
  isIgnored(absolutePath: string): boolean;
  /** Files that exist only as text in memory (an editor's unsaved buffer): taken as files. */
  virtualFiles?: ReadonlySet<string>;
}

export interface Discovery {
  charts: ChartInfo[];
  /** Charts named as a whole (not through one of their values files): the ones --render renders. */
  wholeCharts: ChartInfo[];
  targets: LintTarget[];
  /** Arguments that name nothing lintable: a usage error. */
  missing: string[];
}

const VALUES_FILE = 'values.yaml';

export async function discover(args: readonly string[], options: DiscoveryOptions): Promise<Discovery> {
  const charts = new Map<string, ChartInfo>();
  const targets = new Map<string, LintTarget>();
  const missing: string[] = [];
  const wholeCharts = new Set<string>();

  const addTarget = (target: LintTarget): void => {
    if (!targets.has(target.path) && !options.isIgnored(target.path)) targets.set(target.path, target);
  };
  const chartAt = async (dir: string): Promise<ChartInfo> => {
    let chart = charts.get(dir);
    if (!chart) {
      chart = await loadChart(dir);
      charts.set(dir, chart);
    }
    return chart;
  };

  for (const arg of args) {
    const absolute = path.resolve(options.cwd, arg);
    const kind = options.virtualFiles?.has(absolute) ? 'file' : statKind(absolute);
    if (kind === 'missing') {
      missing.push(arg);
    } else if (kind === 'dir') {
      const chartDirs = findChartDirs(absolute);
      const enclosing = chartDirs.length === 0 ? findEnclosingChart(absolute) : undefined;
      if (enclosing) chartDirs.push(enclosing);
      if (chartDirs.length === 0) missing.push(arg);
      for (const dir of chartDirs) if (!options.isIgnored(path.join(dir, 'Chart.yaml'))) wholeCharts.add(dir);
    } else {
      const owner = findOwningChart(absolute);
      const isChartFile = owner !== undefined && (path.basename(absolute) === 'Chart.yaml' || isInside(path.join(owner, 'templates'), absolute));
      if (owner && isChartFile) wholeCharts.add(owner);
      else {
        const chart = owner ? await chartAt(owner) : undefined;
        const role: FileRole = owner && absolute === path.join(owner, VALUES_FILE) ? 'defaults' : 'override';
        addTarget({ path: absolute, role, chart });
      }
    }
  }

  const whole: ChartInfo[] = [];
  for (const dir of [...wholeCharts].sort()) {
    const chart = await chartAt(dir);
    whole.push(chart);
    for (const target of await chartValuesFiles(chart, options.valuesGlobs)) addTarget(target);
  }

  const onlyChart = charts.size === 1 ? [...charts.values()][0] : undefined;
  for (const extra of options.extraValues) {
    const absolute = path.resolve(options.cwd, extra);
    if (statKind(absolute) !== 'file') missing.push(extra);
    else addTarget({ path: absolute, role: 'extra', chart: onlyChart });
  }

  return { charts: [...charts.values()], wholeCharts: whole, targets: [...targets.values()], missing };
}

function findChartDirs(root: string): string[] {
  return listFiles(root)
    .filter((file) => file === 'Chart.yaml' || file.endsWith('/Chart.yaml'))
    .map((file) => path.dirname(path.join(root, file)));
}

async function chartValuesFiles(chart: ChartInfo, globs: readonly string[]): Promise<LintTarget[]> {
  const defaults = path.join(chart.dir, VALUES_FILE);
  const found: LintTarget[] = [{ path: path.join(chart.dir, 'Chart.yaml'), role: 'chart-metadata', chart }];
  if (existsSync(defaults)) found.push({ path: defaults, role: 'defaults', chart });
  const folderName = path.basename(chart.dir);
  const patterns = globs.map((glob) => glob.replaceAll('{chart}', folderName));
  for (const file of globFiles(chart.dir, patterns)) {
    if (file !== defaults) found.push({ path: file, role: 'override', chart });
  }
  return found;
}

/** Chart.yaml as discovery read it, so that linting it does not read and parse it again. */
const chartFiles = new Map<string, { text: string; document: YamlDocument }>();

export function takeChartFile(file: string): { text: string; document: YamlDocument } | undefined {
  const found = chartFiles.get(file);
  chartFiles.delete(file);
  return found;
}

async function loadChart(dir: string): Promise<ChartInfo> {
  let name = path.basename(dir);
  let appVersion: string | undefined;
  let library = false;
  let dependencies: ChartDependency[] = [];
  try {
    // Chart.yaml is small; a broken one still leaves the folder name to go by.
    const file = path.join(dir, 'Chart.yaml');
    const text = readFileSync(file, 'utf8');
    const document = await parseYamlValues(text, { maxExpandedNodes: 10_000 });
    chartFiles.set(file, { text, document });
    const { root } = document;
    name = scalarString(getChild(root, 'name')) ?? name;
    const version = getChild(root, 'appVersion');
    if (version?.kind === 'scalar' && version.value !== null) appVersion = String(version.value);
    library = scalarString(getChild(root, 'type')) === 'library';
    dependencies = await readDependencies(dir, root);
  } catch {
    // unreadable Chart.yaml: keep the defaults
  }
  return { dir, name, appVersion, library, dependencies, templates: new Set(listFiles(path.join(dir, 'templates'))) };
}

/**
 * A chart folder's dependencies: those of Chart.yaml (its parsed root, when the caller has it) and of a
 * Helm 2 requirements.yaml. Discovery and rendering both use it.
 */
export async function readDependencies(dir: string, chartRoot?: YamlNode): Promise<ChartDependency[]> {
  const roots: (YamlNode | undefined)[] = [];
  for (const [file, parsed] of [['Chart.yaml', chartRoot], ['requirements.yaml', undefined]] as const) {
    if (parsed) roots.push(parsed);
    else if (existsSync(path.join(dir, file))) {
      try {
        roots.push((await parseYamlValues(readFileSync(path.join(dir, file), 'utf8'), { maxExpandedNodes: 10_000 })).root);
      } catch {
        // unreadable: no dependencies from it
      }
    }
  }
  return roots.flatMap((root) => dependencyList(root, dir));
}

function dependencyList(root: YamlNode | undefined, chartDir: string): ChartDependency[] {
  const list = getChild(root, 'dependencies');
  if (list?.kind !== 'seq') return [];
  return list.items.flatMap((item) => {
    const name = scalarString(getChild(item, 'name'));
    const repository = scalarString(getChild(item, 'repository'));
    if (!name) return [];
    return [{ name, dir: repository?.startsWith('file://') ? path.resolve(chartDir, repository.slice('file://'.length)) : undefined }];
  });
}

function statKind(file: string): 'file' | 'dir' | 'missing' {
  try {
    const info = statSync(file);
    return info.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The nearest folder at or above `start` holding a Chart.yaml. */
function findEnclosingChart(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'Chart.yaml'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The charts files belong to, for linting whole charts from a list of changed files (pre-commit,
 * --changed-since): each chart once; files outside any chart are kept as they are, when they still exist.
 */
export function chartsOfFiles(files: readonly string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    const chart = findOwningChart(file);
    if (chart) found.add(chart);
    else if (statKind(file) === 'file' && /\.ya?ml$/.test(file)) found.add(file);
  }
  return [...found].sort();
}

/**
 * The chart a single file belongs to: the nearest Chart.yaml above it, or, for OpenStack-Helm's
 * repository-level `values_overrides/<chart>/x.yaml`, the sibling chart folder `<chart>/`.
 */
function findOwningChart(file: string): string | undefined {
  const enclosing = findEnclosingChart(path.dirname(file));
  if (enclosing) return enclosing;
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('values_overrides');
  if (at > 0 && at + 2 < parts.length) {
    const sibling = path.join(parts.slice(0, at).join(path.sep) || path.sep, parts[at + 1]!);
    if (existsSync(path.join(sibling, 'Chart.yaml'))) return sibling;
  }
  return undefined;
}
