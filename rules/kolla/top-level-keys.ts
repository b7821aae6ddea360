import { closest, defineRule, getEntry, KOLLA_TOP_LEVEL_KEYS, NO_OPTIONS, safeName } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'nearMiss', 'kolla' | 'manifests'>({
  id: 'kolla/top-level-keys',
  meta: {
    description: 'A Kolla config has no misspelt top-level key (config_file, permission, commands), which kolla_set_configs would ignore.',
    severity: 'error',
    targets: ['kolla', 'manifests'],
    messages: {
      nearMiss:
        'The config has the key "{{key}}", which kolla_set_configs ignores without a word: did you mean "{{near}}"? As written, {{effect}}.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      if (config.root.kind !== 'map') continue;
      for (const entry of config.root.entries) {
        if ((KOLLA_TOP_LEVEL_KEYS as readonly string[]).includes(entry.key)) continue;
        const key = safeName(entry.key);
        // Only a near miss of a key the config lacks is surely a typo: other keys (a note, another tool's),
        // and a "comment" beside its "command", are left alone.
        const near = key === undefined ? undefined : closest(key, KOLLA_TOP_LEVEL_KEYS, 2);
        if (!key || !near || getEntry(config.root, near)) continue;
        ctx.report({
          ...config.place(entry.value),
          span: config.approximate ? entry.value.span : entry.keySpan,
          messageId: 'nearMiss',
          data: { key, near, effect: EFFECTS[near] ?? 'what it says does not happen' },
        });
      }
    }
  },
});

const EFFECTS: Record<string, string> = {
  command: 'the config has no command, and kolla_set_configs stops (exit 1)',
  config_files: 'no configuration file is copied, and the service starts with the image defaults',
  permissions: 'no ownership or mode is set',
  directories: 'no directory is created',
  files: 'no file is created',
};
