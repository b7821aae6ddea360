import { defineRule, entrypointSites, LIST_NAMES, LIST_OBJECT, NO_OPTIONS, spanIn } from '../../src/rule-kit/index.js';

export default defineRule<
  Record<string, never>,
  'whitespace' | 'whitespaceConfig' | 'empty' | 'emptyName' | 'tooManyParts' | 'missingNamespace',
  'manifests'
>({
  id: 'entrypoint/env-list-syntax',
  meta: {
    description:
      'The comma lists of kubernetes-entrypoint (DEPENDENCY_SERVICE, _JOBS, _DAEMONSET, _CONTAINER, _CONFIG, _SOCKET) have no spaces, no empty items and only `name` or `namespace:name` items.',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      whitespace:
        'Item "{{item}}" of {{variable}} in the {{container}} has whitespace, which kubernetes-entrypoint does not trim: it waits for the {{object}} "{{item}}", which never exists, forever (hang). Separate items with a comma alone.',
      whitespaceConfig:
        'Item "{{item}}" of DEPENDENCY_CONFIG in the {{container}} has whitespace, which kubernetes-entrypoint does not trim: it writes the file "{{item}}", spaces included, so the config file meant is never written (silent drop). Separate items with a comma alone.',
      empty:
        '{{variable}} in the {{container}} has an empty item (a doubled, leading or trailing comma): kubernetes-entrypoint keeps it as a dependency with an empty name, which never resolves, so it waits forever (hang).',
      emptyName:
        'Item "{{item}}" of {{variable}} in the {{container}} names a namespace and no {{object}}: kubernetes-entrypoint looks up an empty name, which never resolves, so it waits forever (hang).',
      tooManyParts:
        'Item "{{item}}" of {{variable}} in the {{container}} has more than one ":": kubernetes-entrypoint skips it with the log line "Invalid format got {{item}}, expected namespace:name" and starts without waiting for it (silent drop).',
      missingNamespace:
        'Item "{{item}}" of {{variable}} in the {{container}} starts with ":": kubernetes-entrypoint skips it with the log line "Invalid format, missing namespace {{item}}" and starts without waiting for it (silent drop).',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      for (const variable of LIST_NAMES) {
        const list = reading.lists[variable];
        if (!list) continue;
        for (const [index, item] of list.items.entries()) {
          const data = { item: item.text, variable, container: site.label, object: LIST_OBJECT[variable] };
          const at = (range = item.range) => spanIn(ctx.file.text, list.variable, range);
          if (item.outcome === 'too-many-parts') ctx.report({ span: at(), messageId: 'tooManyParts', data });
          else if (item.outcome === 'missing-namespace') ctx.report({ span: at(), messageId: 'missingNamespace', data });
          // An empty item has no text: the commas around it are the place, once for a run of them (`a,,,b`).
          else if (item.text === '') {
            if (index > 0 && list.items[index - 1]!.text === '') continue;
            let last = index;
            while (list.items[last + 1]?.text === '') last++;
            const end = Math.min(list.variable.value.length, list.items[last]!.range.end + 1);
            ctx.report({ span: at({ start: Math.max(0, item.range.start - 1), end }), messageId: 'empty', data });
          } else if (/\s/.test(item.text))
            ctx.report({ span: at(), messageId: variable === 'DEPENDENCY_CONFIG' ? 'whitespaceConfig' : 'whitespace', data });
          else if (item.name === '') ctx.report({ span: at(), messageId: 'emptyName', data });
        }
      }
    }
  },
});
