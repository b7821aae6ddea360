import { defineRule, NO_OPTIONS } from '../../src/engine/types.js';
import { templateImageReads } from '../../src/templates/image-reads.js';

export default defineRule<Record<string, never>, 'unused'>({
  id: 'images/unused-key',
  meta: {
    description: 'An image key the values define that no template reads: dead configuration, or a template that reads a misspelt key.',
    severity: 'info',
    targets: ['values'],
    chartDefaultsOnly: true,
    messages: {
      unused: 'No template reads image "{{key}}"; remove it, or check the templates for a misspelt key.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const section = ctx.images().section;
    // Without templates, or with a key chosen at render time, "unused" cannot be known.
    if (!ctx.chart || !section || ctx.chart.templates.size === 0) return;
    const { reads, dynamic } = templateImageReads(ctx.chart, section.layout);
    if (dynamic) return;
    const read = new Set(reads.map((r) => r.key));
    for (const [key, entry] of section.imageKeys) {
      if (!read.has(key)) ctx.report({ span: entry.keySpan, messageId: 'unused', data: { key } });
    }
  },
});
