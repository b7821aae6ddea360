import { defineRule, NO_OPTIONS } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'noDigest', 'values' | 'manifests'>({
  id: 'images/digest-pinned',
  meta: {
    description: 'Every image reference carries a digest (@sha256:...), for air-gapped and reproducible deployments; off by default.',
    severity: 'off',
    targets: ['values', 'manifests'],
    messages: {
      noDigest: 'Image {{image}} is not pinned by digest; add "@sha256:<digest>" so every node runs the same bytes.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok || image.parsed.ref.digest) continue;
      ctx.report({ span: image.span, messageId: 'noDigest', data: { image: image.label } });
    }
  },
});
