import { defineRule, NO_OPTIONS, forEachLeaf, dottedPath, getPath, scalarString } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'unresolved', 'manifests'>({
  id: 'secrets/placeholder-unresolved',
  meta: {
    description: 'A rendered value still holds a placeholder such as DEFINED-IN-REGION-CHART: the region values forgot an override.',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      unresolved: '{{object}} still holds the placeholder "{{marker}}" at {{path}}: the region values do not override it.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const secrets = ctx.secrets();
    for (const document of ctx.file.documents) {
      const root = document.root;
      const object = `${scalarString(getPath(root, ['kind'])) ?? 'object'}/${scalarString(getPath(root, ['metadata', 'name'])) ?? '(unnamed)'}`;
      forEachLeaf(root, (path, leaf) => {
        if (typeof leaf.value !== 'string' || leaf.value === '') return;
        const marker = secrets.markerIn(leaf.value);
        if (marker) ctx.report({ node: leaf, messageId: 'unresolved', data: { object, marker, path: dottedPath(path) } });
      });
    }
  },
});
