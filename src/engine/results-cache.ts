/**
 * `--cache`: results of unchanged files are reused, as ESLint's --cache does. A file's entry is keyed by
 * its content, its role and its chart (Chart.yaml and the templates' names, sizes and times); the whole
 * cache is dropped when its identity changes: chartlint's version, the rule set, the config, or the value
 * of any fact of the run (the engine hashes them all, so no field can be forgotten). It lives in the cache
 * folder, never in the user's tree.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LintTarget } from '../file-types/types.js';
import type { ChartInfo } from '../sources/chart-info.js';
import type { FileResult } from './lint-file.js';

interface CacheFile {
  identity: string;
  entries: Record<string, { key: string; result: FileResult }>;
}

export class ResultsCache {
  private readonly file: string;
  private readonly data: CacheFile;
  private readonly chartKeys = new Map<string, string>();
  private changed = false;

  /** `identity` covers what invalidates everything: chartlint's version, the rules, the config text, the facts. */
  constructor(cacheDir: string, cwd: string, identity: string) {
    this.file = path.join(cacheDir, 'results', `${hash(cwd)}.json`);
    let data: CacheFile | undefined;
    try {
      data = JSON.parse(readFileSync(this.file, 'utf8')) as CacheFile;
    } catch {
      data = undefined;
    }
    this.data = data?.identity === identity ? data : { identity, entries: {} };
  }

  /** The key of a file as it is now; undefined when it cannot be read (such a file is linted, and reported). */
  keyOf(target: LintTarget): string | undefined {
    let content: Buffer;
    try {
      content = readFileSync(target.path);
    } catch {
      return undefined;
    }
    // The whole target, whatever fields it has, besides the chart's own key: nothing listed by hand.
    const { chart, ...rest } = target;
    return hash(`${JSON.stringify(rest)}\0${chart ? this.chartKey(chart) : ''}\0`, content);
  }

  get(target: LintTarget, key: string): FileResult | undefined {
    const entry = this.data.entries[target.path];
    return entry?.key === key ? entry.result : undefined;
  }

  set(path: string, key: string, result: FileResult): void {
    this.data.entries[path] = { key, result };
    this.changed = true;
  }

  save(): void {
    if (!this.changed) return;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const partial = `${this.file}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify(this.data));
      renameSync(partial, this.file);
    } catch {
      // A cache that cannot be written costs the next run its speed, nothing else.
    }
  }

  private chartKey(chart: ChartInfo): string {
    let key = this.chartKeys.get(chart.dir);
    if (key === undefined) {
      const parts = [chart.dir, chart.name, chart.appVersion ?? '', String(chart.library)];
      parts.push(fileStamp(path.join(chart.dir, 'Chart.yaml')));
      for (const template of [...chart.templates].sort()) parts.push(template, fileStamp(path.join(chart.dir, 'templates', template)));
      key = hash(parts.join('\0'));
      this.chartKeys.set(chart.dir, key);
    }
    return key;
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
