import {
  defineRule,
  dependencyChartsFact,
  dependencyComponents,
  getEntry,
  NO_OPTIONS,
  toolkitReadsDependencies,
} from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'notAList' | 'labelMap' | 'notAName', 'values'>({
  id: 'entrypoint/jobs-shape',
  meta: {
    description:
      "A dependency's `jobs` is a list of job names: helm-toolkit fails the render on a string and on label maps, and a number or list item never names a job.",
    severity: 'error',
    targets: ['values'],
    facts: [dependencyChartsFact],
    messages: {
      notAList:
        '"jobs" of "{{component}}" is a {{type}}, not a list: helm-toolkit cannot read it as a list of job names, and the render fails.',
      labelMap:
        'A job given as a map (a label selector) makes helm-toolkit write DEPENDENCY_JOBS_JSON with its value glued to "value:", and the render fails; name the job instead.',
      notAName:
        'This jobs item is a {{type}}, not a job name: first in the list it makes helm-toolkit write DEPENDENCY_JOBS_JSON and the render fails; later, kubernetes-entrypoint waits for a job of that name, which never exists (the pod hangs in Init).',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    if (!toolkitReadsDependencies(ctx.chart)) return;
    const { components } = dependencyComponents(ctx.file.documents[0]?.root);
    const reads = ctx.chart ? ctx.fact(dependencyChartsFact)[ctx.chart.dir]?.reads : undefined;
    for (const component of components) {
      const jobs = component.map ? getEntry(component.map, 'jobs')?.value : undefined;
      if (!jobs || (jobs.kind === 'scalar' && jobs.value === null)) continue;
      if (jobs.kind === 'map' || (jobs.kind === 'scalar' && typeof jobs.value !== 'string')) {
        ctx.report({
          node: jobs,
          messageId: 'notAList',
          data: { component: component.name, type: jobs.kind === 'map' ? 'map' : typeof jobs.value },
        });
        continue;
      }
      if (jobs.kind === 'scalar') {
        // A string is a chart's own convention where its templates turn it into a list (rabbitmq's
        // `tests.jobs: cluster_wait`); without the templates that cannot be told.
        if (component.group !== 'static' || !reads?.components || reads.stringJobs.includes(component.name)) continue;
        ctx.report({ node: jobs, messageId: 'notAList', data: { component: component.name, type: 'string' } });
        continue;
      }
      for (const item of jobs.items) {
        if (item.kind === 'map') ctx.report({ node: item, messageId: 'labelMap' });
        else if (item.kind === 'seq' || (item.kind === 'scalar' && item.value !== null && typeof item.value !== 'string'))
          ctx.report({ node: item, messageId: 'notAName', data: { type: item.kind === 'seq' ? 'list' : typeof item.value } });
      }
    }
  },
});
