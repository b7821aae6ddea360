import { compileRegistryEntry, defineRule, registryEntryMatches } from '../../src/rule-kit/index.js';

interface Options {
  /** Allowed `host[/path-prefix]` entries; `*.example.com` allows every subdomain. */
  registries: string[];
}

export default defineRule<Options, 'notAllowed' | 'noneConfigured', 'values' | 'manifests' | 'tripleo'>({
  id: 'images/allowed-registries',
  meta: {
    description: 'Images come only from the configured registries (and optional path prefixes); off until configured.',
    severity: 'off',
    targets: ['values', 'manifests', 'tripleo'],
    messages: {
      notAllowed: 'Image {{image}} comes from "{{source}}", which is not an allowed registry ({{allowed}}).',
      noneConfigured: 'Image {{image}} cannot be checked: this rule is on, but its options.registries list is empty.',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        registries: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description: 'Allowed registries: host, host:port, host/path-prefix, or *.domain.',
        },
      },
      required: [],
    },
    defaultOptions: { registries: [] },
  },
  check(ctx) {
    // Compiled once per run for each set of options (files under other overrides have others).
    const allowed = ctx.memo(JSON.stringify(ctx.options), () => ctx.options.registries.map(compileRegistryEntry));
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok) continue;
      // Bare names are judged where Kubernetes would pull them from: docker.io/library/...
      const { domain, path } = image.parsed.ref;
      if (allowed.length === 0) {
        ctx.report({ span: image.span, messageId: 'noneConfigured', data: { image: image.label } });
        continue;
      }
      if (allowed.some((entry) => registryEntryMatches(entry, domain, path))) continue;
      ctx.report({
        span: image.partSpan('domain'),
        messageId: 'notAllowed',
        data: { image: image.label, source: `${domain}/${path}`, allowed: ctx.options.registries.join(', ') },
      });
    }
  },
});
