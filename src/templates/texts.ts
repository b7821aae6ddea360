/**
 * A chart's template files, read from disk, and held no longer than their caller needs them: a run's
 * facts keep what they derive, never the texts, so memory stays flat in the number of charts.
 * `readTemplateSet` names a folder's templates by a digest of their names and texts, so that what is
 * derived from the texts alone is derived once per distinct set (`ByTemplates`): a helm-toolkit vendored
 * under eighteen charts, or three copies of one tree.
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

/** The templates of `chartDir` named (relative to its templates/), with their digest. */
export function readTemplateSet(chartDir: string, templates: readonly string[]): TemplateSet {
  const texts = readTemplateTexts(chartDir, templates);
  const digest = createHash('sha256');
  for (const { name, text } of texts) digest.update(`${name}\0${text.length}\0`).update(text);
  return { texts, digest: digest.digest('hex') };
}

/** What is derived from a set of templates alone, once per distinct set (by digest); one per fact build. */
export class ByTemplates<Value> {
  private readonly values = new Map<string, Value>();

  constructor(private readonly derive: (texts: readonly TemplateText[]) => Value) {}

  of(set: TemplateSet): Value {
    if (!this.values.has(set.digest)) this.values.set(set.digest, this.derive(set.texts));
    return this.values.get(set.digest)!;
  }
}
