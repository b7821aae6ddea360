/**
 * What each chart's templates do with its values' secrets (see src/templates/secret-writes.ts): the paths
 * they write into Secrets, and the paths read only under a file-wide toggle, with each such toggle's default
 * in the chart's values.yaml. Charts without templates are absent: nothing can be known of them.
 */
import path from 'node:path';
import { readTextOrUndefined } from '../sources/files.js';
import { getPath, parseYamlValues } from '../sources/yaml.js';
import type { SecretWrites } from '../templates/secret-writes.js';
import { templateScanFact } from './template-scan.js';
import { defineFact } from './types.js';

export interface ChartSecretWrites extends SecretWrites {
  /** The default of each toggle in `gated`, from the chart's values.yaml (absent when not a boolean there). */
  toggles: Record<string, boolean>;
}

export type SecretWritesByChart = Record<string, ChartSecretWrites>;

const VALUES_LIMITS = { maxFileBytes: 8 * 1024 * 1024, maxExpandedNodes: 1_000_000, maxNestingDepth: 64 };

export const secretWritesFact = defineFact<SecretWritesByChart>({
  id: 'secret-writes',
  needs: [templateScanFact],
  async build(input, read) {
    const scan = read(templateScanFact);
    const result: SecretWritesByChart = {};
    for (const chart of input.charts) {
      const writes = scan.charts[chart.dir]?.secrets;
      if (!writes) continue;
      const toggles: Record<string, boolean> = {};
      const names = new Set(Object.values(writes.gated).flat());
      if (names.size > 0) {
        const text = readTextOrUndefined(path.join(chart.dir, 'values.yaml'), VALUES_LIMITS);
        const root = text === undefined ? undefined : (await parseYamlValues(text, VALUES_LIMITS)).root;
        for (const name of names) {
          const node = getPath(root, name.split('.'));
          if (node?.kind === 'scalar' && typeof node.value === 'boolean') toggles[name] = node.value;
        }
      }
      result[chart.dir] = { ...writes, toggles };
    }
    return result;
  },
});
