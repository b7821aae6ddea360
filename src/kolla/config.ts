/**
 * A Kolla `config.json` as `kolla_set_configs` reads it (kolla `docker/base/set_configs.py`): a standalone
 * file, or the value of a ConfigMap or Secret key. Rules report at its nodes through `place()`, which also
 * gives an embedded config's logical path (its ConfigMap key first).
 */
import { dottedPath, getEntry, pathOf, type PathSegment, type YamlEntry, type YamlMap, type YamlNode } from '../sources/yaml-view.js';

export interface KollaConfig {
  root: YamlNode;
  /** Every node's span is the holding scalar's (a base64 Secret value, an escaped string): no finer place is known. */
  approximate: boolean;
  /** Where a finding about a node goes: the node, and for an embedded config the path from its manifest. */
  place(node: YamlNode): { node: YamlNode; path?: string };
}

/** The top-level keys kolla_set_configs reads (`directories` and `files` since 2026); it ignores others. */
export const KOLLA_TOP_LEVEL_KEYS = ['command', 'config_files', 'permissions', 'directories', 'files'] as const;
/** `config_files[]` items are passed as `ConfigFile(**item)`: any other key is a TypeError, exit 2. */
export const CONFIG_FILE_KEYS = ['source', 'dest', 'owner', 'perm', 'optional', 'preserve_properties', 'merge'] as const;
/** `permissions[]` keys read (unknown ones are ignored). */
export const PERMISSION_KEYS = ['path', 'owner', 'perm', 'recurse', 'exclude'] as const;

export function standaloneConfig(root: YamlNode): KollaConfig {
  return { root, approximate: false, place: (node) => ({ node }) };
}

/** A config held by a manifest's scalar: paths start at the manifest object and its key. */
export function embeddedConfig(root: YamlNode, holder: YamlNode, object: string, approximate: boolean): KollaConfig {
  const prefix = pathOf(holder);
  return {
    root,
    approximate,
    place: (node) => ({ node, path: `${object}:${dottedPath([...prefix, ...pathOf(node)] as PathSegment[])}` }),
  };
}

/** How messages name a node inside the config: `config_files[1]`, `permissions[0].perm`, `the config`. */
export function shownPath(node: YamlNode): string {
  const path = dottedPath(pathOf(node));
  return path === '' ? 'the config' : path;
}

/** The entry of a top-level key, when the config is a map. */
export function entryOf(config: KollaConfig, key: string): YamlEntry | undefined {
  return config.root.kind === 'map' ? getEntry(config.root, key) : undefined;
}

/** The map items of a top-level list (`config_files`, `permissions`); other items are the list rules' to report. */
export function mapItems(config: KollaConfig, key: string): YamlMap[] {
  const list = entryOf(config, key)?.value;
  return list?.kind === 'seq' ? list.items.filter((item): item is YamlMap => item.kind === 'map') : [];
}

/** Python's truthiness of a JSON value: what `if item.get('preserve_properties')` sees. */
export function truthy(node: YamlNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'map') return node.entries.length > 0;
  if (node.kind === 'seq') return node.items.length > 0;
  return node.value !== null && node.value !== false && node.value !== 0 && node.value !== '';
}

/** A JSON value's type, as messages name it. */
export function jsonType(node: YamlNode): string {
  if (node.kind === 'map') return 'an object';
  if (node.kind === 'seq') return 'a list';
  if (node.value === null) return 'null';
  if (typeof node.value === 'boolean') return `${node.value}`;
  return typeof node.value === 'number' ? 'a number' : 'a string';
}
