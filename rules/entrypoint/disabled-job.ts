import {
  defineRule,
  dependencyChartsFact,
  dependencyComponents,
  dependencyContextOf,
  getEntry,
  jobFlag,
  NO_OPTIONS,
  toolkitReadsDependencies,
  type DependencyComponent,
} from '../../src/rule-kit/index.js';

/** Whether a dependency kind other than the jobs lists anything. */
function listsOtherThanJobs(component: DependencyComponent): boolean {
  return (component.map?.entries ?? []).some((entry) => {
    if (entry.key === 'jobs') return false;
    const value = entry.value;
    return value.kind === 'seq'
      ? value.items.length > 0
      : value.kind === 'map'
        ? value.entries.length > 0
        : value.value !== null && value.value !== '';
  });
}

export default defineRule<Record<string, never>, 'onlyDependency', 'values'>({
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
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (!toolkitReadsDependencies(ctx.chart)) return;
    const root = ctx.file.documents[0]?.root;
    const { components } = dependencyComponents(root);
    if (components.length === 0) return;
    const { manifests } = dependencyContextOf(ctx.fact(dependencyChartsFact), ctx.chart?.dir, root, ctx.isChartDefaults);
    // Components the dependency resolver or the rabbit-init mixin adds to are not judged on their static part.
    const mixedIn = new Set(components.filter((c) => c.group !== 'static' && c.group !== 'dynamic.common').map((c) => c.name));
    for (const component of components) {
      if (component.group !== 'static' || mixedIn.has(component.name) || !component.map || listsOtherThanJobs(component)) continue;
      const jobs = getEntry(component.map, 'jobs')?.value;
      if (jobs?.kind !== 'seq' || jobs.items.length === 0) continue;
      const dropped = jobs.items.flatMap((item) => {
        const name = item.kind === 'scalar' && typeof item.value === 'string' ? item.value : undefined;
        const flag = name === undefined ? undefined : jobFlag(name);
        return name !== undefined && flag !== undefined && manifests[flag] === false ? [{ item, name, flag }] : [];
      });
      if (dropped.length !== jobs.items.length) continue;
      for (const { item, name, flag } of dropped)
        ctx.report({ node: item, messageId: 'onlyDependency', data: { job: name, flag, component: component.name } });
    }
  },
});
