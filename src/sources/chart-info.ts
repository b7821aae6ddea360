/** What chartlint knows of a chart folder: Chart.yaml's name, appVersion, type and dependencies, its templates. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseYamlValues } from './yaml.js';
import { getChild, scalarString, type YamlDocument, type YamlNode } from './yaml-view.js';
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
    dependencies = await readDependencies(dir, root);
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
export async function readDependencies(dir: string, chartRoot?: YamlNode): Promise<ChartDependency[]> {
  const roots: (YamlNode | undefined)[] = [];
  for (const [file, parsed] of [
    ['Chart.yaml', chartRoot],
    ['requirements.yaml', undefined],
  ] as const) {
    if (parsed) roots.push(parsed);
    else if (existsSync(path.join(dir, file))) {
      try {
        roots.push((await parseYamlValues(readChartFile(path.join(dir, file)), CHART_LIMITS)).root);
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
    const alias = scalarString(getChild(item, 'alias'));
    if (!name) return [];
    const dir = repository?.startsWith('file://') ? path.resolve(chartDir, repository.slice('file://'.length)) : undefined;
    return [{ name, alias, repository, dir }];
  });
}

/**
 * A chart built on helm-toolkit follows OpenStack-Helm's image conventions (`images.tags`, `images.pull_policy`,
 * the standard jobs). Any other chart's `images:` map is only a place where image objects live.
 */
export function usesHelmToolkit(chart: Pick<ChartInfo, 'dependencies'> | undefined): boolean {
  return chart?.dependencies.some((dependency) => dependency.name === 'helm-toolkit') ?? false;
}
