import {
  baseNamespace,
  defineRule,
  entrypointSites,
  NO_OPTIONS,
  someNames,
  spanIn,
  writtenNamespace,
  type EntrypointReading,
} from '../../src/rule-kit/index.js';

/** Downward-API fields that are never a namespace name. */
const NOT_A_NAMESPACE = new Set([
  'metadata.name',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
]);

/** What it looks up in the base namespace: dependencies written without one, and its own pod. */
function lookups(reading: EntrypointReading): { names: string[]; ownPod: boolean } {
  const names: string[] = [];
  let ownPod = false;
  for (const dependency of reading.dependencies) {
    if (dependency.kind === 'container' || dependency.kind === 'daemonset' || dependency.kind === 'pod') ownPod = true;
    if (dependency.namespace !== undefined || dependency.kind === 'container') continue;
    if (dependency.kind === 'service' || dependency.kind === 'job' || dependency.kind === 'daemonset' || dependency.kind === 'pod') {
      const labels = dependency.labels
        ? Object.entries(dependency.labels)
            .map(([k, v]) => `${k}=${v}`)
            .join(',')
        : '';
      names.push(`${dependency.kind} ${dependency.name ?? labels}`);
    }
  }
  return { names, ownPod };
}

function what(found: { names: string[]; ownPod: boolean }): string {
  const parts = [...(found.names.length > 0 ? [someNames(found.names)] : []), ...(found.ownPod ? ['its own pod'] : [])];
  return parts.join(' and ');
}

export default defineRule<
  Record<string, never>,
  'containerNamespace' | 'configTruncated' | 'socketTruncated' | 'defaultNamespace' | 'namespaceField' | 'namespaceMismatch',
  'manifests'
>({
  id: 'entrypoint/env-namespace',
  meta: {
    description:
      'kubernetes-entrypoint looks its dependencies up in the namespace meant: NAMESPACE is set where names come without one, and DEPENDENCY_CONTAINER, _CONFIG and _SOCKET carry no `namespace:`.',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      containerNamespace:
        'Item "{{item}}" of DEPENDENCY_CONTAINER in the {{container}} names a namespace, which containers do not take: kubernetes-entrypoint silently drops "{{namespace}}:" and waits for the container "{{name}}" of its own pod. Write the container name alone.',
      configTruncated:
        'Path "{{item}}" in DEPENDENCY_CONFIG of the {{container}} has a ":", which kubernetes-entrypoint takes for a namespace separator: it uses only "{{name}}" (truncated), so the config file meant is never written (silent drop).',
      socketTruncated:
        'Path "{{item}}" in DEPENDENCY_SOCKET of the {{container}} has a ":", which kubernetes-entrypoint takes for a namespace separator: it uses only "{{name}}" (truncated) and waits for a socket there that never appears (hang).',
      defaultNamespace:
        'The {{container}} {{how}}, so kubernetes-entrypoint looks up {{what}} in namespace "default": {{outcome}}. Set NAMESPACE from the downward API (fieldRef metadata.namespace).',
      namespaceField:
        'NAMESPACE of the {{container}} comes from the downward API field {{field}}, which is not a namespace: kubernetes-entrypoint looks up {{what}} in a namespace of that name and waits forever (hang). Use fieldRef metadata.namespace.',
      namespaceMismatch:
        'NAMESPACE of the {{container}} is "{{value}}" but its {{owner}} is in namespace "{{written}}": kubernetes-entrypoint looks for its own pod in "{{value}}", never finds it, and waits forever (hang). Use fieldRef metadata.namespace.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const text = ctx.file.text;
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      const container = site.label;
      for (const variable of ['DEPENDENCY_CONTAINER', 'DEPENDENCY_CONFIG', 'DEPENDENCY_SOCKET'] as const) {
        const list = reading.lists[variable];
        for (const item of list?.items ?? []) {
          if (item.outcome !== 'dependency' || item.namespace === undefined || item.name === '' || /\s/.test(item.text)) continue;
          // `unix:/run/x.sock` keeps the path meant; `/run/x.sock:ro` keeps `ro`: only a cut inside the path is a defect.
          if (variable !== 'DEPENDENCY_CONTAINER' && !item.namespace.includes('/')) continue;
          const messageId =
            variable === 'DEPENDENCY_CONTAINER'
              ? 'containerNamespace'
              : variable === 'DEPENDENCY_CONFIG'
                ? 'configTruncated'
                : 'socketTruncated';
          const data = { item: item.text, namespace: item.namespace, name: item.name, container };
          ctx.report({ span: spanIn(text, list!.variable, item.namespaceRange), messageId, data });
        }
      }
      const found = lookups(reading);
      if (found.names.length === 0 && !found.ownPod) continue;
      const base = baseNamespace(reading);
      const written = writtenNamespace(site);
      const setting = reading.namespace;
      if (base.kind === 'namespace' && base.name === 'default' && written !== 'default') {
        const first = reading.dependencies.find((d) => d.namespace === undefined) ?? reading.dependencies[0]!;
        const variable = setting.state === 'set' ? setting.variable : first.variable;
        ctx.report({
          span: setting.state === 'set' ? spanIn(text, variable) : variable.nameNode.span,
          messageId: 'defaultNamespace',
          data: {
            container,
            how: setting.state === 'set' ? 'sets NAMESPACE empty' : 'sets no NAMESPACE',
            what: what(found),
            outcome:
              written === undefined
                ? 'unless the pod runs there, it waits forever (hang)'
                : `its ${site.object} is in namespace "${written}", so it waits forever (hang)`,
          },
          // Without a written namespace the pod may well run in default: a risk, not a sure hang.
          ...(written === undefined ? { atMost: 'warning' as const } : {}),
        });
      } else if (setting.state === 'set' && setting.variable.source === 'field' && NOT_A_NAMESPACE.has(setting.variable.fieldPath ?? '')) {
        ctx.report({
          span: setting.variable.item.span,
          messageId: 'namespaceField',
          data: { container, field: setting.variable.fieldPath!, what: what(found) },
        });
      } else if (base.kind === 'namespace' && written !== undefined && base.name !== written && found.ownPod && setting.state === 'set') {
        ctx.report({
          span: spanIn(text, setting.variable),
          messageId: 'namespaceMismatch',
          data: { container, value: base.name, owner: site.object, written },
        });
      }
    }
  },
});
