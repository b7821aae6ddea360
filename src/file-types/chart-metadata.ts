/** A chart's Chart.yaml, and the Helm 2 requirements.yaml beside it. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseYamlValues } from '../sources/yaml.js';
import type { FileType, LintTarget } from './types.js';

// Nothing beyond the common context: rules read the chart itself and the facts.
export type ChartMetadataContext = Record<never, never>;

export const chartMetadataFileType: FileType<'chart-metadata', ChartMetadataContext> = {
  kind: 'chart-metadata',
  discover(input) {
    return input.wholeCharts.flatMap((chart): LintTarget[] => {
      const found: LintTarget[] = [{ path: path.join(chart.dir, 'Chart.yaml'), kind: 'chart-metadata', role: 'chart-metadata', chart }];
      const requirements = path.join(chart.dir, 'requirements.yaml');
      if (existsSync(requirements)) found.push({ path: requirements, kind: 'chart-metadata', role: 'chart-requirements', chart });
      return found;
    });
  },
  async parse(text, limits) {
    return [await parseYamlValues(text, limits)];
  },
  fatalStopsRules: true,
  context: () => ({}),
};
