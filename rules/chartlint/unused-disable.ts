import { defineRule, NO_OPTIONS, ruleMatches, safeName } from '../../src/rule-kit/index.js';

export default defineRule<
  Record<string, never>,
  'unused' | 'unusedAll' | 'unknownRule' | 'unknownUnnamedRule',
  'values' | 'chart-metadata' | 'manifests' | 'tripleo' | 'patch'
>({
  id: 'chartlint/unused-disable',
  meta: {
    description: 'A chartlint-disable comment that suppresses nothing, or names a rule that does not exist.',
    severity: 'warning',
    targets: ['values', 'chart-metadata', 'manifests', 'tripleo', 'patch'],
    phase: 'after-suppressions',
    messages: {
      unused: 'This chartlint-{{kind}} comment suppresses no "{{rule}}" finding; remove it.',
      unusedAll: 'This chartlint-{{kind}} comment suppresses nothing; remove it.',
      unknownRule: 'This chartlint-{{kind}} comment names "{{rule}}", which is not a chartlint rule.',
      unknownUnnamedRule: 'This chartlint-{{kind}} comment names something that is not a chartlint rule.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const { unused, ruleIds } = ctx.suppressions();
    for (const { directive, rule } of unused) {
      const data = { kind: directive.kind, rule: rule ?? '' };
      if (rule === undefined) ctx.report({ span: directive.span, messageId: 'unusedAll', data });
      // What a comment names is the user's text: quoted only when it is shaped like a rule id.
      else if (!ruleIds.some((id) => ruleMatches(rule, id)))
        ctx.report({ span: directive.span, messageId: safeName(rule) === undefined ? 'unknownUnnamedRule' : 'unknownRule', data });
      else ctx.report({ span: directive.span, messageId: 'unused', data });
    }
  },
});
