/** Turns a validated config into answers: which rules run on a file, with which severity and options. */
import path from 'node:path';
import type { SeveritySetting } from '../common/diagnostic.js';
import type { ConfiguredRule } from './configured-rule.js';
import { DEFAULT_SECRET_SETTINGS, type SecretSettings } from '../secrets/classify.js';
import { compileGlobs } from '../sources/glob.js';
import { DEFAULT_HELM, DEFAULT_LIMITS, DEFAULT_VALUES_GLOBS } from './schema.js';

export interface RuleSetting {
  severity: SeveritySetting;
  options: unknown;
}

export type RuleEntry = SeveritySetting | { severity?: SeveritySetting; options?: Record<string, unknown> };

export interface RawConfig {
  rules?: Record<string, RuleEntry>;
  ignore?: string[];
  overrides?: { files: string[]; rules: Record<string, RuleEntry> }[];
  values?: { include?: string[]; extra?: string[] };
  limits?: Partial<typeof DEFAULT_LIMITS>;
  helm?: { binary?: string; releaseName?: string; namespace?: string; timeoutSeconds?: number; cacheDir?: string };
  regions?: string[];
  secrets?: Partial<SecretSettings>;
}

export interface HelmSettings {
  /** Absolute, when the config names one. */
  binary: string | undefined;
  releaseName: string | undefined;
  namespace: string;
  timeoutSeconds: number;
  cacheDir: string | undefined;
}

export interface ResolvedConfig {
  /** The config file, when one was found. */
  file: string | undefined;
  /** Its text ('' without one): part of what keeps cached results valid. */
  text: string;
  valuesGlobs: readonly string[];
  extraValues: readonly string[];
  limits: typeof DEFAULT_LIMITS;
  helm: HelmSettings;
  secrets: SecretSettings;
  /** Values files the config names as region values. */
  isRegionFile(absolutePath: string): boolean;
  isIgnored(absolutePath: string): boolean;
  settingsFor(absolutePath: string): ReadonlyMap<string, RuleSetting>;
}

export function resolveConfig(
  raw: RawConfig,
  file: string | undefined,
  text: string,
  dir: string,
  rules: readonly ConfiguredRule[],
): ResolvedConfig {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const relative = (absolute: string): string => path.relative(dir, absolute).split(path.sep).join('/');
  const ignore = raw.ignore?.length ? compileGlobs(raw.ignore, 'ignore') : undefined;
  const regions = raw.regions?.length ? compileGlobs(raw.regions, 'regions') : undefined;
  const base = applyEntries(defaultSettings(rules), raw.rules ?? {}, byId);
  const overrides = (raw.overrides ?? []).map((o, i) => ({ matches: compileGlobs(o.files, `overrides[${i}].files`), rules: o.rules }));
  const cache = new Map<string, ReadonlyMap<string, RuleSetting>>();

  return {
    file,
    text,
    valuesGlobs: raw.values?.include ?? DEFAULT_VALUES_GLOBS,
    extraValues: (raw.values?.extra ?? []).map((extra) => path.resolve(dir, extra)),
    limits: { ...DEFAULT_LIMITS, ...raw.limits },
    helm: {
      ...DEFAULT_HELM,
      ...raw.helm,
      binary: raw.helm?.binary ? path.resolve(dir, raw.helm.binary) : undefined,
      releaseName: raw.helm?.releaseName,
      cacheDir: raw.helm?.cacheDir,
    },
    secrets: { ...DEFAULT_SECRET_SETTINGS, ...raw.secrets },
    isRegionFile: (absolute) => (regions ? regions(relative(absolute)) : false),
    isIgnored: (absolute) => (ignore ? ignore(relative(absolute)) : false),
    settingsFor(absolute) {
      const target = relative(absolute);
      const applying = overrides.filter((o) => o.matches(target));
      if (applying.length === 0) return base;
      // Files under the same overrides share one settings map.
      const key = applying.map((o) => overrides.indexOf(o)).join(',');
      let settings = cache.get(key);
      if (!settings) {
        settings = applying.reduce((acc, o) => applyEntries(acc, o.rules, byId), base);
        cache.set(key, settings);
      }
      return settings;
    },
  };
}

function defaultSettings(rules: readonly ConfiguredRule[]): Map<string, RuleSetting> {
  return new Map(rules.map((rule) => [rule.id, { severity: rule.meta.severity, options: rule.meta.defaultOptions }]));
}

function applyEntries(
  settings: ReadonlyMap<string, RuleSetting>,
  entries: Record<string, RuleEntry>,
  rules: ReadonlyMap<string, ConfiguredRule>,
): Map<string, RuleSetting> {
  const next = new Map(settings);
  for (const [id, entry] of Object.entries(entries)) {
    const rule = rules.get(id);
    if (!rule) continue;
    const current = next.get(id)!;
    if (typeof entry === 'string') {
      next.set(id, { ...current, severity: entry });
      continue;
    }
    // Configuring a rule that is off by default (with options, no severity) turns it on at `error`.
    const severity = entry.severity ?? (rule.meta.severity === 'off' ? 'error' : current.severity);
    const options = entry.options ? { ...(current.options as object), ...entry.options } : current.options;
    next.set(id, { severity, options });
  }
  return next;
}
