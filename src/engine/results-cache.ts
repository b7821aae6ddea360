/**
 * `--cache`: results of unchanged files are reused, as ESLint's --cache does. A file's entry is keyed by
 * its content, its role, its chart (Chart.yaml, requirements.yaml and the templates' names, sizes and
 * times) and the profile the chart gets (openstack-helm for a chart on helm-toolkit); the whole
 * cache is dropped when its identity changes: chartlint's version, the rule set, the config, or the value
 * of any fact of the run (the engine hashes them all, so no field can be forgotten). It lives in the cache
 * folder, never in the user's tree, in a folder only its owner can read (0700, files 0600).
 *
 * A file is first checked by its metadata, as ESLint's --cache-strategy metadata: when the entry recorded
 * the file's size, modification and change times (nanoseconds), inode and device, and they are all the same
 * now, its content is not read again. A stamp is recorded only for a file that had not changed for two
 * seconds when it was stat'ed (before it was read): a file written again within the clock's granularity of
 * that write would keep its times, and is therefore checked by content next time (git's "racily clean"
 * rule). Any write changes the change time, which no one but the kernel can set back, so a touched file
 * (new times, same content) costs one content check and a changed one is linted again.
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
  /** The file's metadata when its key was computed: see stampOf. Absent for a file too new to trust it. */
  stamp?: string;
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
 * shape is dropped whole. 2: results keep their suppressed findings. 3: entries may carry a metadata stamp.
 */
const RESULT_FORMAT = 3;

/** A file changed less than this long before it was stat'ed gets no stamp (its times may not show a rewrite). */
const RACY_MS = 2000n;

/** Larger files are never linted (limits.maxFileBytes is far lower); they need no key. */
const KEYED_FILE_LIMITS = { maxFileBytes: 256 * 1024 * 1024 };

export class ResultsCache {
  private readonly file: string;
  private readonly data: CacheFile;
  private readonly chartKeys = new Map<string, string>();
  /** Results of this run, hashed when saved: the engine may still add to them (fingerprints) until then. */
  private readonly fresh = new Map<string, { key: string; result: FileResult }>();
  /** The stamp of each file as keyOf saw it, for the entry saved with its result. */
  private readonly stamps = new Map<string, string | undefined>();
  /** Entries this run read back (by metadata or by content). */
  private readonly hits = new Set<string>();
  private readonly startedNs: bigint;

  /**
   * `runIdentity` covers what invalidates everything: chartlint's version, the rules, the config text, the facts.
   * `now` (milliseconds) is the clock files' times are judged by: tests move it, nothing else does.
   */
  constructor(cacheDir: string, cwd: string, runIdentity: string, now = Date.now()) {
    this.startedNs = BigInt(Math.floor(now)) * 1_000_000n;
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
    // The whole target, whatever fields it has, besides the chart's own key: nothing listed by hand.
    const { chart, ...rest } = target;
    const context = `${JSON.stringify(rest)}\0${chart ? this.chartKey(chart) : ''}\0${profile}\0`;
    // Stat'ed before it is read: a write after this point changes the times the next run compares.
    const metadata = stampOf(target.path, this.startedNs);
    const stamp = metadata ? `${hash(context)}\0${metadata}` : undefined;
    this.stamps.set(target.path, stamp);
    const entry = Object.hasOwn(this.data.entries, target.path) ? this.data.entries[target.path] : undefined;
    // Same metadata and same context: the key the entry was saved under, without reading the file.
    if (stamp && isEntry(entry) && entry.stamp === stamp) return entry.key;
    // Through the safe reader: a FIFO or device is never opened for a blocking read; it is linted, and reported.
    const read = readRegularFile(target.path, KEYED_FILE_LIMITS);
    if (!read.ok) return undefined;
    return hash(context, read.bytes);
  }

  /** The cached result of the file as it is now; undefined for a missing, stale or untrustworthy entry. */
  get(target: LintTarget, key: string): FileResult | undefined {
    const entry = Object.hasOwn(this.data.entries, target.path) ? this.data.entries[target.path] : undefined;
    if (!isEntry(entry) || entry.key !== key || entry.result.path !== target.path) return undefined;
    if (entry.hash !== entryHash(this.data.identity, target.path, entry.key, entry.result, entry.stamp)) return undefined;
    this.hits.add(target.path);
    // A copy: what the engine does to the result must not change the entry saved again.
    return structuredClone(entry.result);
  }

  set(path: string, key: string, result: FileResult): void {
    this.fresh.set(path, { key, result });
  }

  save(): void {
    let changed = this.fresh.size > 0;
    for (const [file, { key, result }] of this.fresh) {
      const stamp = this.stamps.get(file);
      const entry: CacheEntry = { key, ...(stamp ? { stamp } : {}), result, hash: entryHash(this.data.identity, file, key, result, stamp) };
      this.data.entries[file] = entry;
    }
    // A hit read by content whose file is now old enough for a stamp: recorded, so the next run skips the read.
    for (const file of this.hits) {
      const stamp = this.stamps.get(file);
      const entry = this.data.entries[file];
      if (this.fresh.has(file) || !stamp || !isEntry(entry) || entry.stamp === stamp) continue;
      this.data.entries[file] = { ...entry, stamp, hash: entryHash(this.data.identity, file, entry.key, entry.result, stamp) };
      changed = true;
    }
    if (!changed) return;
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
  if (value.stamp !== undefined && typeof value.stamp !== 'string') return false;
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

function entryHash(identity: string, file: string, key: string, result: FileResult, stamp?: string): string {
  const digest = createHash('sha256');
  // Length-framed parts; the stamp only when there is one (an entry without one hashes as before stamps).
  const parts = stamp === undefined ? [identity, file, key, JSON.stringify(result)] : [identity, file, key, stamp, JSON.stringify(result)];
  for (const part of parts) digest.update(`${part.length}\0${part}\0`);
  return digest.digest('hex');
}

/**
 * Size, modification and change times in nanoseconds, inode and device of a regular file; undefined for
 * anything else, or for a file modified or changed less than RACY_MS before `nowNs` (or in the future).
 */
function stampOf(file: string, nowNs: bigint): string | undefined {
  try {
    const info = statSync(file, { bigint: true });
    if (!info.isFile()) return undefined;
    const newest = info.mtimeNs > info.ctimeNs ? info.mtimeNs : info.ctimeNs;
    if (newest > nowNs - RACY_MS * 1_000_000n) return undefined;
    return `${info.size}:${info.mtimeNs}:${info.ctimeNs}:${info.ino}:${info.dev}`;
  } catch {
    return undefined;
  }
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
