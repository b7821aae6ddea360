import { compileRegistryEntry, defineRule, registryEntryMatches } from '../../src/rule-kit/index.js';

interface Options {
  /** Repositories allowed without a digest: `host[/path-prefix]` entries, as images/allowed-registries reads them. */
  exempt: string[];
}

export default defineRule<Options, 'noDigest', 'values' | 'manifests'>({
  id: 'images/digest-pinned',
  meta: {
    description: 'Every image reference carries a digest (@sha256:...), for air-gapped and reproducible deployments; off by default.',
    severity: 'off',
    targets: ['values', 'manifests'],
    messages: {
      noDigest: 'Image {{image}} is not pinned by digest; add "@sha256:<digest>" so every node runs the same bytes.',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        exempt: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            'Repositories allowed without a digest: host, host:port, host/path-prefix, or *.domain, matched as images/allowed-registries matches its registries.',
        },
      },
      required: [],
    },
    defaultOptions: { exempt: [] },
  },
  check(ctx) {
    const exempt = ctx.memo(JSON.stringify(ctx.options), () => ctx.options.exempt.map(compileRegistryEntry));
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok || image.parsed.ref.digest) continue;
      // Judged where Kubernetes pulls from: `internal-registry/app` is docker.io/internal-registry/app.
      const { domain, path } = image.parsed.ref;
      if (exempt.some((entry) => registryEntryMatches(entry, domain, path))) continue;
      ctx.report({ span: image.span, messageId: 'noDigest', data: { image: image.label } });
    }
  },
});
