/**
 * The API permissions kubernetes-entrypoint needs for what it waits for (airshipit/kubernetes-entrypoint
 * `dependencies/<kind>/<kind>.go`), and whether the RBAC objects of the deployment set grant them:
 *
 * - service: `get endpoints` (the Endpoints object; newer releases list `endpointslices` in
 *   `discovery.k8s.io` first and fall back to it, the sapcc fork lists EndpointSlices only): either one;
 * - job by name: `get jobs` (batch); jobs by labels: `list jobs`;
 * - daemonset: `get daemonsets` (apps) and `list pods` in its namespace, and `get pods` for its own pod;
 * - pod: `list pods` in its namespace, and `get pods` for its own pod;
 * - container: `get pods` for its own pod, in its own namespace.
 *
 * Only what the set can tell is judged: a namespace where no RoleBinding and no ClusterRoleBinding of the
 * set names the service account, or where one of them refers to a role the set does not hold (or to an
 * aggregated ClusterRole), may be granted by objects outside the set, so it is left alone.
 */
import { UNKNOWN_NAMESPACE } from '../facts/namespace.js';
import type { DependencyGraph, GraphNode } from './graph.js';
import type { ApiNeed, PolicyRule, SetBinding, SetPart, SetRole } from './set-objects.js';

interface Permission {
  group: string;
  resource: string;
  verb: string;
}

/** One requirement: any of the permissions is enough. */
type Requirement = readonly Permission[];

function requirements(need: ApiNeed): Requirement[] {
  switch (need.kind) {
    case 'service':
      return [
        [
          { group: '', resource: 'endpoints', verb: 'get' },
          { group: 'discovery.k8s.io', resource: 'endpointslices', verb: 'list' },
        ],
      ];
    case 'job':
      return [[{ group: 'batch', resource: 'jobs', verb: need.byLabels ? 'list' : 'get' }]];
    case 'daemonset':
      return [[{ group: 'apps', resource: 'daemonsets', verb: 'get' }], [{ group: '', resource: 'pods', verb: 'list' }]];
    case 'pod':
      return [[{ group: '', resource: 'pods', verb: 'list' }]];
    case 'container':
      return [[{ group: '', resource: 'pods', verb: 'get' }]];
  }
}

export interface MissingGrant {
  node: GraphNode;
  need: ApiNeed;
  namespace: string;
  serviceAccount: string;
  /** `get endpoints (or list endpointslices.discovery.k8s.io)`, one per requirement not granted. */
  missing: string[];
  /** The roles bound to the service account there. */
  roles: string[];
}

export function missingGrants(graph: DependencyGraph, parts: readonly SetPart[], setNamespace: string): MissingGrant[] {
  const roles = parts.flatMap((p) => p.roles);
  const bindings = parts.flatMap((p) => p.bindings);
  const out: MissingGrant[] = [];
  for (const node of graph.nodes) {
    const account = node.workload.serviceAccount;
    for (const need of node.workload.apiNeeds) {
      const namespace =
        need.namespace.kind === 'literal' ? need.namespace.name : need.namespace.kind === 'pod' ? node.namespace : undefined;
      if (namespace === undefined) continue;
      const bound = bindings.filter((b) => appliesIn(b, namespace, setNamespace) && names(b, account, node.namespace, setNamespace));
      if (bound.length === 0) continue;
      const held = bound.map((b) => roleOf(b, roles, setNamespace));
      if (held.some((role) => role === undefined || role.aggregated)) continue;
      const rules = (held as SetRole[]).flatMap((role) => role.rules);
      const missing = requirements(need)
        .filter((alternatives) => !alternatives.some((p) => rules.some((rule) => grants(rule, p))))
        .map((alternatives) => alternatives.map(permissionText).join(' (or ') + ')'.repeat(alternatives.length - 1));
      if (missing.length === 0) continue;
      out.push({
        node,
        need,
        namespace,
        serviceAccount: account,
        missing,
        roles: (held as SetRole[]).map((role) => `${role.kind}/${role.name}`),
      });
    }
  }
  return out;
}

/** Two namespaces are one, where a namespace nobody said (objects written without one, no --namespace) is any. */
function same(a: string, b: string, setNamespace: string): boolean {
  return a === b || (setNamespace === UNKNOWN_NAMESPACE && (a === UNKNOWN_NAMESPACE || b === UNKNOWN_NAMESPACE));
}

function appliesIn(binding: SetBinding, namespace: string, setNamespace: string): boolean {
  return binding.kind === 'ClusterRoleBinding' || same(binding.namespace ?? setNamespace, namespace, setNamespace);
}

function names(binding: SetBinding, account: string, accountNamespace: string, setNamespace: string): boolean {
  const own = binding.namespace ?? setNamespace;
  return binding.serviceAccounts.some((sa) => sa.name === account && same(sa.namespace ?? own, accountNamespace, setNamespace));
}

function roleOf(binding: SetBinding, roles: readonly SetRole[], setNamespace: string): SetRole | undefined {
  const { kind, name } = binding.roleRef;
  if (kind === 'ClusterRole') return roles.find((r) => r.kind === 'ClusterRole' && r.name === name);
  if (kind === 'Role')
    return roles.find(
      (r) => r.kind === 'Role' && r.name === name && same(r.namespace ?? setNamespace, binding.namespace ?? setNamespace, setNamespace),
    );
  return undefined;
}

function grants(rule: PolicyRule, permission: Permission): boolean {
  const any = (list: readonly string[], value: string): boolean => list.includes('*') || list.includes(value);
  return any(rule.apiGroups, permission.group) && any(rule.resources, permission.resource) && any(rule.verbs, permission.verb);
}

function permissionText(p: Permission): string {
  return `${p.verb} ${p.resource}${p.group ? `.${p.group}` : ''}`;
}
