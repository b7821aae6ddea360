import { defineRule, entryOf, jsonType, NO_OPTIONS } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'notObject' | 'missing' | 'notString' | 'empty', 'kolla' | 'manifests'>({
  id: 'kolla/command-required',
  meta: {
    description: 'A Kolla config.json is an object with a non-empty "command" string, the command the container runs.',
    severity: 'error',
    targets: ['kolla', 'manifests'],
    messages: {
      notObject:
        'This Kolla config is {{type}}, not an object: kolla_set_configs needs an object with a "command" key, and stops (exit 2).',
      missing:
        'This Kolla config has no "command" key: kolla_set_configs stops with "Config is missing required "command" key" (exit 1), and the container never starts.',
      notString: '"command" is {{type}}, not a string: kolla_set_configs cannot write it to /run_command, and stops (exit 2).',
      empty: '"command" is empty: the image\'s start script then runs nothing, and the container exits as soon as it starts.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      if (config.root.kind !== 'map') {
        ctx.report({ ...config.place(config.root), messageId: 'notObject', data: { type: jsonType(config.root) } });
        continue;
      }
      const command = entryOf(config, 'command');
      if (!command) {
        ctx.report({ ...config.place(config.root), messageId: 'missing' });
        continue;
      }
      const value = command.value;
      if (value.kind !== 'scalar' || typeof value.value !== 'string') {
        ctx.report({ ...config.place(value), messageId: 'notString', data: { type: jsonType(value) } });
      } else if (value.value.trim() === '') {
        ctx.report({ ...config.place(value), messageId: 'empty' });
      }
    }
  },
});
