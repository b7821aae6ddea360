/**
 * What the text-scanning template facts (template-registry, secret-writes, global-readers) learn from each
 * chart's templates alone, from one read of them: a chart's templates are read once per run for all three,
 * scanned, and dropped. Each scan runs once per distinct set of templates (vendored copies of one chart).
 */
import { globalKeysRead } from '../templates/global-reads.js';
import { templateImageUse, type TemplateTextUse } from '../templates/image-use.js';
import { deriveSecretWrites, type SecretWrites } from '../templates/secret-writes.js';
import { ByTemplates, readTemplateSet, type TemplateSet } from '../templates/texts.js';
import { topologyFact } from './topology.js';
import { defineFact } from './types.js';

export interface ChartTemplateScan {
  /** What the templates do with image references (template-registry). */
  use: TemplateTextUse;
  /** What they write into Secrets (secret-writes). */
  secrets: SecretWrites;
}

export interface TemplateScan {
  /** By folder, the run's charts (FactInput.charts) that have templates. */
  charts: Record<string, ChartTemplateScan>;
  /** By folder, every chart of the topology: the `global.<key>`s its templates read, in the order first read. */
  globals: Record<string, string[]>;
}

/** The derivations' names in the --cache/--render store: a new name when a scan changes what it gives. */
const KEPT = { use: 'template-image-use/1', secrets: 'template-secret-writes/1', globals: 'template-global-reads/1' };

export const templateScanFact = defineFact<TemplateScan>({
  id: 'template-scan',
  needs: [topologyFact],
  async build(input, read) {
    const topology = read(topologyFact);
    const charts: Record<string, ChartTemplateScan> = {};
    const globals: Record<string, string[]> = {};
    // Each scan once per distinct set of templates, and with a store (--cache, --render) once per set ever:
    // the digest names every text a scan reads.
    const kept = <T>(kind: string, by: ByTemplates<T>) => {
      const store = input.derived;
      return (set: TemplateSet): T | Promise<T> => (store ? store.get(kind, set.digest, () => by.of(set)) : by.of(set));
    };
    const globalsOf = kept(KEPT.globals, new ByTemplates((texts) => globalKeysRead(texts.map(({ text }) => text))));
    const useOf = kept(KEPT.use, new ByTemplates((texts) => templateImageUse(texts.map(({ text }) => text))));
    const secretsOf = kept(KEPT.secrets, new ByTemplates(deriveSecretWrites));
    for (const chart of input.charts) {
      if (chart.templates.length === 0) continue;
      const templates = readTemplateSet(chart.dir, chart.templates);
      charts[chart.dir] = { use: await useOf(templates), secrets: await secretsOf(templates) };
      // The same read serves the topology's chart of that folder, when it lists the same templates.
      const known = topology.charts[chart.dir];
      if (known && sameNames(known.templates, chart.templates)) globals[chart.dir] = await globalsOf(templates);
    }
    for (const chart of Object.values(topology.charts)) {
      if (!Object.hasOwn(globals, chart.dir)) globals[chart.dir] = await globalsOf(readTemplateSet(chart.dir, chart.templates));
    }
    return { charts, globals };
  },
});

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}
