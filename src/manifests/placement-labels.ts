/**
 * Deprecated placement in rendered objects: the alpha scheduler annotations Kubernetes stopped reading in 1.6
 * (kubernetes/kubernetes#37299 and #38957 moved affinity and tolerations to pod spec fields), and the
 * `failure-domain.beta.kubernetes.io/*` node labels deprecated in 1.17 for `topology.kubernetes.io/*`,
 * wherever a label key chooses nodes: nodeSelector, node affinity, pod (anti-)affinity and spread
 * topology keys, StorageClass allowed topologies, PersistentVolume node affinity.
 */
import { getEntry, getPath, scalarString, type Span, type YamlDocument, type YamlNode } from '../sources/yaml-view.js';

export const DEPRECATED_LABELS: Readonly<Record<string, string>> = {
  'failure-domain.beta.kubernetes.io/zone': 'topology.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region': 'topology.kubernetes.io/region',
};

export interface DeprecatedLabelUse {
  span: Span;
  label: string;
  replacement: string;
  /** `nodeSelector`, `required node affinity`, `pod anti-affinity topologyKey` ... */
  where: string;
  /** `pod of Deployment/x (template)`, or `StorageClass/x`. */
  subject: string;
}

type Visit = (node: YamlNode | undefined, where: string) => void;

/** Every deprecated label key a label selector for nodes or a topology key names in a pod spec. */
export function podSpecLabelUses(spec: YamlNode, subject: string): DeprecatedLabelUse[] {
  const uses: DeprecatedLabelUse[] = [];
  const scalar: Visit = (node, where) => {
    const label = scalarString(node);
    if (node && label !== undefined && Object.hasOwn(DEPRECATED_LABELS, label)) {
      uses.push({ span: node.span, label, replacement: DEPRECATED_LABELS[label]!, where, subject });
    }
  };
  const selector = getPath(spec, ['nodeSelector']);
  if (selector?.kind === 'map') {
    for (const entry of selector.entries) {
      if (Object.hasOwn(DEPRECATED_LABELS, entry.key)) {
        uses.push({ span: entry.keySpan, label: entry.key, replacement: DEPRECATED_LABELS[entry.key]!, where: 'nodeSelector', subject });
      }
    }
  }
  const node = getPath(spec, ['affinity', 'nodeAffinity']);
  nodeSelectorTerms(
    getPath(node, ['requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms']),
    'required node affinity',
    scalar,
  );
  for (const item of items(getPath(node, ['preferredDuringSchedulingIgnoredDuringExecution']))) {
    expressionKeys(getPath(item, ['preference', 'matchExpressions']), 'preferred node affinity', scalar);
  }
  for (const [field, name] of [
    ['podAffinity', 'pod affinity'],
    ['podAntiAffinity', 'pod anti-affinity'],
  ] as const) {
    const affinity = getPath(spec, ['affinity', field]);
    for (const term of items(getPath(affinity, ['requiredDuringSchedulingIgnoredDuringExecution']))) {
      scalar(getPath(term, ['topologyKey']), `${name} topologyKey`);
    }
    for (const weighted of items(getPath(affinity, ['preferredDuringSchedulingIgnoredDuringExecution']))) {
      scalar(getPath(weighted, ['podAffinityTerm', 'topologyKey']), `${name} topologyKey`);
    }
  }
  for (const constraint of items(getPath(spec, ['topologySpreadConstraints']))) {
    scalar(getPath(constraint, ['topologyKey']), 'topologySpreadConstraints topologyKey');
  }
  return uses;
}

/** The same outside pods: StorageClass `allowedTopologies` and PersistentVolume node affinity. */
export function objectLabelUses(documents: readonly YamlDocument[]): DeprecatedLabelUse[] {
  const uses: DeprecatedLabelUse[] = [];
  const visitObject = (object: YamlNode | undefined): void => {
    if (object?.kind !== 'map') return;
    const kind = scalarString(getPath(object, ['kind']));
    if (kind === 'List') return items(getPath(object, ['items'])).forEach(visitObject);
    const subject = `${kind}/${scalarString(getPath(object, ['metadata', 'name'])) ?? '(unnamed)'}`;
    const scalar: Visit = (node, where) => {
      const label = scalarString(node);
      if (node && label !== undefined && Object.hasOwn(DEPRECATED_LABELS, label)) {
        uses.push({ span: node.span, label, replacement: DEPRECATED_LABELS[label]!, where, subject });
      }
    };
    if (kind === 'StorageClass') {
      for (const term of items(getEntry(object, 'allowedTopologies')?.value)) {
        for (const expression of items(getPath(term, ['matchLabelExpressions']))) scalar(getPath(expression, ['key']), 'allowedTopologies');
      }
    } else if (kind === 'PersistentVolume') {
      nodeSelectorTerms(getPath(object, ['spec', 'nodeAffinity', 'required', 'nodeSelectorTerms']), 'node affinity', scalar);
    }
  };
  for (const document of documents) visitObject(document.root);
  return uses;
}

function nodeSelectorTerms(terms: YamlNode | undefined, where: string, visit: Visit): void {
  for (const term of items(terms)) expressionKeys(getPath(term, ['matchExpressions']), where, visit);
}

function expressionKeys(expressions: YamlNode | undefined, where: string, visit: Visit): void {
  for (const expression of items(expressions)) visit(getPath(expression, ['key']), where);
}

function items(node: YamlNode | undefined): readonly YamlNode[] {
  return node?.kind === 'seq' ? node.items : [];
}

export const ALPHA_ANNOTATIONS = {
  tolerations: 'scheduler.alpha.kubernetes.io/tolerations',
  affinity: 'scheduler.alpha.kubernetes.io/affinity',
} as const;
