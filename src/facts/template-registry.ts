/**
 * What each chart's templates do to the image references its values hold, as far as the template text shows:
 * - whether they put a shared registry in front: they read a global registry value
 *   (`.Values.global.imageRegistry`, `.Values.global.image.registry`, `.Values.imageRegistry`);
 * - whether they read `.Values.global` at all (`merge .Values.image .Values.global.image`, or hand it to a
 *   helper such as bitnami's `common.images.image`, which reads `global.imageRegistry`): with a global
 *   registry key in the values, that is where the registry comes from;
 * - which values paths they follow with `:` or `@` (`{{ .Values.image }}:{{ .Chart.AppVersion }}`): there the
 *   templates append the tag, so a tagless value is no sign of an unpinned image.
 * There, a reference in values is not what the container gets; the render shows what it is. (An image
 * object's own `registry:` key says the same of that object alone: see ImageSite.registryFromTemplate.)
 */
import path from 'node:path';
import { definesGlobalRegistry } from '../images/values-images.js';
import { readTextOrUndefined } from '../sources/files.js';
import { parseYamlValues } from '../sources/yaml.js';
import type { TemplateTextUse } from '../templates/image-use.js';
import { templateScanFact } from './template-scan.js';
import { defineFact } from './types.js';

export interface TemplateImageUse extends TemplateTextUse {
  /**
   * The chart is vendored in another's `charts/` folder whose values.yaml sets a global registry: helm
   * hands the parent's `global:` down, so that registry is in front where the templates read the global.
   */
  parentGlobalRegistry: boolean;
}

/** By chart folder, for charts that have templates; a chart without templates is absent (nothing can be known). */
export type TemplateRegistry = Record<string, TemplateImageUse>;

export const templateRegistryFact = defineFact<TemplateRegistry>({
  id: 'template-registry',
  needs: [templateScanFact],
  async build(input, read) {
    const scan = read(templateScanFact);
    const result: TemplateRegistry = {};
    for (const chart of input.charts) {
      const use = scan.charts[chart.dir]?.use;
      if (!use) continue;
      result[chart.dir] = { ...use, parentGlobalRegistry: use.global && (await parentSetsGlobalRegistry(chart.dir)) };
    }
    return result;
  },
});

/** Values files are read to learn one key here, not linted: a larger one is passed over. */
const VALUES_LIMITS = { maxExpandedNodes: 200_000, maxFileBytes: 4 * 1024 * 1024, maxNestingDepth: 64 };

async function parentSetsGlobalRegistry(chartDir: string): Promise<boolean> {
  const holder = path.dirname(chartDir);
  if (path.basename(holder) !== 'charts') return false;
  const text = readTextOrUndefined(path.join(path.dirname(holder), 'values.yaml'), VALUES_LIMITS);
  if (text === undefined) return false;
  try {
    return definesGlobalRegistry((await parseYamlValues(text, VALUES_LIMITS)).root);
  } catch {
    return false;
  }
}
