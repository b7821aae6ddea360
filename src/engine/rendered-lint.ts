/**
 * What linting one rendered stream gave, kept beside its render (`renders/<render key>.lint`, owner-only as
 * the render is): a warm --render run reads it back instead of parsing and linting the stream again.
 *
 * The entry's key covers everything those findings depend on: chartlint's version (and Node's, which wrote the
 * entry), the rules, the config, the settings the stream is linted with, the working folder (findings name
 * files relative to it), every fact of the run, the stream's text, the render's own key (the chart's files,
 * its dependencies', the values files, helm and its flags: the templates the findings are traced to) and the
 * values files the findings are traced back to. Any change is a miss, and the stream is linted again.
 *
 * The entry holds no sensitive value: the findings are scrubbed before they are kept, and the values the
 * stream's lint judged sensitive (which the run's output is scrubbed of) are kept as places in the stream,
 * read back from it. A stream with one that is not written as it is (an escaped or folded scalar) is not
 * kept. An entry that does not match its own hash is a miss.
 */
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Diagnostic } from '../common/diagnostic.js';
import { VERSION } from '../common/version.js';
import type { ResolvedConfig } from '../config/load.js';
import { hashFacts, type FactValues } from '../facts/index.js';
import { rendersFact, type Renders } from '../facts/renders.js';
import type { SourceFile } from '../file-types/types.js';
import { PRIVATE_FILE_MODE, privateDir } from '../render/cache.js';
import type { RenderSuccess } from '../render/render.js';
import type { ChartInfo } from '../sources/chart-info.js';
import { readRegularFile } from '../sources/files.js';
import type { AnyRule } from './rule.js';

/** node:v8, loaded by the first rendered stream kept or read: a run that renders nothing starts faster without it. */
const v8 = (): typeof import('node:v8') => createRequire(import.meta.url)('node:v8') as typeof import('node:v8');

/** The shape of an entry; part of every key, so entries of another shape are misses. */
const FORMAT = 1;

/** An entry larger than this is not read back (a stream's findings are far smaller). */
const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

export interface RenderedLint {
  /** The stream's findings, traced and scrubbed, in the order linting gave them. */
  diagnostics: Diagnostic[];
  /** `withdrawalKey`s of the values findings the stream contradicts. */
  withdrawn: string[];
  /** What the deployment rules collected from the stream. */
  summaries: Record<string, unknown>;
  /** The values the stream's lint judged sensitive, in the order judged, as [offset, length] in the stream. */
  seen: [number, number][];
}

/** What every stream of a run shares in its key; computed once a run. */
export function renderedLintIdentity(run: { rules: readonly AnyRule[]; facts: FactValues; config: ResolvedConfig; cwd: string }): string {
  return digest([
    `rendered-lint/${FORMAT}`,
    VERSION,
    process.versions.v8,
    run.rules.map((rule) => rule.id).join(','),
    run.config.text,
    JSON.stringify(run.config.limits),
    run.cwd,
    hashFacts(withoutRenderTexts(run.facts)),
  ]);
}

/**
 * The facts with each render's text as its hash (the same identity, without hashing megabytes of JSON), and
 * without whether it came from the render cache: the run that kept an entry rendered, the one reading it did not.
 */
function withoutRenderTexts(facts: FactValues): FactValues {
  const renders = facts[rendersFact.id] as Renders | undefined;
  if (!renders) return facts;
  const light = Object.fromEntries(
    Object.entries(renders).map(([dir, outcome]) => {
      if (!outcome.ok) return [dir, outcome];
      const { text, cached: _cached, ...rest } = outcome;
      return [dir, { ...rest, text: digest([text]) }];
    }),
  );
  return { ...facts, [rendersFact.id]: light };
}

/** The key of one stream's lint: the run's identity and everything of this stream the findings depend on. */
export function renderedLintKey(
  identity: string,
  stream: {
    dir: string;
    chart: ChartInfo | undefined;
    outcome: RenderSuccess;
    sources: readonly SourceFile[];
    settings: ReadonlyMap<string, unknown>;
  },
): string {
  const { text, cached: _cached, ...render } = stream.outcome;
  return digest([
    identity,
    stream.dir,
    stream.chart?.name ?? '',
    JSON.stringify(render),
    digest([text]),
    JSON.stringify([...stream.settings]),
    ...stream.sources.flatMap((source) => [
      JSON.stringify([source.path, source.kind, source.role, source.chart?.dir]),
      digest([source.text]),
    ]),
  ]);
}

/** Where the entry of a render is kept: beside the render, under the render's key. */
export function renderedLintFile(outcome: RenderSuccess): string {
  return path.join(path.dirname(outcome.manifestPath), `${outcome.key}.lint`);
}

/** The entry kept for `key`; undefined when there is none, it is another key's, or it is damaged. */
export function readRenderedLint(file: string, key: string, text: string): { lint: RenderedLint; seen: string[] } | undefined {
  const read = readRegularFile(file, { maxFileBytes: MAX_ENTRY_BYTES });
  if (!read.ok || read.bytes.byteLength < 32) return undefined;
  const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
  const payload = bytes.subarray(32);
  if (!bytes.subarray(0, 32).equals(entryHash(key, payload))) return undefined;
  try {
    const entry = v8().deserialize(payload) as { key?: unknown; lint?: RenderedLint };
    if (entry.key !== key || !entry.lint) return undefined;
    const seen = entry.lint.seen.map(([offset, length]) => text.slice(offset, offset + length));
    return { lint: entry.lint, seen };
  } catch {
    return undefined;
  }
}

/**
 * Keeps a stream's lint, when every sensitive value it saw is written as it is in the stream; a cache folder
 * that cannot be written costs the caching only.
 */
export function writeRenderedLint(
  file: string,
  key: string,
  text: string,
  lint: Omit<RenderedLint, 'seen'>,
  seen: readonly string[],
): void {
  const places: [number, number][] = [];
  for (const value of seen) {
    const offset = text.indexOf(value);
    if (offset === -1) return;
    places.push([offset, value.length]);
  }
  try {
    const payload = v8().serialize({ key, lint: { ...lint, seen: places } });
    privateDir(path.dirname(file));
    // Write then rename: a parallel run never reads half an entry.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.concat([entryHash(key, payload), payload]), { mode: PRIVATE_FILE_MODE });
    renameSync(partial, file);
  } catch {
    // A read-only cache folder: the next run lints the stream again.
  }
}

function entryHash(key: string, payload: Uint8Array): Buffer {
  return createHash('sha256').update(`${key}\0`).update(payload).digest();
}

function digest(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}\0${part}\0`);
  return hash.digest('hex');
}
