import { defineRule, NO_OPTIONS, imageReadsOf, templateReadsFact } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'unused', 'values'>({
  id: 'images/unused-key',
  meta: {
    description: 'An image key the values define that no template reads: dead configuration, or a template that reads a misspelt key.',
    severity: 'info',
    targets: ['values'],
    chartDefaultsOnly: true,
    facts: [templateReadsFact],
    messages: {
      unused: 'No template reads image "{{key}}"; remove it, or check the templates for a misspelt key.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const section = ctx.images().section;
    // Without templates, or with a key chosen at render time, "unused" cannot be known.
    if (!ctx.chart || !section || ctx.chart.templates.length === 0) return;
    const { reads, dynamic } = imageReadsOf(ctx.fact(templateReadsFact), ctx.chart.dir, section.layout);
    if (dynamic) return;
    const read = new Set(reads.map((r) => r.key));
    for (const [key, entry] of section.imageKeys) {
      if (!read.has(key)) ctx.report({ span: entry.keySpan, messageId: 'unused', data: { key } });
    }
  },
});
