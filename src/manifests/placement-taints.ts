/**
 * Dedicated nodes: a taint keeps other pods off them, and a pod meant for them both tolerates the taint and
 * selects the nodes. Tolerating without selecting lets the pod run on any node. Kubernetes' own matching
 * (k8s.io/api core/v1 `Toleration.ToleratesTaint`) decides what a toleration tolerates.
 */
import { getEntry, getPath, scalarString, type YamlMap, type YamlNode } from '../sources/yaml-view.js';

export interface Taint {
  key: string;
  value: string;
  /** NoSchedule, PreferNoSchedule or NoExecute. */
  effect: string;
}

const EFFECTS = new Set(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);

/** `key=value:Effect` or `key:Effect`, as `kubectl taint` writes them; undefined when it is neither. */
export function parseTaint(text: string): Taint | undefined {
  const match = /^([^=:\s]+)(?:=([^:\s]*))?:([A-Za-z]+)$/.exec(text.trim());
  if (!match || !EFFECTS.has(match[3]!)) return undefined;
  return { key: match[1]!, value: match[2] ?? '', effect: match[3]! };
}

export function taintText(taint: Taint): string {
  return `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`;
}

/**
 * How a toleration tolerates a taint: `by-value` when it names the taint's key and value (a pod meant for
 * those nodes), `by-key` for `operator: Exists` (every value of the key, or with no key every taint: a pod
 * meant for every such node), `no` otherwise. Undefined when a field is not a plain string (a template the render left): unknown.
 */
export function toleration(item: YamlNode, taint: Taint): 'by-value' | 'by-key' | 'no' | undefined {
  if (item.kind !== 'map') return undefined;
  const field = (name: string): string | undefined | null => {
    const entry = getEntry(item, name);
    if (!entry || (entry.value.kind === 'scalar' && entry.value.value === null)) return '';
    return entry.value.kind === 'scalar' && typeof entry.value.value === 'string' ? entry.value.value : null;
  };
  const [key, operator, value, effect] = [field('key'), field('operator'), field('value'), field('effect')];
  if (key === null || operator === null || value === null || effect === null) return undefined;
  if (effect !== '' && effect !== taint.effect) return 'no';
  if (key !== '' && key !== taint.key) return 'no';
  if (operator === 'Exists') return 'by-key';
  if (operator !== '' && operator !== 'Equal') return 'no';
  return value === taint.value ? 'by-value' : 'no';
}

/**
 * Labels that every kind of node carries: selecting on them does not keep a pod to dedicated nodes.
 * Any other label in a nodeSelector or a required node affinity term is taken to confine the pod.
 */
const BROAD_LABELS = new Set([
  'kubernetes.io/os',
  'kubernetes.io/arch',
  'beta.kubernetes.io/os',
  'beta.kubernetes.io/arch',
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region',
  'node.kubernetes.io/instance-type',
  'beta.kubernetes.io/instance-type',
]);

export type Confinement = 'confined' | 'preferred' | 'unconfined';

/**
 * Whether the pod spec keeps the pod to some nodes: `nodeName`, a nodeSelector label, or required node
 * affinity whose every term names a label. `preferred` when only a preferred node affinity names `key`.
 * Anything the render left in another shape counts as confined: the rule cannot know.
 */
export function confinement(spec: YamlMap, key: string): Confinement {
  const nodeName = getEntry(spec, 'nodeName');
  if (nodeName && !(nodeName.value.kind === 'scalar' && (nodeName.value.value === null || nodeName.value.value === ''))) return 'confined';
  const selector = getEntry(spec, 'nodeSelector')?.value;
  if (selector && !(selector.kind === 'scalar' && selector.value === null)) {
    if (selector.kind !== 'map' || selector.entries.some((entry) => !BROAD_LABELS.has(entry.key))) return 'confined';
  }
  const affinity = getPath(spec, ['affinity', 'nodeAffinity']);
  const required = getPath(affinity, ['requiredDuringSchedulingIgnoredDuringExecution']);
  if (required && !(required.kind === 'scalar' && required.value === null)) {
    const terms = getPath(required, ['nodeSelectorTerms']);
    if (terms?.kind !== 'seq' || terms.items.length === 0 || terms.items.every(confiningTerm)) return 'confined';
  }
  const preferred = getPath(affinity, ['preferredDuringSchedulingIgnoredDuringExecution']);
  if (preferred?.kind === 'seq' && preferred.items.some((item) => termKeys(getPath(item, ['preference'])).includes(key)))
    return 'preferred';
  return 'unconfined';
}

/** A term that names a label other than a broad one; an empty term matches no node, and is not this rule's to judge. */
function confiningTerm(term: YamlNode): boolean {
  const keys = termKeys(term);
  return term.kind !== 'map' || keys.length === 0 || keys.some((key) => !BROAD_LABELS.has(key));
}

/** The label keys of a node selector term's matchExpressions, and `metadata.name` for its matchFields. */
function termKeys(term: YamlNode | undefined): string[] {
  const keys: string[] = [];
  for (const list of ['matchExpressions', 'matchFields']) {
    const expressions = getPath(term, [list]);
    if (expressions?.kind !== 'seq') continue;
    for (const expression of expressions.items) keys.push(scalarString(getPath(expression, ['key'])) ?? '\0unknown');
  }
  return keys;
}
