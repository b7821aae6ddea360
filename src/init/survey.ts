/**
 * What `chartlint init` learns of a repository before it writes a config: the charts and which are built
 * on helm-toolkit, the umbrella/region layout (from the topology fact, the same one the rules use), the
 * vendored sub-charts, and the registries the charts' images come from. Read only; nothing is linted.
 */
import path from 'node:path';
import { DEFAULT_LIMITS } from '../config/schema.js';
import { topologyFact } from '../facts/topology.js';
import { collectImages, imagesContextOf } from '../images/values-images.js';
import { loadChart, usesHelmToolkit, type ChartInfo } from '../sources/chart-info.js';
import { findChartDirs } from '../sources/discover.js';
import { listFiles } from '../sources/walk.js';
import { readTextFile } from '../sources/files.js';
import { parseYamlValues } from '../sources/yaml.js';

export type Layout = 'openstack-helm' | 'umbrella-regions' | 'generic' | 'empty';

export interface RepositorySurvey {
  /** Chart folders relative to the root, `/`-separated, sorted; vendored sub-charts and libraries excluded. */
  charts: string[];
  /** Library charts (`type: library`, helm-toolkit): helpers for the others, never deployed. */
  libraries: string[];
  /** Of those, the ones that depend on helm-toolkit. */
  helmToolkitCharts: string[];
  /** Charts vendored inside another chart's charts/ folder (third-party sub-charts). */
  vendored: string[];
  umbrellas: string[];
  regions: string[];
  layout: Layout;
  /** Registry hosts the charts' values name, with how many image references name each, most used first. */
  registries: { host: string; references: number }[];
  /** TripleO environment files that prepare container images (ContainerImagePrepare), outside the charts. */
  tripleoFiles: string[];
  /** Kolla config.json files (top-level command and config_files), outside the charts. */
  kollaFiles: string[];
}

/** Files larger than this are no environment or Kolla config worth a look. */
const MAX_SNIFFED_BYTES = 1024 * 1024;

export async function surveyRepository(root: string): Promise<RepositorySurvey> {
  const relative = (dir: string): string => path.relative(root, dir).split(path.sep).join('/') || '.';
  const dirs = findChartDirs(root);
  const isVendored = (dir: string): boolean => dirs.some((outer) => isInsideCharts(outer, dir));
  const own: ChartInfo[] = [];
  const vendored: string[] = [];
  for (const dir of dirs) {
    if (isVendored(dir)) {
      vendored.push(relative(dir));
      continue;
    }
    own.push((await loadChart(dir)).chart);
  }
  const topology = await topologyFact.build({ charts: own, wholeCharts: own, render: undefined }, () => {
    throw new Error('the topology fact needs no other fact');
  });
  const role = (chart: ChartInfo) => topology.charts[chart.dir]?.role ?? 'chart';
  const umbrellas = own.filter((chart) => role(chart) === 'umbrella').map((chart) => relative(chart.dir));
  const regions = own.filter((chart) => role(chart) === 'region').map((chart) => relative(chart.dir));
  const isLibrary = (chart: ChartInfo): boolean => chart.library || chart.name === 'helm-toolkit';
  const deployable = own.filter((chart) => !isLibrary(chart));
  const helmToolkitCharts = deployable.filter((chart) => usesHelmToolkit(chart)).map((chart) => relative(chart.dir));
  const layout: Layout =
    deployable.length === 0
      ? 'empty'
      : umbrellas.length > 0
        ? 'umbrella-regions'
        : helmToolkitCharts.length > 0
          ? 'openstack-helm'
          : 'generic';
  return {
    charts: deployable.map((chart) => relative(chart.dir)).sort(),
    libraries: own
      .filter(isLibrary)
      .map((chart) => relative(chart.dir))
      .sort(),
    helmToolkitCharts: helmToolkitCharts.sort(),
    vendored: vendored.sort(),
    umbrellas: umbrellas.sort(),
    regions: regions.sort(),
    layout,
    registries: await registriesOf(own),
    ...otherSystemsFiles(root, dirs.map(relative)),
  };
}

/**
 * TripleO prepare files and Kolla configs outside the chart folders: what the config's tripleo.files and
 * kolla.files should name, since inside a folder chartlint finds them only through those globs.
 */
function otherSystemsFiles(root: string, chartDirs: readonly string[]): { tripleoFiles: string[]; kollaFiles: string[] } {
  const inChart = (file: string): boolean => chartDirs.some((dir) => dir === '.' || file.startsWith(`${dir}/`));
  const tripleoFiles: string[] = [];
  const kollaFiles: string[] = [];
  for (const file of listFiles(root)) {
    if (!/\.(ya?ml|json)$/.test(file) || inChart(file)) continue;
    const read = readTextFile(path.join(root, file), { ...DEFAULT_LIMITS, maxFileBytes: MAX_SNIFFED_BYTES });
    if (!read.ok) continue;
    if (file.endsWith('.json')) {
      if (isKollaConfig(read.text)) kollaFiles.push(file);
    } else if (/^parameter_defaults\s*:/m.test(read.text) && /^\s+ContainerImagePrepare\s*:/m.test(read.text)) {
      tripleoFiles.push(file);
    }
  }
  return { tripleoFiles, kollaFiles };
}

function isKollaConfig(text: string): boolean {
  try {
    const data = JSON.parse(text) as unknown;
    return typeof data === 'object' && data !== null && 'command' in data && 'config_files' in data;
  } catch {
    return false;
  }
}

/** `inner` sits in `outer/charts/<name>` (at any depth of such nesting). */
function isInsideCharts(outer: string, inner: string): boolean {
  return path.dirname(inner) === path.join(outer, 'charts');
}

/** The registry hosts written in each chart's values.yaml images (only references that name their host). */
async function registriesOf(charts: readonly ChartInfo[]): Promise<{ host: string; references: number }[]> {
  const counts = new Map<string, number>();
  for (const chart of charts) {
    const read = readTextFile(path.join(chart.dir, 'values.yaml'), DEFAULT_LIMITS);
    if (!read.ok) continue;
    const document = await parseYamlValues(read.text, DEFAULT_LIMITS);
    if (document.problems.some((problem) => problem.fatal)) continue;
    for (const site of collectImages(document.root, imagesContextOf({ text: read.text, chart })).images) {
      if (site.templated || !site.parsed.ok || !site.parsed.ref.explicitDomain) continue;
      const host = site.parsed.ref.domain;
      counts.set(host, (counts.get(host) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([host, references]) => ({ host, references }))
    .sort((a, b) => b.references - a.references || a.host.localeCompare(b.host));
}
