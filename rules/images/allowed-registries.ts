import { defineRule } from '../../src/rule-kit/index.js';

interface Options {
  /** Allowed `host[/path-prefix]` entries; `*.example.com` allows every subdomain. */
  registries: string[];
}

interface Allowed {
  host: RegExp;
  /** An entry without a port allows the host on any port. */
  withPort: boolean;
  prefix: string;
}

function compile(entry: string): Allowed {
  const slash = entry.indexOf('/');
  const host = slash === -1 ? entry : entry.slice(0, slash);
  const prefix = slash === -1 ? '' : entry.slice(slash + 1).replace(/\/+$/, '');
  const hostPattern = host
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return { host: new RegExp(`^${hostPattern}$`, 'i'), withPort: host.includes(':'), prefix };
}

// A prefix matches whole path components only: "quay.io/airship" does not allow "quay.io/airshipit/x".
function allows(allowed: Allowed, domain: string, path: string): boolean {
  if (!allowed.host.test(allowed.withPort ? domain : domain.replace(/:\d+$/, ''))) return false;
  return allowed.prefix === '' || path === allowed.prefix || path.startsWith(`${allowed.prefix}/`);
}

export default defineRule<Options, 'notAllowed' | 'noneConfigured', 'values' | 'manifests'>({
  id: 'images/allowed-registries',
  meta: {
    description: 'Images come only from the configured registries (and optional path prefixes); off until configured.',
    severity: 'off',
    targets: ['values', 'manifests'],
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
    const allowed = ctx.memo(JSON.stringify(ctx.options), () => ctx.options.registries.map(compile));
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok) continue;
      // Bare names are judged where Kubernetes would pull them from: docker.io/library/...
      const { domain, path } = image.parsed.ref;
      if (allowed.length === 0) {
        ctx.report({ span: image.span, messageId: 'noneConfigured', data: { image: image.label } });
        continue;
      }
      if (allowed.some((entry) => allows(entry, domain, path))) continue;
      ctx.report({
        span: image.partSpan('domain'),
        messageId: 'notAllowed',
        data: { image: image.label, source: `${domain}/${path}`, allowed: ctx.options.registries.join(', ') },
      });
    }
  },
});
