import {
  defineRule,
  definesGlobalRegistry,
  NO_OPTIONS,
  namesRegistryHost,
  templateRegistryFact,
  type ImageSite,
  type Span,
  type TextEdit,
} from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'unqualified', 'values' | 'manifests' | 'tripleo'>({
  id: 'images/fully-qualified',
  meta: {
    description: 'Every image reference names its registry host (docker.io/..., quay.io/..., localhost:5000/...).',
    severity: 'error',
    targets: ['values', 'manifests', 'tripleo'],
    messages: {
      unqualified:
        'Image {{image}} does not name its registry host, so the node\'s runtime decides where "{{reference}}" comes from (by default {{resolved}}); write the registry out.',
    },
    fixable: true,
    facts: [templateRegistryFact],
    ...NO_OPTIONS,
  },
  check(ctx) {
    // Templates that put a registry in front (read from their sources; without them, a `global:` registry
    // key in values says so; with them, such a key and templates that read `.Values.global`) make a
    // registry-less value no guide to what the container gets.
    const templates = ctx.chart ? ctx.fact(templateRegistryFact)[ctx.chart.dir] : undefined;
    const globalKey = ctx.file.kind === 'values' && definesGlobalRegistry(ctx.file.documents[0]?.root);
    const prefixed = templates ? templates.registry || templates.parentGlobalRegistry || (templates.global && globalKey) : globalKey;
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok || namesRegistryHost(image.reference)) continue;
      const composedElsewhere = image.source === 'image-string' || image.source === 'image-object';
      if (composedElsewhere && (image.registryFromTemplate || prefixed || registryReadFor(image, templates?.registryPaths))) continue;
      const { domain, path } = image.parsed.ref;
      const resolved = `${domain}/${path}`;
      const span = image.partSpan('path');
      ctx.report({
        span,
        messageId: 'unqualified',
        data: { image: image.label, reference: image.reference, resolved },
        fix: qualify(ctx.file.text, image, span, resolved),
      });
    }
  },
});

/** The templates read a registry for this image: its object's (`image.registry`), or the map's beside an `image:` string. */
function registryReadFor(image: ImageSite, paths: readonly string[] | undefined): boolean {
  const at = image.valuesPath;
  if (!paths || at === undefined) return false;
  const holder = at.includes('.') ? at.slice(0, at.lastIndexOf('.')) : '';
  return paths.includes(at) || (image.source === 'image-string' && holder !== '' && paths.includes(holder));
}

/**
 * Writing out what the runtime resolves (`nginx` -> `docker.io/library/nginx`) keeps the image the same,
 * so it is a fix; only where the reference is one string spelt as written (an image object's registry and
 * repository are joined by the chart's templates, which may add their own).
 */
function qualify(text: string, image: ImageSite, span: Span, resolved: string): TextEdit | undefined {
  if (image.source === 'image-object' || !image.parsed.ok) return undefined;
  const [start, end] = image.parsed.ref.spans.path ?? [0, 0];
  const written = image.reference.slice(start, end);
  if (!written || text.slice(span.start, span.end) !== written || !resolved.endsWith(written)) return undefined;
  return { span: { start: span.start, end: span.start }, text: resolved.slice(0, resolved.length - written.length) };
}
