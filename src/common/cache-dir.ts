/** chartlint's cache folder, in one small module: the CLI's loader needs it before anything else is loaded. */
import { homedir } from 'node:os';
import path from 'node:path';

/** CHARTLINT_CACHE_DIR, else XDG_CACHE_HOME/chartlint or ~/.cache/chartlint. */
export function chartlintCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHARTLINT_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'chartlint');
}
