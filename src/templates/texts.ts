/** A chart's template files, read from disk. Callers that need them more than once keep the result. */
import path from 'node:path';
import { readTextOrUndefined } from '../sources/files.js';

/** Templates are read to learn what they read, not linted: a larger one is passed over. */
const TEMPLATE_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };

export interface TemplateText {
  /** Relative to templates/, `/`-separated. */
  name: string;
  text: string;
}

export function readTemplateTexts(chartDir: string, templates: readonly string[]): TemplateText[] {
  return [...templates].sort().flatMap((name) => {
    const text = readTextOrUndefined(path.join(chartDir, 'templates', name), TEMPLATE_LIMITS);
    return text === undefined ? [] : [{ name, text }];
  });
}
