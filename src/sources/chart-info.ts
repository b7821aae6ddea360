/** What chartlint knows of a chart folder: Chart.yaml's name, appVersion, type and dependencies, its templates. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseYamlValues } from './yaml.js';
import { getChild, scalarString, type Span, type YamlDocument, type YamlNode } from './yaml-view.js';
import { readTextFile } from './files.js';
import { listFiles } from './walk.js';

export interface ChartDependency {
  name: string;
  /** `alias:`, under which the parent's values address the dependency. */
  alias: string | undefined;
  /** `repository:` as written (`file://../x`, `https://...`, empty for a vendored chart). */
  repository: string | undefined;
  /** The folder of a `file://` dependency; undefined for one from a chart repository. */
  dir: string | undefined;
  /** `version:` as written: a version or a semver constraint (`2.x.x`, `>= 0.1.0`); undefined when absent. */
  version?: string | undefined;
  /** Where it is declared: its `repository:` value (else the list item) in Chart.yaml or requirements.yaml. */
  declared: DeclaredAt | undefined;
  /** `condition:`, the values paths that switch it on or off (comma-separated in Chart.yaml), as written. */
  condition?: string[];
  /** `tags:`, the names under the parent's `tags:` values that switch it on or off. */
  tags?: string[];
}

/** A place in a chart file, as plain data: the span for the rule that lints that file, line and column for others. */
export interface DeclaredAt {
  path: string;
  span: Span;
  line: number;
  column: number;
}

/** Plain data (worker threads and the results cache get copies). */
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
  /** File names below templates/, relative to it, `/`-separated and sorted (e.g. `job-db-init.yaml`). */
  templates: readonly string[];
}

/** Chart.yaml as it was read to learn the chart, so that linting it does not read and parse it again. */
export interface ChartFileText {
  text: string;
  document: YamlDocument;
}

// Chart.yaml and requirements.yaml are small: a larger one is not learned from (linting it reports it).
const CHART_LIMITS = { maxExpandedNodes: 10_000, maxFileBytes: 1024 * 1024, maxNestingDepth: 64 };

/** The text of a small chart file, or an error (caught below: the chart keeps its defaults). */
function readChartFile(file: string): string {
  const read = readTextFile(file, CHART_LIMITS);
  if (!read.ok) throw new Error(read.message);
  return read.text;
}

export async function loadChart(dir: string): Promise<{ chart: ChartInfo; chartFile: ChartFileText | undefined }> {
  let name = path.basename(dir);
  let appVersion: string | undefined;
  let library = false;
  let dependencies: ChartDependency[] = [];
  let chartFile: ChartFileText | undefined;
  try {
    // Chart.yaml is small; a broken one still leaves the folder name to go by.
    const text = readChartFile(path.join(dir, 'Chart.yaml'));
    const document = await parseYamlValues(text, CHART_LIMITS);
    chartFile = { text, document };
    const { root } = document;
    name = scalarString(getChild(root, 'name')) ?? name;
    const version = getChild(root, 'appVersion');
    if (version?.kind === 'scalar' && version.value !== null) appVersion = String(version.value);
    library = scalarString(getChild(root, 'type')) === 'library';
    dependencies = await readDependencies(dir, { root, text });
  } catch {
    // unreadable Chart.yaml: keep the defaults
  }
  const templates = listFiles(path.join(dir, 'templates')).sort();
  return { chart: { dir, name, appVersion, library, dependencies, templates }, chartFile };
}

/**
 * A chart folder's dependencies: those of Chart.yaml (its parsed root, when the caller has it) and of a
 * Helm 2 requirements.yaml. Discovery and rendering both use it.
 */
export async function readDependencies(dir: string, chartFile?: { root: YamlNode | undefined; text: string }): Promise<ChartDependency[]> {
  const found: ChartDependency[] = [];
  for (const name of ['Chart.yaml', 'requirements.yaml']) {
    const file = path.join(dir, name);
    let parsed = name === 'Chart.yaml' ? chartFile : undefined;
    if (!parsed && existsSync(file)) {
      try {
        const text = readChartFile(file);
        parsed = { root: (await parseYamlValues(text, CHART_LIMITS)).root, text };
      } catch {
        // unreadable: no dependencies from it
      }
    }
    if (parsed) found.push(...dependencyList(parsed.root, dir, { path: file, text: parsed.text }));
  }
  return found;
}

function dependencyList(root: YamlNode | undefined, chartDir: string, file: { path: string; text: string }): ChartDependency[] {
  const list = getChild(root, 'dependencies');
  if (list?.kind !== 'seq') return [];
  return list.items.flatMap((item) => {
    const name = scalarString(getChild(item, 'name'));
    const repositoryNode = getChild(item, 'repository');
    const repository = scalarString(repositoryNode);
    const alias = scalarString(getChild(item, 'alias'));
    if (!name) return [];
    const dir = repository?.startsWith('file://') ? path.resolve(chartDir, repository.slice('file://'.length)) : undefined;
    const dependency: ChartDependency = { name, alias, repository, dir, declared: declaredAt(file, (repositoryNode ?? item).span) };
    const condition = (scalarString(getChild(item, 'condition')) ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    const tagList = getChild(item, 'tags');
    const tags = tagList?.kind === 'seq' ? tagList.items.flatMap((tag) => scalarString(tag) ?? []) : [];
    const version = versionText(getChild(item, 'version'), file.text);
    if (version !== undefined) dependency.version = version;
    if (condition.length > 0) dependency.condition = condition;
    if (tags.length > 0) dependency.tags = tags;
    return [dependency];
  });
}

/** A version as helm reads it, into a string: `version: 1.10` is "1.10", not the number 1.1. */
function versionText(node: YamlNode | undefined, text: string): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  return typeof node.value === 'string' ? node.value : text.slice(node.span.start, node.span.end);
}

function declaredAt(file: { path: string; text: string }, span: Span): DeclaredAt {
  const before = file.text.slice(0, span.start);
  const line = before.split('\n').length;
  return { path: file.path, span, line, column: span.start - before.lastIndexOf('\n') };
}

/**
 * A chart built on helm-toolkit follows OpenStack-Helm's image conventions (`images.tags`, `images.pull_policy`,
 * the standard jobs). Any other chart's `images:` map is only a place where image objects live.
 */
export function usesHelmToolkit(chart: Pick<ChartInfo, 'dependencies'> | undefined): boolean {
  return chart?.dependencies.some((dependency) => dependency.name === 'helm-toolkit') ?? false;
}
