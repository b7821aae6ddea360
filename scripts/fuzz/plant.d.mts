/** Types of the parts of scripts/fuzz/plant.mjs that test/fuzz-judge.test.ts uses. */
import type { Needle } from './judge.mjs';

export interface Secret {
  kind: 'long' | 'short' | 'pem' | 'prefixed';
  value: string;
  cores: string[];
}

/** Go's strings.Title (helm's `title`). */
export function goTitle(text: string): string;
/** The raw and transformed forms of a secret the judge searches for. */
export function needlesOf(secret: Secret, id: number): Needle[];
