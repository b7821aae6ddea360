import { defaultPolicyText, defineRule, judgePullPolicy, scalarTextEdit } from '../../src/rule-kit/index.js';

interface Options {
  /** Every rendered container must set imagePullPolicy. */
  required: boolean;
  /** Report an empty imagePullPolicy, which Kubernetes defaults as it does an absent one. */
  empty: boolean;
}

export default defineRule<Options, 'missing' | 'empty' | 'wrongCase' | 'whitespace' | 'invalid', 'manifests'>({
  id: 'manifests/pull-policy',
  meta: {
    description: 'Rendered imagePullPolicy is exactly Always, IfNotPresent or Never (and present, when required).',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      missing: 'The {{container}} sets no imagePullPolicy.',
      empty: 'The {{container}} renders an empty imagePullPolicy; {{default}}. Set the policy to say which.',
      wrongCase: 'The {{container}} has imagePullPolicy "{{value}}", but Kubernetes matches case exactly: write "{{expected}}".',
      whitespace: 'The {{container}} has imagePullPolicy "{{value}}": spaces or quotes around "{{expected}}", which Kubernetes rejects.',
      invalid: 'The {{container}} has imagePullPolicy "{{value}}"; Kubernetes accepts only Always, IfNotPresent or Never.',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        required: { type: 'boolean', description: 'Report containers without imagePullPolicy.' },
        empty: {
          type: 'boolean',
          description: 'Report an empty imagePullPolicy (Kubernetes defaults it as an absent one); always with required.',
        },
      },
      required: [],
    },
    defaultOptions: { required: false, empty: true },
    fixable: true,
  },
  check(ctx) {
    for (const container of ctx.containers()) {
      const data = { container: container.label };
      if (!container.pullPolicy) {
        if (ctx.options.required && container.image) ctx.report({ span: container.image.keySpan, messageId: 'missing', data });
        continue;
      }
      const verdict = judgePullPolicy(container.pullPolicy.value);
      if (!verdict) continue;
      const empty = verdict.problem === 'empty';
      // Generic charts render `imagePullPolicy: {{ .Values.image.pullPolicy }}` left empty on purpose: Kubernetes'
      // default. OpenStack-Helm's convention asks for a policy, so there it is named.
      if (empty && !ctx.options.empty && !ctx.options.required) continue;
      const span = empty ? container.pullPolicy.keySpan : container.pullPolicy.value.span;
      const image = container.image?.value.kind === 'scalar' ? String(container.image.value.value ?? '') : undefined;
      const value = container.pullPolicy.value;
      // Only a stream on disk (--manifests) is ever fixed: the engine drops the edits of a chart it rendered,
      // whose source is the values, where images/pull-policy fixes it.
      const fix = verdict.expected && value.kind === 'scalar' ? scalarTextEdit(ctx.file.text, value, verdict.expected) : undefined;
      ctx.report({
        span,
        messageId: verdict.problem,
        fix,
        data: { ...data, value: verdict.value, expected: verdict.expected, default: defaultPolicyText(image) },
        // Left empty, the policy is Kubernetes' default: a risk to name, not a broken deploy.
        ...(empty ? { atMost: 'warning' as const } : {}),
      });
    }
  },
});
