/**
 * A chart's library of defines (its helm-toolkit, and any other chart it depends on: helm shares every
 * define across a chart and its dependencies), read from source: the `define` blocks of each dependency's
 * templates, so a patched or newer helm-toolkit is followed as it is, without a table of its jobs.
 */
import path from 'node:path';
import { listFiles } from '../sources/walk.js';
import type { Event } from './evaluate.js';
import { parseTemplate, type Define } from './parse.js';
import { readTemplateSet, readTemplateTexts, type TemplateSet } from './texts.js';

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

/**
 * Builds libraries from dependency folders, reading each folder once; one per run (no module state).
 * Folders with the same templates (a helm-toolkit vendored under each chart) share one parse, and sets
 * of them one library, memo included: a library's results depend on its defines alone.
 */
export class LibraryLoader {
  private readonly byTemplates = new Map<string, Map<string, Define>>();
  private readonly byKey = new Map<string, Library>();
  private readonly keys = new Map<string, string>();
  /** Libraries keyed and not parsed yet: their templates, until a caller needs the defines. */
  private readonly unparsed = new Map<string, { sets: TemplateSet[]; hasToolkit: boolean }>();
  /** Each dependency folder read: its template names (sorted) and their digest. */
  private readonly folders = new Map<string, { names: string[]; digest: string }>();

  /**
   * The digest `readTemplateSet(dir, templates)` gives, when `dir` was read as a dependency with the same
   * template names: a vendored helm-toolkit is a chart of the run too, and need not be read twice to be known.
   */
  digestOf(dir: string, templates: readonly string[]): string | undefined {
    const folder = this.folders.get(dir);
    if (!folder || folder.names.length !== templates.length) return undefined;
    const names = [...templates].sort();
    return names.every((name, i) => name === folder.names[i]) ? folder.digest : undefined;
  }

  /** The library of these dependencies (name and folder each), or undefined when there are none. */
  load(dependencies: readonly { name: string; dir: string }[]): Library | undefined {
    return this.loadKeyed(dependencies)?.library;
  }

  /** The library, and a key equal for two sets of dependencies exactly when their libraries are the same. */
  loadKeyed(dependencies: readonly { name: string; dir: string }[]): { library: Library; key: string } | undefined {
    const key = this.keyOf(dependencies);
    return key === undefined ? undefined : { library: this.libraryOf(key), key };
  }

  /**
   * The key of the library of these dependencies, from their templates' names and texts alone: a caller
   * that finds what it derives from the library already known by this key needs no parse of it.
   */
  keyOf(dependencies: readonly { name: string; dir: string }[]): string | undefined {
    if (dependencies.length === 0) return undefined;
    const dirs = dependencies
      .map((dep) => dep.dir)
      .sort()
      .join('\0');
    const known = this.keys.get(dirs);
    if (known !== undefined) return known;
    const hasToolkit = dependencies.some((dep) => dep.name === 'helm-toolkit');
    // Merged in the order given: a later dependency's define of the same name wins.
    const sets = dependencies.map((dep) => {
      const names = listFiles(path.join(dep.dir, 'templates'));
      const set = readTemplateSet(dep.dir, names);
      this.folders.set(dep.dir, { names: [...names].sort(), digest: set.digest });
      return set;
    });
    const key = `${hasToolkit}\0${sets.map((set) => set.digest).join('\0')}`;
    this.keys.set(dirs, key);
    if (!this.byKey.has(key)) this.unparsed.set(key, { sets, hasToolkit });
    return key;
  }

  /** The library a key of keyOf names, parsed on first use (its texts are let go then). */
  libraryOf(key: string): Library {
    let library = this.byKey.get(key);
    if (library) return library;
    const pending = this.unparsed.get(key);
    if (!pending) throw new Error(`no library was keyed ${key}`);
    this.unparsed.delete(key);
    const defines = new Map<string, Define>();
    for (const set of pending.sets) {
      let own = this.byTemplates.get(set.digest);
      if (!own) this.byTemplates.set(set.digest, (own = definesOf(set.texts.map(({ text }) => text))));
      for (const [name, define] of own) defines.set(name, define);
    }
    library = { defines, hasToolkit: pending.hasToolkit, memo: new Map() };
    this.byKey.set(key, library);
    return library;
  }
}
