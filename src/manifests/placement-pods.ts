/**
 * Every pod of a manifest stream with what decides where it runs: its template's metadata and its spec
 * (Pods, PodTemplates, CronJobs and any object with `spec.template`, also inside a `kind: List`).
 */
import { getPath, scalarString, type YamlDocument, type YamlMap, type YamlNode } from '../sources/yaml-view.js';
import { podTemplateOf } from './pods.js';

export interface PodSite {
  /** `Deployment/nova-api`. */
  object: string;
  kind: string;
  /** The pod's own metadata: the Pod's, or its template's. */
  metadata: YamlNode | undefined;
  spec: YamlMap;
  /** The `# Source:` template of the document, when the stream names it. */
  template: string | undefined;
  /** For messages: `pod of Deployment/nova-api (nova/templates/deployment-api.yaml)`. */
  label: string;
}

export function findPods(documents: readonly YamlDocument[]): PodSite[] {
  const pods: PodSite[] = [];
  const visit = (object: YamlNode | undefined, template: string | undefined): void => {
    if (object?.kind !== 'map') return;
    const kind = scalarString(getPath(object, ['kind'])) ?? '';
    const items = getPath(object, ['items']);
    if (kind === 'List' && items?.kind === 'seq') return items.items.forEach((item) => visit(item, template));
    const podTemplate = podTemplateOf(object, kind);
    const spec = getPath(podTemplate, ['spec']);
    if (spec?.kind !== 'map') return;
    const owner = `${kind || 'object'}/${scalarString(getPath(object, ['metadata', 'name'])) ?? '(unnamed)'}`;
    const label = kind === 'Pod' ? `pod ${owner}` : `pod of ${owner}`;
    pods.push({
      object: owner,
      kind,
      metadata: getPath(podTemplate, ['metadata']),
      spec,
      template,
      label: template ? `${label} (${template})` : label,
    });
  };
  for (const document of documents) visit(document.root, document.sourceTemplate);
  return pods;
}
