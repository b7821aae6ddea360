/**
 * The facts registry: the facts the engine itself needs, and how a run's facts (those plus every fact its
 * rules name, built-in or a caller's own) are built once and hashed.
 */
import { createHash } from 'node:crypto';
import { rendersFact } from './renders.js';
import { topologyFact } from './topology.js';
import type { AnyFact, Fact, FactInput } from './types.js';

/** Facts every run builds: the engine itself places files (topology) and lints renders. */
export const CORE_FACTS: readonly AnyFact[] = [topologyFact, rendersFact];

export type FactValues = Readonly<Record<string, unknown>>;

/** Builds the named facts and what they need, each once, in dependency order. */
export async function buildFacts(wanted: readonly AnyFact[], input: FactInput): Promise<FactValues> {
  const values: Record<string, unknown> = {};
  const read = <T>(fact: Fact<T>): T => {
    if (!(fact.id in values)) throw new Error(`fact "${fact.id}" read before it was built`);
    return values[fact.id] as T;
  };
  const build = async (fact: AnyFact, path: readonly string[]): Promise<void> => {
    if (fact.id in values) return;
    if (path.includes(fact.id)) throw new Error(`facts need each other in a circle: ${[...path, fact.id].join(' -> ')}`);
    for (const need of fact.needs ?? []) await build(need, [...path, fact.id]);
    // A copy, as a worker thread gets: a string a fact cut out of a template (a regex's capture) would
    // otherwise hold that whole template's text for the run, and memory would grow with every chart.
    values[fact.id] = structuredClone(await fact.build(input, read));
  };
  for (const fact of wanted) await build(fact, []);
  return values;
}

/** The facts' part of the results-cache identity: every value, in id order, hashed. */
export function hashFacts(values: FactValues): string {
  const digest = createHash('sha256');
  for (const id of Object.keys(values).sort()) digest.update(`${id}\0${JSON.stringify(values[id])}\0`);
  return digest.digest('hex');
}

export type { AnyFact, Fact, FactInput } from './types.js';
