/**
 * Which `global.<key>` each chart reads: in its templates, or in values strings it evaluates with tpl.
 * Over every chart of the topology (a region linted alone still sees its charts' templates).
 */
import path from 'node:path';
import { readTextOrUndefined } from '../sources/files.js';
import { ByTemplates, readTemplateSet } from '../templates/texts.js';
import { closureOf, topologyFact, type Topology } from './topology.js';
import { defineFact } from './types.js';

/** Global keys read, by chart folder; null when no chart of the run's trees has templates (nothing can be known). */
export type GlobalReaders = Record<string, string[]> | null;

const VALUES_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };
const GLOBAL_READ = /\.Values\.global\.([A-Za-z0-9_]+)/g;
// `index .Values.global "key"` reads that key too. (No leading `\(?\s*`: it matched the same reads, and
// tried every run of indentation at each of its spaces.)
const GLOBAL_INDEX = /index\s+\$?[A-Za-z0-9_]*\.Values\.global\s+"([^"]+)"/g;
// `.Values.global` handed on whole (`include "common.images.image" (dict "global" .Values.global)`,
// `$g := .Values.global`): any key may be read where it goes, so what this chart reads is unknown.
const GLOBAL_WHOLE = /\.Values\.global\b(?!\.[A-Za-z0-9_])/;

/** The marker for a chart that hands `.Values.global` on whole: it may read any key. */
export const READS_ANY = '*';

export const globalReadersFact = defineFact<GlobalReaders>({
  id: 'global-readers',
  needs: [topologyFact],
  build(_input, read) {
    const topology = read(topologyFact);
    const charts = Object.values(topology.charts);
    if (!charts.some((chart) => chart.templates.length > 0)) return null;
    const readers: Record<string, string[]> = {};
    const templateReads = new ByTemplates((texts) => {
      const keys = new Set<string>();
      for (const { text } of texts) record(text, keys);
      return keys;
    });
    for (const chart of charts) {
      const keys = new Set(templateReads.of(readTemplateSet(chart.dir, chart.templates)));
      // In values, only strings a template evaluates with tpl (`{{ ... }}`) read anything.
      // A chart without (a readable) values.yaml reads nothing through it.
      const values = readTextOrUndefined(path.join(chart.dir, 'values.yaml'), VALUES_LIMITS);
      if (values !== undefined) record((values.match(/\{\{[^}]*\}\}/g) ?? []).join('\n'), keys);
      readers[chart.dir] = [...keys].sort();
    }
    return readers;
  },
});

/** The global keys a text reads, into `keys`. */
function record(text: string, keys: Set<string>): void {
  // Every pattern below reads `.Values.global`: a text without it reads no global.
  if (!text.includes('.Values.global')) return;
  for (const match of text.matchAll(GLOBAL_READ)) keys.add(match[1]!);
  for (const match of text.matchAll(GLOBAL_INDEX)) keys.add(match[1]!);
  if (GLOBAL_WHOLE.test(text.replace(GLOBAL_INDEX, ''))) keys.add(READS_ANY);
}

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
