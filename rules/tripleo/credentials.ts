import {
  credentialItems,
  credentialPath,
  defineRule,
  describeNode,
  FAMILIES,
  getEntry,
  NO_OPTIONS,
  pyOf,
  registryOf,
  type TripleoFile,
} from '../../src/rule-kit/index.js';

/** Registries of tripleo-common's own defaults (upstream and Red Hat's): an entry that leaves a namespace out pulls from one of them. */
const DEFAULT_REGISTRIES = [
  'quay.io',
  'quay.rdoproject.org',
  'docker.io',
  'registry-1.docker.io',
  'registry.redhat.io',
  'registry.access.redhat.com',
  'registry.connect.redhat.com',
];

/** The registry hosts this file's entries pull from or push to, as TripleO compares them with credential keys. */
function registriesOf(file: TripleoFile): Set<string> {
  const hosts = new Set<string>();
  const local = file.parameterDefaults ? pyOf(file, getEntry(file.parameterDefaults, 'LocalContainerRegistry')?.value) : undefined;
  if (local?.kind === 'str' && local.str) hosts.add(`${local.str}:8787`);
  for (const param of file.params) {
    for (const entry of param.entries) {
      for (const family of FAMILIES) {
        const value = pyOf(file, entry.set ? getEntry(entry.set, family.namespace)?.value : undefined);
        if (value?.kind === 'str' && value.str) hosts.add(registryOf(value.str));
      }
      for (const key of ['push_destination', 'pull_source']) {
        const value = pyOf(file, entry.key(key)?.value);
        if (value?.kind === 'str' && value.str) hosts.add(registryOf(value.str.replace(/\/$/, '')));
      }
    }
  }
  return hosts;
}

export default defineRule<Record<string, never>, 'notMapping' | 'notOnePair' | 'notString' | 'notHost' | 'unmatched', 'tripleo'>({
  id: 'tripleo/credentials',
  meta: {
    description:
      'ContainerImageRegistryCredentials has the shape TripleO accepts ({registry: {username: password}}, one pair of strings each) and keys that name a registry its entries use.',
    severity: 'error',
    targets: ['tripleo'],
    messages: {
      notMapping:
        'ContainerImageRegistryCredentials{{where}} is {{what}}, not a mapping: the prepare fails ("Credentials data must be a dict").',
      notOnePair:
        'The credentials for "{{registry}}" hold {{count}}: TripleO takes exactly one username and password pair per registry, and the prepare fails otherwise.',
      notString:
        'The {{part}} for "{{registry}}" is {{what}}, not a string: the prepare fails ("Username and password must be strings"); quote it.',
      notHost:
        '"{{registry}}" is not a registry host: TripleO looks credentials up by the image\'s host ("quay.io", "192.0.2.1:8787") exactly, so these are never used.',
      unmatched:
        '"{{registry}}" is no registry this file\'s entries pull from or push to ({{hosts}}): TripleO looks credentials up by the exact host, so these are never used.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const file = ctx.tripleo();
    const credentials = file.credentials;
    if (!credentials) return;
    const value = credentials.value;
    if (value.kind !== 'map') {
      if (value.kind === 'scalar' && file.py(value).kind === 'null') return;
      ctx.report({ node: value, messageId: 'notMapping', data: { where: '', what: describeNode(file, value) } });
      return;
    }
    // Only where this file holds the entries too: credentials often sit in a file of their own.
    const hosts = file.params.some((param) => param.entries.length > 0) ? registriesOf(file) : undefined;
    for (const { registry, pair } of credentialItems(file)) {
      const path = credentialPath(registry.key);
      const name = registry.key;
      if (registry.value.kind !== 'map') {
        ctx.report({
          node: registry.value,
          path,
          messageId: 'notMapping',
          data: { where: ` "${name}"`, what: describeNode(file, registry.value) },
        });
        continue;
      }
      if (!pair) {
        const count = registry.value.entries.length;
        ctx.report({
          span: registry.keySpan,
          path,
          messageId: 'notOnePair',
          data: { registry: name, count: count === 0 ? 'none' : `${count} pairs` },
        });
      } else {
        const keyText = ctx.file.text.slice(pair.keySpan.start, pair.keySpan.end);
        const userKind = /^["']/.test(keyText)
          ? 'str'
          : pyOf(file, { kind: 'scalar', value: pair.key, style: 'plain', span: pair.keySpan, parent: undefined, segment: undefined })
              ?.kind;
        if (userKind !== 'str')
          ctx.report({
            span: pair.keySpan,
            path,
            messageId: 'notString',
            data: { part: 'username', registry: name, what: userKind === 'null' ? 'null' : 'not a string' },
          });
        const password = pair.value;
        const passwordKind = password.kind === 'scalar' ? file.py(password).kind : undefined;
        if (passwordKind !== 'str')
          ctx.report({
            span: password.span,
            path,
            messageId: 'notString',
            data: { part: 'password', registry: name, what: describeNode(file, password) },
          });
      }
      if (/[/\s]|^[a-z][a-z0-9+.-]*:\/\//i.test(name)) {
        ctx.report({ span: registry.keySpan, path, messageId: 'notHost', data: { registry: name } });
        continue;
      }
      if (hosts && !hosts.has(name) && !DEFAULT_REGISTRIES.includes(name))
        ctx.report({
          span: registry.keySpan,
          path,
          messageId: 'unmatched',
          data: { registry: name, hosts: [...hosts].sort().join(', ') || 'none' },
        });
    }
  },
});
