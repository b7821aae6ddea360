import {
  componentRendered,
  defineRule,
  dependencyChartsFact,
  dependencyComponents,
  dependencyContextOf,
  droppedJobs,
  getEntry,
  jobsOnlyComponents,
  NO_OPTIONS,
  toolkitReadsDependencies,
} from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'onlyDependency' | 'flagLeavesNothing', 'values'>({
  id: 'entrypoint/disabled-job',
  meta: {
    description:
      "A component's only dependencies are jobs switched off by `manifests.job_*: false`: helm-toolkit's filter drops them, and its pods start without waiting for anything.",
    severity: 'warning',
    targets: ['values'],
    facts: [dependencyChartsFact],
    messages: {
      onlyDependency:
        'helm-toolkit drops "{{job}}" because manifests.{{flag}} is false, and nothing else is left for "{{component}}": its pods start without waiting for anything (silent drop).',
      flagLeavesNothing:
        'With manifests.{{flag}} false, helm-toolkit drops {{jobs}} from "{{component}}" of the chart\'s values.yaml, and nothing else is left: its pods start without waiting for anything (silent drop).',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (!toolkitReadsDependencies(ctx.chart)) return;
    const root = ctx.file.documents[0]?.root;
    const { components } = dependencyComponents(root);
    const { manifests, defaults, reads } = dependencyContextOf(ctx.fact(dependencyChartsFact), ctx.chart?.dir, root, ctx.isChartDefaults);
    // Only pods that render can start too early: without the templates, or for a component whose
    // templates are switched off as well, there is nothing to say.
    const rendered = (component: string): boolean => componentRendered(reads, component, manifests) === true;
    for (const { component, jobs } of jobsOnlyComponents(components)) {
      if (!rendered(component.name)) continue;
      const dropped = droppedJobs(jobs, manifests);
      if (dropped.length !== jobs.length) continue;
      for (const { item, name, flag } of dropped)
        ctx.report({ node: item, messageId: 'onlyDependency', data: { job: name, flag, component: component.name } });
    }
    // An override that switches a job off, for the components of values.yaml it leaves waiting for nothing.
    const flags = root?.kind === 'map' ? getEntry(root, 'manifests')?.value : undefined;
    if (!defaults || flags?.kind !== 'map') return;
    const own = new Set(components.filter((c) => c.group === 'static').map((c) => c.name));
    for (const { component, jobs } of defaults.jobsOnly) {
      if (own.has(component) || !rendered(component)) continue;
      const named = jobs.map((name) => ({ name }));
      const dropped = droppedJobs(named, manifests);
      // Only where this file's flags make the difference: values.yaml's own are reported there.
      if (dropped.length !== jobs.length || droppedJobs(named, defaults.manifests).length === jobs.length) continue;
      for (const entry of flags.entries) {
        if (entry.value.kind !== 'scalar' || entry.value.value !== false) continue;
        const switched = dropped.filter((job) => job.flag === entry.key).map((job) => `"${job.name}"`);
        if (switched.length > 0)
          ctx.report({
            node: entry.value,
            messageId: 'flagLeavesNothing',
            data: { flag: entry.key, jobs: switched.join(', '), component },
          });
      }
    }
  },
});
