import { defineRule, entrypointSites, getEntry, NO_OPTIONS, podContainerNames, scalarString, spanIn } from '../../src/rule-kit/index.js';

export default defineRule<Record<string, never>, 'fromInit' | 'initTarget' | 'notInPod', 'manifests'>({
  id: 'entrypoint/env-container',
  meta: {
    description:
      'DEPENDENCY_CONTAINER names a regular container of the same pod, and is not used from an init container: any other wait never resolves.',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      fromInit:
        'The {{container}} waits for the container "{{name}}" of its own pod, but regular containers start only after every init container has finished: it waits forever and the pod stays in Init (hang).',
      initTarget:
        'The {{container}} waits for "{{name}}", an init container of its pod: kubernetes-entrypoint reads only the regular containers\' status, so it waits forever (hang).',
      notInPod:
        'The {{container}} waits for the container "{{name}}", which its pod does not have: kubernetes-entrypoint looks only in its own pod, so it waits forever (hang).',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      const list = reading.lists.DEPENDENCY_CONTAINER;
      if (!list) continue;
      const pod = podContainerNames(site);
      for (const item of list.items) {
        // Syntax and namespaces are entrypoint/env-list-syntax's and entrypoint/env-namespace's.
        if (item.outcome !== 'dependency' || item.name === '' || /\s/.test(item.text)) continue;
        if (item.name === site.container && site.list === 'containers') continue;
        const data = { container: site.label, name: item.name };
        const span = spanIn(ctx.file.text, list.variable, item.nameRange);
        if (pod.containers.has(item.name)) {
          // A sidecar (an init container with restartPolicy: Always) runs beside the regular containers.
          const sidecar = scalarString(getEntry(site.node, 'restartPolicy')?.value) === 'Always';
          if (site.list === 'initContainers' && !sidecar) ctx.report({ span, messageId: 'fromInit', data });
        } else if (pod.initContainers.has(item.name)) ctx.report({ span, messageId: 'initTarget', data });
        else ctx.report({ span, messageId: 'notInPod', data });
      }
    }
  },
});
