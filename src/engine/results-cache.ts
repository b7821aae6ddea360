/**
 * `--cache`: results of unchanged files are reused, as ESLint's --cache does. A file's entry is keyed by
 * its content, its role, its chart (Chart.yaml, requirements.yaml and the templates' names, sizes and
 * times) and the profile the chart gets (openstack-helm for a chart on helm-toolkit); the whole
 * cache is dropped when its identity changes: chartlint's version, the rule set, the config, or the value
 * of any fact of the run (the engine hashes them all, so no field can be forgotten). It lives in the cache
 * folder, never in the user's tree, in a folder only its owner can read (0700, files 0600).
 *
 * Nothing read back is trusted: a file that does not parse, an identity that differs, or an entry that is
 * null, has the wrong shape, or whose sha256 (over the identity, the path, the key and the result) does
 * not match, is a miss: the file is linted again. An edited entry can therefore not hide findings, short
 * of someone who can write the cache folder recomputing the hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { readRegularFile } from '../sources/files.js';
import path from 'node:path';
import type { LintTarget } from '../file-types/types.js';
import { PRIVATE_FILE_MODE, privateDir } from '../render/cache.js';
import type { ChartInfo } from '../sources/chart-info.js';
import type { FileResult } from './lint-file.js';

interface CacheEntry {
  key: string;
  result: FileResult;
  /** sha256 of the identity, the path, the key and the result's JSON: see entryHash. */
  hash: string;
}

interface CacheFile {
  identity: string;
  entries: Record<string, unknown>;
}

/**
 * The shape of a saved result; part of the identity, so a cache written by a build that saved another
 * shape is dropped whole. 2: results keep their suppressed findings.
 */
const RESULT_FORMAT = 2;

/** Larger files are never linted (limits.maxFileBytes is far lower); they need no key. */
const KEYED_FILE_LIMITS = { maxFileBytes: 256 * 1024 * 1024 };

export class ResultsCache {
  private readonly file: string;
  private readonly data: CacheFile;
  private readonly chartKeys = new Map<string, string>();
  /** Results of this run, hashed when saved: the engine may still add to them (fingerprints) until then. */
  private readonly fresh = new Map<string, { key: string; result: FileResult }>();

  /** `runIdentity` covers what invalidates everything: chartlint's version, the rules, the config text, the facts. */
  constructor(cacheDir: string, cwd: string, runIdentity: string) {
    this.file = path.join(cacheDir, 'results', `${hash(cwd)}.json`);
    const identity = `results/${RESULT_FORMAT}\0${runIdentity}`;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      data = undefined;
    }
    this.data = isCacheFile(data) && data.identity === identity ? data : { identity, entries: {} };
  }

  /**
   * The key of a file as it is now, under the profile its chart gets (which the config text alone does
   * not say); undefined when it cannot be read (such a file is linted, and reported).
   */
  keyOf(target: LintTarget, profile: string): string | undefined {
    // Through the safe reader: a FIFO or device is never opened for a blocking read; it is linted, and reported.
    const read = readRegularFile(target.path, KEYED_FILE_LIMITS);
    if (!read.ok) return undefined;
    const content = read.bytes;
    // The whole target, whatever fields it has, besides the chart's own key: nothing listed by hand.
    const { chart, ...rest } = target;
    return hash(`${JSON.stringify(rest)}\0${chart ? this.chartKey(chart) : ''}\0${profile}\0`, content);
  }

  /** The cached result of the file as it is now; undefined for a missing, stale or untrustworthy entry. */
  get(target: LintTarget, key: string): FileResult | undefined {
    const entry = Object.hasOwn(this.data.entries, target.path) ? this.data.entries[target.path] : undefined;
    if (!isEntry(entry) || entry.key !== key || entry.result.path !== target.path) return undefined;
    if (entry.hash !== entryHash(this.data.identity, target.path, entry.key, entry.result)) return undefined;
    // A copy: what the engine does to the result must not change the entry saved again.
    return structuredClone(entry.result);
  }

  set(path: string, key: string, result: FileResult): void {
    this.fresh.set(path, { key, result });
  }

  save(): void {
    if (this.fresh.size === 0) return;
    for (const [file, { key, result }] of this.fresh) {
      const entry: CacheEntry = { key, result, hash: entryHash(this.data.identity, file, key, result) };
      this.data.entries[file] = entry;
    }
    try {
      privateDir(path.dirname(this.file));
      const partial = `${this.file}.${process.pid}.partial`;
      // Results quote values (secrets included, before redaction is perfect): owner only.
      writeFileSync(partial, JSON.stringify(this.data), { mode: PRIVATE_FILE_MODE });
      renameSync(partial, this.file);
    } catch {
      // A cache that cannot be written costs the next run its speed, nothing else.
    }
  }

  private chartKey(chart: ChartInfo): string {
    let key = this.chartKeys.get(chart.dir);
    if (key === undefined) {
      const parts = [chart.dir, chart.name, chart.appVersion ?? '', String(chart.library)];
      parts.push(fileStamp(path.join(chart.dir, 'Chart.yaml')), fileStamp(path.join(chart.dir, 'requirements.yaml')));
      for (const template of [...chart.templates].sort()) parts.push(template, fileStamp(path.join(chart.dir, 'templates', template)));
      key = hash(parts.join('\0'));
      this.chartKeys.set(chart.dir, key);
    }
    return key;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isCacheFile(value: unknown): value is CacheFile {
  return isObject(value) && typeof value.identity === 'string' && isObject(value.entries);
}

const isPosition = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value);

function isDiagnostic(value: unknown): boolean {
  return (
    isObject(value) &&
    ['file', 'ruleId', 'severity', 'message'].every((field) => typeof value[field] === 'string') &&
    ['line', 'column', 'endLine', 'endColumn'].every((field) => isPosition(value[field]))
  );
}

/** The shape lintWith relies on; anything else is a miss, never a crash later. */
function isEntry(value: unknown): value is CacheEntry {
  if (!isObject(value) || typeof value.key !== 'string' || typeof value.hash !== 'string' || !isObject(value.result)) return false;
  const { path: file, diagnostics, suppressed, covers, summaries, internalErrors } = value.result;
  return (
    typeof file === 'string' &&
    Array.isArray(diagnostics) &&
    diagnostics.every(isDiagnostic) &&
    Array.isArray(suppressed) &&
    suppressed.every((d) => isDiagnostic(d) && Array.isArray((d as { suppressions?: unknown }).suppressions)) &&
    Array.isArray(covers) &&
    covers.every(isObject) &&
    isObject(summaries) &&
    Array.isArray(internalErrors) &&
    internalErrors.length === 0
  );
}

function entryHash(identity: string, file: string, key: string, result: FileResult): string {
  const digest = createHash('sha256');
  for (const part of [identity, file, key, JSON.stringify(result)]) digest.update(`${part.length}\0${part}\0`);
  return digest.digest('hex');
}

function fileStamp(file: string): string {
  try {
    const info = statSync(file);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

function hash(text: string, content?: Buffer): string {
  const digest = createHash('sha1').update(text);
  if (content) digest.update(content);
  return digest.digest('hex');
}
