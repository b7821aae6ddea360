/**
 * Which image keys a chart's values.yaml must hold (images/required-keys), in one place, because
 * images/undefined-key leaves those keys to it and images/unused-key never asks to remove them.
 *
 * With templates, a key is required only when what the chart renders reads it: `dep_check` when some
 * template (or the helm-toolkit define it includes) reads it, a job key when the chart ships the job and the
 * derived reads show the key read. Without templates (a values-only tree) the chart's job templates and
 * `manifests.job_*` toggles are all there is to go by, as before.
 */
import type { ChartInfo } from '../sources/chart-info.js';
import { dottedPath, getPath, pathOf, type YamlNode } from '../sources/yaml-view.js';
import type { ImageRead, TemplateReads } from '../templates/image-reads.js';

export interface RequiredKeyOptions {
  always: readonly string[];
  jobs: readonly string[];
}

export const REQUIRED_KEY_DEFAULTS: RequiredKeyOptions = {
  always: ['dep_check'],
  jobs: ['db_init', 'db_sync', 'db_drop', 'ks_user', 'ks_service', 'ks_endpoints'],
};

export interface Requirement {
  /** The option's name for it: `dep_check`, `db_sync`. */
  key: string;
  /** What needs it: `templates/job-db-drop.yaml`, `manifests.job_db_sync`, or a read's `templates/x.yaml:12`. */
  by: string | undefined;
  /** The values keys that satisfy it (db_sync: also `<service>_db_sync`). */
  accepted: string[];
  /** The template reads it stands for: images/undefined-key does not report these again. */
  reads: string[];
  present: boolean;
}

export interface RequiredKeysInput {
  chart: Pick<ChartInfo, 'name' | 'templates'> | undefined;
  /** The values file's root, for its `manifests.job_*` toggles. */
  root: YamlNode | undefined;
  imageKeys: ReadonlySet<string> | ReadonlyMap<string, unknown>;
  /** The derived reads of the chart's templates (reads a helm-toolkit feature switch guards do not count); undefined when it has none. */
  reads: TemplateReads | undefined;
}

/** A job ships when its template exists or a `manifests.job_<key>` toggle (on or off) says it can be switched on. */
export function shippedBy(job: string, templates: readonly string[], root: YamlNode | undefined): string | undefined {
  const template = `job-${job.replaceAll('_', '-')}.yaml`;
  if (templates.includes(template)) return `templates/${template}`;
  const toggle = getPath(getPath(root, ['manifests']), [`job_${job}`]);
  return toggle ? dottedPath(pathOf(toggle)) : undefined;
}

/**
 * Every requirement, met or not. With derived reads that are dynamic nothing is known, so nothing is
 * required beyond what the fallback (templates and toggles) would ask.
 */
export function requirements(input: RequiredKeysInput, options: RequiredKeyOptions): Requirement[] {
  const templates = input.chart?.templates ?? [];
  const has = (key: string): boolean => input.imageKeys.has(key);
  const service = (input.chart?.name ?? '').replaceAll('-', '_');
  const derived = input.reads && templates.length > 0 ? input.reads : undefined;
  if (derived?.dynamic) return [];
  const found: Requirement[] = [];
  const readsOf = (match: (read: ImageRead) => boolean): ImageRead[] =>
    (derived?.reads ?? []).filter((read) => !read.guarded && match(read));
  for (const key of options.always) {
    if (!derived) {
      found.push({ key, by: undefined, accepted: [key], reads: [], present: has(key) });
      continue;
    }
    const reads = readsOf((read) => read.key === key);
    if (reads.length > 0) found.push({ key, by: reads[0]!.where, accepted: [key], reads: [key], present: has(key) });
  }
  for (const job of options.jobs) {
    const by = shippedBy(job, templates, input.root);
    if (by === undefined) continue;
    // helm-toolkit's db-sync job reads <serviceName>_db_sync; the literal db_sync is the older spelling.
    const isKey = (key: string): boolean => key === job || (job === 'db_sync' && key.endsWith('_db_sync'));
    const readKeys = [...new Set(readsOf((read) => isKey(read.key)).map((read) => read.key))];
    if (derived && readKeys.length === 0) continue;
    const accepted = [...new Set([job, ...(job === 'db_sync' ? [...readKeys, ...(service ? [`${service}_db_sync`] : [])] : [])])];
    found.push({ key: job, by, accepted, reads: readKeys, present: accepted.some(has) });
  }
  return found;
}
