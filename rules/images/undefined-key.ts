import { defineRule, NO_OPTIONS, dottedPath, pathOf, imageReadsOf, templateReadsFact } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'undefined', 'values'>({
  id: 'images/undefined-key',
  meta: {
    description:
      "A template reads an image key (directly or through helm-toolkit) that the chart's values do not define, so the container renders with an empty image.",
    severity: 'error',
    targets: ['values'],
    chartDefaultsOnly: true,
    facts: [templateReadsFact],
    messages: {
      undefined:
        'The templates read image "{{key}}" ({{where}}, {{via}}), but "{{holder}}" does not define it: the container renders with an empty image.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const section = ctx.images().section;
    if (!ctx.chart || !section) return;
    const holder = dottedPath(pathOf(section.holder.value));
    const reported = new Set<string>();
    for (const read of imageReadsOf(ctx.fact(templateReadsFact), ctx.chart.dir, section.layout).reads) {
      if (section.imageKeys.has(read.key) || reported.has(read.key)) continue;
      reported.add(read.key);
      ctx.report({
        span: section.holder.keySpan,
        messageId: 'undefined',
        data: { key: read.key, where: read.where, via: read.via, holder },
      });
    }
  },
});
