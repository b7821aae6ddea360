/**
 * Finds every image reference and pull policy in a values file, once, for all image rules:
 * - the OpenStack-Helm `images:` section, in today's `images.tags.<key>` layout or the original flat `images.<key>`;
 * - the common Helm image forms anywhere: `image: "repo:tag"` and `image: {registry, repository, tag, digest, pullPolicy}`.
 */
import {
  dottedPath,
  getEntry,
  pathOf,
  scalarSubSpan,
  type YamlEntry,
  type YamlMap,
  type YamlNode,
  type YamlScalar,
} from '../sources/yaml-view.js';
import { parseNormalizedReference } from './reference.js';
import { isTemplated, type ImageIndex, type ImageSite, type ImageSource, type ImagesSection, type ReferencePart } from './site.js';

/**
 * Top-level keys whose subtrees are not pod specs: OpenStack-Helm's `conf:` holds the services' own config
 * files, where `image` means other things (glance's audit map has `service_endpoints.image: service/storage/image`).
 */
const NOT_POD_SPECS = new Set(['conf']);

/** Keys of the images map that are settings, not images. */
const SECTION_SETTINGS = new Set(['pull_policy', 'local_registry', 'tags']);

export interface CollectContext {
  text: string;
  appVersion: string | undefined;
}

export function collectImages(root: YamlNode | undefined, context: CollectContext): ImageIndex {
  const index: ImageIndex = { section: undefined, images: [], pullPolicies: [] };
  if (root?.kind !== 'map') return index;
  const imagesEntry = getEntry(root, 'images');
  if (imagesEntry?.value.kind === 'map') index.section = readSection(imagesEntry, index, context);
  walk(root, index, context, imagesEntry?.value);
  return index;
}

function readSection(images: YamlEntry, index: ImageIndex, context: CollectContext): ImagesSection {
  const map = images.value as YamlMap;
  const tags = getEntry(map, 'tags');
  const layout = tags?.value.kind === 'map' ? 'tags' : 'flat';
  const holder = layout === 'tags' ? tags! : images;
  const imageKeys = new Map<string, YamlEntry>();
  for (const entry of (holder.value as YamlMap).entries) {
    if (layout === 'flat' && SECTION_SETTINGS.has(entry.key)) continue;
    if (entry.value.kind !== 'scalar') continue;
    imageKeys.set(entry.key, entry);
    const site = stringSite(entry, 'images-section', context);
    if (site) index.images.push(site);
  }
  const pullPolicy = getEntry(map, 'pull_policy');
  if (pullPolicy) index.pullPolicies.push({ key: dottedPath(pathOf(pullPolicy.value)), node: pullPolicy.value, source: 'images-section' });
  return { layout, holder, imageKeys, pullPolicy, images };
}

/** Every `image:` key outside the images section, at any depth. */
function walk(node: YamlNode, index: ImageIndex, context: CollectContext, skip: YamlNode | undefined): void {
  if (node === skip) return;
  if (node.kind === 'seq') {
    for (const item of node.items) walk(item, index, context, skip);
    return;
  }
  if (node.kind !== 'map') return;
  for (const entry of node.entries) {
    if (node.parent === undefined && NOT_POD_SPECS.has(entry.key)) continue;
    if (entry.key === 'image') {
      if (entry.value.kind === 'scalar') {
        const site = stringSite(entry, 'image-string', context);
        if (site) index.images.push(site);
        continue;
      }
      if (entry.value.kind === 'map' && readObject(entry, index, context)) continue;
    }
    walk(entry.value, index, context, skip);
  }
}

function stringSite(entry: YamlEntry, source: ImageSource, context: CollectContext): ImageSite | undefined {
  const node = entry.value as YamlScalar;
  if (node.value === null && source !== 'images-section') return undefined;
  if (typeof node.value === 'boolean') return undefined;
  const reference = node.value === null ? '' : String(node.value);
  const parsed = parseNormalizedReference(reference);
  const span = node.value === null ? entry.keySpan : node.span;
  return {
    reference,
    label: `"${dottedPath(pathOf(node))}"`,
    source,
    span,
    templated: isTemplated(reference),
    tagFromAppVersion: false,
    parsed,
    numericTag: undefined,
    partSpan(part) {
      if (!parsed.ok) return span;
      const at = parsed.ref.spans[part];
      return at ? scalarSubSpan(context.text, node, at[0], at[1]) : span;
    },
  };
}

/** `image: {registry, repository, tag, digest}`; false when the map is not an image object. */
function readObject(entry: YamlEntry, index: ImageIndex, context: CollectContext): boolean {
  const map = entry.value as YamlMap;
  const repository = scalarEntry(map, 'repository');
  if (!repository || typeof repository.value !== 'string') return false;
  const registry = scalarEntry(map, 'registry');
  const tag = scalarEntry(map, 'tag');
  const digest = scalarEntry(map, 'digest');
  const text = (node: YamlScalar | undefined): string => (node && node.value !== null ? String(node.value) : '');

  const tagFromAppVersion = text(tag) === '' && text(digest) === '' && context.appVersion !== undefined;
  const tagText = tagFromAppVersion ? context.appVersion! : text(tag);
  let reference = text(registry) ? `${text(registry)}/${repository.value}` : repository.value;
  if (tagText) reference += `:${tagText}`;
  if (text(digest)) reference += `@${text(digest)}`;

  const parts: Record<ReferencePart, YamlScalar | undefined> = { domain: registry, path: repository, tag, digest };
  const span = entry.keySpan;
  index.images.push({
    reference,
    label: `"${dottedPath(pathOf(map))}"`,
    source: 'image-object',
    span,
    templated: isTemplated(reference),
    tagFromAppVersion,
    parsed: parseNormalizedReference(reference),
    numericTag: tag && typeof tag.value === 'number' ? tag : undefined,
    partSpan(part) {
      // Without a registry key the host, if any, is written at the start of `repository`.
      return (parts[part] ?? (part === 'domain' ? repository : undefined))?.span ?? span;
    },
  });
  const pullPolicy = getEntry(map, 'pullPolicy');
  if (pullPolicy) index.pullPolicies.push({ key: dottedPath(pathOf(pullPolicy.value)), node: pullPolicy.value, source: 'image-object' });
  return true;
}

function scalarEntry(map: YamlMap, key: string): YamlScalar | undefined {
  const value = getEntry(map, key)?.value;
  return value?.kind === 'scalar' ? value : undefined;
}
