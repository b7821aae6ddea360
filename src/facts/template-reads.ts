/** Which image keys each chart's templates read, in both images layouts (see src/templates/image-reads.ts). */
import { scanImageReads, type TemplateReads } from '../templates/image-reads.js';
import { readTemplateTexts } from '../templates/texts.js';
import { defineFact } from './types.js';

export type ImageReadsByChart = Record<string, { tags: TemplateReads; flat: TemplateReads }>;

export const templateReadsFact = defineFact<ImageReadsByChart>({
  id: 'template-image-reads',
  build(input) {
    const reads: ImageReadsByChart = {};
    for (const chart of input.charts) {
      if (chart.templates.length === 0) continue;
      const texts = readTemplateTexts(chart.dir, chart.templates);
      reads[chart.dir] = { tags: scanImageReads(texts, 'tags'), flat: scanImageReads(texts, 'flat') };
    }
    return reads;
  },
});

const NOTHING_READ: TemplateReads = { reads: [], dynamic: false };

export function imageReadsOf(reads: ImageReadsByChart, chartDir: string, layout: 'tags' | 'flat'): TemplateReads {
  return reads[chartDir]?.[layout] ?? NOTHING_READ;
}
