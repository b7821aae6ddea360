import {
  closest,
  defineRule,
  entryOf,
  getEntry,
  jsonType,
  NO_OPTIONS,
  PERMISSION_KEYS,
  safeName,
  shownPath,
} from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'notList' | 'notObject' | 'missing' | 'unknownKey', 'kolla' | 'manifests'>({
  id: 'kolla/permissions',
  meta: {
    description: 'A Kolla config\'s "permissions" is a list of objects, each with a "path" and an "owner", and no key Kolla ignores.',
    severity: 'error',
    targets: ['kolla', 'manifests'],
    messages: {
      notList: '"permissions" is {{type}}, not a list of {"path", "owner"} objects: kolla_set_configs cannot read it, and stops (exit 2).',
      notObject: '{{item}} is {{type}}, not an object with "path" and "owner": kolla_set_configs stops (exit 2).',
      missing: '{{item}} has no {{keys}}: kolla_set_configs stops with an unexpected error (exit 2).',
      unknownKey: '{{item}} has the key "{{key}}", which Kolla ignores without a word: what it was meant to do does not happen.{{hint}}',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      const list = entryOf(config, 'permissions')?.value;
      if (!list) continue;
      if (list.kind !== 'seq') {
        if (!(list.kind === 'map' && list.entries.length === 0)) {
          ctx.report({ ...config.place(list), messageId: 'notList', data: { type: jsonType(list) } });
        }
        continue;
      }
      for (const item of list.items) {
        const data = { item: shownPath(item) };
        if (item.kind !== 'map') {
          ctx.report({ ...config.place(item), messageId: 'notObject', data: { ...data, type: jsonType(item) } });
          continue;
        }
        const missing = ['path', 'owner'].filter((key) => !getEntry(item, key)).map((key) => `"${key}"`);
        if (missing.length > 0) ctx.report({ ...config.place(item), messageId: 'missing', data: { ...data, keys: missing.join(' or ') } });
        for (const entry of item.entries) {
          if ((PERMISSION_KEYS as readonly string[]).includes(entry.key)) continue;
          const key = safeName(entry.key);
          const near = key === undefined ? undefined : closest(key, PERMISSION_KEYS, 3);
          ctx.report({
            ...config.place(entry.value),
            span: config.approximate ? entry.value.span : entry.keySpan,
            messageId: 'unknownKey',
            data: { ...data, key: key ?? '<key>', hint: near ? ` Did you mean "${near}"?` : '' },
          });
        }
      }
    }
  },
});
