import { defineRule } from '../../src/engine/types.js';
import { isTemplated } from '../../src/images/collect.js';

interface Options {
  /** The chart's own values.yaml must set images.pull_policy when it has an images map. */
  required: boolean;
}

const POLICIES = ['Always', 'IfNotPresent', 'Never'];

export default defineRule<Options, 'missing' | 'empty' | 'wrongCase' | 'whitespace' | 'invalid'>({
  id: 'images/pull-policy',
  meta: {
    description: 'pull_policy (images.pull_policy, image.pullPolicy) exists and is exactly Always, IfNotPresent or Never.',
    severity: 'error',
    target: 'values',
    messages: {
      missing: 'The images map sets no pull_policy; helm-toolkit then renders an empty imagePullPolicy. Set images.pull_policy to Always, IfNotPresent or Never.',
      empty: '"{{key}}" is empty; Kubernetes needs Always, IfNotPresent or Never.',
      wrongCase: '"{{key}}" is "{{value}}", but Kubernetes matches case exactly: write "{{expected}}".',
      whitespace: '"{{key}}" has spaces around "{{expected}}", which Kubernetes rejects.',
      invalid: '"{{key}}" is "{{value}}"; Kubernetes accepts only Always, IfNotPresent or Never.',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: { required: { type: 'boolean', description: 'Require images.pull_policy in a chart\'s values.yaml.' } },
      required: [],
    },
    defaultOptions: { required: true },
  },
  check(ctx) {
    const { section, pullPolicies } = ctx.images();
    if (section && !section.pullPolicy && ctx.isChartDefaults && ctx.options.required) {
      ctx.report({ span: section.images.keySpan, messageId: 'missing' });
    }
    for (const site of pullPolicies) {
      const { node, key } = site;
      if (node.kind !== 'scalar') {
        ctx.report({ node, messageId: 'invalid', data: { key, value: `a ${node.kind === 'map' ? 'mapping' : 'list'}` } });
        continue;
      }
      if (node.value === null || node.value === '') {
        ctx.report({ node: node.span.end > node.span.start ? node : undefined, span: node.span, messageId: 'empty', data: { key } });
        continue;
      }
      const value = String(node.value);
      if (POLICIES.includes(value) || isTemplated(value)) continue;
      const expected = POLICIES.find((policy) => policy.toLowerCase() === value.trim().toLowerCase());
      if (expected && value.trim() !== value) ctx.report({ node, messageId: 'whitespace', data: { key, expected } });
      else if (expected) ctx.report({ node, messageId: 'wrongCase', data: { key, value, expected } });
      else ctx.report({ node, messageId: 'invalid', data: { key, value } });
    }
  },
});
