/**
 * With `--cache`: values a fact derives from one file's text alone (a chart's values summary for the
 * entrypoint rules), kept across runs so that an unchanged tree does not parse every chart's values.yaml
 * again just to build the facts the results cache is keyed by. An entry is keyed by the kind of value and
 * the sha256 of the text it was derived from, so it can never be stale for that text; chartlint's version is
 * the file's identity, as for the results cache.
 *
 * Nothing read back is trusted: a file that does not parse, another identity, or an entry whose hash (over
 * the identity, the key and the value) does not match is a miss, and the value is derived again. Only the
 * entries this run used are saved, so the file holds the tree as it is, not every version it ever had. It
 * lives in the cache folder, owner-only, never in the user's tree.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PRIVATE_FILE_MODE, privateDir } from '../render/cache.js';
import type { DerivedValues } from '../facts/types.js';

/** The saved shape; part of the identity, so a file of another shape is dropped whole. */
const DERIVED_FORMAT = 1;

interface DerivedFile {
  identity: string;
  entries: Record<string, { value: unknown; hash: string }>;
}

export class DerivedCache implements DerivedValues {
  private readonly file: string;
  private readonly identity: string;
  private readonly saved: DerivedFile['entries'];
  private readonly used = new Map<string, unknown>();
  private changed = false;

  constructor(cacheDir: string, cwd: string, version: string) {
    this.file = path.join(cacheDir, 'derived', `${sha256(cwd)}.json`);
    this.identity = `derived/${DERIVED_FORMAT}\0${version}`;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(this.file, 'utf8'));
    } catch {
      data = undefined;
    }
    this.saved = isDerivedFile(data) && data.identity === this.identity ? data.entries : {};
  }

  async get<T>(kind: string, text: string, derive: () => T | Promise<T>): Promise<T> {
    const key = `${kind}\0${sha256(text)}`;
    if (this.used.has(key)) return structuredClone(this.used.get(key)) as T;
    const entry = Object.hasOwn(this.saved, key) ? this.saved[key] : undefined;
    if (entry && entry.hash === entryHash(this.identity, key, entry.value)) {
      this.used.set(key, entry.value);
      return structuredClone(entry.value) as T;
    }
    const value = await derive();
    this.used.set(key, structuredClone(value));
    this.changed = true;
    return value;
  }

  save(): void {
    // Unchanged when every entry came from the file and the file holds no others.
    if (!this.changed && this.used.size === Object.keys(this.saved).length) return;
    const entries: DerivedFile['entries'] = {};
    for (const [key, value] of this.used) entries[key] = { value, hash: entryHash(this.identity, key, value) };
    try {
      privateDir(path.dirname(this.file));
      const partial = `${this.file}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify({ identity: this.identity, entries } satisfies DerivedFile), { mode: PRIVATE_FILE_MODE });
      renameSync(partial, this.file);
    } catch {
      // A cache that cannot be written costs the next run its speed, nothing else.
    }
  }
}

function isDerivedFile(value: unknown): value is DerivedFile {
  if (typeof value !== 'object' || value === null) return false;
  const { identity, entries } = value as Record<string, unknown>;
  if (typeof identity !== 'string' || typeof entries !== 'object' || entries === null || Array.isArray(entries)) return false;
  return Object.values(entries).every(
    (entry) => typeof entry === 'object' && entry !== null && typeof (entry as { hash?: unknown }).hash === 'string' && 'value' in entry,
  );
}

function entryHash(identity: string, key: string, value: unknown): string {
  const digest = createHash('sha256');
  for (const part of [identity, key, JSON.stringify(value)]) digest.update(`${part.length}\0${part}\0`);
  return digest.digest('hex');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
