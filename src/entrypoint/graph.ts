/**
 * The deployment set's dependency graph: every workload of the streams linted together, each of its
 * kubernetes-entrypoint dependencies resolved against the set as kubernetes-entrypoint resolves it, and the
 * workloads that can never start because they wait for each other.
 *
 * - A Service dependency waits for a ready endpoint: a ready pod of any workload whose pod template the
 *   Service's selector matches, in the Service's namespace (any one of them is enough). A Service without a
 *   selector has endpoints someone else writes; an ExternalName Service has none; one that publishes
 *   not-ready addresses resolves as soon as a pod has an address, so it waits for no readiness.
 * - A job dependency waits for the Job of that name (or every Job with those labels) to complete.
 * - A daemonset dependency waits for the DaemonSet's pod on the same node to be ready.
 * - A pod dependency waits for a ready pod with those labels: any workload whose pod template carries them.
 * Names written without a namespace are looked up in the entrypoint's base namespace (`NAMESPACE`, which
 * helm-toolkit sets from the pod's own namespace); objects without one are in the set's namespace.
 */
import { UNKNOWN_NAMESPACE } from '../facts/namespace.js';
import { matchSegment } from '../sources/glob.js';
import type { FileSummary } from '../engine/rule.js';
import type { SetDependency, SetPart, SetService, SetWorkload } from './set-objects.js';

export interface GraphNode {
  /** `namespace/Kind/name`. */
  id: string;
  kind: SetWorkload['kind'];
  name: string;
  namespace: string;
  /** The chart it comes from: its `# Source:` template's (a sub-chart of an umbrella is its own), else the rendered chart. */
  chart: string | undefined;
  /** The file it was read from, for reports. */
  file: string;
  workload: SetWorkload;
  /** It can never start: it waits, directly or not, for a cycle. */
  stuck: boolean;
}

export type Resolution =
  /** Found: the workloads whose readiness it waits for (any one of them); blocking = it waits for readiness. */
  | { state: 'resolved'; targets: string[]; blocking: boolean; service?: SetService }
  /** Not in the set, and not declared external. */
  | { state: 'missing' }
  /** The Service is in the set but never gets an endpoint. */
  | { state: 'no-endpoints'; service: SetService }
  | { state: 'external-name'; service: SetService }
  /** Not in the set, but declared as expected from outside it. */
  | { state: 'external'; pattern: string }
  /** The namespace it is looked up in is not written in the manifests. */
  | { state: 'unknown' };

export interface GraphDependency {
  from: string;
  file: string;
  dependency: SetDependency;
  /** The namespace it is looked up in, when known. */
  namespace: string | undefined;
  /** How the graph shows the target: `service openstack:mariadb`. */
  label: string;
  resolution: Resolution;
  /** On at least one cycle. */
  cyclic: boolean;
}

export interface DependencyGraph {
  nodes: GraphNode[];
  dependencies: GraphDependency[];
  /** Every cycle, as node ids from its first member (the least id), each with the dependency of each step. */
  cycles: { nodes: string[]; steps: GraphDependency[] }[];
  /** More cycles exist than were listed. */
  cyclesTruncated: boolean;
  /** The streams form a set: several charts (rendered, or named by `# Source:` headers), or streams that name none. */
  isSet: boolean;
}

export interface GraphOptions {
  /** Where objects without a namespace are: the run's --namespace (helm template's); UNKNOWN_NAMESPACE when the run says none. */
  namespace: string;
  /** `namespace:name` globs of dependencies expected from outside the set. */
  external: readonly string[];
}

/** At most this many cycles are listed: past it, the graph is tangled beyond reading anyway. */
const MAX_CYCLES = 100;

export function buildGraph(parts: readonly FileSummary<SetPart>[], options: GraphOptions): DependencyGraph {
  const nodes: GraphNode[] = [];
  const services = new Map<string, SetService>();
  for (const { file, summary } of parts) {
    for (const workload of summary.workloads) {
      const namespace = workload.namespace ?? options.namespace;
      const id = `${namespace}/${workload.kind}/${workload.name}`;
      if (nodes.some((n) => n.id === id)) continue;
      const chart = chartOfTemplate(workload.template) ?? summary.chart;
      nodes.push({ id, kind: workload.kind, name: workload.name, namespace, chart, file, workload, stuck: false });
    }
    for (const service of summary.services) {
      const key = `${service.namespace ?? options.namespace}/${service.name}`;
      if (!services.has(key)) services.set(key, service);
    }
  }
  nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // A run that says no namespace (--manifests without --namespace): objects written without one may be in
  // any, so they answer a dependency in every namespace rather than none.
  const anywhere = options.namespace === UNKNOWN_NAMESPACE;
  const inNamespace = (namespace: string): GraphNode[] =>
    anywhere && namespace === UNKNOWN_NAMESPACE
      ? nodes
      : nodes.filter((n) => n.namespace === namespace || (anywhere && n.namespace === UNKNOWN_NAMESPACE));
  const external = options.external.map((pattern) => ({ pattern, matches: (name: string) => matchSegment(pattern, name) }));

  const dependencies: GraphDependency[] = [];
  for (const node of nodes) {
    for (const dependency of node.workload.dependencies) {
      // An empty name never resolves anywhere: the env rules say so where it is written.
      if (dependency.name === '') continue;
      const where = dependency.namespace;
      const namespace = where.kind === 'literal' ? where.name : where.kind === 'pod' ? node.namespace : undefined;
      const label = labelOf(dependency, namespace);
      const resolution = namespace === undefined ? ({ state: 'unknown' } as const) : resolve(dependency, namespace);
      const judged =
        resolution.state === 'missing' || resolution.state === 'no-endpoints' || resolution.state === 'external-name'
          ? externalOr(resolution, dependency, namespace!)
          : resolution;
      dependencies.push({ from: node.id, file: node.file, dependency, namespace, label, resolution: judged, cyclic: false });
    }
  }

  function resolve(dependency: SetDependency, namespace: string): Resolution {
    const here = inNamespace(namespace);
    const found = (targets: GraphNode[], blocking = true): Resolution =>
      targets.length > 0 ? { state: 'resolved', targets: targets.map((t) => t.id), blocking } : { state: 'missing' };
    switch (dependency.kind) {
      case 'service': {
        const service =
          services.get(`${namespace}/${dependency.name}`) ??
          (anywhere
            ? [...services.values()].find((s) => s.name === dependency.name && (namespace === UNKNOWN_NAMESPACE || !s.namespace))
            : undefined);
        if (!service) return { state: 'missing' };
        if (service.externalName) return { state: 'external-name', service };
        // No selector: its endpoints are someone else's to write.
        if (!service.selector) return { state: 'resolved', targets: [], blocking: false, service };
        const selector = service.selector;
        const behind = here.filter((n) => n.kind !== 'CronJob' && carries(n.workload.podLabels, selector));
        if (behind.length === 0) return { state: 'no-endpoints', service };
        return { state: 'resolved', targets: behind.map((t) => t.id), blocking: !service.publishNotReady, service };
      }
      case 'job':
        if (dependency.labels)
          return found(here.filter((n) => (n.kind === 'Job' || n.kind === 'CronJob') && carries(n.workload.jobLabels, dependency.labels!)));
        return found(here.filter((n) => n.kind === 'Job' && n.name === dependency.name));
      case 'daemonset':
        return found(here.filter((n) => n.kind === 'DaemonSet' && n.name === dependency.name));
      case 'pod':
        return found(
          here.filter((n) => carries(n.workload.podLabels, dependency.labels ?? {}) && Object.keys(dependency.labels ?? {}).length > 0),
        );
    }
  }

  function externalOr(resolution: Resolution, dependency: SetDependency, namespace: string): Resolution {
    const key = `${namespace}:${dependency.name ?? labelsText(dependency.labels ?? {})}`;
    const match = external.find((e) => e.matches(key));
    return match ? { state: 'external', pattern: match.pattern } : resolution;
  }

  const { cycles, truncated } = findCycles(nodes, dependencies, byId);
  for (const cycle of cycles) for (const step of cycle.steps) step.cyclic = true;
  // A set is several charts: rendered apart, together as an umbrella's sub-charts, or in streams whose
  // `# Source:` headers name them; streams that name no chart (kubectl dumps, hand-written manifests) are
  // taken as the deployment they show. One chart alone (`helm template keystone | chartlint --manifests -`)
  // is no set: its dependencies on other charts never resolve in it.
  const charts = new Set([...parts.map((p) => p.summary.chart), ...nodes.map((n) => n.chart)].filter((c) => c !== undefined));
  const streams = parts.filter((p) => !p.summary.rendered).length;
  const isSet = charts.size >= 2 || (charts.size === 0 && streams >= 1);
  return { nodes, dependencies, cycles, cyclesTruncated: truncated, isSet };
}

/**
 * Which workloads can ever start (all their dependencies resolve: any target started), to a fixed point;
 * the rest are stuck. A cycle is a closed walk among stuck workloads, each step a dependency whose targets
 * are all stuck. Each elementary cycle is listed once, from its least member.
 */
function findCycles(nodes: GraphNode[], dependencies: GraphDependency[], byId: ReadonlyMap<string, GraphNode>) {
  const started = new Set<string>();
  const byNode = new Map<string, GraphDependency[]>();
  for (const d of dependencies) byNode.set(d.from, [...(byNode.get(d.from) ?? []), d]);
  const waits = (d: GraphDependency): d is GraphDependency & { resolution: { state: 'resolved' } } =>
    d.resolution.state === 'resolved' && d.resolution.blocking && d.resolution.targets.length > 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const node of nodes) {
      if (started.has(node.id)) continue;
      const ready = (byNode.get(node.id) ?? []).every((d) => !waits(d) || d.resolution.targets.some((t) => started.has(t)));
      if (ready) {
        started.add(node.id);
        changed = true;
      }
    }
  }
  for (const node of nodes) node.stuck = !started.has(node.id);
  // Steps between stuck workloads: u -> v through a dependency of u none of whose targets starts.
  const steps = new Map<string, { to: string; via: GraphDependency }[]>();
  for (const d of dependencies) {
    if (!waits(d) || started.has(d.from) || d.resolution.targets.some((t) => started.has(t))) continue;
    for (const to of d.resolution.targets) {
      const list = steps.get(d.from) ?? [];
      if (!list.some((s) => s.to === to)) list.push({ to, via: d });
      steps.set(d.from, list);
    }
  }
  const cycles: { nodes: string[]; steps: GraphDependency[] }[] = [];
  let truncated = false;
  const stuck = nodes.filter((n) => n.stuck).map((n) => n.id);
  for (const start of stuck) {
    // Only members greater than the start: each cycle is found once, from its least member.
    const path: string[] = [start];
    const via: GraphDependency[] = [];
    const walk = (at: string): void => {
      for (const step of steps.get(at) ?? []) {
        if (truncated) return;
        if (step.to === start) {
          if (cycles.length >= MAX_CYCLES) {
            truncated = true;
            return;
          }
          cycles.push({ nodes: [...path], steps: [...via, step.via] });
        } else if (step.to > start && !path.includes(step.to) && byId.has(step.to)) {
          path.push(step.to);
          via.push(step.via);
          walk(step.to);
          path.pop();
          via.pop();
        }
      }
    };
    walk(start);
  }
  return { cycles, truncated };
}

/** The chart a `# Source:` template belongs to: the innermost sub-chart (`openstack/charts/keystone/...`), else its first folder. */
function chartOfTemplate(template: string | undefined): string | undefined {
  if (!template) return undefined;
  const sub = /(?:^|\/)charts\/([^/]+)\/templates\/(?!.*\/charts\/[^/]+\/templates\/)/.exec(template);
  return sub ? sub[1] : template.split('/')[0];
}

/** The labels carry every key and value of the selector. */
function carries(labels: Readonly<Record<string, string>>, selector: Readonly<Record<string, string>>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

export function labelsText(labels: Readonly<Record<string, string>>): string {
  return Object.keys(labels)
    .sort()
    .map((key) => `${key}=${labels[key]}`)
    .join(',');
}

function labelOf(dependency: SetDependency, namespace: string | undefined): string {
  const where = namespace ?? '?';
  const what = dependency.name ?? labelsText(dependency.labels ?? {});
  return `${dependency.kind} ${where}:${what}`;
}

/** `Deployment/keystone-api`, with its namespace when the set has more than one. */
export function workloadLabel(node: Pick<GraphNode, 'kind' | 'name'>): string {
  return `${node.kind}/${node.name}`;
}
