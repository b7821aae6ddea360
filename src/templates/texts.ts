/**
 * A chart's template files, read from disk. `readTemplateTexts` reads them each time; a `TemplateStore`
 * (one per run's facts, dropped with them) reads each file once, keeps one copy of each distinct text (a
 * helm-toolkit vendored under forty charts is one text), and names every folder's templates by a digest of
 * their names and texts, so that what is derived from the texts alone is derived once per distinct set.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { readTextOrUndefined } from '../sources/files.js';

/** Templates are read to learn what they read, not linted: a larger one is passed over. */
const TEMPLATE_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };

export interface TemplateText {
  /** Relative to templates/, `/`-separated. */
  name: string;
  text: string;
}

/** The texts of one folder's templates, sorted by name, and their digest. */
export interface TemplateSet {
  texts: TemplateText[];
  /** Equal for two folders exactly when their templates have the same names and texts. */
  digest: string;
}

export function readTemplateTexts(chartDir: string, templates: readonly string[]): TemplateText[] {
  return [...templates].sort().flatMap((name) => {
    const text = readTextOrUndefined(path.join(chartDir, 'templates', name), TEMPLATE_LIMITS);
    return text === undefined ? [] : [{ name, text }];
  });
}

/** Reads each template file once for every fact of a run; see the module comment. */
export class TemplateStore {
  /** By absolute path: the text and its digest (undefined when it cannot be read). */
  private readonly files = new Map<string, { text: string; digest: string } | undefined>();
  /** One string per distinct text, by digest. */
  private readonly distinct = new Map<string, string>();
  private readonly sets = new Map<string, TemplateSet>();

  /** The templates of `chartDir` named (relative to its templates/). */
  read(chartDir: string, templates: readonly string[]): TemplateSet {
    const names = [...templates].sort();
    const key = `${chartDir}\0${names.join('\0')}`;
    const known = this.sets.get(key);
    if (known) return known;
    const texts: TemplateText[] = [];
    const digest = createHash('sha256');
    for (const name of names) {
      const file = this.file(path.join(chartDir, 'templates', name));
      if (!file) continue;
      texts.push({ name, text: file.text });
      digest.update(`${name}\0${file.digest}\0`);
    }
    const set = { texts, digest: digest.digest('hex') };
    this.sets.set(key, set);
    return set;
  }

  private file(file: string): { text: string; digest: string } | undefined {
    if (this.files.has(file)) return this.files.get(file);
    const read = readTextOrUndefined(file, TEMPLATE_LIMITS);
    let entry: { text: string; digest: string } | undefined;
    if (read !== undefined) {
      const digest = createHash('sha256').update(read).digest('hex');
      let text = this.distinct.get(digest);
      if (text === undefined) this.distinct.set(digest, (text = read));
      entry = { text, digest };
    }
    this.files.set(file, entry);
    return entry;
  }
}

/** What is derived from a set of templates alone, once per distinct set (by digest). */
export class ByTemplates<Value> {
  private readonly values = new Map<string, Value>();

  constructor(private readonly derive: (texts: readonly TemplateText[]) => Value) {}

  of(set: TemplateSet): Value {
    if (!this.values.has(set.digest)) this.values.set(set.digest, this.derive(set.texts));
    return this.values.get(set.digest)!;
  }
}
