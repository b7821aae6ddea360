import { defaultPolicyText, defineRule, judgePullPolicy, scalarTextEdit } from '../../src/rule-kit/index.js';

interface Options {
  /** The chart's own values.yaml must set images.pull_policy when it has an images map. */
  required: boolean;
}

export default defineRule<Options, 'missing' | 'misspelt' | 'empty' | 'wrongCase' | 'whitespace' | 'invalid' | 'useExpected', 'values'>({
  id: 'images/pull-policy',
  meta: {
    description: 'pull_policy (images.pull_policy, image.pullPolicy, imagePullPolicy) exists and is exactly Always, IfNotPresent or Never.',
    severity: 'error',
    targets: ['values'],
    messages: {
      missing:
        'The images map sets no pull_policy, so helm-toolkit renders an empty imagePullPolicy; {{default}}. Set images.pull_policy to Always, IfNotPresent or Never.',
      misspelt:
        'helm-toolkit reads images.pull_policy, not "{{key}}": this policy is never applied, and every container renders an empty imagePullPolicy. Rename the key to pull_policy.',
      empty: '"{{key}}" is empty; {{default}}. Set it to say which.',
      wrongCase: '"{{key}}" is "{{value}}", but Kubernetes matches case exactly: write "{{expected}}".',
      whitespace: '"{{key}}" has spaces or quotes around "{{expected}}", which Kubernetes rejects.',
      invalid: '"{{key}}" is "{{value}}"; Kubernetes accepts only Always, IfNotPresent or Never.',
      useExpected: 'Set it to "{{expected}}".',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { required: { type: 'boolean', description: "Require images.pull_policy in a chart's values.yaml." } },
      required: [],
    },
    defaultOptions: { required: true },
    fixable: true,
    hasSuggestions: true,
  },
  check(ctx) {
    const { section, pullPolicies } = ctx.images();
    // The images section is there only in charts built on helm-toolkit, whose templates read images.pull_policy.
    if (section && !section.pullPolicy && section.misspeltPullPolicy) {
      const key = section.misspeltPullPolicy;
      ctx.report({ span: key.keySpan, messageId: 'misspelt', data: { key: `${section.images.key}.${key.key}` } });
    } else if (section && !section.pullPolicy && ctx.isChartDefaults && ctx.options.required) {
      ctx.report({
        span: section.images.keySpan,
        messageId: 'missing',
        data: { default: defaultPolicyText(undefined) },
        atMost: 'warning',
      });
    }
    for (const { node, key, image, source } of pullPolicies) {
      const verdict = judgePullPolicy(node);
      if (!verdict) continue;
      if (verdict.problem === 'empty') {
        // An image object's `pullPolicy: ""` is the common Helm idiom for "Kubernetes' default": its templates
        // write the field only when it is set. helm-toolkit pastes images.pull_policy in unchecked.
        if (source !== 'images-section') continue;
        // Empty or null is left to Kubernetes' default: a risk, not a rejected pod.
        ctx.report({ node, messageId: 'empty', data: { key, default: defaultPolicyText(image) }, atMost: 'warning' });
        continue;
      }
      // Kubernetes refuses the value as written, so the spelling it was meant to be cannot change a working
      // deploy: fixed, in the scalar's own quoting. Where the source is not the value letter for letter
      // (escapes, folded lines, a block scalar), the edit is only offered.
      const fix = verdict.expected && node.kind === 'scalar' ? scalarTextEdit(ctx.file.text, node, verdict.expected) : undefined;
      const suggest =
        verdict.expected && !fix
          ? [{ messageId: 'useExpected' as const, data: { expected: verdict.expected }, fix: { span: node.span, text: verdict.expected } }]
          : [];
      ctx.report({ node, messageId: verdict.problem, data: { key, value: verdict.value, expected: verdict.expected }, fix, suggest });
    }
  },
});
