import {
  collectSet,
  defineDeploymentRule,
  namespaceFact,
  NO_OPTIONS,
  setGraph,
  workloadLabel,
  type SetPart,
} from '../../src/rule-kit/index.js';

export default defineDeploymentRule<Record<string, never>, 'cycle' | 'more', 'manifests', SetPart>({
  id: 'entrypoint/dependency-cycle',
  meta: {
    scope: 'deployment',
    description:
      'No workloads wait for each other in a circle through their kubernetes-entrypoint dependencies: none of them would ever start.',
    severity: 'error',
    targets: ['manifests'],
    facts: [namespaceFact],
    messages: {
      cycle: '{{workload}} waits in a cycle in which nothing ever becomes ready, so every pod in it hangs in Init: {{cycle}}.',
      more: 'More than {{count}} dependency cycles run through this set; only the first {{count}} are reported.',
    },
    ...NO_OPTIONS,
  },
  collect: (ctx) => collectSet(ctx),
  check(ctx) {
    const graph = setGraph(ctx);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    for (const cycle of graph.cycles) {
      const first = cycle.steps[0]!;
      const text = cycle.nodes
        .map((id, i) => `${workloadLabel(byId.get(id)!)} -(${cycle.steps[i]!.label})->`)
        .concat(workloadLabel(byId.get(cycle.nodes[0]!)!))
        .join(' ');
      ctx.report({
        file: first.file,
        at: first.dependency.at,
        messageId: 'cycle',
        data: { workload: workloadLabel(byId.get(cycle.nodes[0]!)!), cycle: text },
      });
    }
    if (graph.cyclesTruncated && graph.cycles.length > 0) {
      const first = graph.cycles[0]!.steps[0]!;
      ctx.report({ file: first.file, at: first.dependency.at, messageId: 'more', data: { count: graph.cycles.length } });
    }
  },
});
