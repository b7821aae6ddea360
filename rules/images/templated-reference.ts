import { defineRule, NO_OPTIONS } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'templated', 'values' | 'manifests'>({
  id: 'images/templated-reference',
  meta: {
    description:
      'Says which image references are templated ({{ ... }} or ${...}) and therefore not judged in values; lint the rendered manifests for them.',
    severity: 'info',
    targets: ['values', 'manifests'],
    messages: {
      templated: 'Image {{image}} is filled in at render time, so the image rules do not judge it here.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const image of ctx.images().images) {
      if (image.templated) ctx.report({ span: image.span, messageId: 'templated', data: { image: image.label } });
    }
  },
});
