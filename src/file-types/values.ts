/** Values files: a chart's values.yaml, its override files, and the files --values and the config name. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { placementOf, topologyFact, type Placement, type Topology } from '../facts/topology.js';
import type { ImageIndex } from '../images/site.js';
import { collectImages, imagesContextOf } from '../images/values-images.js';
import { parseYamlValues } from '../sources/yaml.js';
import { globFiles } from '../sources/walk.js';
import type { FileType, LintTarget } from './types.js';

export interface ValuesContext {
  /** True for the chart's own values.yaml, false for override and extra files. */
  readonly isChartDefaults: boolean;
  /** Where the file sits in the placement rule: a chart's values, the umbrella's, or region values. */
  readonly placement: Placement;
  /** Image references and pull policies in this file, collected once. */
  images(): ImageIndex;
}

const VALUES_FILE = 'values.yaml';

export const valuesFileType: FileType<'values', ValuesContext> = {
  kind: 'values',
  discover(input) {
    const found: LintTarget[] = [];
    for (const chart of input.wholeCharts) {
      const defaults = path.join(chart.dir, VALUES_FILE);
      if (existsSync(defaults)) found.push({ path: defaults, kind: 'values', role: 'defaults', chart });
      const folderName = path.basename(chart.dir);
      const patterns = input.valuesGlobs.map((glob) => glob.replaceAll('{chart}', folderName));
      for (const file of globFiles(chart.dir, patterns)) {
        if (file !== defaults) found.push({ path: file, kind: 'values', role: 'override', chart });
      }
    }
    for (const named of input.namedFiles) {
      // A file the config gives to another file type is that type's, even before it is claimed.
      if (named.kind !== undefined && named.kind !== 'values') continue;
      const isDefaults = named.chart !== undefined && named.path === path.join(named.chart.dir, VALUES_FILE);
      found.push({ path: named.path, kind: 'values', role: isDefaults ? 'defaults' : 'override', chart: named.chart });
    }
    // A --values file belongs to the chart when the run has just one.
    const onlyChart = input.charts.length === 1 ? input.charts[0] : undefined;
    for (const extra of input.extraValues) found.push({ path: extra, kind: 'values', role: 'extra', chart: onlyChart });
    for (const target of found) if (input.isRegionFile(target.path)) target.region = true;
    return found;
  },
  async parse(text, limits) {
    return [await parseYamlValues(text, limits)];
  },
  fatalStopsRules: true,
  context(file, run) {
    let images: ImageIndex | undefined;
    return {
      isChartDefaults: file.role === 'defaults',
      placement: placementOf(run.facts[topologyFact.id] as Topology, file),
      images: () => (images ??= collectImages(file.documents[0]?.root, imagesContextOf(file, run.memo))),
    };
  },
};
