import { closest, CONFIG_FILE_KEYS, defineRule, entryOf, jsonType, NO_OPTIONS, safeName, shownPath } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'notList' | 'notObject' | 'unknownKey', 'kolla' | 'manifests'>({
  id: 'kolla/config-file-keys',
  meta: {
    description:
      'A Kolla config\'s "config_files" is a list of objects whose keys are only those kolla_set_configs accepts (source, dest, owner, perm, optional, preserve_properties, merge).',
    severity: 'error',
    targets: ['kolla', 'manifests'],
    messages: {
      notList: '"config_files" is {{type}}, not a list of files to copy: kolla_set_configs cannot read it, and stops (exit 2).',
      notObject: '{{item}} is {{type}}, not an object with "source" and "dest": kolla_set_configs stops (exit 2).',
      unknownKey:
        '{{item}} has the key "{{key}}", which kolla_set_configs does not accept: the container stops with an unexpected error (exit 2).{{hint}}',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      const list = entryOf(config, 'config_files')?.value;
      if (!list) continue;
      if (list.kind !== 'seq') {
        // An empty object iterates as nothing: harmless.
        if (!(list.kind === 'map' && list.entries.length === 0)) {
          ctx.report({ ...config.place(list), messageId: 'notList', data: { type: jsonType(list) } });
        }
        continue;
      }
      for (const item of list.items) {
        if (item.kind !== 'map') {
          ctx.report({ ...config.place(item), messageId: 'notObject', data: { item: shownPath(item), type: jsonType(item) } });
          continue;
        }
        for (const entry of item.entries) {
          if ((CONFIG_FILE_KEYS as readonly string[]).includes(entry.key)) continue;
          const key = safeName(entry.key);
          const near = key === undefined ? undefined : closest(key, CONFIG_FILE_KEYS, 3);
          ctx.report({
            ...config.place(entry.value),
            span: config.approximate ? entry.value.span : entry.keySpan,
            messageId: 'unknownKey',
            data: { item: shownPath(item), key: key ?? '<key>', hint: near ? ` Did you mean "${near}"?` : '' },
          });
        }
      }
    }
  },
});
