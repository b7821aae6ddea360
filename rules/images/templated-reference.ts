import { defineRule, NO_OPTIONS } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'templated' | 'buildPlaceholder', 'values' | 'manifests' | 'tripleo'>({
  id: 'images/templated-reference',
  meta: {
    description:
      'Says which image references are templated ({{ ... }}, ${...} or a build placeholder @NAME@) and therefore not judged in values; lint the rendered manifests for them.',
    severity: 'info',
    targets: ['values', 'manifests', 'tripleo'],
    messages: {
      templated: 'Image {{image}} is filled in at render time, so the image rules do not judge it here.',
      buildPlaceholder:
        'Image {{image}} holds the build placeholder {{placeholder}}, substituted before the chart is packaged, so the image rules do not judge it here.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const image of ctx.images().images) {
      if (!image.templated) continue;
      if (image.buildPlaceholder && !image.reference.includes('{{') && !image.reference.includes('${'))
        ctx.report({ span: image.span, messageId: 'buildPlaceholder', data: { image: image.label, placeholder: image.buildPlaceholder } });
      else ctx.report({ span: image.span, messageId: 'templated', data: { image: image.label } });
    }
  },
});
