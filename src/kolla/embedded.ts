/**
 * Kolla configs held in rendered manifests: a ConfigMap's or Secret's key `config.json`, or any key whose
 * value is a JSON object with both `command` and `config_files` (what Kolla images are started from). Text
 * values are located exactly inside their block scalar; base64 Secret data and escaped strings at the value.
 */
import {
  getChild,
  getEntry,
  getPath,
  scalarString,
  type YamlDocument,
  type YamlNode,
  type YamlProblem,
  type YamlScalar,
} from '../sources/yaml-view.js';
import { embeddedConfig, type KollaConfig } from './config.js';
import { parseJson } from './json.js';
import { valueOffsets } from './scalar-offsets.js';

export interface EmbeddedKolla {
  configs: KollaConfig[];
  /** A `config.json` key whose value reads as the start of a JSON object but is not valid JSON. */
  problems: YamlProblem[];
}

const KOLLA_KEYS = ['command', 'config_files', 'permissions'];
/** Where each kind keeps values as text, and as base64. */
const SECTIONS: Record<string, { text: string; base64: string }> = {
  ConfigMap: { text: 'data', base64: 'binaryData' },
  Secret: { text: 'stringData', base64: 'data' },
};

/** The parser recurses per level; an embedded value gets the default limits.maxNestingDepth (the stream's own is checked by its parser). */
const LIMITS = { maxNestingDepth: 256 };

export function findEmbeddedKolla(documents: readonly YamlDocument[], text: string): EmbeddedKolla {
  const found: EmbeddedKolla = { configs: [], problems: [] };
  const visit = (object: YamlNode): void => {
    if (object.kind !== 'map') return;
    const kind = scalarString(getChild(object, 'kind'));
    if (kind === 'List') {
      const items = getChild(object, 'items');
      if (items?.kind === 'seq') items.items.forEach(visit);
      return;
    }
    const sections = kind !== undefined && Object.hasOwn(SECTIONS, kind) ? SECTIONS[kind] : undefined;
    if (!sections) return;
    const label = `${kind}/${scalarString(getPath(object, ['metadata', 'name'])) ?? '(unnamed)'}`;
    readSection(object, sections.text, false, label);
    readSection(object, sections.base64, true, label);
  };
  const readSection = (object: YamlNode, section: string, base64: boolean, label: string): void => {
    const map = getChild(object, section);
    if (map?.kind !== 'map') return;
    for (const entry of map.entries) {
      if (entry.value.kind !== 'scalar' || typeof entry.value.value !== 'string') continue;
      if (getEntry(map, entry.key) !== entry) continue;
      readValue(entry.key, entry.value, base64, label);
    }
  };
  const readValue = (key: string, scalar: YamlScalar, base64: boolean, label: string): void => {
    const value = base64 ? decodeBase64(String(scalar.value)) : String(scalar.value);
    if (value === undefined || !value.trimStart().startsWith('{')) return;
    const offsets = base64 ? undefined : valueOffsets(text, scalar, value);
    const parsed = parseJson(value, LIMITS, offsets);
    if (!offsets) atScalar(parsed.root, parsed.problems, scalar);
    if (!parsed.root) {
      if (key === 'config.json') found.problems.push(...parsed.problems.filter((p) => p.fatal));
      return;
    }
    const isKolla =
      parsed.root.kind === 'map' &&
      (key === 'config.json'
        ? KOLLA_KEYS.some((k) => getChild(parsed.root, k) !== undefined)
        : getChild(parsed.root, 'command') !== undefined && getChild(parsed.root, 'config_files') !== undefined);
    if (!isKolla) return;
    found.problems.push(...parsed.problems);
    found.configs.push(embeddedConfig(parsed.root, scalar, label, !offsets));
  };
  for (const document of documents) if (document.root) visit(document.root);
  return found;
}

/** Strict base64 (what Kubernetes stores); undefined for anything else or for text that is not UTF-8. */
function decodeBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  const bytes = Buffer.from(compact, 'base64');
  const decoded = bytes.toString('utf8');
  return Buffer.from(decoded, 'utf8').equals(bytes) ? decoded : undefined;
}

/** Without a finer place, every node and problem stands at the scalar that holds the JSON. */
function atScalar(root: YamlNode | undefined, problems: YamlProblem[], scalar: YamlScalar): void {
  for (const problem of problems) problem.span = { ...scalar.span };
  const stack = root ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    node.span = { ...scalar.span };
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        entry.keySpan = { ...scalar.span };
        stack.push(entry.value);
      }
    } else if (node.kind === 'seq') stack.push(...node.items);
  }
}
