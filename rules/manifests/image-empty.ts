import { defineRule, NO_OPTIONS } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'missing' | 'empty', 'manifests'>({
  id: 'manifests/image-empty',
  meta: {
    description: 'A rendered container has no image, or an empty one: helm renders it without complaint and the pod never starts.',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      missing: 'The {{container}} has no image.',
      empty: 'The {{container}} renders an empty image; the values key its template reads is probably undefined.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const container of ctx.containers()) {
      const image = container.image;
      if (!image) {
        ctx.report({ node: container.node, messageId: 'missing', data: { container: container.label } });
        continue;
      }
      const value = image.value;
      const blank = value.kind === 'scalar' && (value.value === null || String(value.value).trim() === '');
      if (blank) ctx.report({ span: image.keySpan, messageId: 'empty', data: { container: container.label } });
    }
  },
});
