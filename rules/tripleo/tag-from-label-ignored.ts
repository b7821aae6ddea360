import { defineRule, NO_OPTIONS, getEntry, setsTag } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'ignored', 'tripleo'>({
  id: 'tripleo/tag-from-label-ignored',
  meta: {
    description: 'tag_from_label beside a `set.tag`: TripleO then ignores tag_from_label and every image gets the set tag.',
    severity: 'warning',
    targets: ['tripleo'],
    messages: {
      ignored:
        'tag_from_label of {{entry}} is ignored because set.tag is set: every image of the entry gets that tag instead of one read from its labels. Remove set.tag to resolve tags from the label, or remove tag_from_label.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const file = ctx.tripleo();
    for (const param of file.params) {
      for (const entry of param.entries) {
        const label = entry.key('tag_from_label');
        if (!label || !entry.set || !getEntry(entry.set, 'tag') || !setsTag(file, entry)) continue;
        ctx.report({ span: label.keySpan, messageId: 'ignored', data: { entry: entry.label } });
      }
    }
  },
});
