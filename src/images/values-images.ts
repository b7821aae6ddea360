/**
 * Finds every image reference and pull policy in a values file, once, for all image rules:
 * - in a chart built on helm-toolkit, the OpenStack-Helm `images:` section, in today's `images.tags.<key>`
 *   layout or the original flat `images.<key>`;
 * - the common Helm image forms anywhere (and in any other chart's `images:` map): `image: "repo:tag"`,
 *   `image: {registry, repository | image, tag, digest | sha, pullPolicy}`, `image: repo` beside `tag:` /
 *   `imageTag:` / `digest:` keys, named objects under `images:` (`images: {server: {repository, tag}}`),
 *   and `{repository, tag}` objects under any key when a registry, digest or pull policy beside them says so;
 * - `imagePullPolicy:` keys anywhere, and `pullPolicy:` at the top or beside an image.
 * Where the values cannot say the whole reference, the site says so (`tagFromTemplate`, `registryFromTemplate`)
 * or is left out: an empty tag is the templates' to fill (often `.Chart.AppVersion`), a repository that
 * already holds a tag beside a `tag:` of its own is joined by the templates in ways the values do not show,
 * and a dependency's values fill in what a parent's override leaves out.
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
import { readdirSync } from 'node:fs';
import path from 'node:path';
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
/** Keys beside an `image:` string that may be joined to it as its tag. */
const VERSION_KEYS = ['version', 'imageVersion'];

export interface CollectContext {
  text: string;
  /** The chart's appVersion: what most templates put in for an empty tag (see ImageSite.tagFromTemplate). */
  appVersion: string | undefined;
  /** The chart is built on helm-toolkit, so even a flat `images:` map is its images section. */
  helmToolkit?: boolean | undefined;
  /**
   * Top-level keys under which the values address a dependency (its name or alias, or a folder under
   * `charts/`): there the dependency's own values supply what an override leaves out (registry, tag).
   */
  dependencyKeys?: ReadonlySet<string> | undefined;
}

/**
 * What collecting a values file's images needs to know of it. `memo` keeps what a chart folder holds for
 * the run: every values file of a chart would read its charts/ folder again.
 */
export function imagesContextOf(
  file: { text: string; chart?: ChartInfo | undefined },
  memo: <T>(key: string, build: () => T) => T = (_key, build) => build(),
): CollectContext {
  const chart = file.chart;
  return {
    text: file.text,
    appVersion: chart?.appVersion,
    helmToolkit: chart ? usesHelmToolkit(chart) : undefined,
    dependencyKeys: chart ? memo(`dependency-keys\0${chart.dir}`, () => dependencyKeysOf(chart)) : undefined,
  };
}

/** A packaged dependency under charts/ is `<name>-<version>.tgz`. */
const PACKAGED_CHART = /^(.+?)-v?\d[^/]*\.tgz$/;

function dependencyKeysOf(chart: ChartInfo): Set<string> {
  const keys = new Set<string>();
  for (const dependency of chart.dependencies) keys.add(dependency.alias ?? dependency.name);
  try {
    for (const entry of readdirSync(path.join(chart.dir, 'charts'), { withFileTypes: true })) {
      if (entry.isDirectory()) keys.add(entry.name);
      const packaged = entry.isFile() ? PACKAGED_CHART.exec(entry.name) : null;
      if (packaged) keys.add(packaged[1]!);
    }
  } catch {
    // no charts/ folder
  }
  return keys;
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
 * A `global:` registry key set to a registry (`global.imageRegistry`, `global.image.registry`,
 * `global.registry`): without templates to read, the sign that the templates put it in front of the
 * references; with templates that read `.Values.global`, where the registry comes from. An empty or null
 * one puts nothing in front: the defaults then render the registry-less reference.
 */
export function definesGlobalRegistry(root: YamlNode | undefined): boolean {
  if (root?.kind !== 'map') return false;
  const global = getEntry(root, 'global')?.value;
  if (global?.kind !== 'map') return false;
  const isRegistry = (entry: YamlEntry): boolean =>
    /registry$/i.test(entry.key) &&
    entry.value.kind === 'scalar' &&
    typeof entry.value.value === 'string' &&
    entry.value.value.trim() !== '';
  return global.entries.some((entry) => isRegistry(entry) || (entry.value.kind === 'map' && entry.value.entries.some(isRegistry)));
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
      const site = siblings ? objectSite(entry, siblings, context) : stringSite(entry, 'image-string', context, versionBeside(node));
      if (site && site.reference !== '') index.images.push(site);
      // `image:` with `pullPolicy:` / `imagePullPolicy:` beside it, as many charts write a container's values.
      const policy = getEntry(node, 'pullPolicy') ?? getEntry(node, 'imagePullPolicy');
      if (policy) pushPolicy(index, policy, 'image-string', site?.reference);
      continue;
    }
    // A container's `imagePullPolicy:` anywhere, and a `pullPolicy:` at the top (`pullPolicy: IfNotPresent`).
    if (entry.key === 'imagePullPolicy' || (entry.key === 'pullPolicy' && node.parent === undefined)) {
      pushPolicy(index, entry, 'image-string', undefined);
      continue;
    }
    if (entry.value.kind === 'map' && isImageObjectKey(entry, node) && readObject(entry, index, context)) continue;
    walk(entry.value, index, context, skip);
  }
}

/** Each policy once, though an image and a walk may both reach it. */
function pushPolicy(index: ImageIndex, entry: YamlEntry, source: ImageSource, image: string | undefined): void {
  if (index.pullPolicies.some((known) => known.node === entry.value)) return;
  // A policy that is a map or list is not a value (`imagePullPolicy: {}` as an override's placeholder is rare);
  // null and scalars are judged.
  if (entry.value.kind !== 'scalar' && source !== 'image-object') return;
  index.pullPolicies.push({ key: dottedPath(pathOf(entry.value)), node: entry.value, source, image });
}

/**
 * `image:` itself, `*Image` keys (`initImage`), the named images of an `images:` map that is not a section,
 * and any `{repository, tag}` map that a registry, digest or pull policy beside them marks as an image.
 */
function isImageObjectKey(entry: YamlEntry, parent: YamlMap): boolean {
  if (entry.key === 'image' || entry.key === 'images' || /Image$/.test(entry.key)) return true;
  const holder = parent.parent;
  if (holder?.kind === 'map' && holder.entries.some((e) => e.value === parent && e.key === 'images')) return true;
  const map = entry.value as YamlMap;
  return (
    getEntry(map, 'repository') !== undefined &&
    getEntry(map, 'tag') !== undefined &&
    IMAGE_MARKS.some((key) => getEntry(map, key) !== undefined)
  );
}

/** Keys that, beside `repository` and `tag`, make a map an image whatever its own key. */
const IMAGE_MARKS = ['registry', 'digest', 'pullPolicy', 'imagePullPolicy', 'pullSecrets'];

interface ObjectParts {
  map: YamlMap;
  registry: YamlScalar | undefined;
  repository: YamlScalar;
  tag: YamlScalar | undefined;
  digest: YamlScalar | undefined;
  /** A digest written without its algorithm (grafana's `sha:`), which the templates prefix with `sha256:`. */
  bareDigest?: boolean;
}

/** A map whose `image:` string is joined by the templates with the `tag:`/`imageTag:`/`digest:` beside it. */
function siblingObject(map: YamlMap): Omit<ObjectParts, 'repository'> | undefined {
  const tag = SIBLING_TAG_KEYS.map((key) => scalarEntry(map, key)).find((node) => node !== undefined);
  const digest = scalarEntry(map, 'digest');
  if (!tag && !digest) return undefined;
  return { map, registry: scalarEntry(map, 'registry'), tag, digest };
}

/** `image: x` beside `version:` / `imageVersion:`: a tag the templates may append, in a way the values do not show. */
function versionBeside(map: YamlMap): boolean {
  return VERSION_KEYS.some((key) => getEntry(map, key) !== undefined);
}

/** A value under `image:` that is a URL or has spaces in it is some other setting (a disk image, a description). */
function isNotAReference(value: string): boolean {
  return value.includes('://') || /\s/.test(value.trim());
}

function stringSite(entry: YamlEntry, source: ImageSource, context: CollectContext, tagBeside = false): ImageSite | undefined {
  const node = entry.value as YamlScalar;
  if (typeof node.value === 'boolean') return undefined;
  // Outside helm-toolkit's section an empty image means "the template's default": the render judges it.
  if (source !== 'images-section' && (node.value === null || node.value === '')) return undefined;
  const reference = node.value === null ? '' : String(node.value);
  if (source !== 'images-section' && !isTemplated(reference) && isNotAReference(reference)) return undefined;
  const parsed = parseNormalizedReference(reference);
  const span = node.value === null ? entry.keySpan : node.span;
  // Under a dependency's key, its templates and defaults may add a registry or a tag: the render shows which.
  const dependency = source !== 'images-section' && underDependency(node, context);
  return {
    reference,
    label: `"${dottedPath(pathOf(node))}"`,
    valuesPath: templatePath(node),
    source,
    span,
    templated: isTemplated(reference),
    buildPlaceholder: buildPlaceholderIn(reference),
    registryFromTemplate: dependency,
    tagFromTemplate: (dependency || tagBeside) && parsed.ok && parsed.ref.tag === null && parsed.ref.digest === null,
    parsed,
    numericTag: undefined,
    partSpan(part) {
      if (!parsed.ok) return span;
      const at = parsed.ref.spans[part];
      return at ? scalarSubSpan(context.text, node, at[0], at[1]) : span;
    },
  };
}

/** The node lies under a top-level key that addresses one of the chart's dependencies. */
function underDependency(node: YamlNode, context: CollectContext): boolean {
  const first = pathOf(node)[0];
  return typeof first === 'string' && context.dependencyKeys?.has(first) === true;
}

/** `image: {registry, repository | image, tag, digest}`; false when the map is not an image object. */
function readObject(entry: YamlEntry, index: ImageIndex, context: CollectContext): boolean {
  const map = entry.value as YamlMap;
  const repository = scalarEntry(map, 'repository') ?? scalarEntry(map, 'image');
  if (!repository || typeof repository.value !== 'string') return false;
  if (repository.value !== '' && !isTemplated(repository.value) && isNotAReference(repository.value)) return false;
  // `repository: ""`: the template's default image, which only the render shows.
  let site: ImageSite | undefined;
  if (repository.value !== '') {
    const sha = scalarEntry(map, 'digest') ? undefined : scalarEntry(map, 'sha');
    const parts: ObjectParts = {
      map,
      registry: scalarEntry(map, 'registry'),
      repository,
      tag: scalarEntry(map, 'tag') ?? scalarEntry(map, 'imageTag'),
      digest: scalarEntry(map, 'digest') ?? sha,
      bareDigest: sha !== undefined,
    };
    site = objectSite(entry, parts, context);
    if (site) index.images.push(site);
  }
  const pullPolicy = getEntry(map, 'pullPolicy') ?? getEntry(map, 'imagePullPolicy');
  if (pullPolicy) pushPolicy(index, pullPolicy, 'image-object', site?.reference);
  return true;
}

/**
 * An image put together by the templates from its parts; `entry` is the object's key, or the `image:` string's.
 * Undefined when the values cannot say what the templates make of the parts: a repository that holds a tag
 * (or digest) of its own beside a `tag:` (or `digest:`) that is set too.
 */
function objectSite(
  entry: YamlEntry,
  parts: Omit<ObjectParts, 'repository'> & { repository?: YamlScalar },
  context: CollectContext,
): ImageSite | undefined {
  const repository = parts.repository ?? (entry.value as YamlScalar);
  const { registry, tag, digest } = parts;
  const text = (node: YamlScalar | undefined): string => (node && node.value !== null ? String(node.value) : '');
  if (text(repository) === '' || isNotAReference(text(repository))) return undefined;

  let reference = text(registry) ? `${text(registry).replace(/\/+$/, '')}/${text(repository)}` : text(repository);
  // `repository: app:1.0` (or `image: app@sha256:...`): the whole reference is written there already.
  const written = parseNormalizedReference(reference);
  const holdsTag = written.ok && written.ref.tag !== null;
  const holdsDigest = written.ok && written.ref.digest !== null;
  let digestText = text(digest);
  if (digestText && parts.bareDigest && !digestText.includes(':')) digestText = `sha256:${digestText}`;
  if (((holdsTag || holdsDigest) && text(tag)) || (holdsDigest && digestText)) return undefined;

  const dependency = underDependency(repository, context);
  // An empty or absent tag is the templates' to fill: most default it to .Chart.AppVersion, a dependency's
  // values supply their own; what renders is the render's to say.
  const tagFromTemplate = !holdsTag && !holdsDigest && text(tag) === '' && digestText === '';
  if (text(tag) && !holdsTag && !holdsDigest) reference += `:${text(tag)}`;
  // A digest written with or without its algorithm prefix (`sha256:...`), as charts take both.
  if (digestText) reference += `@${digestText}`;

  const partNodes: Record<ReferencePart, YamlScalar | undefined> = { domain: registry, path: repository, tag, digest };
  const span = parts.repository ? entry.keySpan : repository.span;
  return {
    reference,
    label: `"${dottedPath(pathOf(parts.repository ? parts.map : repository))}"`,
    valuesPath: templatePath(parts.repository ? parts.map : repository),
    source: 'image-object',
    span,
    templated: isTemplated(reference),
    buildPlaceholder: buildPlaceholderIn(reference),
    // A registry key of the object's own, even empty, says the templates join one in; under a dependency's
    // key, the dependency's own registry default does.
    registryFromTemplate: registry !== undefined || dependency,
    tagFromTemplate,
    parsed: parseNormalizedReference(reference),
    numericTag: tag && typeof tag.value === 'number' ? tag : undefined,
    partSpan(part) {
      if (holdsTag && (part === 'tag' || part === 'digest')) return repository.span;
      // Without a registry key the host, if any, is written at the start of `repository`.
      return (partNodes[part] ?? (part === 'domain' ? repository : undefined))?.span ?? span;
    },
  };
}

/** `a.b.c`, as `.Values.a.b.c` reads it; undefined inside a list. */
function templatePath(node: YamlNode): string | undefined {
  const segments = pathOf(node);
  return segments.every((segment) => typeof segment === 'string') ? segments.join('.') : undefined;
}

function scalarEntry(map: YamlMap, key: string): YamlScalar | undefined {
  const value = getEntry(map, key)?.value;
  return value?.kind === 'scalar' ? value : undefined;
}
