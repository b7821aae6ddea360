import {
  defineRule,
  imageReadsOf,
  NO_OPTIONS,
  REQUIRED_KEY_DEFAULTS,
  requirements,
  templateReadsFact,
  usesHelmToolkit,
} from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'unused', 'values'>({
  id: 'images/unused-key',
  meta: {
    description: 'An image key the values define that no template reads: dead configuration, or a template that reads a misspelt key.',
    severity: 'info',
    targets: ['values'],
    facts: [templateReadsFact],
    messages: {
      unused: 'No template reads image "{{key}}"; remove it, or check the templates for a misspelt key.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const section = ctx.images().section;
    // The chart's defaults and its override files; other values files (region values) may feed other charts.
    if (ctx.file.role !== 'defaults' && ctx.file.role !== 'override') return;
    // Without templates, or with a key chosen at render time, "unused" cannot be known.
    if (!ctx.chart || !section || ctx.chart.templates.length === 0) return;
    const reads = imageReadsOf(ctx.fact(templateReadsFact), ctx.chart.dir, section.layout);
    if (reads.dynamic) return;
    const read = new Set(reads.reads.map((r) => r.key));
    // Never ask to remove a key images/required-keys asks for: the only key that meets one of its requirements.
    const required = usesHelmToolkit(ctx.chart)
      ? requirements(
          { chart: ctx.chart, root: ctx.file.documents[0]?.root, imageKeys: section.imageKeys, reads },
          REQUIRED_KEY_DEFAULTS,
        ).flatMap((need) => {
          const held = need.accepted.filter((key) => section.imageKeys.has(key));
          return held.length === 1 ? held : [];
        })
      : [];
    for (const [key, entry] of section.imageKeys) {
      if (!read.has(key) && !required.includes(key)) ctx.report({ span: entry.keySpan, messageId: 'unused', data: { key } });
    }
  },
});
