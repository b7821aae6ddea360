import {
  closest,
  componentPattern,
  DEPENDENCY_KINDS,
  defineRule,
  dependencyComponents,
  isDependencyKind,
  NO_OPTIONS,
  toolkitReadsDependencies,
} from '../../src/rule-kit/index.js';

const KINDS = DEPENDENCY_KINDS.join(', ');

export default defineRule<Record<string, never>, 'unknownKind' | 'unknownKindNear' | 'misplacedKind', 'values'>({
  id: 'entrypoint/dependency-keys',
  meta: {
    description:
      "Each component under `dependencies.static` and `dependencies.dynamic` holds only the dependency kinds helm-toolkit's kubernetes-entrypoint snippet reads; any other key is silently dropped.",
    severity: 'error',
    targets: ['values'],
    messages: {
      unknownKind: `"{{key}}" is no dependency kind helm-toolkit reads ({{kinds}}): what it lists is silently dropped, and the pod starts without waiting for it.`,
      unknownKindNear: `"{{key}}" is no dependency kind helm-toolkit reads; did you mean "{{near}}"? What it lists is silently dropped, and the pod starts without waiting for it.`,
      misplacedKind: `"{{key}}" sits where a component belongs: helm-toolkit reads {{pattern}}.{{key}}, so what it lists is silently dropped.`,
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (!toolkitReadsDependencies(ctx.chart)) return;
    const { components, misplaced } = dependencyComponents(ctx.file.documents[0]?.root);
    for (const { entry, group } of misplaced) {
      ctx.report({ span: entry.keySpan, messageId: 'misplacedKind', data: { key: entry.key, pattern: componentPattern(group) } });
    }
    for (const component of components) {
      for (const entry of component.map?.entries ?? []) {
        if (isDependencyKind(entry.key)) continue;
        const near = closest(entry.key, DEPENDENCY_KINDS, Math.max(2, Math.floor(entry.key.length / 3)));
        if (near) ctx.report({ span: entry.keySpan, messageId: 'unknownKindNear', data: { key: entry.key, near } });
        else ctx.report({ span: entry.keySpan, messageId: 'unknownKind', data: { key: entry.key, kinds: KINDS } });
      }
    }
  },
});
