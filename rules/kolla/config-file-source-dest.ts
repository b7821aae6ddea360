import { defineRule, getEntry, jsonType, mapItems, NO_OPTIONS, shownPath, type YamlNode } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'missing' | 'notString', 'kolla' | 'manifests'>({
  id: 'kolla/config-file-source-dest',
  meta: {
    description: 'Every "config_files" item of a Kolla config names its "source" and its "dest" as strings.',
    severity: 'error',
    targets: ['kolla', 'manifests'],
    messages: {
      missing: '{{item}} has no {{keys}}: kolla_set_configs stops with "Config is missing required keys" (exit 1).',
      notString: '{{item}}.{{key}} is {{type}}, not a path: kolla_set_configs stops (exit 2).',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      for (const item of mapItems(config, 'config_files')) {
        const missing: string[] = [];
        for (const key of ['source', 'dest']) {
          const value = getEntry(item, key)?.value;
          if (!value) missing.push(`"${key}"`);
          else if (!isString(value))
            ctx.report({ ...config.place(value), messageId: 'notString', data: { item: shownPath(item), key, type: jsonType(value) } });
        }
        if (missing.length > 0)
          ctx.report({ ...config.place(item), messageId: 'missing', data: { item: shownPath(item), keys: missing.join(' and ') } });
      }
    }
  },
});

function isString(node: YamlNode): boolean {
  return node.kind === 'scalar' && typeof node.value === 'string';
}
