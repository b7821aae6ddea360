import { closest, defineRule, ENTRY_KEYS, FAMILY_KEY, NO_OPTIONS, SET_KEYS } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'entryKey' | 'setKey', 'tripleo'>({
  id: 'tripleo/unknown-key',
  meta: {
    description:
      'A ContainerImagePrepare entry or its `set` has a key TripleO does not read (a typo such as push_destionation): it is silently ignored.',
    severity: 'error',
    targets: ['tripleo'],
    messages: {
      entryKey: 'Key "{{key}}" of {{entry}} is not one TripleO reads, so it is ignored.{{hint}}',
      setKey: 'Key "{{key}}" of {{entry}}.set is not one the image templates read, so it is ignored.{{hint}}',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const hint = (key: string, known: readonly string[]): string => {
      const near = closest(key, known, Math.max(2, Math.floor(key.length / 4)));
      return near ? ` Did you mean "${near}"?` : '';
    };
    for (const param of ctx.tripleo().params) {
      for (const entry of param.entries) {
        for (const item of entry.node.entries) {
          if ((ENTRY_KEYS as readonly string[]).includes(item.key)) continue;
          ctx.report({
            span: item.keySpan,
            messageId: 'entryKey',
            data: { key: item.key, entry: entry.label, hint: hint(item.key, ENTRY_KEYS) },
          });
        }
        for (const item of entry.set?.entries ?? []) {
          if (SET_KEYS.includes(item.key)) continue;
          const near = hint(item.key, SET_KEYS);
          // Older releases' families (`openshift_*_namespace`) are read by their templates: only a near miss of a known key is a typo.
          if (FAMILY_KEY.test(item.key) && !near) continue;
          ctx.report({ span: item.keySpan, messageId: 'setKey', data: { key: item.key, entry: entry.label, hint: near } });
        }
      }
    }
  },
});
