import { defineRule, NO_OPTIONS, namesRegistryHost } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'unqualified', 'values' | 'manifests'>({
  id: 'images/fully-qualified',
  meta: {
    description: 'Every image reference names its registry host (docker.io/..., quay.io/..., localhost:5000/...).',
    severity: 'error',
    targets: ['values', 'manifests'],
    messages: {
      unqualified: 'Image {{image}} does not name its registry host, so the node\'s runtime decides where "{{reference}}" comes from (by default {{resolved}}); write the registry out.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok || namesRegistryHost(image.reference)) continue;
      const { domain, path } = image.parsed.ref;
      ctx.report({
        span: image.partSpan('path'),
        messageId: 'unqualified',
        data: { image: image.label, reference: image.reference, resolved: `${domain}/${path}` },
      });
    }
  },
});
