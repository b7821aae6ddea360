/**
 * Which image keys a chart's templates read, found in the template text (no Go template engine):
 *   .Values.images.tags.<key>                       direct, also through $envAll or $
 *   index .Values.images.tags "<key>"                by name
 *   tuple $envAll "<key>" | include "helm-toolkit.snippets.image"
 *   include "helm-toolkit.manifests.job_<name>"      helm-toolkit's jobs, which read their own keys
 * The flat layout (`images.<key>`) is read the same way without `.tags`.
 */
import { LineIndex } from '../sources/yaml-view.js';
import type { TemplateText } from './texts.js';

export interface ImageRead {
  key: string;
  /** `templates/x.yaml:12`, for messages. */
  where: string;
  via: string;
}

export interface TemplateReads {
  reads: ImageRead[];
  /** A key chosen at render time (`index .Values.images.tags $name`): the set of keys read is not known. */
  dynamic: boolean;
}

/** helm-toolkit's job manifests and the image key each reads (besides dep_check, read by every one). */
const TOOLKIT_JOBS: Record<string, string> = {
  job_db_init: 'db_init',
  job_db_drop: 'db_drop',
  job_ks_user: 'ks_user',
  job_ks_service: 'ks_service',
  job_ks_endpoints: 'ks_endpoints',
  job_bootstrap: 'bootstrap',
  job_rabbit_init: 'rabbit_init',
  job_image_repo_sync: 'image_repo_sync',
  job_s3_bucket: 's3_bucket',
  job_s3_user: 's3_user',
};

export function scanImageReads(texts: readonly TemplateText[], layout: 'tags' | 'flat'): TemplateReads {
  const map = layout === 'tags' ? String.raw`\.Values\.images\.tags` : String.raw`\.Values\.images`;
  const patterns: [RegExp, string][] = [
    [new RegExp(`${map}\\.([A-Za-z0-9_]+)`, 'g'), 'read directly'],
    [new RegExp(`index\\s+\\S*${map}\\s+"([^"]+)"`, 'g'), 'read by name'],
    [/tuple\s+\S+\s+"([^"]+)"\s*\|\s*include\s+"helm-toolkit\.snippets\.image"/g, "through helm-toolkit's image snippet"],
  ];
  const dynamicPatterns = [
    new RegExp(`index\\s+\\S*${map}\\s+[$(]`),
    /tuple\s+\S+\s+[$(][^|]*\|\s*include\s+"helm-toolkit\.snippets\.image"/,
  ];
  const reads: ImageRead[] = [];
  let dynamic = false;
  for (const { name, text } of texts) {
    if (!text.includes('images') && !text.includes('helm-toolkit')) continue;
    const lines = new LineIndex(text);
    const where = (offset: number): string => `templates/${name}:${lines.position(offset).line}`;
    for (const [pattern, via] of patterns) {
      for (const match of text.matchAll(pattern)) {
        // `.Values.images.tags` itself, or `.Values.images.pull_policy` in the flat layout, names no image.
        if (layout === 'flat' && ['tags', 'pull_policy', 'local_registry'].includes(match[1]!)) continue;
        reads.push({ key: match[1]!, where: where(match.index), via });
      }
    }
    if (dynamicPatterns.some((p) => p.test(text))) dynamic = true;
    for (const read of toolkitReads(text, where)) reads.push(read);
  }
  return { reads, dynamic };
}

function toolkitReads(text: string, where: (offset: number) => string): ImageRead[] {
  const reads: ImageRead[] = [];
  const via = "through helm-toolkit's";
  for (const match of text.matchAll(/include\s+"helm-toolkit\.(manifests\.(job_\w+)|snippets\.kubernetes_entrypoint_init_container)"/g)) {
    const at = where(match.index);
    reads.push({ key: 'dep_check', where: at, via: `${via} dependency init container` });
    const job = match[2];
    if (!job) continue;
    if (job === 'job_db_sync') {
      // helm-toolkit reads <serviceName>_db_sync unless the caller passes the image itself.
      const service = /"serviceName"\s+"([^"]+)"/.exec(text)?.[1];
      if (service && !/"image"\s/.test(text))
        reads.push({ key: `${service.replaceAll('-', '_')}_db_sync`, where: at, via: `${via} db-sync job` });
    } else if (TOOLKIT_JOBS[job]) {
      reads.push({ key: TOOLKIT_JOBS[job]!, where: at, via: `${via} ${job.slice(4).replaceAll('_', '-')} job` });
    }
  }
  return reads;
}
