/**
 * The image references a TripleO prepare file produces, as image sites, so the images/* rules judge them
 * unchanged. One site per entry and image family whose namespace the entry writes: the main family
 * (`namespace/name_prefix<service>name_suffix:tag`, shown with nova-api as its service) and each Ceph-side
 * one (`ceph_namespace/ceph_image:ceph_tag`, ...). Only what the file writes is judged: a family the entry
 * does not name comes from the installed tripleo-common's defaults, which differ by release (upstream
 * quay.io, Red Hat's registry.redhat.io), so it has no site; a tag the entry does not write, or one that
 * tag_from_label replaces, leaves the site without a tag, decided elsewhere (`tagFromTemplate`).
 */
import { parseNormalizedReference } from '../images/reference.js';
import { buildPlaceholderIn, isTemplated, type ImageIndex, type ImageSite } from '../images/site.js';
import { getEntry, scalarSubSpan, type YamlScalar } from '../sources/yaml-view.js';
import { FAMILIES, pyOf, resolvesTagFromLabel, type ImageFamily, type PrepareEntry, type TripleoFile } from './prepare.js';

const DEFAULT_NAME_PREFIX = 'openstack-';

export function collectTripleoImages(file: TripleoFile, text: string): ImageIndex {
  const images: ImageSite[] = [];
  for (const param of file.params) {
    for (const entry of param.entries) {
      for (const family of FAMILIES) {
        const site = siteOf(file, text, entry, family);
        if (site) images.push(site);
      }
    }
  }
  return { section: undefined, images, pullPolicies: [] };
}

function stringAt(file: TripleoFile, entry: PrepareEntry, key: string | undefined): { node: YamlScalar; value: string } | undefined {
  const node = key && entry.set ? getEntry(entry.set, key)?.value : undefined;
  if (node?.kind !== 'scalar') return undefined;
  const py = file.py(node);
  return py.kind === 'str' && py.str !== undefined ? { node, value: py.str } : undefined;
}

function siteOf(file: TripleoFile, text: string, entry: PrepareEntry, family: ImageFamily): ImageSite | undefined {
  const namespace = stringAt(file, entry, family.namespace);
  if (!namespace) return undefined;
  const image =
    family.image === undefined ? mainImage(file, entry, family) : (stringAt(file, entry, family.image)?.value ?? family.defaultImage);
  const tagNode = entry.set ? getEntry(entry.set, family.tag)?.value : undefined;
  const tagPy = pyOf(file, tagNode);
  // tag_from_label replaces every image's tag of the entry with one read from the image's labels.
  const tag = resolvesTagFromLabel(file, entry) || !tagPy?.truthy ? undefined : tagPy.str;
  const head = `${namespace.value}/${image}`;
  const reference = tag === undefined ? head : `${head}:${tag}`;
  const parsed = parseNormalizedReference(reference);
  const tagStart = head.length + 1;
  const written = tagNode?.kind === 'scalar' ? text.slice(tagNode.span.start, tagNode.span.end) : undefined;
  const numeric = tagNode?.kind === 'scalar' && tagNode.style === 'plain' && (tagPy?.kind === 'int' || tagPy?.kind === 'float');
  return {
    reference,
    label: `"${entry.label}.set" (${family.namespace}, ${family.tag})`,
    source: 'tripleo-prepare',
    span: namespace.node.span,
    templated: isTemplated(reference),
    buildPlaceholder: buildPlaceholderIn(reference),
    registryFromTemplate: false,
    tagFromTemplate: tag === undefined,
    parsed,
    numericTag: numeric && tag !== undefined && written !== tag && tagNode?.kind === 'scalar' ? { ...tagNode, value: tag } : undefined,
    partSpan(part) {
      const at = parsed.ok ? parsed.ref.spans[part] : null;
      if (!at) return namespace.node.span;
      const [start, end] = at;
      if (end <= namespace.value.length) return scalarSubSpan(text, namespace.node, start, end);
      if (tag !== undefined && start >= tagStart && tagNode?.kind === 'scalar') {
        return tagNode.style === 'plain' && written !== tag
          ? tagNode.span
          : scalarSubSpan(text, { ...tagNode, value: tag }, start - tagStart, end - tagStart);
      }
      return namespace.node.span;
    },
  };
}

/** `name_prefix` gets a trailing `-`, `name_suffix` a leading one, as container_images_template_inputs does. */
function mainImage(file: TripleoFile, entry: PrepareEntry, family: ImageFamily): string {
  let prefix = stringAt(file, entry, 'name_prefix')?.value ?? DEFAULT_NAME_PREFIX;
  let suffix = stringAt(file, entry, 'name_suffix')?.value ?? '';
  if (prefix && !prefix.endsWith('-')) prefix += '-';
  if (suffix && !suffix.startsWith('-')) suffix = `-${suffix}`;
  return `${prefix}${family.defaultImage}${suffix}`;
}
