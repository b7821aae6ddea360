/**
 * Which image keys each chart's templates read, in both images layouts (see src/templates/image-reads.ts),
 * with the helm-toolkit (and any other chart) each chart depends on read from its source: the topology's
 * resolved dependencies (vendored `charts/<name>/` or a `file://` path). Each folder is read once per run.
 */
import { deriveImageReads, type Layout, type TemplateReads } from '../templates/image-reads.js';
import { readTemplateSet } from '../templates/texts.js';
import { LibraryLoader } from '../templates/toolkit.js';
import { closureOf, topologyFact } from './topology.js';
import { defineFact } from './types.js';

export type ImageReadsByChart = Record<string, Record<Layout, TemplateReads>>;

/** The derivation's name in the --cache/--render store: a new name when deriveImageReads changes what it gives. */
const IMAGE_READS = 'template-image-reads/1';

export const templateReadsFact = defineFact<ImageReadsByChart>({
  id: 'template-image-reads',
  needs: [topologyFact],
  async build(input, read) {
    const topology = read(topologyFact);
    const loader = new LibraryLoader();
    const reads: ImageReadsByChart = {};
    // The same templates over the same library read the same keys (vendored copies of one chart).
    const derived = new Map<string, Record<Layout, TemplateReads>>();
    for (const chart of input.charts) {
      if (chart.templates.length === 0) continue;
      // The image rules judge the reads against a values file's `images:` section: none of this chart's
      // values files has one, so nothing will ask (its reads are the most costly part of the fact).
      if (input.valuesMayHoldKey && !input.valuesMayHoldKey(chart.dir, 'images')) continue;
      // Every chart it brings in: helm shares their defines with it. Known by its key; parsed only when needed.
      const below = closureOf(topology, chart.dir).filter((dep) => dep.dir !== chart.dir);
      const libraryKey = loader.keyOf(below.map((dep) => ({ name: dep.name, dir: dep.dir })));
      const keyOf = (digest: string): string => `${digest}\0${libraryKey ?? ''}`;
      // A folder read as another chart's library already has a digest: known reads need no second read.
      const known = loader.digestOf(chart.dir, chart.templates);
      let chartReads = known === undefined ? undefined : derived.get(keyOf(known));
      if (!chartReads) {
        const templates = readTemplateSet(chart.dir, chart.templates);
        const key = keyOf(templates.digest);
        chartReads = derived.get(key);
        if (!chartReads) {
          const derive = (): Record<Layout, TemplateReads> =>
            deriveImageReads(templates.texts, libraryKey === undefined ? undefined : loader.libraryOf(libraryKey));
          // The digests name every text the reads come from: with a store (--cache, --render), an unchanged
          // chart over an unchanged library is not parsed or evaluated again.
          chartReads = input.derived ? await input.derived.get(IMAGE_READS, key, derive) : derive();
          derived.set(key, chartReads);
        }
      }
      reads[chart.dir] = chartReads;
    }
    return reads;
  },
});

const NOTHING_READ: TemplateReads = { reads: [], dynamic: false };

export function imageReadsOf(reads: ImageReadsByChart, chartDir: string, layout: Layout): TemplateReads {
  return reads[chartDir]?.[layout] ?? NOTHING_READ;
}
