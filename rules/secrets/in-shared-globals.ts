import { defineRule, NO_OPTIONS, forEachLeaf, dottedPath, notASecretHere } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'literal', 'values'>({
  id: 'secrets/in-shared-globals',
  meta: {
    description: "A literal sensitive value in the umbrella chart's global: values, which every region shares.",
    severity: 'error',
    targets: ['values'],
    messages: {
      literal: '"{{key}}" holds {{what}} in the umbrella\'s shared globals; set it as {{key}} in the region values and leave null here.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (ctx.placement !== 'umbrella') return;
    const secrets = ctx.secrets();
    const root = ctx.file.documents[0]?.root;
    forEachLeaf(root, (path, leaf) => {
      if (path[0] !== 'global') return;
      const verdict = secrets.classify(path, leaf.value);
      if (verdict.sensitive && !notASecretHere(root, path, leaf.value))
        ctx.report({ node: leaf, messageId: 'literal', data: { key: dottedPath(path), what: verdict.description } });
    });
  },
});
