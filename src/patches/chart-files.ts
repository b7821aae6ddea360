/** A chart's hot-fix patches: the files its `(.Files.Glob "patches/*.patch").AsConfig` ConfigMap holds. */
import path from 'node:path';
import { listFiles } from '../sources/walk.js';

export const PATCHES_DIR = 'patches';

/** The absolute paths of `<chart>/patches/*.patch`, sorted. */
export function chartPatchFiles(chartDir: string): string[] {
  const dir = path.join(chartDir, PATCHES_DIR);
  return listFiles(dir, false)
    .filter((name) => name.endsWith('.patch'))
    .map((name) => path.join(dir, name));
}
