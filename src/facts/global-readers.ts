/**
 * Which `global.<key>` each chart reads: in its templates, or in values strings it evaluates with tpl.
 * Over every chart of the topology (a region linted alone still sees its charts' templates).
 */
import path from 'node:path';
import { readTextOrUndefined } from '../sources/files.js';
import { readTemplateTexts } from '../templates/texts.js';
import { closureOf, topologyFact, type Topology } from './topology.js';
import { defineFact } from './types.js';

/** Global keys read, by chart folder; null when no chart of the run's trees has templates (nothing can be known). */
export type GlobalReaders = Record<string, string[]> | null;

const VALUES_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };
const GLOBAL_READ = /\.Values\.global\.([A-Za-z0-9_]+)/g;

export const globalReadersFact = defineFact<GlobalReaders>({
  id: 'global-readers',
  needs: [topologyFact],
  build(_input, read) {
    const topology = read(topologyFact);
    const charts = Object.values(topology.charts);
    if (!charts.some((chart) => chart.templates.length > 0)) return null;
    const readers: Record<string, string[]> = {};
    for (const chart of charts) {
      const keys = new Set<string>();
      const record = (text: string): void => {
        for (const match of text.matchAll(GLOBAL_READ)) keys.add(match[1]!);
      };
      for (const { text } of readTemplateTexts(chart.dir, chart.templates)) record(text);
      // In values, only strings a template evaluates with tpl (`{{ ... }}`) read anything.
      // A chart without (a readable) values.yaml reads nothing through it.
      const values = readTextOrUndefined(path.join(chart.dir, 'values.yaml'), VALUES_LIMITS);
      if (values !== undefined) record((values.match(/\{\{[^}]*\}\}/g) ?? []).join('\n'));
      readers[chart.dir] = [...keys].sort();
    }
    return readers;
  },
});

/** The names of the charts under `top` (itself included) that read `global.<key>`, sorted. */
export function chartsReading(readers: Record<string, string[]>, topology: Topology, top: string, key: string): string[] {
  const names = closureOf(topology, top)
    .filter((chart) => readers[chart.dir]?.includes(key))
    .map((chart) => chart.name);
  return [...new Set(names)].sort();
}
