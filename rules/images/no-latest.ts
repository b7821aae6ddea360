import { defineRule, NO_OPTIONS } from '../../src/engine/types.js';

export default defineRule<Record<string, never>, 'latest' | 'untagged'>({
  id: 'images/no-latest',
  meta: {
    description: 'Image references are pinned: no ":latest" tag, and no reference without a tag or digest (which means latest).',
    severity: 'error',
    target: 'values',
    messages: {
      latest: 'Image "{{key}}" uses the mutable tag ":latest"; pin a version or a digest.',
      untagged: 'Image "{{key}}" has no tag or digest, so "{{reference}}" resolves to ":latest"; pin a version or a digest.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok) continue;
      const { tag, digest } = image.parsed.ref;
      // A digest pins the image whatever the tag says.
      if (digest) continue;
      if (tag === 'latest') ctx.report({ span: image.partSpan('tag'), messageId: 'latest', data: { key: image.key } });
      else if (tag === null) ctx.report({ span: image.span, messageId: 'untagged', data: { key: image.key, reference: image.reference } });
    }
  },
});
