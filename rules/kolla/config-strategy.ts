import { CONFIG_STRATEGIES, defineRule, getEntry, judgeStrategy, NO_OPTIONS, scalarString } from '../../src/rule-kit/index.js';

const NAME = 'KOLLA_CONFIG_STRATEGY';

export default defineRule<Record<string, never>, 'empty' | 'wrongCase' | 'invalid', 'manifests'>({
  id: 'kolla/config-strategy',
  meta: {
    description: `A rendered container that sets ${NAME} sets it to exactly ${CONFIG_STRATEGIES.join(' or ')}.`,
    severity: 'error',
    targets: ['manifests'],
    messages: {
      empty: `The {{container}} sets ${NAME} to an empty value: kolla_set_configs stops with "${NAME} is not set properly" (exit 1). Set COPY_ALWAYS or COPY_ONCE.`,
      wrongCase: `The {{container}} sets ${NAME} to "{{value}}", but kolla_set_configs matches it exactly and stops (exit 1): write "{{expected}}".`,
      invalid: `The {{container}} sets ${NAME} to a value kolla_set_configs does not know: it stops with "${NAME} is not set properly" (exit 1). Set COPY_ALWAYS or COPY_ONCE.`,
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const container of ctx.containers()) {
      const env = getEntry(container.node, 'env')?.value;
      if (env?.kind !== 'seq') continue;
      for (const variable of env.items) {
        if (variable.kind !== 'map' || scalarString(getEntry(variable, 'name')?.value) !== NAME) continue;
        // Taken from a ConfigMap, a Secret or a field: not known here.
        if (getEntry(variable, 'valueFrom')) continue;
        // No value, or a null one, is the empty string; a number or a list is the API server's to refuse.
        const value = getEntry(variable, 'value')?.value;
        const raw = value?.kind === 'scalar' ? value.value : undefined;
        if (value && raw !== null && typeof raw !== 'string') continue;
        const text = typeof raw === 'string' ? raw : '';
        const verdict = judgeStrategy(text);
        if (!verdict) continue;
        ctx.report({
          node: value ?? variable,
          messageId: verdict.problem,
          data: { container: container.label, value: text, ...(verdict.problem === 'wrongCase' ? { expected: verdict.expected } : {}) },
        });
      }
    }
  },
});
