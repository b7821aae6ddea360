/**
 * A chart's library of defines (its helm-toolkit, and any other chart it depends on: helm shares every
 * define across a chart and its dependencies), read from source: the `define` blocks of each dependency's
 * templates, so a patched or newer helm-toolkit is followed as it is, without a table of its jobs.
 */
import path from 'node:path';
import { listFiles } from '../sources/walk.js';
import type { Event } from './evaluate.js';
import { parseTemplate, type Define } from './parse.js';
import { readTemplateTexts } from './texts.js';

export interface Library {
  defines: Map<string, Define>;
  /** Whether helm-toolkit is among the charts read. */
  hasToolkit: boolean;
  /** Library define results by name and argument; lives as long as the library (one run). */
  memo: Map<string, Event[]>;
}

/** The defines of one dependency folder: its `templates/` helpers (`.tpl`, and `define`s in any template). */
export function loadDefines(dir: string): Map<string, Define> {
  const files = listFiles(path.join(dir, 'templates'));
  return definesOf(readTemplateTexts(dir, files).map(({ text }) => text));
}

/** Every define of the texts by name; a later one of the same name wins. */
export function definesOf(texts: readonly string[]): Map<string, Define> {
  const defines = new Map<string, Define>();
  for (const text of texts) {
    if (!text.includes('define')) continue;
    for (const define of parseTemplate(text).defines) defines.set(define.name, define);
  }
  return defines;
}

/** Builds libraries from dependency folders, reading each folder once; one per run (no module state). */
export class LibraryLoader {
  private readonly byDir = new Map<string, Map<string, Define>>();
  private readonly bySet = new Map<string, Library>();

  /** The library of these dependencies (name and folder each), or undefined when there are none. */
  load(dependencies: readonly { name: string; dir: string }[]): Library | undefined {
    if (dependencies.length === 0) return undefined;
    const key = dependencies
      .map((dep) => dep.dir)
      .sort()
      .join('\0');
    let library = this.bySet.get(key);
    if (library) return library;
    const defines = new Map<string, Define>();
    for (const dep of dependencies) {
      let own = this.byDir.get(dep.dir);
      if (!own) this.byDir.set(dep.dir, (own = loadDefines(dep.dir)));
      for (const [name, define] of own) defines.set(name, define);
    }
    library = { defines, hasToolkit: dependencies.some((dep) => dep.name === 'helm-toolkit'), memo: new Map() };
    this.bySet.set(key, library);
    return library;
  }
}
