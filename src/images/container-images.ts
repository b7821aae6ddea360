/** Image references of rendered containers (manifest streams), for the same image rules. */
import { scalarSubSpan } from '../sources/yaml-view.js';
import type { ContainerSite } from '../manifests/pods.js';
import { parseNormalizedReference } from './reference.js';
import { buildPlaceholderIn, isTemplated, type ImageIndex } from './site.js';

/** Images of rendered containers; missing and empty ones are manifests/image-empty's to report. */
export function collectContainerImages(containers: readonly ContainerSite[], text: string): ImageIndex {
  const index: ImageIndex = { section: undefined, images: [], pullPolicies: [] };
  for (const container of containers) {
    const image = container.image?.value;
    if (image?.kind !== 'scalar' || image.value === null || String(image.value).trim() === '') continue;
    const reference = String(image.value);
    const parsed = parseNormalizedReference(reference);
    index.images.push({
      reference,
      label: `of ${container.label}`,
      source: 'container',
      span: image.span,
      templated: isTemplated(reference),
      buildPlaceholder: buildPlaceholderIn(reference),
      registryFromTemplate: false,
      tagFromTemplate: false,
      parsed,
      numericTag: undefined,
      partSpan(part) {
        const at = parsed.ok ? parsed.ref.spans[part] : null;
        return at ? scalarSubSpan(text, image, at[0], at[1]) : image.span;
      },
    });
  }
  return index;
}
