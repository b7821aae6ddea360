/**
 * Which image keys a chart's templates read, derived by evaluating them (src/templates/evaluate.ts) together
 * with the helm-toolkit they include, read from its source:
 *   .Values.images.tags.<key>, also through $envAll, $ or a dict argument      read directly
 *   index .Values.images.tags "<key>" / (printf "%s_db_sync" $serviceName)      read by name
 *   include "helm-toolkit.manifests.job_db_sync" (dict "serviceName" "x" ...)   through the define's own reads
 * The flat layout (`images.<key>`) is read the same way without `.tags`. A read whose key is known only at
 * render time, or an include that cannot be followed, makes the chart's reads `dynamic`: not known.
 */
import path from 'node:path';
import { LineIndex } from '../sources/yaml-view.js';
import { Evaluator, type DefineTable, type PlacedEvent } from './evaluate.js';
import { parseTemplate } from './parse.js';
import type { TemplateText } from './texts.js';
import type { Library } from './toolkit.js';

export interface ImageRead {
  key: string;
  /** The template that reads it, relative to templates/ (`job-db-sync.yaml`). */
  file: string;
  /** `templates/x.yaml:12`, for messages. */
  where: string;
  via: string;
  /** Read inside a helm-toolkit `if`/`with`: only when values switch a feature on (the apparmor loader). */
  guarded: boolean;
}

export interface TemplateReads {
  reads: ImageRead[];
  /** Some key is chosen at render time, or an include could not be followed: the set of keys read is not known. */
  dynamic: boolean;
  /** Why it is dynamic, for whoever debugs a silent rule. */
  why?: string;
}

export type Layout = 'tags' | 'flat';

/** Keys of the flat layout's `images:` map that name no image. */
const NOT_IMAGES = new Set(['tags', 'pull_policy', 'local_registry']);

/**
 * The image reads of a chart's templates, in both layouts. `library` holds the defines of the charts it
 * depends on (helm-toolkit), undefined when none was found (then an include of one is not known).
 */
export function deriveImageReads(texts: readonly TemplateText[], library: Library | undefined): Record<Layout, TemplateReads> {
  const parsed = texts.map(({ name, text }) => ({ name, text, template: parseTemplate(text) }));
  const chartDefines = new Map(
    parsed.flatMap(({ name, template }) => template.defines.map((define) => [define.name, { define, file: name }] as const)),
  );
  const table: DefineTable = {
    chart: chartDefines,
    library: library?.defines ?? new Map(),
    libraryFound: library?.hasToolkit ?? false,
    memo: library?.memo ?? new Map(),
  };
  const evaluator = new Evaluator(table);
  for (const { name, template } of parsed) evaluator.run(name, template.body, { k: 'root' });
  // A define no file includes by name may be included by a name built at render time: read it with `.` unknown.
  for (const { name, template } of parsed)
    for (const define of template.defines) if (!evaluator.reached.has(define.name)) evaluator.run(name, define.body, { k: 'unknown' });
  const lineOf = linesOf(new Map(parsed.map(({ name, text }) => [name, text])));
  return { tags: classify(evaluator.placed, 'tags', lineOf), flat: classify(evaluator.placed, 'flat', lineOf) };
}

/** The line of an offset in a template, counting lines only in the files where something was read (few are). */
function linesOf(texts: ReadonlyMap<string, string>): (file: string, offset: number) => number {
  const indexes = new Map<string, LineIndex | undefined>();
  return (file, offset) => {
    if (!indexes.has(file)) {
      const text = texts.get(file);
      indexes.set(file, text === undefined ? undefined : new LineIndex(text));
    }
    return indexes.get(file)?.position(offset).line ?? 1;
  };
}

function classify(placed: readonly PlacedEvent[], layout: Layout, lineOf: (file: string, offset: number) => number): TemplateReads {
  const reads: ImageRead[] = [];
  const seen = new Map<string, ImageRead>();
  let why: string | undefined;
  for (const { event, file, offset } of placed) {
    const where = `templates/${file}:${lineOf(file, offset)}`;
    if (event.kind === 'dynamic') {
      if (why === undefined && coversImages(event.path, layout)) why = `${where}: ${event.why}`;
      continue;
    }
    const key = keyOf(event.path, layout);
    if (key === undefined) continue;
    const earlier = seen.get(`${key}\0${where}`);
    if (earlier) {
      earlier.guarded &&= event.guarded;
      continue;
    }
    const via = event.via.length > 0 ? `through include "${event.via[0]}"` : event.byName ? 'read by name' : 'read directly';
    const read = { key, file, where, via, guarded: event.guarded };
    seen.set(`${key}\0${where}`, read);
    reads.push(read);
  }
  return why === undefined ? { reads, dynamic: false } : { reads, dynamic: true, why };
}

function keyOf(path: readonly string[], layout: Layout): string | undefined {
  if (path[0] !== 'images') return undefined;
  if (layout === 'tags') return path[1] === 'tags' && path.length === 3 ? path[2] : undefined;
  return path.length === 2 && !NOT_IMAGES.has(path[1]!) ? path[1] : undefined;
}

/** Whether an unknown read may be of an image key of this layout: the images map, anything above it, or one of its keys. */
function coversImages(path: readonly string[], layout: Layout): boolean {
  const map = layout === 'tags' ? ['images', 'tags'] : ['images'];
  const shared = Math.min(path.length, map.length);
  return path.slice(0, shared).every((part, i) => part === map[i]) && path.length <= map.length + 1;
}

/** The place a read or a need names (`templates/x.yaml:12`, `templates/x.yaml`), for related locations. */
export function templatePlace(chartDir: string, where: string): { path: string; line: number; column: number } | undefined {
  const match = /^(templates\/[^:]+?)(?::(\d+))?$/.exec(where);
  if (!match) return undefined;
  return { path: path.join(chartDir, match[1]!), line: match[2] ? Number(match[2]) : 1, column: 1 };
}
