import { defineRule, getEntry, mapItems, NO_OPTIONS, shownPath, truthy } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'missing', 'kolla' | 'manifests'>({
  id: 'kolla/config-file-owner-perm',
  meta: {
    description: 'Every "config_files" item of a Kolla config sets "owner" and "perm", unless it sets "preserve_properties".',
    severity: 'error',
    targets: ['kolla', 'manifests'],
    messages: {
      missing:
        '{{item}} has no {{keys}} and no "preserve_properties": kolla_set_configs stops with "Config needs preserve_properties or owner and perm" (exit 1).',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      for (const item of mapItems(config, 'config_files')) {
        if (truthy(getEntry(item, 'preserve_properties')?.value)) continue;
        const missing = ['owner', 'perm'].filter((key) => !getEntry(item, key)).map((key) => `"${key}"`);
        if (missing.length > 0)
          ctx.report({ ...config.place(item), messageId: 'missing', data: { item: shownPath(item), keys: missing.join(' or ') } });
      }
    }
  },
});
