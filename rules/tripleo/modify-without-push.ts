import { defineRule, NO_OPTIONS, pyOf } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'noPush', 'tripleo'>({
  id: 'tripleo/modify-without-push',
  meta: {
    description:
      'modify_role without push_destination: the modified images go to the undercloud registry, but the parameters keep naming the original registry with the modified tag, an image that does not exist.',
    severity: 'error',
    targets: ['tripleo'],
    messages: {
      noPush:
        '{{entry}} modifies its images (modify_role) but sets no push_destination: the parameters will name the images at their original registry with the modified tag, which exists nowhere. Set push_destination (true for the undercloud registry).',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const file = ctx.tripleo();
    for (const param of file.params) {
      for (const entry of param.entries) {
        const role = entry.key('modify_role');
        if (!role || !(pyOf(file, role.value)?.truthy ?? true)) continue;
        const push = entry.key('push_destination')?.value;
        if (push && (pyOf(file, push)?.truthy ?? true)) continue;
        ctx.report({ span: role.keySpan, messageId: 'noPush', data: { entry: entry.label } });
      }
    }
  },
});
