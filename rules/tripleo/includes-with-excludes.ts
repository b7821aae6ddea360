import { defineRule, NO_OPTIONS } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'ignored', 'tripleo'>({
  id: 'tripleo/includes-with-excludes',
  meta: {
    description: 'includes and excludes in one ContainerImagePrepare entry: with a non-empty includes, TripleO ignores excludes entirely.',
    severity: 'warning',
    targets: ['tripleo'],
    messages: {
      ignored:
        'excludes of {{entry}} is ignored because the entry has includes: only the includes patterns select its images. Move the excludes to an entry of their own, or narrow the includes.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const param of ctx.tripleo().params) {
      for (const entry of param.entries) {
        const includes = entry.key('includes')?.value;
        const excludes = entry.key('excludes');
        const nonEmpty = (node: typeof includes): boolean =>
          node !== undefined &&
          (node.kind === 'seq' ? node.items.length > 0 : node.kind === 'scalar' && node.value !== null && node.value !== '');
        if (!excludes || !nonEmpty(includes) || !nonEmpty(excludes.value)) continue;
        ctx.report({ span: excludes.keySpan, messageId: 'ignored', data: { entry: entry.label } });
      }
    }
  },
});
