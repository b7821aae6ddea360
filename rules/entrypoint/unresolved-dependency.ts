import { collectSet, defineDeploymentRule, namespaceFact, setGraph, workloadLabel, type SetPart } from '../../src/rule-kit/index.js';

interface Options {
  /** `namespace:name` globs of dependencies deployed outside the set. */
  external: string[];
  /** Judge a run that is not a set too: one chart rendered alone. */
  alone: boolean;
}

type MessageId = 'service' | 'noEndpoints' | 'externalName' | 'job' | 'jobLabels' | 'daemonset' | 'pod';

export default defineDeploymentRule<Options, MessageId, 'manifests', SetPart>({
  id: 'entrypoint/unresolved-dependency',
  meta: {
    scope: 'deployment',
    description:
      'Every kubernetes-entrypoint dependency of the charts deployed together resolves inside the set (or is declared external): the Service (with pods behind it), Job, DaemonSet or pods it waits for.',
    severity: 'warning',
    targets: ['manifests'],
    facts: [namespaceFact],
    messages: {
      service:
        '{{workload}} (container "{{container}}") waits for the Service "{{name}}" {{where}}, which is not in the set: the pod hangs in Init unless it is deployed separately (then declare it in options.external).',
      noEndpoints:
        '{{workload}} (container "{{container}}") waits for the Service "{{name}}" {{where}}, whose selector {{selector}} matches no pod template in the set: it never gets an endpoint and the pod hangs in Init.',
      externalName:
        '{{workload}} (container "{{container}}") waits for the Service "{{name}}" {{where}}, which is of type ExternalName and never has endpoints: the pod hangs in Init.',
      job: '{{workload}} (container "{{container}}") waits for the Job "{{name}}" {{where}}, which is not in the set: the pod hangs in Init until a Job of that name completes.',
      jobLabels:
        '{{workload}} (container "{{container}}") waits for Jobs labelled {{name}} {{where}}, and no Job in the set carries those labels: the pod hangs in Init.',
      daemonset:
        '{{workload}} (container "{{container}}") waits for the DaemonSet "{{name}}" {{where}}, which is not in the set: the pod hangs in Init.',
      pod: '{{workload}} (container "{{container}}") waits for a ready pod labelled {{name}} {{where}}, and no pod template in the set carries those labels: the pod hangs in Init.',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        external: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          description:
            'Dependencies deployed outside the set, as `namespace:name` globs (`openstack:mariadb*`); pods and label-selected jobs as `namespace:key=value,...` with the keys sorted.',
        },
        alone: {
          type: 'boolean',
          description:
            'Also judge a run that is not a set (one chart rendered alone), whose dependencies on other charts never resolve in it.',
        },
      },
      required: [],
    },
    defaultOptions: { external: [], alone: false },
  },
  collect: (ctx) => collectSet(ctx),
  check(ctx) {
    const graph = setGraph(ctx, ctx.options.external);
    if (!graph.isSet && !ctx.options.alone) return;
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    for (const d of graph.dependencies) {
      const { dependency, resolution } = d;
      const node = byId.get(d.from)!;
      const data = {
        workload: workloadLabel(node),
        container: dependency.container,
        name: dependency.name ?? labelsTextOf(dependency.labels),
        where: d.namespace ? `in namespace "${d.namespace}"` : "in the pod's own namespace, which the manifests do not name",
      };
      const at = { file: d.file, at: dependency.at };
      if (resolution.state === 'no-endpoints')
        ctx.report({ ...at, messageId: 'noEndpoints', data: { ...data, selector: labelsTextOf(resolution.service.selector) } });
      else if (resolution.state === 'external-name') ctx.report({ ...at, messageId: 'externalName', data });
      else if (resolution.state === 'missing') {
        const messageId: MessageId =
          dependency.kind === 'job'
            ? dependency.labels
              ? 'jobLabels'
              : 'job'
            : dependency.kind === 'daemonset'
              ? 'daemonset'
              : dependency.kind;
        ctx.report({ ...at, messageId, data });
      }
    }
  },
});

function labelsTextOf(labels: Readonly<Record<string, string>> | undefined): string {
  const keys = Object.keys(labels ?? {}).sort();
  return `{${keys.map((key) => `${key}=${labels![key]}`).join(', ')}}`;
}
