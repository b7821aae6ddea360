/** KOLLA_CONFIG_STRATEGY: `kolla_set_configs` takes exactly COPY_ALWAYS or COPY_ONCE, and stops (exit 1) on anything else. */
export const CONFIG_STRATEGIES = ['COPY_ALWAYS', 'COPY_ONCE'] as const;

export type StrategyVerdict = { problem: 'empty' } | { problem: 'wrongCase'; expected: string } | { problem: 'invalid' };

export function judgeStrategy(value: string): StrategyVerdict | undefined {
  if ((CONFIG_STRATEGIES as readonly string[]).includes(value)) return undefined;
  if (value.trim() === '') return { problem: 'empty' };
  const expected = CONFIG_STRATEGIES.find((strategy) => strategy === value.trim().toUpperCase().replace(/-/g, '_'));
  return expected ? { problem: 'wrongCase', expected } : { problem: 'invalid' };
}
