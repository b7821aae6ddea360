/**
 * Validates a config against the published schema (ajv), and turns ajv's errors into the few that explain
 * what the user wrote, each with its path.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ConfiguredRule } from './configured-rule.js';
import { defaultCacheDir, PRIVATE_FILE_MODE, privateDir } from '../render/cache.js';
import { safeName, shownSegment } from '../common/secret-shape.js';
import { VERSION } from '../common/version.js';
import { editDistance } from '../common/closest.js';
import { PROFILE_IDS, PROFILE_PREFIX } from './profiles.js';
import { buildConfigSchema } from './schema.js';

export interface ConfigProblem {
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
export async function validateRaw(raw: unknown, text: string, rules: readonly ConfiguredRule[]): Promise<ConfigProblem[]> {
  const identity = createHash('sha256')
    .update(`${VERSION}\0${rules.map((r) => r.id).join(',')}\0${text}`)
    .digest('hex');
  const marker = path.join(defaultCacheDir(process.env), 'valid-configs', identity);
  if (existsSync(marker)) return [];
  const ajv = await import('ajv');
  // Node gives ajv's named export; a bundler's CommonJS interop gives it under `default`.
  const Ajv = ajv.Ajv ?? (ajv.default as unknown as { Ajv: typeof ajv.Ajv }).Ajv;
  const validate: ValidateFunction = new Ajv({ allErrors: true, strict: false }).compile(buildConfigSchema(rules));
  if (!validate(raw)) return pickErrors(validate.errors ?? [], raw, rules);
  try {
    privateDir(path.dirname(marker));
    writeFileSync(marker, '', { mode: PRIVATE_FILE_MODE });
  } catch {
    // A read-only cache folder only costs the next run a validation.
  }
  return [];
}

/** ajv reports every failed `oneOf` branch; keep the errors that explain what the user wrote. */
function pickErrors(errors: ErrorObject[], raw: unknown, rules: readonly ConfiguredRule[]): ConfigProblem[] {
  const kept = errors.filter((error) => {
    if (error.keyword === 'oneOf') return false;
    const value = valueAt(raw, error.instancePath);
    return !(error.keyword === 'enum' && typeof value !== 'string');
  });
  // A rule's setting is a severity string or a mapping: for a wrong string, "must be object" only repeats
  // what the enum error says. Where nothing else explains a string (`rules: off`), it is the error.
  const relevant = kept.filter(
    (error) =>
      !(error.keyword === 'type' && error.params.type === 'object' && typeof valueAt(raw, error.instancePath) === 'string') ||
      !kept.some((other) => other !== error && other.instancePath === error.instancePath),
  );
  relevant.sort((a, b) => depth(b.instancePath) - depth(a.instancePath));
  return relevant.map((error) => {
    const segments = pointerSegments(error.instancePath);
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'additionalProperties') {
      const key = String(error.params.additionalProperty);
      const shown = safeName(key);
      if (segments.at(-1) === 'rules') message = unknownRule(key, rules);
      else message = shown === undefined ? 'is not a known key' : `unknown key "${shown}"`;
      segments.push(key);
    } else if (error.keyword === 'enum' && isExtends(segments)) {
      message = unknownProfile(String(valueAt(raw, error.instancePath)));
    } else if (error.keyword === 'enum') {
      message = `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
    }
    const atKey = error.keyword === 'additionalProperties';
    return { path: segments, atKey, jsonPath: jsonPath(segments), message };
  });
}

function unknownRule(id: string, rules: readonly ConfiguredRule[]): string {
  if (safeName(id) === undefined) return 'is not a chartlint rule; `chartlint --list-rules` lists them';
  const closest = rules.map((rule) => rule.id).sort((a, b) => editDistance(id, a) - editDistance(id, b))[0];
  const hint = closest && editDistance(id, closest) <= 3 ? `; did you mean "${closest}"?` : '; `chartlint --list-rules` lists them';
  return `unknown rule "${id}"${hint}`;
}

/** `extends`, or one of its items, at the top level or in an override. */
function isExtends(segments: readonly (string | number)[]): boolean {
  const last = typeof segments.at(-1) === 'number' ? segments.at(-2) : segments.at(-1);
  return last === 'extends';
}

function unknownProfile(name: string): string {
  const known = `the built-in profiles are ${PROFILE_IDS.join(', ')}`;
  // The prefix is chartlint's own; the rest is input text, quoted only when it cannot be a secret.
  if (safeName(name.startsWith(PROFILE_PREFIX) ? name.slice(PROFILE_PREFIX.length) : name) === undefined) {
    return `is not a chartlint profile; ${known}`;
  }
  const prefixed = `${PROFILE_PREFIX}${name}`;
  const nearest = [...PROFILE_IDS].sort((a, b) => editDistance(name, a) - editDistance(name, b))[0]!;
  const closest = PROFILE_IDS.includes(prefixed) ? prefixed : editDistance(name, nearest) <= 3 ? nearest : undefined;
  return `unknown profile "${name}"; ${closest ? `did you mean "${closest}"?` : known}`;
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
      segment = shownSegment(segment);
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
