import { defineRule, NO_OPTIONS } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'invalid' | 'empty' | 'numericTag', 'values' | 'manifests' | 'tripleo'>({
  id: 'images/reference-syntax',
  meta: {
    description:
      'Image references parse under the distribution/reference grammar Kubernetes uses (lowercase repository, valid tag, well-formed digest, length).',
    severity: 'error',
    targets: ['values', 'manifests', 'tripleo'],
    messages: {
      invalid: 'Image {{image}} is not a valid image reference: {{problem}}.',
      empty: 'Image {{image}} is empty; the container would render with no image.',
      numericTag: 'Image {{image}} has tag {{written}}, which YAML reads as the number {{read}}; quote it ("{{written}}").',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const { text } = ctx.file;
    for (const image of ctx.images().images) {
      if (image.templated) continue;
      if (image.numericTag) {
        const written = text.slice(image.numericTag.span.start, image.numericTag.span.end);
        const read = String(image.numericTag.value);
        if (written !== read) ctx.report({ node: image.numericTag, messageId: 'numericTag', data: { image: image.label, written, read } });
      }
      if (image.parsed.ok) continue;
      if (image.reference === '') ctx.report({ span: image.span, messageId: 'empty', data: { image: image.label } });
      else
        ctx.report({ span: image.span, messageId: 'invalid', data: { image: image.label, problem: withoutInput(image.parsed.message) } });
    }
  },
});

/**
 * The grammar's messages quote part of the value in parentheses (`repository name (AirshipIT/keystone)`),
 * as docker's do. The finding points at the value already, and the part may be a piece of a secret put
 * where an image belongs (a PEM block under images.tags), which no scrub of whole values would catch.
 */
function withoutInput(message: string): string {
  return message.replace(/ \([^)]*\)/g, '');
}
