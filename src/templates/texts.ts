/** A chart's template files, read from disk. Callers that need them more than once keep the result. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface TemplateText {
  /** Relative to templates/, `/`-separated. */
  name: string;
  text: string;
}

export function readTemplateTexts(chartDir: string, templates: readonly string[]): TemplateText[] {
  return [...templates].sort().flatMap((name) => {
    try {
      return [{ name, text: readFileSync(path.join(chartDir, 'templates', name), 'utf8') }];
    } catch {
      return [];
    }
  });
}
