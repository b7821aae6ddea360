/**
 * The hot-fix patches of a manifest stream: the `.patch` keys of ConfigMaps named `<svc>-patches`, which SAP's
 * charts build from `(.Files.Glob "patches/*.patch").AsConfig` and mount at `/<svc>-patches`. Only `.patch`
 * keys are read by the startup script (`for p in "$d"/*.patch`); others (the f5 agent's `*.diff`) are
 * applied some other way and left alone.
 */
import { getPath, scalarString, type YamlDocument, type YamlEntry, type YamlNode, type YamlScalar } from '../sources/yaml-view.js';

export interface PatchEntry {
  /** `ConfigMap/nova-patches`. */
  object: string;
  entry: YamlEntry;
  value: YamlScalar & { value: string };
  /** The `# Source:` template of the document, when the stream names it. */
  template: string | undefined;
}

const PATCHES_SUFFIX = '-patches';

export function findPatchEntries(documents: readonly YamlDocument[]): PatchEntry[] {
  const found: PatchEntry[] = [];
  const visit = (object: YamlNode | undefined, template: string | undefined): void => {
    if (object?.kind !== 'map') return;
    const kind = scalarString(getPath(object, ['kind']));
    const items = getPath(object, ['items']);
    if (kind === 'List' && items?.kind === 'seq') return items.items.forEach((item) => visit(item, template));
    const name = scalarString(getPath(object, ['metadata', 'name']));
    const data = getPath(object, ['data']);
    if (kind !== 'ConfigMap' || !name?.endsWith(PATCHES_SUFFIX) || data?.kind !== 'map') return;
    for (const entry of data.entries) {
      const value = entry.value;
      if (!entry.key.endsWith('.patch') || value.kind !== 'scalar' || typeof value.value !== 'string') continue;
      found.push({ object: `ConfigMap/${name}`, entry, value: value as PatchEntry['value'], template });
    }
  };
  for (const document of documents) visit(document.root, document.sourceTemplate);
  return found;
}
