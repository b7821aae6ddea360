/**
 * A TripleO environment file as `container_images_prepare_multi` reads it (tripleo-common
 * kolla_builder.py): `parameter_defaults.ContainerImagePrepare` (and the role-specific
 * `<Role>ContainerImagePrepare`) is a list of entries, each a mapping whose `set` fills the image template;
 * later entries override earlier ones; `ContainerImageRegistryCredentials` holds `{registry: {user: pass}}`.
 * Nothing in TripleO validates the keys: an unknown one is ignored.
 */
import { getEntry, type YamlEntry, type YamlMap, type YamlNode, type YamlScalar } from '../sources/yaml-view.js';
import { pyValueOf, type PyValue } from './pyyaml.js';

/** The keys `container_images_prepare_multi` reads from an entry. */
export const ENTRY_KEYS = [
  'set',
  'tag_from_label',
  'push_destination',
  'pull_source',
  'includes',
  'excludes',
  'modify_role',
  'modify_vars',
  'modify_append_tag',
  'modify_only_with_labels',
  'modify_only_with_source',
  'multi_arch',
] as const;

/** One image family of the template: `{{namespace}}/{{name_prefix}}<service>{{name_suffix}}:{{tag}}` and the Ceph-side ones. */
export interface ImageFamily {
  namespace: string;
  image: string | undefined;
  tag: string;
  /** What the template puts between namespace and tag when the entry leaves the image key out (tripleo-common's defaults). */
  defaultImage: string;
}

const CEPH_SIDE: [prefix: string, image: string][] = [
  ['ceph', 'daemon'],
  ['ceph_prometheus', 'prometheus'],
  ['ceph_alertmanager', 'alertmanager'],
  ['ceph_node_exporter', 'node-exporter'],
  ['ceph_grafana', 'ceph-grafana'],
  ['ceph_haproxy', 'haproxy'],
  ['ceph_keepalived', 'keepalived'],
  ['pushgateway', 'pushgateway'],
];

export const FAMILIES: readonly ImageFamily[] = [
  { namespace: 'namespace', image: undefined, tag: 'tag', defaultImage: 'nova-api' },
  ...CEPH_SIDE.map(([prefix, image]) => ({
    namespace: `${prefix}_namespace`,
    image: `${prefix}_image`,
    tag: `${prefix}_tag`,
    defaultImage: image,
  })),
];

/** The switches the template tests: entries that differ in them select different images. */
export const TEMPLATE_SWITCHES = ['neutron_driver', 'ceph_images', 'rhel_containers'] as const;

/** The `set` keys tripleo-common's templates read (master and the stable branches). */
export const SET_KEYS = [
  'name_prefix',
  'name_suffix',
  ...TEMPLATE_SWITCHES,
  ...FAMILIES.flatMap((family) => [family.namespace, family.tag, ...(family.image ? [family.image] : [])]),
];

/**
 * Older releases' templates read more families (`openshift_*`, `openshift_etcd_*`, ...): any
 * `<family>_namespace`, `_image`, `_tag`, `_prefix` key is taken as one of them rather than called unknown.
 */
export const FAMILY_KEY = /^[a-z][a-z0-9_]*_(?:namespace|image|tag|prefix|base_image)$/;

/** `modify_only_with_source` values: the `image_source` of the template's entries. */
export const IMAGE_SOURCES = ['tripleo', 'kolla', 'ceph', 'prom', 'grafana', 'keepalived', 'haproxy'];

export interface PrepareEntry {
  /** `ContainerImagePrepare` or `<Role>ContainerImagePrepare`. */
  param: string;
  index: number;
  node: YamlMap;
  /** `ContainerImagePrepare[1]`: how messages name it. */
  label: string;
  set: YamlMap | undefined;
  key(name: string): YamlEntry | undefined;
}

export interface PrepareParam {
  name: string;
  entry: YamlEntry;
  entries: PrepareEntry[];
}

export interface TripleoFile {
  parameterDefaults: YamlMap | undefined;
  params: PrepareParam[];
  credentials: YamlEntry | undefined;
  /** PyYAML's reading of a scalar of this file. */
  py(node: YamlScalar): PyValue;
}

const PREPARE_PARAM = /^[A-Za-z0-9]*ContainerImagePrepare$/;
export const CREDENTIALS_PARAM = 'ContainerImageRegistryCredentials';

export function readTripleoFile(root: YamlNode | undefined, text: string): TripleoFile {
  const defaults = root?.kind === 'map' ? getEntry(root, 'parameter_defaults')?.value : undefined;
  const parameterDefaults = defaults?.kind === 'map' ? defaults : undefined;
  const params: PrepareParam[] = [];
  for (const entry of parameterDefaults?.entries ?? []) {
    if (!PREPARE_PARAM.test(entry.key)) continue;
    const items = entry.value.kind === 'seq' ? entry.value.items : [];
    const entries = items.flatMap((item, index): PrepareEntry[] => {
      if (item.kind !== 'map') return [];
      const set = getEntry(item, 'set')?.value;
      return [
        {
          param: entry.key,
          index,
          node: item,
          label: `${entry.key}[${index}]`,
          set: set?.kind === 'map' ? set : undefined,
          key: (name) => getEntry(item, name),
        },
      ];
    });
    params.push({ name: entry.key, entry, entries });
  }
  return {
    parameterDefaults,
    params,
    credentials: parameterDefaults ? getEntry(parameterDefaults, CREDENTIALS_PARAM) : undefined,
    py: (node) => pyValueOf(node, text),
  };
}

/** A scalar's PyYAML value, or undefined for a collection or no node. */
export function pyOf(file: TripleoFile, node: YamlNode | undefined): PyValue | undefined {
  return node?.kind === 'scalar' ? file.py(node) : undefined;
}

/** `set.tag` is truthy, so `tag_from_label` is not used for this entry ("do not use tag_from_label if a tag is specified in the set"). */
export function setsTag(file: TripleoFile, entry: PrepareEntry): boolean {
  const tag = entry.set ? getEntry(entry.set, 'tag')?.value : undefined;
  if (!tag) return false;
  return tag.kind !== 'scalar' || file.py(tag).truthy;
}

/** `tag_from_label` takes effect: written, truthy, and no `set.tag`. */
export function resolvesTagFromLabel(file: TripleoFile, entry: PrepareEntry): boolean {
  const label = entry.key('tag_from_label')?.value;
  if (!label || (label.kind === 'scalar' && !file.py(label).truthy)) return false;
  return !setsTag(file, entry);
}

/** The host part of a namespace as TripleO's uploader reads it: `urlparse('docker://' + ns).netloc`, its first component. */
export function registryOf(namespace: string): string {
  return namespace.split('/')[0]!;
}

/** What a node is, as messages say it: "a list", "a mapping", "the number 12", "the boolean true", "null", "a string". */
export function describeNode(file: TripleoFile, node: YamlNode): string {
  if (node.kind === 'seq') return 'a list';
  if (node.kind === 'map') return 'a mapping';
  const py = file.py(node);
  if (py.kind === 'null') return 'null';
  if (py.kind === 'bool') return `the boolean ${py.truthy ? 'true' : 'false'}`;
  if (py.kind === 'int' || py.kind === 'float') return 'a number';
  return 'a string';
}

/** One `{registry: {username: password}}` item of ContainerImageRegistryCredentials. */
export interface CredentialItem {
  registry: YamlEntry;
  /** The single pair, when the value is a mapping of exactly one. */
  pair: YamlEntry | undefined;
}

export function credentialItems(file: TripleoFile): CredentialItem[] {
  const map = file.credentials?.value;
  if (map?.kind !== 'map') return [];
  return map.entries.map((registry) => ({
    registry,
    pair: registry.value.kind === 'map' && registry.value.entries.length === 1 ? registry.value.entries[0] : undefined,
  }));
}

/** The logical path of a registry's credentials: never deeper, so no username reaches any output. */
export function credentialPath(registry: string): string {
  return `parameter_defaults.${CREDENTIALS_PARAM}.${registry}`;
}
