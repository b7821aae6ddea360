/**
 * Which `global.<key>` each chart reads: in its templates, or in values strings it evaluates with tpl.
 * Over every chart of the topology (a region linted alone still sees its charts' templates).
 */
import path from 'node:path';
import { readTextOrUndefined } from '../sources/files.js';
import { READS_ANY, recordGlobalReads } from '../templates/global-reads.js';
import { templateScanFact } from './template-scan.js';
import { closureOf, topologyFact, type Topology } from './topology.js';
import { defineFact } from './types.js';

export { READS_ANY } from '../templates/global-reads.js';

/** Global keys read, by chart folder; null when no chart of the run's trees has templates (nothing can be known). */
export type GlobalReaders = Record<string, string[]> | null;

const VALUES_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };

export const globalReadersFact = defineFact<GlobalReaders>({
  id: 'global-readers',
  needs: [topologyFact, templateScanFact],
  build(_input, read) {
    const topology = read(topologyFact);
    const scan = read(templateScanFact);
    const charts = Object.values(topology.charts);
    if (!charts.some((chart) => chart.templates.length > 0)) return null;
    const readers: Record<string, string[]> = {};
    for (const chart of charts) {
      const keys = new Set(scan.globals[chart.dir]);
      // In values, only strings a template evaluates with tpl (`{{ ... }}`) read anything.
      // A chart without (a readable) values.yaml reads nothing through it.
      const values = readTextOrUndefined(path.join(chart.dir, 'values.yaml'), VALUES_LIMITS);
      if (values !== undefined) recordGlobalReads((values.match(/\{\{[^}]*\}\}/g) ?? []).join('\n'), keys);
      readers[chart.dir] = [...keys].sort();
    }
    return readers;
  },
});

/**
 * The names of the charts under `top` (itself included) that read `global.<key>`, sorted: real template reads
 * of the charts in `top`'s own tree, never a chart elsewhere that shares a name. Undefined when the tree
 * holds a dependency that is not in it (from a remote repository, not vendored): what that one reads is
 * unknown, and so it is when a chart of the tree hands `.Values.global` on whole. helm-toolkit reads no global,
 * so a remote helm-toolkit leaves nothing unknown.
 */
export function chartsReading(readers: Record<string, string[]>, topology: Topology, top: string, key: string): string[] | undefined {
  const tree = closureOf(topology, top);
  if (tree.some((chart) => chart.dependencies.some((edge) => edge.dir === undefined && edge.name !== 'helm-toolkit'))) return undefined;
  if (tree.some((chart) => readers[chart.dir]?.includes(READS_ANY))) return undefined;
  const names = tree.filter((chart) => readers[chart.dir]?.includes(key)).map((chart) => chart.name);
  return [...new Set(names)].sort();
}
