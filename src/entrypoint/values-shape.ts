/**
 * Where helm-toolkit's kubernetes-entrypoint snippet reads a chart's `dependencies:` values, and what it
 * reads there (helm-toolkit `snippets/_kubernetes_entrypoint_init_container.tpl`, `utils/_dependency_resolver.tpl`):
 *   dependencies.static.<component>                    the component the templates name
 *   dependencies.dynamic.common.<component>            merged in when images.local_registry.active
 *   dependencies.dynamic.job_rabbit_init.<component>   merged in when manifests.job_rabbit_init
 *   dependencies.dynamic.targeted.<mixin>.<component>  merged in by the dependency resolver
 *   dependencies.dynamic.<other>.<component>           read by no helm-toolkit code, kept to the same shape
 * Each component is a map of dependency kinds; the snippet reads only the six below.
 */
import { usesHelmToolkit, type ChartInfo } from '../sources/chart-info.js';
import { getEntry, type YamlEntry, type YamlMap, type YamlNode, type YamlScalar } from '../sources/yaml-view.js';

export const DEPENDENCY_KINDS = ['services', 'jobs', 'daemonset', 'container', 'pod', 'custom_resources'] as const;

const KINDS: ReadonlySet<string> = new Set(DEPENDENCY_KINDS);

export function isDependencyKind(key: string): boolean {
  return KINDS.has(key);
}

export interface DependencyComponent {
  /** `static`, `dynamic.common`, `dynamic.targeted.openvswitch`, ...: the map holding the component. */
  group: string;
  name: string;
  entry: YamlEntry;
  /** The component's map of dependency kinds; undefined for `null` and other non-maps. */
  map: YamlMap | undefined;
}

/** A dependency kind written where a component belongs (`dependencies.dynamic.common.jobs`). */
export interface MisplacedKind {
  group: string;
  entry: YamlEntry;
}

function mapOf(node: YamlNode | undefined): YamlMap | undefined {
  return node?.kind === 'map' ? node : undefined;
}

/** The `dependencies:` map of a values file, when it has the helm-toolkit shape (`static:` or `dynamic:`). */
export function dependenciesMap(root: YamlNode | undefined): YamlMap | undefined {
  const deps = mapOf(root?.kind === 'map' ? getEntry(root, 'dependencies')?.value : undefined);
  if (!deps) return undefined;
  return getEntry(deps, 'static') || getEntry(deps, 'dynamic') ? deps : undefined;
}

/**
 * Whether helm-toolkit reads the file's `dependencies:`: its chart is built on helm-toolkit, or the file
 * belongs to no chart of the run (an override file given alone) and has the shape.
 */
export function toolkitReadsDependencies(chart: Pick<ChartInfo, 'dependencies'> | undefined): boolean {
  return chart === undefined || usesHelmToolkit(chart);
}

/** Every component of a values file's `dependencies:`, and every dependency kind sitting where one belongs. */
export function dependencyComponents(root: YamlNode | undefined): { components: DependencyComponent[]; misplaced: MisplacedKind[] } {
  const components: DependencyComponent[] = [];
  const misplaced: MisplacedKind[] = [];
  const deps = dependenciesMap(root);
  if (!deps) return { components, misplaced };
  const holders: { group: string; map: YamlMap }[] = [];
  const statics = mapOf(getEntry(deps, 'static')?.value);
  if (statics) holders.push({ group: 'static', map: statics });
  const dynamic = mapOf(getEntry(deps, 'dynamic')?.value);
  for (const entry of dynamic?.entries ?? []) {
    const map = mapOf(entry.value);
    if (!map) continue;
    if (entry.key === 'targeted') {
      for (const mixin of map.entries) {
        const mixinMap = mapOf(mixin.value);
        if (mixinMap) holders.push({ group: `dynamic.targeted.${mixin.key}`, map: mixinMap });
      }
    } else holders.push({ group: `dynamic.${entry.key}`, map });
  }
  for (const { group, map } of holders) {
    for (const entry of map.entries) {
      if (isDependencyKind(entry.key) && entry.value.kind !== 'map') misplaced.push({ group, entry });
      else components.push({ group, name: entry.key, entry, map: mapOf(entry.value) });
    }
  }
  return { components, misplaced };
}

/** Where helm-toolkit reads the components of a group, for messages: `dependencies.dynamic.common.<component>`. */
export function componentPattern(group: string): string {
  return `dependencies.${group}.<component>`;
}

/** The `endpoints:` key helm-toolkit looks a service up by: hyphens become underscores. */
export function endpointKey(service: string): string {
  return service.replaceAll('-', '_');
}

/**
 * The `manifests:` flag helm-toolkit's dependency_jobs_filter derives from a job name: the text up to the
 * first `-` dropped, the rest joined with `_`, after `job_`. A name without `-` has no flag (always kept).
 */
export function jobFlag(job: string): string | undefined {
  const parts = job.split('-');
  return parts.length > 1 ? `job_${parts.slice(1).join('_')}` : undefined;
}

/** A static component that waits for jobs only, each named. */
export interface JobsOnlyComponent {
  component: DependencyComponent;
  jobs: { item: YamlScalar; name: string }[];
}

/** Whether a dependency kind other than the jobs lists anything. */
function listsOtherThanJobs(map: YamlMap): boolean {
  return map.entries.some((entry) => {
    if (entry.key === 'jobs') return false;
    const value = entry.value;
    return value.kind === 'seq'
      ? value.items.length > 0
      : value.kind === 'map'
        ? value.entries.length > 0
        : value.value !== null && value.value !== '';
  });
}

/**
 * The static components whose only dependencies are named jobs. A component that helm-toolkit's dependency
 * resolver or the rabbit-init mixin adds to (`dynamic.targeted.<mixin>.<c>`, `dynamic.job_rabbit_init.<c>`)
 * is left out: its static part is not all it waits for.
 */
export function jobsOnlyComponents(components: readonly DependencyComponent[]): JobsOnlyComponent[] {
  const mixedIn = new Set(components.filter((c) => c.group !== 'static' && c.group !== 'dynamic.common').map((c) => c.name));
  const found: JobsOnlyComponent[] = [];
  for (const component of components) {
    if (component.group !== 'static' || mixedIn.has(component.name) || !component.map || listsOtherThanJobs(component.map)) continue;
    const jobs = getEntry(component.map, 'jobs')?.value;
    if (jobs?.kind !== 'seq' || jobs.items.length === 0) continue;
    const named = jobs.items.flatMap((item) =>
      item.kind === 'scalar' && typeof item.value === 'string' ? [{ item, name: item.value }] : [],
    );
    if (named.length === jobs.items.length) found.push({ component, jobs: named });
  }
  return found;
}

/** The jobs of a list that helm-toolkit's filter drops under these `manifests:` flags (a flag set to false). */
export function droppedJobs<Job extends { name: string }>(
  jobs: readonly Job[],
  manifests: Readonly<Record<string, unknown>>,
): (Job & { flag: string })[] {
  return jobs.flatMap((job) => {
    const flag = jobFlag(job.name);
    return flag !== undefined && Object.hasOwn(manifests, flag) && manifests[flag] === false ? [{ ...job, flag }] : [];
  });
}
