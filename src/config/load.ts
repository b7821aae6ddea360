/**
 * Finds `.chartlint.yaml` (upward from the working folder, or --config), validates it against the published
 * schema, and answers per file which rules run with which severity and options.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { ConfigError } from '../errors.js';
import type { AnyRule, SeveritySetting } from '../engine/types.js';
import { defaultCacheDir } from '../render/cache.js';
import { DEFAULT_SECRET_SETTINGS, type SecretSettings } from '../secrets/classify.js';
import { LineIndex, parseYamlValues, type Span, type YamlNode } from '../sources/yaml.js';
import { VERSION } from '../version.js';
import { buildConfigSchema, DEFAULT_HELM, DEFAULT_LIMITS, DEFAULT_VALUES_GLOBS } from './schema.js';

export const CONFIG_NAMES = ['.chartlint.yaml', '.chartlint.yml'];

export interface RuleSetting {
  severity: SeveritySetting;
  options: unknown;
}

type RuleEntry = SeveritySetting | { severity?: SeveritySetting; options?: Record<string, unknown> };

interface RawConfig {
  rules?: Record<string, RuleEntry>;
  ignore?: string[];
  overrides?: { files: string[]; rules: Record<string, RuleEntry> }[];
  values?: { include?: string[]; extra?: string[] };
  limits?: { maxFileBytes?: number; maxExpandedNodes?: number };
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


export interface LoadConfigOptions {
  cwd: string;
  /** --config FILE; when absent, the nearest .chartlint.yaml at or above cwd. */
  configFile?: string;
  rules: readonly AnyRule[];
}

export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const file = options.configFile ? path.resolve(options.cwd, options.configFile) : findConfigUpward(options.cwd);
  if (!file) return resolve({}, undefined, '', options.cwd, options.rules);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  const document = await parseYamlValues(text, DEFAULT_LIMITS);
  const lines = new LineIndex(text);
  const problem = document.problems[0];
  if (problem) {
    const at = lines.position(problem.span.start);
    throw new ConfigError(`${file}:${at.line}:${at.column}: invalid YAML: ${problem.message}`);
  }
  const raw = toPlain(document.root) ?? {};
  const errors = await validateRaw(raw, text, options.rules);
  if (errors.length > 0) {
    const [error] = errors;
    const at = lines.position(spanAt(document.root, error!.path, error!.atKey)?.start ?? 0);
    throw new ConfigError(`${file}:${at.line}:${at.column}: ${error!.jsonPath}: ${error!.message}`);
  }
  return resolve(raw as RawConfig, file, text, path.dirname(file), options.rules);
}

function findConfigUpward(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

function resolve(raw: RawConfig, file: string | undefined, text: string, dir: string, rules: readonly AnyRule[]): ResolvedConfig {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const relative = (absolute: string): string => path.relative(dir, absolute).split(path.sep).join('/');
  const ignore = raw.ignore?.length ? picomatch(raw.ignore, { dot: true }) : undefined;
  const regions = raw.regions?.length ? picomatch(raw.regions, { dot: true }) : undefined;
  const base = applyEntries(defaultSettings(rules), raw.rules ?? {}, byId);
  const overrides = (raw.overrides ?? []).map((o) => ({ matches: picomatch(o.files, { dot: true }), rules: o.rules }));
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

function defaultSettings(rules: readonly AnyRule[]): Map<string, RuleSetting> {
  return new Map(rules.map((rule) => [rule.id, { severity: rule.meta.severity, options: rule.meta.defaultOptions }]));
}

function applyEntries(
  settings: ReadonlyMap<string, RuleSetting>,
  entries: Record<string, RuleEntry>,
  rules: ReadonlyMap<string, AnyRule>,
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

interface ConfigProblem {
  path: (string | number)[];
  /** Point at the key itself (an unknown key), not at its value. */
  atKey: boolean;
  jsonPath: string;
  message: string;
}

/**
 * ajv costs more to load and compile than the rest of a one-chart run, so a config that passed once (same
 * text, same chartlint, same rules) is remembered in the cache folder and not validated again.
 */
async function validateRaw(raw: unknown, text: string, rules: readonly AnyRule[]): Promise<ConfigProblem[]> {
  const identity = createHash('sha256').update(`${VERSION}\0${rules.map((r) => r.id).join(',')}\0${text}`).digest('hex');
  const marker = path.join(defaultCacheDir(process.env), 'valid-configs', identity);
  if (existsSync(marker)) return [];
  const ajv = await import('ajv');
  // Node gives ajv's named export; a bundler's CommonJS interop gives it under `default`.
  const Ajv = ajv.Ajv ?? (ajv.default as unknown as { Ajv: typeof ajv.Ajv }).Ajv;
  const validate: ValidateFunction = new Ajv({ allErrors: true, strict: false }).compile(buildConfigSchema(rules));
  if (!validate(raw)) return pickErrors(validate.errors ?? [], raw, rules);
  try {
    mkdirSync(path.dirname(marker), { recursive: true });
    writeFileSync(marker, '');
  } catch {
    // A read-only cache folder only costs the next run a validation.
  }
  return [];
}

/** ajv reports every failed `oneOf` branch; keep the errors that explain what the user wrote. */
function pickErrors(errors: ErrorObject[], raw: unknown, rules: readonly AnyRule[]): ConfigProblem[] {
  const relevant = errors.filter((error) => {
    if (error.keyword === 'oneOf') return false;
    const value = valueAt(raw, error.instancePath);
    if (error.keyword === 'enum' && typeof value !== 'string') return false;
    if (error.keyword === 'type' && error.params.type === 'object' && typeof value === 'string') return false;
    return true;
  });
  relevant.sort((a, b) => depth(b.instancePath) - depth(a.instancePath));
  return relevant.map((error) => {
    const segments = pointerSegments(error.instancePath);
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'additionalProperties') {
      const key = String(error.params.additionalProperty);
      message = segments.at(-1) === 'rules' ? unknownRule(key, rules) : `unknown key "${key}"`;
      segments.push(key);
    } else if (error.keyword === 'enum') {
      message = `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
    }
    const atKey = error.keyword === 'additionalProperties';
    return { path: segments, atKey, jsonPath: jsonPath(segments), message };
  });
}

function unknownRule(id: string, rules: readonly AnyRule[]): string {
  const closest = rules.map((rule) => rule.id).sort((a, b) => distance(id, a) - distance(id, b))[0];
  const hint = closest && distance(id, closest) <= 3 ? `; did you mean "${closest}"?` : '; `chartlint --list-rules` lists them';
  return `unknown rule "${id}"${hint}`;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function depth(pointer: string): number {
  return pointer === '' ? 0 : pointer.split('/').length;
}

function jsonPath(segments: (string | number)[]): string {
  if (segments.length === 0) return '(top level)';
  return segments
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (/^[A-Za-z_][\w]*$/.test(segment)) return i === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

function valueAt(raw: unknown, pointer: string): unknown {
  let current = raw;
  for (const segment of pointerSegments(pointer)) {
    current = current && typeof current === 'object' ? (current as Record<string | number, unknown>)[segment] : undefined;
  }
  return current;
}

/** The span of the deepest node on the path that exists (or of its key). */
function spanAt(root: YamlNode | undefined, segments: (string | number)[], atKey: boolean): Span | undefined {
  let node = root;
  let found = root?.span;
  segments.forEach((segment, i) => {
    if (node?.kind === 'map') {
      const entry = node.entries.find((e) => e.key === String(segment));
      node = entry?.value;
      if (entry) found = atKey && i === segments.length - 1 ? entry.keySpan : entry.value.span;
    } else if (node?.kind === 'seq' && typeof segment === 'number') {
      node = node.items[segment];
      if (node) found = node.span;
    } else node = undefined;
  });
  return found;
}

/** The config as plain data for ajv. */
function toPlain(node: YamlNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toPlain);
  return Object.fromEntries(node.entries.map((entry) => [entry.key, toPlain(entry.value)]));
}
