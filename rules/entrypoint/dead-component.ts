import {
  closest,
  defineRule,
  dependencyChartsFact,
  dependencyComponents,
  NO_OPTIONS,
  toolkitReadsDependencies,
} from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'unread' | 'unreadNear', 'values'>({
  id: 'entrypoint/dead-component',
  meta: {
    description:
      "A `dependencies.static` component that no template of the chart hands to helm-toolkit's kubernetes-entrypoint snippet is dead configuration: no pod waits for what it lists.",
    severity: 'warning',
    targets: ['values'],
    facts: [dependencyChartsFact],
    messages: {
      unread:
        'No template of the chart passes "{{component}}" to the kubernetes-entrypoint snippet: no pod waits for what it lists (dead configuration).',
      unreadNear:
        'No template of the chart passes "{{component}}" to the kubernetes-entrypoint snippet; did you mean "{{near}}"? No pod waits for what it lists (dead configuration).',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (!ctx.chart || !toolkitReadsDependencies(ctx.chart)) return;
    const read = ctx.fact(dependencyChartsFact)[ctx.chart.dir]?.reads?.components;
    if (!read) return;
    const { components } = dependencyComponents(ctx.file.documents[0]?.root);
    const declared = new Set(components.filter((c) => c.group === 'static').map((c) => c.name));
    const unclaimed = read.filter((name) => !declared.has(name));
    for (const component of components) {
      if (component.group !== 'static' || read.includes(component.name)) continue;
      // An empty component (`api: null`, `api: {}`) asks for nothing.
      if (!component.map || component.map.entries.length === 0) continue;
      const near = closest(component.name, unclaimed, 2);
      if (near) ctx.report({ span: component.entry.keySpan, messageId: 'unreadNear', data: { component: component.name, near } });
      else ctx.report({ span: component.entry.keySpan, messageId: 'unread', data: { component: component.name } });
    }
  },
});
