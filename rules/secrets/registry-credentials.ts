import { credentialItems, credentialPath, defineRule, NO_OPTIONS } from '../../src/rule-kit/index.js';

/**
 * What documentation writes where the password goes: a bracketed phrase (`[service account password]`), and a
 * value cut short (`eyJhbGciOiJSUzUxMi...`), which shows where a token was, not the token.
 */
const WRITTEN_AS_A_HOLE = /^\[[^\]]*\s[^\]]*\]$|(?:\.\.\.|…)$/;

export default defineRule<Record<string, never>, 'literal' | 'knownDefault', 'tripleo'>({
  id: 'secrets/registry-credentials',
  meta: {
    description:
      'A registry password written into a TripleO environment file (ContainerImageRegistryCredentials): whoever can read the repository can pull, or push, with it.',
    severity: 'error',
    targets: ['tripleo'],
    messages: {
      literal:
        'The password for registry "{{registry}}" is {{what}} written into the environment file; keep the credentials in a file outside the repository (or a vault) and pass it with -e at deploy time.',
      knownDefault:
        'The password for registry "{{registry}}" is {{what}}: a registry that accepts it accepts anyone. Set a real password, kept outside the repository.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const secrets = ctx.secrets();
    for (const { registry, pair } of credentialItems(ctx.tripleo())) {
      const password = pair?.value;
      if (password?.kind !== 'scalar') continue;
      if (typeof password.value === 'string' && WRITTEN_AS_A_HOLE.test(password.value.trim())) continue;
      // Judged as a password whatever its form: the key is a username.
      const verdict = secrets.classify(['password'], password.value);
      if (!verdict.sensitive) continue;
      ctx.report({
        node: password,
        path: credentialPath(registry.key),
        messageId: verdict.knownDefault ? 'knownDefault' : 'literal',
        data: { registry: registry.key, what: verdict.description },
      });
    }
  },
});
