/** One judgement of a pull policy value, for values (`pull_policy`, `pullPolicy`) and rendered `imagePullPolicy`. */
import type { YamlNode } from '../sources/yaml-view.js';
import { parseNormalizedReference } from './reference.js';
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

/**
 * What the API server sets for an empty imagePullPolicy (SetDefaults_Container): Always when the image is
 * tagged `:latest` or carries neither tag nor digest, else IfNotPresent. Undefined when the image is not known.
 */
export function kubernetesDefaultPolicy(reference: string | undefined): 'Always' | 'IfNotPresent' | undefined {
  if (reference === undefined || reference === '' || isTemplated(reference)) return undefined;
  const parsed = parseNormalizedReference(reference);
  if (!parsed.ok) return undefined;
  const { tag, digest } = parsed.ref;
  return tag === 'latest' || (tag === null && !digest) ? 'Always' : 'IfNotPresent';
}

/** The sentence that says what Kubernetes does with an empty policy, for messages. */
export function defaultPolicyText(reference: string | undefined): string {
  const policy = kubernetesDefaultPolicy(reference);
  return policy
    ? `Kubernetes then applies its default, ${policy} for this image`
    : 'Kubernetes then applies its default: Always for an image tagged :latest or untagged, else IfNotPresent';
}
