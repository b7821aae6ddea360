/** One judgement of a pull policy value, for values (`pull_policy`, `pullPolicy`) and rendered `imagePullPolicy`. */
import type { YamlNode } from '../sources/yaml-view.js';
import { isTemplated } from './site.js';

export const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];

export type PullPolicyProblem = 'empty' | 'wrongCase' | 'whitespace' | 'invalid';

export interface PullPolicyVerdict {
  problem: PullPolicyProblem;
  /** What was written, for messages: a policy is never a secret. */
  value: string;
  /** The policy it was meant to be, when only case or spaces are off. */
  expected: string;
}

/** undefined when Kubernetes accepts the value (or it is filled in at render time). */
export function judgePullPolicy(node: YamlNode): PullPolicyVerdict | undefined {
  if (node.kind !== 'scalar') return { problem: 'invalid', value: `a ${node.kind === 'map' ? 'mapping' : 'list'}`, expected: '' };
  if (node.value === null || node.value === '') return { problem: 'empty', value: '', expected: '' };
  const value = String(node.value);
  if (PULL_POLICIES.includes(value) || isTemplated(value)) return undefined;
  // Renders at times carry quotes inside the value (`'"IfNotPresent"'`) or spaces around it.
  const bare = value
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim();
  const expected = PULL_POLICIES.find((policy) => policy.toLowerCase() === bare.toLowerCase());
  if (!expected) return { problem: 'invalid', value, expected: '' };
  if (bare === expected) return { problem: 'whitespace', value, expected };
  return { problem: 'wrongCase', value, expected };
}
