/** Turns a validated config into answers: which rules run on a file, with which severity and options. */
import path from 'node:path';
import type { SeveritySetting } from '../common/diagnostic.js';
import type { ConfiguredRule } from './configured-rule.js';
import { DEFAULT_SECRET_SETTINGS, type SecretSettings } from '../secrets/classify.js';
import type { ChartInfo } from '../sources/chart-info.js';
import { compileGlobs } from '../sources/glob.js';
import { chartProfile, profileNamed, profileSetting, type ProfileName } from './profiles.js';
import { DEFAULT_HELM, DEFAULT_LIMITS, DEFAULT_VALUES_GLOBS } from './schema.js';

export interface RuleSetting {
  severity: SeveritySetting;
  options: unknown;
}

export type RuleEntry = SeveritySetting | { severity?: SeveritySetting; options?: Record<string, unknown> };

/** `extends`: one built-in profile (`chartlint:strict`) or a list, applied in order. */
export type RawExtends = string | string[];

export interface RawConfig {
  extends?: RawExtends;
  rules?: Record<string, RuleEntry>;
  ignore?: string[];
  overrides?: { files: string[]; extends?: RawExtends; rules?: Record<string, RuleEntry> }[];
  values?: { include?: string[]; extra?: string[] };
  limits?: Partial<typeof DEFAULT_LIMITS>;
  helm?: { binary?: string; releaseName?: string; namespace?: string; timeoutSeconds?: number; cacheDir?: string };
  regions?: string[];
  baseline?: string;
  secrets?: Partial<SecretSettings>;
  tripleo?: { files?: string[] };
  kolla?: { files?: string[] };
}

export interface HelmSettings {
  /** Absolute, when the config names one. */
  binary: string | undefined;
  releaseName: string | undefined;
  namespace: string;
  /** The namespace the config names, when it names one (`namespace` holds helm's default otherwise). */
  namedNamespace: string | undefined;
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
  /** The baseline file the config names (absolute), if any. */
  baseline: string | undefined;
  secrets: SecretSettings;
  /** Values files the config names as region values. */
  isRegionFile(absolutePath: string): boolean;
  /** The file type the config's globs give a file (`tripleo.files`, `kolla.files`): linted as that type, and found in named folders. */
  fileKindOf(absolutePath: string): string | undefined;
  isIgnored(absolutePath: string): boolean;
  /**
   * The profile a chart's files start from: the config's `extends` (joined with `,`), else the chart's own
   * (chartProfile). Part of what keeps a file's cached results valid.
   */
  profileFor(chart: Pick<ChartInfo, 'dependencies'> | undefined): string;
  /** The rules' settings for a file of this chart (undefined outside any chart): its profile, then `rules:` and `overrides:`. */
  settingsFor(absolutePath: string, chart: Pick<ChartInfo, 'dependencies'> | undefined): ReadonlyMap<string, RuleSetting>;
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
  // Per kind, the globs that give files that file type; the first kind whose globs match wins.
  const typed = (['tripleo', 'kolla'] as const).flatMap((kind) => {
    const files = raw[kind]?.files;
    return files?.length ? [{ kind, matches: compileGlobs(files, `${kind}.files`) }] : [];
  });
  const extended = raw.extends === undefined ? undefined : profilesOf(raw.extends);
  const overrides = (raw.overrides ?? []).map((o, i) => ({
    matches: compileGlobs(o.files, `overrides[${i}].files`),
    extends: o.extends === undefined ? undefined : profilesOf(o.extends),
    rules: o.rules ?? {},
  }));
  const profileFor = (chart: Pick<ChartInfo, 'dependencies'> | undefined): ProfileName[] => extended ?? [chartProfile(chart)];
  /** Per profile list, then per set of applying overrides: files under the same ones share one settings map. */
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
      namedNamespace: raw.helm?.namespace,
      cacheDir: raw.helm?.cacheDir,
    },
    secrets: { ...DEFAULT_SECRET_SETTINGS, ...raw.secrets },
    baseline: raw.baseline ? path.resolve(dir, raw.baseline) : undefined,
    isRegionFile: (absolute) => (regions ? regions(relative(absolute)) : false),
    fileKindOf: (absolute) => (typed.length ? typed.find((type) => type.matches(relative(absolute)))?.kind : undefined),
    isIgnored: (absolute) => (ignore ? ignore(relative(absolute)) : false),
    profileFor: (chart) => profileFor(chart).join(','),
    settingsFor(absolute, chart) {
      const profiles = profileFor(chart);
      const target = relative(absolute);
      const applying = overrides.filter((o) => o.matches(target));
      const key = `${profiles.join(',')}\0${applying.map((o) => overrides.indexOf(o)).join(',')}`;
      let settings = cache.get(key);
      if (!settings) {
        const layers = [{ extends: profiles, rules: raw.rules ?? {} }, ...applying];
        settings = layers.reduce<Layered>((acc, layer) => applyLayer(acc, layer, rules, byId), {
          settings: new Map(),
          profile: new Map(),
        }).settings;
        cache.set(key, settings);
      }
      return settings;
    },
  };
}

/** The names of a validated `extends`. */
function profilesOf(value: RawExtends): ProfileName[] {
  return (typeof value === 'string' ? [value] : value).map((id) => profileNamed(id)!);
}

/** Settings so far, and the profiles' own settings under them (what "off by default" means for an entry). */
interface Layered {
  settings: ReadonlyMap<string, RuleSetting>;
  profile: ReadonlyMap<string, RuleSetting>;
}

/** One layer of the config (the top level, or an override): its profiles in order, then its rules. */
function applyLayer(
  acc: Layered,
  layer: { extends: readonly ProfileName[] | undefined; rules: Record<string, RuleEntry> },
  rules: readonly ConfiguredRule[],
  byId: ReadonlyMap<string, ConfiguredRule>,
): Layered {
  let { settings, profile } = acc;
  for (const name of layer.extends ?? []) {
    const next = new Map(settings);
    for (const rule of rules) {
      const current = settings.get(rule.id) ?? { severity: rule.meta.severity, options: rule.meta.defaultOptions };
      const own = profileSetting(rule, name);
      next.set(rule.id, {
        severity: own.severity,
        options: own.options ? { ...(current.options as object), ...own.options } : current.options,
      });
    }
    settings = next;
    profile = next;
  }
  return { settings: applyEntries(settings, layer.rules, byId, profile), profile };
}

function applyEntries(
  settings: ReadonlyMap<string, RuleSetting>,
  entries: Record<string, RuleEntry>,
  rules: ReadonlyMap<string, ConfiguredRule>,
  profile: ReadonlyMap<string, RuleSetting>,
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
    // Configuring a rule that its profile leaves off (with options, no severity) turns it on at `error`.
    const severity = entry.severity ?? (profile.get(id)?.severity === 'off' ? 'error' : current.severity);
    const options = entry.options ? { ...(current.options as object), ...entry.options } : current.options;
    next.set(id, { severity, options });
  }
  return next;
}
