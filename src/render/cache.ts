/**
 * Renders are cached by content: the chart's files, its local dependencies' files, the values files, the
 * helm flags, the helm binary and chartlint's version. An unchanged chart is never rendered twice.
 * Renders hold the chart's secrets as helm rendered them, so the folder is its owner's only (0700) and
 * every render file 0600.
 */
import { createHash, type Hash } from 'node:crypto';
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { readRegularFile, readTextFile } from '../sources/files.js';
import { listFiles } from '../sources/walk.js';

export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.CHARTLINT_CACHE_DIR) return env.CHARTLINT_CACHE_DIR;
  return path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'chartlint');
}

/** Modes of chartlint's cache folders and files: the owner's only, whatever the umask. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates `dir` (and the folders above it) owner-only; a `dir` that exists and belongs to this user is
 * made owner-only too, so files an older chartlint wrote there readable to all are no longer reachable.
 */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const info = statSync(dir);
  if ((info.mode & 0o077) !== 0 && (process.getuid === undefined || info.uid === process.getuid())) chmodSync(dir, PRIVATE_DIR_MODE);
}

export interface RenderIdentity {
  version: string;
  helm: string;
  chartDirs: readonly string[];
  valuesFiles: readonly string[];
  args: readonly string[];
  /** Files over it are hashed by their size and time, not read (helm will refuse or the limits will report them). */
  maxFileBytes: number;
}

/**
 * One digest per folder for one run: helm-toolkit, which every OpenStack-Helm chart depends on, is read
 * once, not once per chart. Made by each renderCharts() call, so a later run sees files changed since.
 */
export class FolderDigests {
  private readonly digests = new Map<string, string>();

  constructor(private readonly maxFileBytes: number) {}

  of(dir: string): string {
    let digest = this.digests.get(dir);
    if (digest === undefined) {
      const hash = createHash('sha256');
      for (const file of listFiles(dir)) {
        field(hash, 'file', file);
        field(hash, 'content', contentOf(path.join(dir, file), this.maxFileBytes));
      }
      digest = hash.digest('hex');
      this.digests.set(dir, digest);
    }
    return digest;
  }
}

function field(hash: Hash, name: string, value: string | Uint8Array): void {
  hash.update(`${name}\0${typeof value === 'string' ? value.length : value.byteLength}\0`);
  hash.update(value);
}

export function renderKey(identity: RenderIdentity, folders = new FolderDigests(identity.maxFileBytes)): string {
  const hash = createHash('sha256');
  field(hash, 'chartlint', identity.version);
  // The binary's path, size and time stand for its version without running it.
  const helm = statSync(identity.helm);
  field(hash, 'helm', `${identity.helm}\0${helm.size}\0${helm.mtimeMs}`);
  for (const arg of identity.args) field(hash, 'arg', arg);
  for (const dir of identity.chartDirs) {
    field(hash, 'chart', dir);
    field(hash, 'digest', folders.of(dir));
  }
  for (const file of identity.valuesFiles) {
    field(hash, 'values', file);
    field(hash, 'content', contentOf(file, identity.maxFileBytes));
  }
  return hash.digest('hex');
}

/** A file's bytes through the safe reader; what stands for them when it cannot be read within the limit. */
function contentOf(file: string, maxFileBytes: number): Uint8Array | string {
  const read = readRegularFile(file, { maxFileBytes });
  if (read.ok) return read.bytes;
  try {
    const info = statSync(file);
    return `unread\0${read.code}\0${info.size}\0${info.mtimeMs}`;
  } catch {
    return `unread\0${read.code}`;
  }
}

/**
 * A failure that is no defect of the chart: chart-repository dependencies nobody fetched (`helm dependency
 * build` was not run), or a chart that asks for values by design (a `required` or `fail` call).
 */
export const FAILURE_CAUSES = ['unfetched-dependencies', 'values-required'] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

/** A failed render as cached: chartlint's message (already scrubbed of every value helm was given) and its place. */
export interface CachedFailure {
  message: string;
  at: { path: string; line: number; column: number } | undefined;
  span?: { start: number; end: number } | undefined;
  /** Why the chart could not render when that is no defect of it (see RenderFailure.cause). */
  cause?: FailureCause | undefined;
}

export class RenderCache {
  /** `maxBytes`: a cached render larger than helm may print (limits.maxRenderBytes) is not read back. */
  constructor(
    private readonly dir: string,
    private readonly maxBytes = 64 * 1024 * 1024,
  ) {}

  private file(key: string, kind: 'yaml' | 'failed.json' = 'yaml'): string {
    return path.join(this.dir, 'renders', `${key}.${kind}`);
  }

  async get(key: string): Promise<{ path: string; text: string } | undefined> {
    const read = readTextFile(this.file(key), { maxFileBytes: this.maxBytes });
    return read.ok ? { path: this.file(key), text: read.text } : undefined;
  }

  async put(key: string, text: string): Promise<string> {
    return this.write(this.file(key), text);
  }

  /** A failure cached under the render's key: a warm run does not run helm again for a chart that failed. */
  getFailure(key: string): CachedFailure | undefined {
    const read = readTextFile(this.file(key, 'failed.json'), { maxFileBytes: 1024 * 1024 });
    if (!read.ok) return undefined;
    try {
      const data = JSON.parse(read.text) as Partial<CachedFailure>;
      if (typeof data.message !== 'string') return undefined;
      const at = data.at;
      const valid = at && typeof at.path === 'string' && Number.isInteger(at.line) && Number.isInteger(at.column);
      const span = data.span && Number.isInteger(data.span.start) && Number.isInteger(data.span.end) ? data.span : undefined;
      const at2 = valid ? { path: at.path, line: at.line, column: at.column } : undefined;
      const cause = FAILURE_CAUSES.find((known) => known === data.cause);
      return { message: data.message, at: at2, span, ...(cause ? { cause } : {}) };
    } catch {
      // A damaged entry is a miss: helm runs again and rewrites it.
      return undefined;
    }
  }

  async putFailure(key: string, failure: CachedFailure): Promise<void> {
    await this.write(
      this.file(key, 'failed.json'),
      JSON.stringify({ message: failure.message, at: failure.at, span: failure.span, cause: failure.cause }),
    );
  }

  private async write(target: string, text: string): Promise<string> {
    privateDir(path.dirname(target));
    // Write then rename: parallel runs never read half an entry.
    const partial = `${target}.${process.pid}.partial`;
    // Loaded by the first entry written: a run that renders nothing starts faster without it.
    const { rename, writeFile } = await import('node:fs/promises');
    await writeFile(partial, text, { mode: PRIVATE_FILE_MODE });
    await rename(partial, target);
    return target;
  }
}
