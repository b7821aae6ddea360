import {
  defineRule,
  describeNode,
  FAMILY_KEY,
  IMAGE_SOURCES,
  NO_OPTIONS,
  pythonRegexProblem,
  type PrepareEntry,
  type TripleoFile,
  type YamlNode,
} from '../../src/rule-kit/index.js';

type MessageId =
  | 'notList'
  | 'notMapping'
  | 'stringPatterns'
  | 'notStringItem'
  | 'invalidPattern'
  | 'pushDestination'
  | 'quotedSwitch'
  | 'notString'
  | 'quotedBoolean'
  | 'unknownSource';

const STRING_KEYS = ['tag_from_label', 'modify_role', 'modify_append_tag', 'pull_source'];
const PATTERN_KEYS = ['includes', 'excludes'];
const LIST_KEYS = ['modify_only_with_labels', 'modify_only_with_source'];
// A registry host (a name, an IPv4 address or a bracketed IPv6 one) with an optional port, and any path after it.
const HOST_PORT =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:]+\])(?::\d+)?(?:\/\S*)?$/;
const SWITCH_WORDS = /^(?:true|false|yes|no|on|off)$/i;

export default defineRule<Record<string, never>, MessageId, 'tripleo'>({
  id: 'tripleo/key-type',
  meta: {
    description:
      'ContainerImagePrepare and its keys have the types TripleO reads: a list of entries, includes/excludes lists of valid regular expressions, push_destination true or "host[:port]", modify_vars and set mappings, string names and tags.',
    severity: 'error',
    targets: ['tripleo'],
    messages: {
      notList: '{{param}} is {{what}}, not a list of entries: TripleO iterates it entry by entry and fails.',
      notMapping: '"{{key}}" of {{entry}} is {{what}}, not a mapping.',
      stringPatterns:
        '"{{key}}" of {{entry}} is a string, not a list: TripleO iterates it character by character, so every character becomes a pattern of its own. Write it as a list.',
      notStringItem: 'Item {{item}} of "{{key}}" in {{entry}} is {{what}}, not a string.',
      invalidPattern: 'Pattern {{item}} of "{{key}}" in {{entry}} is not a valid regular expression ({{problem}}): the prepare fails.',
      pushDestination:
        'push_destination of {{entry}} is {{what}}: TripleO takes true (the undercloud registry) or a registry "host[:port]", and writes any other string in front of every image name.',
      quotedSwitch:
        'push_destination of {{entry}} is the quoted string "{{word}}", which TripleO takes as a registry host named "{{word}}"; write it unquoted for a boolean.',
      notString: '"{{key}}" of {{entry}} is {{what}}, not a string.',
      quotedBoolean:
        '"set.{{key}}" of {{entry}} is the quoted string "{{word}}", which the image template reads as true (a non-empty string); write it unquoted for a boolean.',
      unknownSource:
        'Item {{item}} of "modify_only_with_source" in {{entry}} is not an image source ({{known}}), so it selects no image to modify.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const file = ctx.tripleo();
    const describe = (node: YamlNode): string => describeNode(file, node);
    for (const param of file.params) {
      const list = param.entry.value;
      // An empty or null parameter means tripleo-common's defaults.
      const empty = list.kind === 'scalar' && !file.py(list).truthy;
      if (list.kind !== 'seq' && !empty) {
        ctx.report({ node: list, messageId: 'notList', data: { param: param.name, what: describe(list) } });
        continue;
      }
      if (list.kind === 'seq') {
        list.items.forEach((item, index) => {
          if (item.kind !== 'map')
            ctx.report({
              node: item,
              messageId: 'notMapping',
              data: { key: `${param.name}[${index}]`, entry: param.name, what: describe(item) },
            });
        });
      }
      for (const entry of param.entries) checkEntry(ctx, file, entry, describe);
    }
  },
});

type Ctx = Parameters<Parameters<typeof defineRule<Record<string, never>, MessageId, 'tripleo'>>[0]['check']>[0];

function checkEntry(ctx: Ctx, file: TripleoFile, entry: PrepareEntry, describe: (node: YamlNode) => string): void {
  const data = (key: string, node: YamlNode) => ({ key, entry: entry.label, what: describe(node) });
  for (const key of ['set', 'modify_vars']) {
    const node = entry.key(key)?.value;
    if (node && node.kind !== 'map' && !(node.kind === 'scalar' && file.py(node).kind === 'null'))
      ctx.report({ node, messageId: 'notMapping', data: data(key, node) });
  }
  for (const key of STRING_KEYS) {
    const node = entry.key(key)?.value;
    if (node && (node.kind !== 'scalar' || !['str', 'null'].includes(file.py(node).kind)))
      ctx.report({ node, messageId: 'notString', data: data(key, node) });
  }
  for (const key of [...PATTERN_KEYS, ...LIST_KEYS]) {
    const node = entry.key(key)?.value;
    if (!node) continue;
    if (node.kind === 'scalar') {
      const py = file.py(node);
      if (py.kind === 'str' && py.truthy) ctx.report({ node, messageId: 'stringPatterns', data: data(key, node) });
      else if (py.truthy) ctx.report({ node, messageId: 'notStringItem', data: { ...data(key, node), item: 1 } });
      continue;
    }
    if (node.kind !== 'seq') {
      ctx.report({ node, messageId: 'stringPatterns', data: data(key, node) });
      continue;
    }
    node.items.forEach((item, index) => {
      const py = item.kind === 'scalar' ? file.py(item) : undefined;
      if (py?.kind !== 'str' || py.str === undefined) {
        ctx.report({ node: item, messageId: 'notStringItem', data: { ...data(key, item), item: index + 1 } });
        return;
      }
      if (PATTERN_KEYS.includes(key)) {
        const problem = pythonRegexProblem(py.str);
        if (problem) ctx.report({ node: item, messageId: 'invalidPattern', data: { key, entry: entry.label, item: index + 1, problem } });
      } else if (key === 'modify_only_with_source' && !IMAGE_SOURCES.includes(py.str)) {
        ctx.report({
          node: item,
          messageId: 'unknownSource',
          data: { entry: entry.label, item: index + 1, known: IMAGE_SOURCES.join(', ') },
        });
      }
    });
  }
  const push = entry.key('push_destination')?.value;
  if (push) {
    const py = push.kind === 'scalar' ? file.py(push) : undefined;
    if (py?.kind === 'str' && py.str !== undefined && push.kind === 'scalar' && push.style !== 'plain' && SWITCH_WORDS.test(py.str))
      ctx.report({ node: push, messageId: 'quotedSwitch', data: { entry: entry.label, word: py.str } });
    else if (py?.kind === 'str' && py.str !== undefined && py.truthy && !HOST_PORT.test(py.str))
      ctx.report({ node: push, messageId: 'pushDestination', data: { entry: entry.label, what: 'not a registry "host[:port]"' } });
    else if (!py || py.kind === 'int' || py.kind === 'float')
      ctx.report({ node: push, messageId: 'pushDestination', data: { entry: entry.label, what: describe(push) } });
  }
  for (const item of entry.set?.entries ?? []) {
    // The template tests these for truth (`{% if ceph_images | default(true) %}`, `{% if not rhel_containers %}`).
    if ((item.key === 'ceph_images' || item.key === 'rhel_containers') && item.value.kind === 'scalar') {
      const py = file.py(item.value);
      if (py.kind === 'str' && py.str !== undefined && /^(?:false|no|off)$/i.test(py.str))
        ctx.report({ node: item.value, messageId: 'quotedBoolean', data: { key: item.key, entry: entry.label, word: py.str } });
      continue;
    }
    if ((item.key === 'tag' || item.key.endsWith('_tag')) && item.value.kind !== 'scalar') {
      ctx.report({
        node: item.value,
        messageId: 'notString',
        data: { key: `set.${item.key}`, entry: entry.label, what: describe(item.value) },
      });
      continue;
    }
    const isName =
      ['namespace', 'name_prefix', 'name_suffix'].includes(item.key) ||
      (FAMILY_KEY.test(item.key) && /_(?:namespace|image)$/.test(item.key));
    if (!isName) continue;
    const node = item.value;
    if (node.kind !== 'scalar' || !['str', 'null'].includes(file.py(node).kind))
      ctx.report({ node, messageId: 'notString', data: { key: `set.${item.key}`, entry: entry.label, what: describe(node) } });
  }
}
