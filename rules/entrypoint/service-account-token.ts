import {
  booleanOf,
  defineRule,
  entrypointSites,
  getEntry,
  getPath,
  NO_OPTIONS,
  scalarString,
  type YamlNode,
} from '../../src/rule-kit/index.js';

const TOKEN_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** A volume mounted at the token's folder or above it supplies (or hides) the token: the rule cannot know. */
function mountsTokenDir(container: YamlNode): boolean {
  const mounts = getPath(container, ['volumeMounts']);
  if (mounts?.kind !== 'seq') return false;
  return mounts.items.some((mount) => {
    const at = scalarString(getPath(mount, ['mountPath']))?.replace(/\/+$/, '');
    return at !== undefined && at !== '' && (TOKEN_DIR === at || TOKEN_DIR.startsWith(`${at}/`));
  });
}

/** `namespace\nname` of every ServiceAccount in the stream that turns automounting off. */
function accountsWithoutToken(roots: readonly (YamlNode | undefined)[]): Map<string, YamlNode> {
  const found = new Map<string, YamlNode>();
  const visit = (object: YamlNode | undefined): void => {
    if (object?.kind !== 'map') return;
    const kind = scalarString(getPath(object, ['kind']));
    const items = getPath(object, ['items']);
    if (kind === 'List' && items?.kind === 'seq') return items.items.forEach(visit);
    const automount = getEntry(object, 'automountServiceAccountToken');
    if (kind !== 'ServiceAccount' || booleanOf(automount?.value) !== false) return;
    const name = scalarString(getPath(object, ['metadata', 'name'])) ?? '';
    found.set(`${scalarString(getPath(object, ['metadata', 'namespace'])) ?? ''}\n${name}`, automount!.value);
  };
  roots.forEach(visit);
  return found;
}

export default defineRule<Record<string, never>, 'podDisabled' | 'accountDisabled', 'manifests'>({
  id: 'entrypoint/service-account-token',
  meta: {
    description:
      'A pod with a kubernetes-entrypoint container mounts its service-account token: without it kubernetes-entrypoint cannot reach the API and exits 1 before resolving anything.',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      podDisabled:
        'The pod of the {{container}} sets automountServiceAccountToken: false, so kubernetes-entrypoint has no API token: it logs "Creating entrypoint failed" and exits 1 before resolving anything (crash). Mount the token, or set the option true for this pod.',
      accountDisabled:
        'The {{container}} runs as the service account "{{account}}", which sets automountServiceAccountToken: false, and its pod does not turn it back on: kubernetes-entrypoint has no API token, logs "Creating entrypoint failed" and exits 1 (crash). Set automountServiceAccountToken: true in the pod spec.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    let accounts: Map<string, YamlNode> | undefined;
    // One finding per pod: its first kubernetes-entrypoint container without a token.
    const reported = new Set<YamlNode>();
    for (const { site } of entrypointSites(ctx.containers())) {
      if (reported.has(site.podSpec) || mountsTokenDir(site.node)) continue;
      const automount = getEntry(site.podSpec, 'automountServiceAccountToken');
      const podSetting = booleanOf(automount?.value);
      if (podSetting === false) {
        ctx.report({ node: automount!.value, messageId: 'podDisabled', data: { container: site.label } });
        reported.add(site.podSpec);
        continue;
      }
      if (podSetting === true) continue;
      accounts ??= accountsWithoutToken(ctx.file.documents.map((document) => document.root));
      if (accounts.size === 0) continue;
      const accountEntry = getEntry(site.podSpec, 'serviceAccountName') ?? getEntry(site.podSpec, 'serviceAccount');
      const account = scalarString(accountEntry?.value) || 'default';
      const namespace = scalarString(getPath(site.owner, ['metadata', 'namespace'])) ?? '';
      if (!accounts.has(`${namespace}\n${account}`)) continue;
      const at = accountEntry?.value ?? getEntry(site.node, 'name')?.value ?? site.node;
      ctx.report({ node: at, messageId: 'accountDisabled', data: { container: site.label, account } });
      reported.add(site.podSpec);
    }
  },
});
