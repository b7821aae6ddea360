/**
 * The dependency graph for a job summary (the Action's): Mermaid, which GitHub renders as it is, trimmed to
 * what stays readable. Up to MAX_NODES workloads, every workload is drawn; past that, one node per chart,
 * an edge where a chart waits for another, and a line saying what was left out.
 */
import type { FileSummary } from '../engine/rule.js';
import { buildGraph, type DependencyGraph } from './graph.js';
import { toMermaid } from './graph-format.js';
import type { SetPart } from './set-objects.js';

/** The deployment rule whose collected data the graph is built from (its option `external` marks edges). */
export const GRAPH_RULE = 'entrypoint/unresolved-dependency';

/** What a run with `collect: [GRAPH_RULE]` returns (LintResult.collected). */
export interface Collected {
  summaries: Record<string, FileSummary<unknown>[]>;
  namespace: string;
  options: Record<string, unknown>;
}

/** The job summary's graph section of a run that collected GRAPH_RULE; empty when nothing waits. */
export function summaryGraph(collected: Collected | undefined): string {
  const summaries = collected?.summaries[GRAPH_RULE] as FileSummary<SetPart>[] | undefined;
  if (!collected || !summaries) return '';
  const options = collected.options[GRAPH_RULE] as { external?: string[] } | undefined;
  return mermaidSummary(buildGraph(summaries, { namespace: collected.namespace, external: options?.external ?? [] }));
}

export const MAX_NODES = 40;
/** Past this many charts, even the chart-level picture is cut to the charts with the most edges. */
export const MAX_CHARTS = 60;

/** Markdown: a heading, the Mermaid block and what was left out; empty when no workload waits for anything. */
export function mermaidSummary(graph: DependencyGraph, maxNodes = MAX_NODES): string {
  // Without a single kubernetes-entrypoint dependency there is nothing to picture.
  if (graph.dependencies.length === 0) return '';
  const heading = '### kubernetes-entrypoint dependencies\n\n';
  const notes = [];
  const unresolved = graph.dependencies.filter((d) => ['missing', 'no-endpoints', 'external-name'].includes(d.resolution.state)).length;
  if (graph.cycles.length > 0) notes.push(`${graph.cycles.length} cycle${graph.cycles.length === 1 ? '' : 's'} (red)`);
  if (unresolved > 0) notes.push(`${unresolved} unresolved dependenc${unresolved === 1 ? 'y' : 'ies'} (dashed)`);
  if (graph.nodes.length <= maxNodes) {
    return `${heading}\`\`\`mermaid\n${toMermaid(graph)}\`\`\`\n${notes.length ? `\n${notes.join(', ')}.\n` : ''}`;
  }
  return `${heading}\`\`\`mermaid\n${chartLevel(graph)}\`\`\`\n\n${graph.nodes.length} workloads are more than ${maxNodes}: one node per chart, an edge where a chart waits for another${notes.length ? `; ${notes.join(', ')}` : ''}. Run \`chartlint graph\` for every workload.\n`;
}

function chartLevel(graph: DependencyGraph): string {
  const chartOf = new Map(graph.nodes.map((n) => [n.id, n.chart ?? '(no chart)']));
  const edges = new Map<string, { count: number; cyclic: boolean }>();
  const outside = new Map<string, number>();
  for (const d of graph.dependencies) {
    const from = chartOf.get(d.from)!;
    const r = d.resolution;
    if (r.state === 'resolved') {
      for (const target of r.targets) {
        const to = chartOf.get(target)!;
        if (to === from) continue;
        const key = `${from}\0${to}`;
        const edge = edges.get(key) ?? { count: 0, cyclic: false };
        edge.count++;
        edge.cyclic ||= d.cyclic;
        edges.set(key, edge);
      }
    } else if (r.state === 'missing' || r.state === 'no-endpoints' || r.state === 'external-name') {
      outside.set(from, (outside.get(from) ?? 0) + 1);
    }
  }
  let charts = [...new Set(chartOf.values())].sort();
  if (charts.length > MAX_CHARTS) {
    const degree = new Map(charts.map((c) => [c, 0]));
    for (const key of edges.keys()) for (const c of key.split('\0')) degree.set(c, degree.get(c)! + 1);
    charts = charts
      .sort((a, b) => degree.get(b)! - degree.get(a)! || a.localeCompare(b))
      .slice(0, MAX_CHARTS)
      .sort();
  }
  const id = new Map(charts.map((c, i) => [c, `c${i}`]));
  const text = (s: string): string => s.replace(/["[\]{}()<>|#;`]/g, (c) => `#${c.charCodeAt(0)};`);
  const lines = ['flowchart LR'];
  for (const chart of charts) {
    const missing = outside.get(chart);
    lines.push(`  ${id.get(chart)}["${text(chart)}${missing ? ` #40;${missing} unresolved#41;` : ''}"]${missing ? ':::unresolved' : ''}`);
  }
  const cyclic: number[] = [];
  let index = 0;
  for (const [key, edge] of [...edges].sort(([a], [b]) => a.localeCompare(b))) {
    const [from, to] = key.split('\0') as [string, string];
    if (!id.has(from) || !id.has(to)) continue;
    lines.push(`  ${id.get(from)} -->|${edge.count}| ${id.get(to)}`);
    if (edge.cyclic) cyclic.push(index);
    index++;
  }
  lines.push('  classDef unresolved stroke:#d73a49,stroke-dasharray:4 3');
  if (cyclic.length > 0) lines.push(`  linkStyle ${cyclic.join(',')} stroke:#d73a49,stroke-width:2px`);
  if (charts.length < new Set(chartOf.values()).size)
    lines.push(`  %% ${new Set(chartOf.values()).size - charts.length} charts with the fewest edges left out`);
  return `${lines.join('\n')}\n`;
}
