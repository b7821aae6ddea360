/**
 * `collect` (for `chartlint graph` and the Action's picture): the named deployment rules collect from every
 * file even where the config turns them off. Collection only: their findings still follow the config.
 */
import type { ResolvedConfig } from '../config/load.js';
import type { RuleSetting } from '../config/resolve.js';
import type { AnyRule } from './rule.js';

/** The config, with those rules on (at info, with their options) wherever it turns them off. */
export function collectingConfig(config: ResolvedConfig, rules: readonly AnyRule[], ids: readonly string[]): ResolvedConfig {
  if (ids.length === 0) return config;
  const known = new Map(rules.map((rule) => [rule.id, rule]));
  return Object.assign(Object.create(config) as ResolvedConfig, {
    settingsFor(file: string, chart: Parameters<ResolvedConfig['settingsFor']>[1]) {
      const settings = new Map(config.settingsFor(file, chart));
      for (const id of ids) {
        const rule = known.get(id);
        const setting = settings.get(id);
        if (rule && (!setting || setting.severity === 'off'))
          settings.set(id, { options: setting?.options ?? rule.meta.defaultOptions, severity: 'info' } satisfies RuleSetting);
      }
      return settings;
    },
  });
}
