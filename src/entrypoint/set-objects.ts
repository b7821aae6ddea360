/**
 * What one manifest stream adds to the deployment set, as plain data a deployment rule keeps per file:
 * its workloads (with the kubernetes-entrypoint dependencies of each container), its Services, and its
 * RBAC (Roles, ClusterRoles and their bindings). Names and places only: the set is judged later, when
 * every stream of the run is in (src/entrypoint/graph.ts).
 */
import type { Anchor } from '../engine/rule.js';
import { getEntry, getPath, scalarString, type Span, type YamlDocument, type YamlMap, type YamlNode } from '../sources/yaml-view.js';
import { baseNamespace, readEntrypoint, valueSpan, type Dependency } from './env.js';

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod', 'ReplicaSet'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

/** The kinds of dependency the set can resolve: the others live inside the pod (container, config, socket) or are custom resources. */
export type SetDependencyKind = 'service' | 'job' | 'daemonset' | 'pod';

/** The namespace of an object as written: its own, or (undefined) the one it is applied to. */
export type WrittenNamespace = string | undefined;

/** Where an entrypoint looks up a dependency written without a namespace. */
export type DependencyNamespace =
  /** Written with it, or `NAMESPACE` set to a literal (or unset: `default`). */
  | { kind: 'literal'; name: string }
  /** `NAMESPACE` from `metadata.namespace`: the pod's own. */
  | { kind: 'pod' }
  /** Set in a way the manifest does not say. */
  | { kind: 'unknown' };

export interface SetDependency {
  kind: SetDependencyKind;
  /** Services, daemonsets and jobs by name. */
  name: string | undefined;
  /** Jobs and pods by labels. */
  labels: Record<string, string> | undefined;
  namespace: DependencyNamespace;
  requireSameNode: boolean;
  /** The container that waits, and the variable it is written in. */
  container: string;
  variable: string;
  /** The item as written (`openstack:mariadb`), for messages. */
  written: string;
  at: Anchor;
}

export interface SetWorkload {
  kind: WorkloadKind;
  name: string;
  namespace: WrittenNamespace;
  /** The pod template's labels (for a Job or CronJob, also the job's own labels in `jobLabels`). */
  podLabels: Record<string, string>;
  jobLabels: Record<string, string>;
  serviceAccount: string;
  /** The `# Source:` template, when the stream names it. */
  template: string | undefined;
  /** Every dependency the set can resolve, of every container that runs kubernetes-entrypoint. */
  dependencies: SetDependency[];
  /** Some container runs kubernetes-entrypoint (sets `DEPENDENCY_*`), whatever it waits for. */
  usesEntrypoint: boolean;
  /** Kinds of dependency this workload's entrypoints use that need the API, with the first place each is written. */
  apiNeeds: ApiNeed[];
  at: Anchor;
}

/** One API permission an entrypoint needs: for messages and entrypoint/rbac. */
export interface ApiNeed {
  kind: SetDependencyKind | 'container';
  /** Where it reads: the dependency's namespace, or the pod's own (for its own pod). */
  namespace: DependencyNamespace;
  /** By name (get) or by labels (list). */
  byLabels: boolean;
  container: string;
  variable: string;
  at: Anchor;
}

export interface SetService {
  name: string;
  namespace: WrittenNamespace;
  /** undefined: no selector (its endpoints are written by someone else). */
  selector: Record<string, string> | undefined;
  externalName: boolean;
  /** Not-ready pods' addresses are published: a dependency on it resolves as soon as a pod has an address. */
  publishNotReady: boolean;
  at: Anchor;
}

export interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

export interface SetRole {
  kind: 'Role' | 'ClusterRole';
  name: string;
  namespace: WrittenNamespace;
  rules: PolicyRule[];
  /** An aggregated ClusterRole: its rules are filled in by the cluster. */
  aggregated: boolean;
}

export interface SetBinding {
  kind: 'RoleBinding' | 'ClusterRoleBinding';
  name: string;
  namespace: WrittenNamespace;
  roleRef: { kind: string; name: string };
  serviceAccounts: { name: string; namespace: WrittenNamespace }[];
}

export interface SetPart {
  /** The chart rendered (`--render`), or undefined for a stream given with --manifests. */
  chart: string | undefined;
  /** Rendered by this run (`--render`), not a stream given with --manifests. */
  rendered: boolean;
  workloads: SetWorkload[];
  services: SetService[];
  roles: SetRole[];
  bindings: SetBinding[];
}

/** The part of the set one stream holds. */
export function collectSetPart(
  documents: readonly YamlDocument[],
  text: string,
  source: { chart: string | undefined; rendered: boolean },
  anchor: (at: YamlNode | Span) => Anchor,
): SetPart {
  const part: SetPart = { ...source, workloads: [], services: [], roles: [], bindings: [] };
  const visit = (object: YamlNode | undefined, template: string | undefined): void => {
    if (object?.kind !== 'map') return;
    const kind = scalarString(getPath(object, ['kind'])) ?? '';
    if (kind === 'List') {
      const items = getPath(object, ['items']);
      if (items?.kind === 'seq') for (const item of items.items) visit(item, template);
      return;
    }
    const nameNode = getPath(object, ['metadata', 'name']);
    const name = scalarString(nameNode);
    if (name === undefined) return;
    const namespace = scalarString(getPath(object, ['metadata', 'namespace'])) || undefined;
    const at = anchor(nameNode ?? object);
    if ((WORKLOAD_KINDS as readonly string[]).includes(kind)) {
      const workload = readWorkload(object, kind as WorkloadKind, name, namespace, template, text, anchor, at);
      if (workload) part.workloads.push(workload);
    } else if (kind === 'Service') {
      const spec = getPath(object, ['spec']);
      const selectorNode = getPath(spec, ['selector']);
      const selector = stringMap(selectorNode);
      part.services.push({
        name,
        namespace,
        selector: selector && Object.keys(selector).length > 0 ? selector : undefined,
        externalName: scalarString(getPath(spec, ['type'])) === 'ExternalName',
        publishNotReady: scalarOf(getPath(spec, ['publishNotReadyAddresses'])) === true,
        at,
      });
    } else if (kind === 'Role' || kind === 'ClusterRole') {
      part.roles.push({
        kind,
        name,
        namespace: kind === 'Role' ? namespace : undefined,
        rules: policyRules(getPath(object, ['rules'])),
        aggregated: getPath(object, ['aggregationRule']) !== undefined,
      });
    } else if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') {
      const roleRef = getPath(object, ['roleRef']);
      const subjects = getPath(object, ['subjects']);
      part.bindings.push({
        kind,
        name,
        namespace: kind === 'RoleBinding' ? namespace : undefined,
        roleRef: { kind: scalarString(getPath(roleRef, ['kind'])) ?? '', name: scalarString(getPath(roleRef, ['name'])) ?? '' },
        serviceAccounts:
          subjects?.kind === 'seq'
            ? subjects.items.flatMap((subject) =>
                scalarString(getPath(subject, ['kind'])) === 'ServiceAccount' && scalarString(getPath(subject, ['name']))
                  ? [
                      {
                        name: scalarString(getPath(subject, ['name']))!,
                        namespace: scalarString(getPath(subject, ['namespace'])) || undefined,
                      },
                    ]
                  : [],
              )
            : [],
      });
    }
  };
  for (const document of documents) visit(document.root, document.sourceTemplate);
  return part;
}

function readWorkload(
  object: YamlMap,
  kind: WorkloadKind,
  name: string,
  namespace: WrittenNamespace,
  template: string | undefined,
  text: string,
  anchor: (at: YamlNode | Span) => Anchor,
  at: Anchor,
): SetWorkload | undefined {
  const podTemplate =
    kind === 'Pod'
      ? object
      : kind === 'CronJob'
        ? getPath(object, ['spec', 'jobTemplate', 'spec', 'template'])
        : getPath(object, ['spec', 'template']);
  const spec = getPath(podTemplate, ['spec']);
  if (spec?.kind !== 'map') return undefined;
  const jobMeta = kind === 'CronJob' ? getPath(object, ['spec', 'jobTemplate', 'metadata']) : getPath(object, ['metadata']);
  const workload: SetWorkload = {
    kind,
    name,
    namespace,
    podLabels: stringMap(getPath(podTemplate, ['metadata', 'labels'])) ?? {},
    jobLabels: kind === 'Job' || kind === 'CronJob' ? (stringMap(getPath(jobMeta, ['labels'])) ?? {}) : {},
    serviceAccount: scalarString(getPath(spec, ['serviceAccountName'])) || scalarString(getPath(spec, ['serviceAccount'])) || 'default',
    template,
    dependencies: [],
    usesEntrypoint: false,
    apiNeeds: [],
    at,
  };
  for (const list of ['initContainers', 'containers']) {
    const containers = getEntry(spec, list)?.value;
    if (containers?.kind !== 'seq') continue;
    for (const container of containers.items) {
      if (container.kind !== 'map') continue;
      const reading = readEntrypoint(container);
      if (!reading) continue;
      workload.usesEntrypoint = true;
      const containerName = scalarString(getPath(container, ['name'])) ?? '(unnamed)';
      const base = baseNamespace(reading);
      const own: DependencyNamespace =
        base.kind === 'namespace'
          ? { kind: 'literal', name: base.name }
          : base.kind === 'pod-namespace'
            ? { kind: 'pod' }
            : { kind: 'unknown' };
      for (const dependency of reading.dependencies) {
        const placed = anchor(valueSpan(text, dependency.variable, dependency.range));
        const namespaceOf: DependencyNamespace = dependency.namespace ? { kind: 'literal', name: dependency.namespace } : own;
        const need = (needKind: ApiNeed['kind'], where: DependencyNamespace, byLabels: boolean): void => {
          if (!workload.apiNeeds.some((n) => n.kind === needKind && sameNamespace(n.namespace, where) && n.byLabels === byLabels))
            workload.apiNeeds.push({
              kind: needKind,
              namespace: where,
              byLabels,
              container: containerName,
              variable: dependency.variable.name,
              at: placed,
            });
        };
        const kindOf = setKind(dependency);
        if (dependency.kind === 'container') need('container', own, false);
        if (!kindOf) continue;
        need(kindOf, namespaceOf, dependency.labels !== undefined);
        // A daemonset or pod dependency also reads the pod's own pod, in its base namespace.
        if (kindOf === 'daemonset' || kindOf === 'pod') need('container', own, false);
        workload.dependencies.push({
          kind: kindOf,
          name: dependency.name,
          labels: dependency.labels,
          namespace: namespaceOf,
          requireSameNode: dependency.requireSameNode,
          container: containerName,
          variable: dependency.variable.name,
          written: (dependency.variable.value ?? '').slice(dependency.range.start, dependency.range.end),
          at: placed,
        });
      }
    }
  }
  return workload;
}

function setKind(dependency: Dependency): SetDependencyKind | undefined {
  switch (dependency.kind) {
    case 'service':
    case 'job':
    case 'daemonset':
    case 'pod':
      return dependency.kind;
    default:
      return undefined;
  }
}

export function sameNamespace(a: DependencyNamespace, b: DependencyNamespace): boolean {
  return a.kind === b.kind && (a.kind !== 'literal' || a.name === (b as { name: string }).name);
}

function scalarOf(node: YamlNode | undefined): unknown {
  return node?.kind === 'scalar' ? node.value : undefined;
}

/** A map of strings (labels, a selector); undefined when it is not a map. Non-string values are written as text. */
function stringMap(node: YamlNode | undefined): Record<string, string> | undefined {
  if (node?.kind !== 'map') return undefined;
  const out: Record<string, string> = {};
  for (const entry of node.entries) {
    const value = scalarOf(entry.value);
    if (value !== undefined && value !== null) out[entry.key] = String(value);
  }
  return out;
}

function strings(node: YamlNode | undefined): string[] {
  if (node?.kind !== 'seq') return [];
  return node.items.flatMap((item) => (item.kind === 'scalar' && item.value !== null ? [String(item.value)] : []));
}

function policyRules(node: YamlNode | undefined): PolicyRule[] {
  if (node?.kind !== 'seq') return [];
  return node.items.map((rule) => ({
    apiGroups: strings(getPath(rule, ['apiGroups'])),
    resources: strings(getPath(rule, ['resources'])),
    verbs: strings(getPath(rule, ['verbs'])),
  }));
}
