/** The facts registry keeps a copy of each fact's value, as a worker thread gets one (src/facts/index.ts). */
import { describe, expect, it } from 'vitest';
import { buildFacts } from '../src/facts/index.js';
import { defineFact } from '../src/facts/types.js';

describe('buildFacts', () => {
  it('keeps a copy of what a fact built, equal to it, and hands that copy to the facts built from it', async () => {
    const built = { names: ['keystone_bootstrap'], nested: { flags: [true] } };
    const base = defineFact({ id: 'test-base', build: () => built });
    let seen: unknown;
    const derived = defineFact({
      id: 'test-derived',
      needs: [base],
      build: (_input, read) => {
        seen = read(base);
        return 1;
      },
    });
    const values = await buildFacts([derived], { charts: [], wholeCharts: [], render: undefined });
    expect(values['test-base']).toEqual(built);
    expect(values['test-base']).not.toBe(built);
    expect(seen).toBe(values['test-base']);
    expect(values['test-derived']).toBe(1);
  });
});
