import { defineRule, NO_OPTIONS } from '../../src/engine/types.js';
import { forEachLeaf } from '../../src/secrets/leaves.js';
import { dottedPath } from '../../src/sources/yaml.js';
import { getPath, scalarString } from '../../src/sources/yaml.js';

export default defineRule<Record<string, never>, 'unresolved'>({
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
