import { defineRule, NO_OPTIONS } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'latest' | 'untagged', 'values' | 'manifests'>({
  id: 'images/no-latest',
  meta: {
    description: 'Image references are pinned: no ":latest" tag, and no reference without a tag or digest (which means latest).',
    severity: 'error',
    targets: ['values', 'manifests'],
    messages: {
      latest: 'Image {{image}} uses the mutable tag ":latest"; pin a version or a digest.',
      untagged: 'Image {{image}} has no tag or digest, so "{{reference}}" resolves to ":latest"; pin a version or a digest.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok) continue;
      const { tag, digest } = image.parsed.ref;
      // A digest pins the image whatever the tag says.
      if (digest) continue;
      if (tag === 'latest') ctx.report({ span: image.partSpan('tag'), messageId: 'latest', data: { image: image.label } });
      else if (tag === null)
        ctx.report({ span: image.span, messageId: 'untagged', data: { image: image.label, reference: image.reference } });
    }
  },
});
