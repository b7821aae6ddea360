import { confinement, defineRule, findPods, getEntry, parseTaint, taintText, toleration, type Taint } from '../../src/rule-kit/index.js';

interface Options {
  /** The taints that mark dedicated nodes, as `kubectl taint` writes them: `key=value:Effect`. */
  taints: string[];
}

/** SAP's openstack-helm README: hypervisors, network nodes and swift storage nodes are tainted `species=<role>:NoSchedule`. */
const DEFAULT_TAINTS = ['species=hypervisor:NoSchedule', 'species=network:NoSchedule', 'species=swift-storage:NoSchedule'];

export default defineRule<Options, 'unconfined' | 'everyNode' | 'preferredOnly', 'manifests'>({
  id: 'manifests/toleration-without-selector',
  meta: {
    description: 'A pod that tolerates a dedicated-node taint also selects or requires those nodes, so it does not run anywhere else.',
    severity: 'warning',
    targets: ['manifests'],
    messages: {
      unconfined:
        'The {{pod}} tolerates the dedicated-node taint {{taint}} but neither selects nor requires those nodes (no nodeSelector or required node affinity keeps it there), so it can be scheduled on any node.',
      everyNode:
        'The {{pod}} tolerates the dedicated-node taint {{taint}} but neither selects nor requires those nodes (no nodeSelector or required node affinity keeps it there), so the DaemonSet runs on every other node too.',
      preferredOnly:
        'The {{pod}} tolerates the dedicated-node taint {{taint}} and only prefers those nodes (preferredDuringSchedulingIgnoredDuringExecution), so it is still scheduled on other nodes; require them with a nodeSelector or required node affinity.',
    },
    options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        taints: {
          type: 'array',
          items: { type: 'string', pattern: '^[^=:\\s]+(=[^:\\s]*)?:(NoSchedule|PreferNoSchedule|NoExecute)$' },
          description: 'The taints of dedicated nodes, as `key=value:Effect` (or `key:Effect`).',
        },
      },
      required: [],
    },
    defaultOptions: { taints: DEFAULT_TAINTS },
  },
  check(ctx) {
    const taints = ctx.options.taints.map(parseTaint).filter((t): t is Taint => t !== undefined);
    if (taints.length === 0) return;
    for (const pod of findPods(ctx.file.documents)) {
      const list = getEntry(pod.spec, 'tolerations')?.value;
      if (list?.kind !== 'seq') continue;
      const tolerated: { taint: Taint; item: (typeof list.items)[number] }[] = [];
      let meantForAll = false;
      for (const taint of taints) {
        const verdicts = list.items.map((item) => ({ item, verdict: toleration(item, taint) }));
        // A toleration of every value of the key, or of everything, says the pod may run on all such nodes.
        if (verdicts.some((v) => v.verdict === 'by-key' || v.verdict === undefined)) meantForAll = true;
        const match = verdicts.find((v) => v.verdict === 'by-value');
        if (match) tolerated.push({ taint, item: match.item });
      }
      // Tolerating each dedicated taint by name is the same: a pod meant for every kind of node.
      if (meantForAll || tolerated.length === 0 || (taints.length > 1 && tolerated.length === taints.length)) continue;
      for (const { taint, item } of tolerated) {
        const placed = confinement(pod.spec, taint.key);
        if (placed === 'confined') continue;
        const messageId = placed === 'preferred' ? 'preferredOnly' : pod.kind === 'DaemonSet' ? 'everyNode' : 'unconfined';
        const at = item.kind === 'map' ? getEntry(item, 'key') : undefined;
        ctx.report({ ...(at ? { span: at.keySpan } : { node: item }), messageId, data: { pod: pod.label, taint: taintText(taint) } });
      }
    }
  },
});
