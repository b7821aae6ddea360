/**
 * Every container, init container and ephemeral container of every pod spec in a manifest stream:
 * Pod, PodTemplate, CronJob, and any object with `spec.template.spec` (Deployment, StatefulSet, DaemonSet,
 * ReplicaSet, ReplicationController, Job, custom resources), also inside a `kind: List`.
 */
import { getEntry, getPath, scalarString, type YamlDocument, type YamlEntry, type YamlMap, type YamlNode } from '../sources/yaml-view.js';

export type ContainerList = 'containers' | 'initContainers' | 'ephemeralContainers';

export interface ContainerSite {
  /** The object holding the pod spec, as `Kind/name`. */
  object: string;
  container: string;
  list: ContainerList;
  node: YamlMap;
  /** The object holding the pod spec, and the pod spec itself (its containers, service account, volumes). */
  owner: YamlMap;
  podSpec: YamlMap;
  image: YamlEntry | undefined;
  pullPolicy: YamlEntry | undefined;
  /** The `# Source:` template of the document, when the stream names it. */
  template: string | undefined;
  /** For messages: `container "api" in Deployment/keystone-api (keystone/templates/deployment-api.yaml)`. */
  label: string;
}

const LISTS: ContainerList[] = ['initContainers', 'containers', 'ephemeralContainers'];

export function findContainers(documents: readonly YamlDocument[]): ContainerSite[] {
  const sites: ContainerSite[] = [];
  for (const document of documents) {
    if (document.root) visitObject(document.root, document.sourceTemplate, sites);
  }
  return sites;
}

function visitObject(object: YamlNode, template: string | undefined, sites: ContainerSite[]): void {
  if (object.kind !== 'map') return;
  const kind = scalarString(getPath(object, ['kind'])) ?? '';
  if (kind === 'List') {
    const items = getPath(object, ['items']);
    if (items?.kind === 'seq') for (const item of items.items) visitObject(item, template, sites);
    return;
  }
  const spec = podSpec(object, kind);
  if (spec?.kind !== 'map') return;
  const name = scalarString(getPath(object, ['metadata', 'name'])) ?? '(unnamed)';
  const owner = `${kind || 'object'}/${name}`;
  for (const list of LISTS) {
    const containers = getEntry(spec, list)?.value;
    if (containers?.kind !== 'seq') continue;
    for (const container of containers.items) {
      if (container.kind !== 'map') continue;
      const containerName = String(scalarString(getPath(container, ['name'])) ?? '(unnamed)');
      const where = template ? ` (${template})` : '';
      const role = list === 'containers' ? 'container' : list === 'initContainers' ? 'init container' : 'ephemeral container';
      sites.push({
        object: owner,
        container: containerName,
        list,
        node: container,
        owner: object,
        podSpec: spec,
        image: getEntry(container, 'image'),
        pullPolicy: getEntry(container, 'imagePullPolicy'),
        template,
        label: `${role} "${containerName}" in ${owner}${where}`,
      });
    }
  }
}

function podSpec(object: YamlMap, kind: string): YamlNode | undefined {
  return getPath(podTemplateOf(object, kind), ['spec']);
}

/** The mapping that holds an object's pod `metadata` and `spec`: the Pod itself, or its pod template. */
export function podTemplateOf(object: YamlMap, kind: string): YamlNode | undefined {
  if (kind === 'Pod') return object;
  if (kind === 'PodTemplate') return getPath(object, ['template']);
  if (kind === 'CronJob') return getPath(object, ['spec', 'jobTemplate', 'spec', 'template']);
  return getPath(object, ['spec', 'template']);
}
