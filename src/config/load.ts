/**
 * Finds `.chartlint.yaml` (upward from the working folder, or --config), reads it, has it validated, and
 * resolves it; every problem is a ConfigError located at its line and column.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../common/errors.js';
import type { ConfiguredRule } from './configured-rule.js';
import { readTextFile } from '../sources/files.js';
import { parseYamlValues } from '../sources/yaml.js';
import { LineIndex, type Span, type YamlNode } from '../sources/yaml-view.js';
import { resolveConfig, type RawConfig, type ResolvedConfig } from './resolve.js';
import { DEFAULT_LIMITS } from './schema.js';
import { validateRaw } from './validate.js';

export type { ResolvedConfig, RuleSetting } from './resolve.js';

export const CONFIG_NAMES = ['.chartlint.yaml', '.chartlint.yml'];

export interface LoadConfigOptions {
  cwd: string;
  /** --config FILE; when absent, the nearest .chartlint.yaml at or above cwd. */
  configFile?: string;
  rules: readonly ConfiguredRule[];
}

export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const file = options.configFile ? path.resolve(options.cwd, options.configFile) : findConfigUpward(options.cwd);
  if (!file) return resolveConfig({}, undefined, '', options.cwd, options.rules);
  const read = readTextFile(file, DEFAULT_LIMITS);
  if (!read.ok) throw new ConfigError(`cannot read the config file: ${read.message.replace(/^The (file|path) /, 'it ')}`, { file });
  const text = read.text;
  const document = await parseYamlValues(text, DEFAULT_LIMITS);
  const lines = new LineIndex(text);
  const problem = document.problems[0];
  if (problem) {
    const at = lines.position(problem.span.start);
    throw new ConfigError(`invalid YAML: ${problem.message}`, { file, ...at });
  }
  const raw = toPlain(document.root) ?? {};
  const errors = await validateRaw(raw, text, options.rules);
  if (errors.length > 0) {
    const [error] = errors;
    const at = lines.position(spanAt(document.root, error!.path, error!.atKey)?.start ?? 0);
    throw new ConfigError(`${error!.jsonPath}: ${error!.message}`, { file, ...at });
  }
  try {
    return resolveConfig(raw as RawConfig, file, text, path.dirname(file), options.rules);
  } catch (error) {
    // A problem found while resolving (a glob too costly to compile) names its key; this names the file.
    if (error instanceof ConfigError && error.file === undefined) throw new ConfigError(error.problem, { file });
    throw error;
  }
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
