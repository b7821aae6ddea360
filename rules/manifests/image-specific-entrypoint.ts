import { defineRule, getEntry, imageSpecificUtilities, NO_OPTIONS, type YamlNode } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'reliesOn', 'manifests'>({
  id: 'manifests/image-specific-entrypoint',
  meta: {
    description:
      "A rendered container's command and args do not rely on what only Kolla images carry (kolla_start, kolla_set_configs, extend_start.sh, /var/lib/kolla/config_files).",
    severity: 'warning',
    targets: ['manifests'],
    messages: {
      reliesOn:
        'The {{container}} runs {{what}}, which only Kolla images carry: on a LOCI or distribution image it fails to start. Run a script the chart brings instead, as OpenStack-Helm charts do.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const container of ctx.containers()) {
      const found: string[] = [];
      let first: YamlNode | undefined;
      for (const key of ['command', 'args']) {
        const value = getEntry(container.node, key)?.value;
        const items = value?.kind === 'seq' ? value.items : value ? [value] : [];
        for (const item of items) {
          if (item.kind !== 'scalar' || typeof item.value !== 'string') continue;
          const names = imageSpecificUtilities(item.value).filter((name) => !found.includes(name));
          if (names.length === 0) continue;
          first ??= item;
          found.push(...names);
        }
      }
      if (first) ctx.report({ node: first, messageId: 'reliesOn', data: { container: container.label, what: listed(found) } });
    }
  },
});

function listed(names: readonly string[]): string {
  const quoted = names.map((name) => `\`${name}\``);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}`;
}
