import {
  collectSet,
  defineDeploymentRule,
  missingGrants,
  namespaceFact,
  NO_OPTIONS,
  setGraph,
  workloadLabel,
  type SetPart,
} from '../../src/rule-kit/index.js';

const WHAT = {
  service: 'a Service dependency',
  job: 'a job dependency',
  daemonset: 'a daemonset dependency',
  pod: 'a pod dependency',
  container: 'reading its own pod',
} as const;

export default defineDeploymentRule<Record<string, never>, 'missing', 'manifests', SetPart>({
  id: 'entrypoint/rbac',
  meta: {
    scope: 'deployment',
    description:
      'The service account of a pod that runs kubernetes-entrypoint is granted, by the roles bound to it in the set, the API verbs its dependencies need.',
    severity: 'warning',
    targets: ['manifests'],
    facts: [namespaceFact],
    messages: {
      missing:
        '{{workload}} (container "{{container}}", service account "{{account}}") needs {{missing}} in namespace "{{namespace}}" for {{what}} ({{variable}}), which its roles there ({{roles}}) do not grant: every check is refused and the pod hangs in Init.',
    },
    ...NO_OPTIONS,
  },
  collect: (ctx) => collectSet(ctx),
  check(ctx) {
    const graph = setGraph(ctx);
    for (const grant of missingGrants(
      graph,
      ctx.summaries.map((s) => s.summary),
      ctx.fact(namespaceFact),
    )) {
      ctx.report({
        file: grant.node.file,
        at: grant.need.at,
        messageId: 'missing',
        data: {
          workload: workloadLabel(grant.node),
          container: grant.need.container,
          account: grant.serviceAccount,
          missing: grant.missing.join(' and '),
          namespace: grant.namespace,
          what: WHAT[grant.need.kind],
          variable: grant.need.variable,
          roles: grant.roles.join(', '),
        },
      });
    }
  },
});
