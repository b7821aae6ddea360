/** A chart's template files, read once per run: several rules and the layout look into them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChartInfo } from '../sources/charts.js';

export interface TemplateText {
  /** Relative to templates/, `/`-separated. */
  name: string;
  text: string;
}

const read = new WeakMap<ChartInfo, TemplateText[]>();

export function templateTexts(chart: ChartInfo): readonly TemplateText[] {
  let texts = read.get(chart);
  if (!texts) {
    texts = [...chart.templates].sort().flatMap((name) => {
      try {
        return [{ name, text: readFileSync(path.join(chart.dir, 'templates', name), 'utf8') }];
      } catch {
        return [];
      }
    });
    read.set(chart, texts);
  }
  return texts;
}
