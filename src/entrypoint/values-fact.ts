/**
 * What the `dependencies:` values rules need to know of each chart beyond the file they lint: from its
 * values.yaml, the `endpoints:` entries with their host keys and the `manifests:` flags (an override file is
 * merged over them), and from its templates, the components they hand to helm-toolkit.
 */
import path from 'node:path';
import { closureOf, topologyFact } from '../facts/topology.js';
import { defineFact, type FactInput } from '../facts/types.js';
import { usesHelmToolkit } from '../sources/chart-info.js';
import { readTextOrUndefined } from '../sources/files.js';
import { listFiles } from '../sources/walk.js';
import { getEntry, type YamlDocument, type YamlNode } from '../sources/yaml-view.js';
import { parseYamlValues } from '../sources/yaml.js';
import { readTemplateTexts } from '../templates/texts.js';
import { dependencyComponents, jobsOnlyComponents } from './values-shape.js';
import { defineTexts, deriveDependencyReads, type TemplateDependencyReads } from './values-templates.js';

export interface ChartDependencyContext {
  /** `endpoints:` keys of values.yaml with the keys of their `hosts:` map (null: no hosts map); undefined: no `endpoints:`. */
  endpoints: Record<string, string[] | null> | undefined;
  /** The scalar `manifests:` flags of values.yaml. */
  manifests: Record<string, boolean | string | number | null>;
  /** Undefined when the chart has no templates here. */
  reads: TemplateDependencyReads | undefined;
  /** The static components of values.yaml that wait for named jobs only, with those names. */
  jobsOnly: { component: string; jobs: string[] }[];
}

export type DependencyCharts = Record<string, ChartDependencyContext>;

/**
 * Values files are read to learn two maps here, not linted: a larger one is passed over. The lint's own
 * nesting and expansion limits, when the run gives them, take the place of these.
 */
const VALUES_LIMITS = { maxExpandedNodes: 200_000, maxFileBytes: 4 * 1024 * 1024, maxNestingDepth: 64 };

/** Sets a key read from values as an own property, whatever it is named (`__proto__` included). */
function setOwn<Value>(record: Record<string, Value>, key: string, value: Value): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The endpoint entries of a values tree, with their host keys. */
export function endpointHosts(root: YamlNode | undefined): Record<string, string[] | null> | undefined {
  const endpoints = root?.kind === 'map' ? getEntry(root, 'endpoints')?.value : undefined;
  if (endpoints?.kind !== 'map') return undefined;
  const result: Record<string, string[] | null> = {};
  for (const entry of endpoints.entries) {
    const hosts = entry.value.kind === 'map' ? getEntry(entry.value, 'hosts')?.value : undefined;
    setOwn(result, entry.key, hosts?.kind === 'map' ? hosts.entries.map((host) => host.key) : null);
  }
  return result;
}

/** The scalar `manifests:` flags of a values tree. */
export function manifestFlags(root: YamlNode | undefined): Record<string, boolean | string | number | null> {
  const manifests = root?.kind === 'map' ? getEntry(root, 'manifests')?.value : undefined;
  const result: Record<string, boolean | string | number | null> = {};
  if (manifests?.kind !== 'map') return result;
  for (const entry of manifests.entries) if (entry.value.kind === 'scalar') setOwn(result, entry.key, entry.value.value);
  return result;
}

/** The derivation's name in the --cache store: a new name when valuesSummary changes what it gives. */
const VALUES_SUMMARY = 'entrypoint-values-summary/2';

/** What a chart's defaults say to the entrypoint rules: a function of the values document alone. */
function valuesSummary(root: YamlNode | undefined): Omit<ChartDependencyContext, 'reads'> {
  const jobsOnly = jobsOnlyComponents(dependencyComponents(root).components).map(({ component, jobs }) => ({
    component: component.name,
    jobs: jobs.map((job) => job.name),
  }));
  return { endpoints: endpointHosts(root), manifests: manifestFlags(root), jobsOnly };
}

/**
 * The summary of a chart's values.yaml, parsed under the limits the lint parses with (so that the
 * document can be handed on to the lint of the same file, and a document the lint refuses says nothing
 * here either).
 */
async function summaryOf(file: string, text: string, input: FactInput): Promise<Omit<ChartDependencyContext, 'reads'>> {
  const limits = { ...VALUES_LIMITS, ...(input.parsed?.limits ?? {}) };
  const derive = async (): Promise<Omit<ChartDependencyContext, 'reads'>> => {
    let document: YamlDocument;
    try {
      document = await parseYamlValues(text, limits);
    } catch {
      return valuesSummary(undefined);
    }
    input.parsed?.offer(file, text, document, limits);
    return valuesSummary(document.root);
  };
  // Parsing every chart's values is most of this fact: with --cache, an unchanged text is not parsed again.
  const kind = `${VALUES_SUMMARY}:${limits.maxExpandedNodes}:${limits.maxNestingDepth}`;
  return input.derived ? input.derived.get(kind, text, derive) : derive();
}

export const dependencyChartsFact = defineFact<DependencyCharts>({
  id: 'entrypoint-dependency-charts',
  needs: [topologyFact],
  async build(input, read) {
    const topology = read(topologyFact);
    // One library per set of dependency folders (nearly always the one helm-toolkit), read once.
    const libraries = new Map<string, Map<string, string>>();
    const libraryOf = (dirs: readonly string[]): Map<string, string> => {
      const key = [...dirs].sort().join('\0');
      let defines = libraries.get(key);
      if (!defines) {
        const texts = dirs.flatMap((dir) => readTemplateTexts(dir, listFiles(path.join(dir, 'templates'))).map(({ text }) => text));
        libraries.set(key, (defines = defineTexts(texts)));
      }
      return defines;
    };
    const result: DependencyCharts = {};
    for (const chart of input.charts) {
      // The rules judge only charts built on helm-toolkit.
      if (!usesHelmToolkit(chart)) continue;
      const file = path.join(chart.dir, 'values.yaml');
      const text = readTextOrUndefined(file, VALUES_LIMITS);
      const summary = text === undefined ? valuesSummary(undefined) : await summaryOf(file, text, input);
      let reads: TemplateDependencyReads | undefined;
      if (chart.templates.length > 0) {
        const below = closureOf(topology, chart.dir).filter((dep) => dep.dir !== chart.dir);
        const library = below.some((dep) => dep.name === 'helm-toolkit') ? libraryOf(below.map((dep) => dep.dir)) : undefined;
        reads = deriveDependencyReads(readTemplateTexts(chart.dir, chart.templates), library);
      }
      result[chart.dir] = { endpoints: summary.endpoints, manifests: summary.manifests, reads, jobsOnly: summary.jobsOnly };
    }
    return result;
  },
});

/** What a values file's `dependencies:` are judged against: its own maps over its chart's defaults. */
export interface DependencyContext {
  /** Host keys by endpoints key; null: no hosts map. Only entries the run can see. */
  endpoints: Record<string, string[] | null>;
  manifests: Record<string, boolean | string | number | null>;
  /** For an override file: its chart's defaults, when the run holds them. */
  defaults: ChartDependencyContext | undefined;
  reads: TemplateDependencyReads | undefined;
}

export function dependencyContextOf(
  charts: DependencyCharts,
  chartDir: string | undefined,
  root: YamlNode | undefined,
  isChartDefaults: boolean,
): DependencyContext {
  const chart = chartDir === undefined || isChartDefaults ? undefined : charts[chartDir];
  const endpoints: Record<string, string[] | null> = { ...chart?.endpoints };
  for (const [key, hosts] of Object.entries(endpointHosts(root) ?? {})) {
    const below = Object.hasOwn(endpoints, key) ? endpoints[key] : undefined;
    setOwn(endpoints, key, hosts === null ? (below ?? null) : [...new Set([...(below ?? []), ...hosts])]);
  }
  return {
    endpoints,
    manifests: { ...chart?.manifests, ...manifestFlags(root) },
    defaults: chart,
    reads: chartDir === undefined ? undefined : charts[chartDir]?.reads,
  };
}

/**
 * Whether some template passing the component renders under these `manifests:` flags: false when every
 * file that passes it opens with a guard one of whose flags is false; undefined when the templates are not
 * known or do not pass it.
 */
export function componentRendered(
  reads: TemplateDependencyReads | undefined,
  component: string,
  manifests: Readonly<Record<string, unknown>>,
): boolean | undefined {
  if (!reads?.components) return undefined;
  const files = reads.rendered.find((entry) => entry.component === component)?.guards;
  if (!files) return undefined;
  return files.some((guard) => !guard.some((flag) => Object.hasOwn(manifests, flag) && manifests[flag] === false));
}
