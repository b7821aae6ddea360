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

/** The derivation's name in the --cache/--render store: a new name when togglesIn changes what it gives. */
const TOGGLES = 'secret-write-toggles/1';

/** The boolean default of each toggle in values.yaml's text. */
async function togglesIn(text: string, names: ReadonlySet<string>): Promise<Record<string, boolean>> {
  const toggles: Record<string, boolean> = {};
  const root = (await parseYamlValues(text, VALUES_LIMITS)).root;
  for (const name of names) {
    const node = getPath(root, name.split('.'));
    if (node?.kind === 'scalar' && typeof node.value === 'boolean') toggles[name] = node.value;
  }
  return toggles;
}

export const secretWritesFact = defineFact<SecretWritesByChart>({
  id: 'secret-writes',
  needs: [templateScanFact],
  async build(input, read) {
    const scan = read(templateScanFact);
    const result: SecretWritesByChart = {};
    for (const chart of input.charts) {
      const writes = scan.charts[chart.dir]?.secrets;
      if (!writes) continue;
      let toggles: Record<string, boolean> = {};
      const names = new Set(Object.values(writes.gated).flat());
      const text = names.size > 0 ? readTextOrUndefined(path.join(chart.dir, 'values.yaml'), VALUES_LIMITS) : undefined;
      if (text !== undefined) {
        const derive = () => togglesIn(text, names);
        // With a store (--cache, --render), an unchanged values.yaml is not parsed again for the same toggles.
        toggles = input.derived ? await input.derived.get(TOGGLES, `${[...names].join('\0')}\0\0${text}`, derive) : await derive();
      }
      result[chart.dir] = { ...writes, toggles };
    }
    return result;
  },
});
