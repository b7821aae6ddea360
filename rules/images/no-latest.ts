import { defineRule, NO_OPTIONS, templateRegistryFact } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'latest' | 'untagged', 'values' | 'manifests' | 'tripleo'>({
  id: 'images/no-latest',
  meta: {
    description: 'Image references are pinned: no ":latest" tag, and no reference without a tag or digest (which means latest).',
    severity: 'error',
    targets: ['values', 'manifests', 'tripleo'],
    messages: {
      latest: 'Image {{image}} uses the mutable tag ":latest"; pin a version or a digest.',
      untagged: 'Image {{image}} has no tag or digest, so "{{reference}}" resolves to ":latest"; pin a version or a digest.',
    },
    facts: [templateRegistryFact],
    ...NO_OPTIONS,
  },
  check(ctx) {
    // Values paths the chart's templates write a tag after (`{{ .Values.image }}:{{ .Chart.AppVersion }}`).
    const tagged = ctx.file.kind === 'values' && ctx.chart ? ctx.fact(templateRegistryFact)[ctx.chart.dir]?.tagged : undefined;
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok) continue;
      const { tag, digest } = image.parsed.ref;
      // A digest pins the image whatever the tag says.
      if (digest) continue;
      if (tag === 'latest') ctx.report({ span: image.partSpan('tag'), messageId: 'latest', data: { image: image.label } });
      else if (tag === null) {
        // The templates fill the tag in (an empty `tag:`, a dependency's default, a tag written after the value).
        if (image.tagFromTemplate || (image.valuesPath !== undefined && tagged?.includes(image.valuesPath))) continue;
        ctx.report({ span: image.span, messageId: 'untagged', data: { image: image.label, reference: image.reference } });
      }
    }
  },
});
