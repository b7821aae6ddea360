import {
  defineRule,
  entrypointSites,
  NO_OPTIONS,
  podNameMissing,
  someNames,
  spanIn,
  type EntrypointReading,
} from '../../src/rule-kit/index.js';

/** Downward-API fields that never hold the pod's name (a label or annotation might). */
const NOT_THE_POD_NAME = new Set([
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
]);

/** The daemonset and pod dependencies it would register with POD_NAME set. */
function droppable(reading: EntrypointReading): string[] {
  const names: string[] = [];
  for (const item of reading.lists.DEPENDENCY_DAEMONSET?.items ?? [])
    if (item.outcome === 'dependency') names.push(`daemonset ${item.name}`);
  const pods = reading.podJson?.reading;
  if (pods && !pods.failed) {
    for (const entry of pods.entries) {
      names.push(
        `pod ${Object.entries(entry.labels?.value ?? {})
          .map(([k, v]) => `${k}=${v}`)
          .join(',')}`,
      );
    }
  }
  return names;
}

export default defineRule<Record<string, never>, 'podNameContainer' | 'podNameDropped' | 'podNameField' | 'interfaceName', 'manifests'>({
  id: 'entrypoint/env-required',
  meta: {
    description:
      'The variables kubernetes-entrypoint needs for the dependencies it is given are set: POD_NAME (from metadata.name) for container, daemonset and pod dependencies, INTERFACE_NAME for config ones.',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      podNameContainer:
        'The {{container}} waits for {{names}} but {{how}}: kubernetes-entrypoint cannot look up its own pod ("environment variable POD_NAME not set") and waits forever (hang). Set POD_NAME from the downward API (fieldRef metadata.name).',
      podNameDropped:
        'The {{container}} names {{names}} but {{how}}: kubernetes-entrypoint logs "Cannot initialize" and ignores these dependencies, so it starts without waiting for them (silent drop). Set POD_NAME from the downward API (fieldRef metadata.name).',
      podNameField:
        'POD_NAME of the {{container}} comes from the downward API field {{field}}, which is not the pod name: kubernetes-entrypoint looks up a pod of that name, never finds its own, and waits forever (hang). Use fieldRef metadata.name.',
      interfaceName:
        'The {{container}} has DEPENDENCY_CONFIG but {{how}}: kubernetes-entrypoint cannot read its IP ("environment variable INTERFACE_NAME not set"), registers an empty config dependency and panics on it (crash, CrashLoopBackOff). Set INTERFACE_NAME, e.g. eth0.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const text = ctx.file.text;
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      const container = site.label;
      const podName = reading.podName;
      const emptyPodName = podName.state === 'set' ? podName.variable : undefined;
      const podNameHow = emptyPodName ? 'sets POD_NAME empty' : 'sets no POD_NAME';
      const containers = reading.dependencies.filter((d) => d.kind === 'container');
      const dropped = droppable(reading);
      if (podNameMissing(reading)) {
        if (containers.length > 0) {
          ctx.report({
            span: emptyPodName ? spanIn(text, emptyPodName) : spanIn(text, containers[0]!.variable),
            messageId: 'podNameContainer',
            data: {
              container,
              names: `the container${containers.length > 1 ? 's' : ''} ${someNames(containers.map((d) => d.name ?? ''))}`,
              how: podNameHow,
            },
          });
        }
        if (dropped.length > 0) {
          const variable = reading.lists.DEPENDENCY_DAEMONSET?.items.some((i) => i.outcome === 'dependency')
            ? reading.lists.DEPENDENCY_DAEMONSET.variable
            : reading.podJson!.variable;
          ctx.report({
            span: emptyPodName ? spanIn(text, emptyPodName) : spanIn(text, variable),
            messageId: 'podNameDropped',
            data: { container, names: someNames(dropped), how: podNameHow },
          });
        }
      } else if (
        podName.state === 'set' &&
        podName.variable.source === 'field' &&
        NOT_THE_POD_NAME.has(podName.variable.fieldPath ?? '') &&
        (containers.length > 0 || dropped.length > 0)
      ) {
        ctx.report({
          span: podName.variable.item.span,
          messageId: 'podNameField',
          data: { container, field: podName.variable.fieldPath! },
        });
      }
      const config = reading.dependencies.find((d) => d.kind === 'config');
      const iface = reading.interfaceName;
      const missing = iface.state === 'unset' || (iface.state === 'set' && iface.variable.value === '');
      if (config && missing) {
        ctx.report({
          span: iface.state === 'set' ? spanIn(text, iface.variable) : spanIn(text, config.variable),
          messageId: 'interfaceName',
          data: { container, how: iface.state === 'set' ? 'sets INTERFACE_NAME empty' : 'sets no INTERFACE_NAME' },
        });
      }
    }
  },
});
