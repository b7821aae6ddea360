import { defineRule } from '../../src/rule-kit/index.js';

interface Options {
  /** Tags that move, as case-insensitive globs (`*` matches any run of characters). */
  tags: string[];
  /** Globs of tags to accept although they match `tags`. */
  allow: string[];
}

export const DEFAULT_FLOATING_TAGS = [
  'latest-*',
  '*-latest',
  '*_latest',
  'master',
  'main',
  'stable',
  'stable-*',
  'mainline',
  'mainline-*',
  'lts',
  'lts-*',
  'edge',
  'nightly',
  'dev',
  'develop',
  'devel',
  'head',
  'rolling',
  'unstable',
  'testing',
  'current',
  'current-tripleo',
  'current-tripleo-rdo',
  'tripleo-ci-testing',
];

function matchers(options: Options): { floating: RegExp[]; allowed: RegExp[] } {
  return { floating: options.tags.map(globToRegExp), allowed: options.allow.map(globToRegExp) };
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'i');
}

export default defineRule<Options, 'floating', 'values' | 'manifests' | 'tripleo'>({
  id: 'images/floating-tag',
  meta: {
    description: 'Image tags that move although they are not "latest" (latest-*, *-latest, master, stable, nightly, current-tripleo, ...).',
    severity: 'warning',
    targets: ['values', 'manifests', 'tripleo'],
    messages: {
      floating: 'Image {{image}} uses the tag "{{tag}}", which moves to new builds; pin a version or a digest.',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tags: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs of floating tags (case-insensitive).' },
        allow: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Globs of tags accepted anyway.' },
      },
      required: [],
    },
    defaultOptions: { tags: DEFAULT_FLOATING_TAGS, allow: [] },
  },
  check(ctx) {
    const { floating, allowed } = ctx.memo(JSON.stringify(ctx.options), () => matchers(ctx.options));
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok) continue;
      const { tag, digest } = image.parsed.ref;
      // Exactly "latest" is images/no-latest's; a digest pins the image whatever the tag.
      if (!tag || tag === 'latest' || digest) continue;
      // Kubernetes treats only the lowercase "latest" as latest, but "LATEST" moves just the same.
      const moves = tag.toLowerCase() === 'latest' || floating.some((re) => re.test(tag));
      if (!moves || allowed.some((re) => re.test(tag))) continue;
      ctx.report({ span: image.partSpan('tag'), messageId: 'floating', data: { image: image.label, tag } });
    }
  },
});
