/**
 * Finds every image reference and pull policy in a values file, once, for all image rules:
 * - in a chart built on helm-toolkit, the OpenStack-Helm `images:` section, in today's `images.tags.<key>`
 *   layout or the original flat `images.<key>`;
 * - the common Helm image forms anywhere (and in any other chart's `images:` map): `image: "repo:tag"`,
 *   `image: {registry, repository | image, tag, digest, pullPolicy}`, `image: repo` beside `tag:` /
 *   `imageTag:` / `digest:` keys, and named objects under `images:` (`images: {server: {repository, tag}}`).
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
import { usesHelmToolkit, type ChartInfo } from '../sources/chart-info.js';
import { parseNormalizedReference } from './reference.js';
import {
  buildPlaceholderIn,
  isTemplated,
  type ImageIndex,
  type ImageSite,
  type ImageSource,
  type ImagesSection,
  type ReferencePart,
} from './site.js';

/**
 * Top-level keys whose subtrees are not pod specs: OpenStack-Helm's `conf:` holds the services' own config
 * files, where `image` means other things (glance's audit map has `service_endpoints.image: service/storage/image`).
 */
const NOT_POD_SPECS = new Set(['conf']);

/** Keys of the images map that are settings, not images. */
const SECTION_SETTINGS = new Set(['pull_policy', 'pullPolicy', 'local_registry', 'tags']);

/** Keys that give the tag of an `image:` string written beside them. */
const SIBLING_TAG_KEYS = ['tag', 'imageTag'];

export interface CollectContext {
  text: string;
  appVersion: string | undefined;
  /** The chart is built on helm-toolkit, so even a flat `images:` map is its images section. */
  helmToolkit?: boolean | undefined;
}

/** What collecting a values file's images needs to know of it. */
export function imagesContextOf(file: { text: string; chart?: ChartInfo | undefined }): CollectContext {
  return { text: file.text, appVersion: file.chart?.appVersion, helmToolkit: file.chart ? usesHelmToolkit(file.chart) : undefined };
}

export function collectImages(root: YamlNode | undefined, context: CollectContext): ImageIndex {
  const index: ImageIndex = { section: undefined, images: [], pullPolicies: [] };
  if (root?.kind !== 'map') return index;
  const imagesEntry = getEntry(root, 'images');
  const sectionEntry = imagesEntry?.value.kind === 'map' && isImagesSection(imagesEntry.value, context) ? imagesEntry : undefined;
  if (sectionEntry) index.section = readSection(sectionEntry, index, context);
  walk(root, index, context, sectionEntry?.value);
  return index;
}

/**
 * `images.tags` and `images.pull_policy` are helm-toolkit's names wherever they are found (an override file may
 * set only the policy); a flat `images:` map of other keys is a section only in a chart built on helm-toolkit.
 */
function isImagesSection(images: YamlMap, context: CollectContext): boolean {
  return getEntry(images, 'tags')?.value.kind === 'map' || getEntry(images, 'pull_policy') !== undefined || context.helmToolkit === true;
}

/**
 * Without templates to read, a `global:` registry key (`global.imageRegistry`, `global.image.registry`,
 * `global.registry`) is the sign that the templates put it in front of the references.
 */
export function definesGlobalRegistry(root: YamlNode | undefined): boolean {
  if (root?.kind !== 'map') return false;
  const global = getEntry(root, 'global')?.value;
  if (global?.kind !== 'map') return false;
  const isRegistry = (key: string): boolean => /registry$/i.test(key);
  return global.entries.some(
    (entry) => isRegistry(entry.key) || (entry.value.kind === 'map' && entry.value.entries.some((inner) => isRegistry(inner.key))),
  );
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
  return { layout, holder, imageKeys, pullPolicy, misspeltPullPolicy: getEntry(map, 'pullPolicy'), images };
}

/** Every image outside the images section, at any depth. */
function walk(node: YamlNode, index: ImageIndex, context: CollectContext, skip: YamlNode | undefined): void {
  if (node === skip) return;
  if (node.kind === 'seq') {
    for (const item of node.items) walk(item, index, context, skip);
    return;
  }
  if (node.kind !== 'map') return;
  const siblings = siblingObject(node);
  for (const entry of node.entries) {
    if (node.parent === undefined && NOT_POD_SPECS.has(entry.key)) continue;
    if (entry.key === 'image' && entry.value.kind === 'scalar') {
      const site = siblings ? objectSite(entry, siblings, context) : stringSite(entry, 'image-string', context);
      if (site && site.reference !== '') index.images.push(site);
      // `image:` with `pullPolicy:` / `imagePullPolicy:` beside it, as many charts write a container's values.
      const policy = getEntry(node, 'pullPolicy') ?? getEntry(node, 'imagePullPolicy');
      if (policy && policy.value.kind === 'scalar')
        index.pullPolicies.push({
          key: dottedPath(pathOf(policy.value)),
          node: policy.value,
          source: 'image-string',
          image: site?.reference,
        });
      continue;
    }
    if (entry.value.kind === 'map' && isImageObjectKey(entry, node) && readObject(entry, index, context)) continue;
    walk(entry.value, index, context, skip);
  }
}

/** `image:` itself, `*Image` keys (`initImage`), and the named images of an `images:` map that is not a section. */
function isImageObjectKey(entry: YamlEntry, parent: YamlMap): boolean {
  if (entry.key === 'image' || entry.key === 'images' || /Image$/.test(entry.key)) return true;
  const holder = parent.parent;
  return holder?.kind === 'map' && holder.entries.some((e) => e.value === parent && e.key === 'images');
}

interface ObjectParts {
  map: YamlMap;
  registry: YamlScalar | undefined;
  repository: YamlScalar;
  tag: YamlScalar | undefined;
  digest: YamlScalar | undefined;
}

/** A map whose `image:` string is joined by the templates with the `tag:`/`imageTag:`/`digest:` beside it. */
function siblingObject(map: YamlMap): Omit<ObjectParts, 'repository'> | undefined {
  const tag = SIBLING_TAG_KEYS.map((key) => scalarEntry(map, key)).find((node) => node !== undefined);
  const digest = scalarEntry(map, 'digest');
  if (!tag && !digest) return undefined;
  return { map, registry: scalarEntry(map, 'registry'), tag, digest };
}

function stringSite(entry: YamlEntry, source: ImageSource, context: CollectContext): ImageSite | undefined {
  const node = entry.value as YamlScalar;
  if (typeof node.value === 'boolean') return undefined;
  // Outside helm-toolkit's section an empty image means "the template's default": the render judges it.
  if (source !== 'images-section' && (node.value === null || node.value === '')) return undefined;
  const reference = node.value === null ? '' : String(node.value);
  const parsed = parseNormalizedReference(reference);
  const span = node.value === null ? entry.keySpan : node.span;
  return {
    reference,
    label: `"${dottedPath(pathOf(node))}"`,
    source,
    span,
    templated: isTemplated(reference),
    buildPlaceholder: buildPlaceholderIn(reference),
    registryFromTemplate: false,
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

/** `image: {registry, repository | image, tag, digest}`; false when the map is not an image object. */
function readObject(entry: YamlEntry, index: ImageIndex, context: CollectContext): boolean {
  const map = entry.value as YamlMap;
  const repository = scalarEntry(map, 'repository') ?? scalarEntry(map, 'image');
  if (!repository || typeof repository.value !== 'string') return false;
  // `repository: ""`: the template's default image, which only the render shows.
  let site: ImageSite | undefined;
  if (repository.value !== '') {
    const parts = {
      map,
      registry: scalarEntry(map, 'registry'),
      repository,
      tag: scalarEntry(map, 'tag'),
      digest: scalarEntry(map, 'digest'),
    };
    site = objectSite(entry, parts, context);
    index.images.push(site);
  }
  const pullPolicy = getEntry(map, 'pullPolicy');
  if (pullPolicy)
    index.pullPolicies.push({
      key: dottedPath(pathOf(pullPolicy.value)),
      node: pullPolicy.value,
      source: 'image-object',
      image: site?.reference,
    });
  return true;
}

/** An image put together by the templates from its parts; `entry` is the object's key, or the `image:` string's. */
function objectSite(
  entry: YamlEntry,
  parts: Omit<ObjectParts, 'repository'> & { repository?: YamlScalar },
  context: CollectContext,
): ImageSite {
  const repository = parts.repository ?? (entry.value as YamlScalar);
  const { registry, tag, digest } = parts;
  const text = (node: YamlScalar | undefined): string => (node && node.value !== null ? String(node.value) : '');

  const tagFromAppVersion = text(tag) === '' && text(digest) === '' && context.appVersion !== undefined;
  const tagText = tagFromAppVersion ? context.appVersion! : text(tag);
  let reference = text(registry) ? `${text(registry)}/${text(repository)}` : text(repository);
  if (tagText) reference += `:${tagText}`;
  // A digest written with or without its algorithm prefix (`sha256:...`), as charts take both.
  if (text(digest)) reference += `@${text(digest)}`;

  const partNodes: Record<ReferencePart, YamlScalar | undefined> = { domain: registry, path: repository, tag, digest };
  const span = parts.repository ? entry.keySpan : repository.span;
  return {
    reference,
    label: `"${dottedPath(pathOf(parts.repository ? parts.map : repository))}"`,
    source: 'image-object',
    span,
    templated: isTemplated(reference),
    buildPlaceholder: buildPlaceholderIn(reference),
    // A registry key of the object's own, even empty, says the templates join one in.
    registryFromTemplate: registry !== undefined,
    tagFromAppVersion,
    parsed: parseNormalizedReference(reference),
    numericTag: tag && typeof tag.value === 'number' ? tag : undefined,
    partSpan(part) {
      // Without a registry key the host, if any, is written at the start of `repository`.
      return (partNodes[part] ?? (part === 'domain' ? repository : undefined))?.span ?? span;
    },
  };
}

function scalarEntry(map: YamlMap, key: string): YamlScalar | undefined {
  const value = getEntry(map, key)?.value;
  return value?.kind === 'scalar' ? value : undefined;
}
