/**
 * Which charts' templates put a shared registry in front of image references: they read a global registry
 * value (`.Values.global.imageRegistry`, `.Values.global.image.registry`, `.Values.imageRegistry`). There, a
 * registry-less reference in values is not what the container gets; the render shows what it is. (An image
 * object's own `registry:` key says the same of that object alone: see ImageSite.registryFromTemplate.)
 */
import { readTemplateTexts } from '../templates/texts.js';
import { defineFact } from './types.js';

/** By chart folder, for charts that have templates; a chart without templates is absent (nothing can be known). */
export type TemplateRegistry = Record<string, boolean>;

const READS_REGISTRY = /\.Values\.global(?:\.\w+)*\.\w*[rR]egistry\w*\b|\.Values\.imageRegistry\b/;

export const templateRegistryFact = defineFact<TemplateRegistry>({
  id: 'template-registry',
  build(input) {
    const result: TemplateRegistry = {};
    for (const chart of input.charts) {
      if (chart.templates.length === 0) continue;
      const texts = readTemplateTexts(chart.dir, chart.templates);
      result[chart.dir] = texts.some(({ text }) => READS_REGISTRY.test(text));
    }
    return result;
  },
});
