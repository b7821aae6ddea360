/**
 * Renders are cached by content: the chart's files, its local dependencies' files, the values files, the
 * helm flags, the helm binary and chartlint's version. An unchanged chart is never rendered twice.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { listFiles } from '../sources/walk.js';

export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.CHARTLINT_CACHE_DIR) return env.CHARTLINT_CACHE_DIR;
  return path.join(env.XDG_CACHE_HOME || path.join(homedir(), '.cache'), 'chartlint');
}

export interface RenderIdentity {
  version: string;
  helm: string;
  chartDirs: readonly string[];
  valuesFiles: readonly string[];
  args: readonly string[];
}

export async function renderKey(identity: RenderIdentity): Promise<string> {
  const hash = createHash('sha256');
  const field = (name: string, value: string | Uint8Array): void => {
    hash.update(`${name}\0${typeof value === 'string' ? value.length : value.byteLength}\0`);
    hash.update(value);
  };
  field('chartlint', identity.version);
  // The binary's path, size and time stand for its version without running it.
  const helm = statSync(identity.helm);
  field('helm', `${identity.helm}\0${helm.size}\0${helm.mtimeMs}`);
  for (const arg of identity.args) field('arg', arg);
  for (const dir of identity.chartDirs) {
    const files = listFiles(dir);
    field('chart', dir);
    for (const file of files) {
      field('file', file);
      field('content', await readFile(path.join(dir, file)));
    }
  }
  for (const file of identity.valuesFiles) {
    field('values', file);
    field('content', await readFile(file));
  }
  return hash.digest('hex');
}

export class RenderCache {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, 'renders', `${key}.yaml`);
  }

  async get(key: string): Promise<{ path: string; text: string } | undefined> {
    try {
      return { path: this.file(key), text: await readFile(this.file(key), 'utf8') };
    } catch {
      return undefined;
    }
  }

  async put(key: string, text: string): Promise<string> {
    const target = this.file(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Write then rename: parallel runs never read half a render.
    const partial = `${target}.${process.pid}.partial`;
    await writeFile(partial, text);
    await rename(partial, target);
    return target;
  }
}
