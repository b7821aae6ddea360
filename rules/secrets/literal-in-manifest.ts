import { defineRule, NO_OPTIONS, describeByShape, describeByValue, getEntry, getPath, scalarString } from '../../src/rule-kit/index.js';

// `password = secret` or `password: secret` lines of a rendered config file, also as a YAML list item
// (`- password: x`: alertmanager and Prometheus configs write credentials in lists).
const CONFIG_LINE = /^\s*(?:-\s+)?([A-Za-z0-9_.-]+)\s*[=:]\s*(\S.*?)\s*$/;
// Scripts assign from variables and expressions (`password = url.password`): only config files are read by line.
const SCRIPT = /\.(?:sh|bash|py|pl|rb|js|lua|ps1|tpl|j2|jinja)$/;
const EXPRESSION = /[$()[\]`]|\b(?:os\.environ|getenv|url\.|\.get\()/;
// `RBD_POOL_SECRET=cinder-volume-rbd-keyring`: a *_SECRET (or SECRET_*) variable holding a Kubernetes name
// names a Secret.
const NAMES_A_SECRET = (name: string, value: unknown): boolean =>
  /^SECRET|SECRET$/i.test(name) && typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(value);
/** A ConfigMap entry of one line is a setting (`db_password: x`, read by envFrom or a --from-env-file). */
const ONE_LINE = (text: string): boolean => !/[\r\n]/.test(text.replace(/\r?\n$/, ''));

export default defineRule<Record<string, never>, 'envLiteral' | 'configMapValue' | 'configMapLine', 'manifests'>({
  id: 'secrets/literal-in-manifest',
  meta: {
    description:
      'In rendered manifests, a sensitive env var given as a literal value instead of valueFrom.secretKeyRef, or sensitive material in a ConfigMap instead of a Secret.',
    severity: 'error',
    targets: ['manifests'],
    messages: {
      envLiteral:
        'Env var "{{name}}" of the {{container}} is {{what}} written into the manifest; take it from a Secret with valueFrom.secretKeyRef.',
      configMapValue:
        '{{object}} key "{{key}}" holds {{what}}; ConfigMaps are readable by anyone who can read the namespace: keep it in a Secret.',
      configMapLine: '{{object}} key "{{key}}", line {{line}}, sets "{{setting}}" to {{what}}; keep it in a Secret.',
    },
    ...NO_OPTIONS,
  },
  check(ctx) {
    const secrets = ctx.secrets();
    for (const container of ctx.containers()) {
      const env = getEntry(container.node, 'env')?.value;
      if (env?.kind !== 'seq') continue;
      for (const item of env.items) {
        const name = scalarString(getPath(item, ['name']));
        const value = item.kind === 'map' ? getEntry(item, 'value')?.value : undefined;
        if (!name || value?.kind !== 'scalar') continue;
        // A sensitive name is judged by its value's every form; any other name by the shapes only a secret
        // has (a private key, a URL with a password, a Bearer header, ...), never by length or entropy.
        const byName = secrets.isSensitiveKey(name) && !NAMES_A_SECRET(name, value.value);
        if (!byName && !(typeof value.value === 'string' && describeByShape(value.value))) continue;
        const verdict = secrets.classify([name], value.value);
        if (verdict.sensitive)
          ctx.report({ node: value, messageId: 'envLiteral', data: { name, container: container.label, what: verdict.description } });
      }
    }
    for (const document of ctx.file.documents) {
      const root = document.root;
      if (scalarString(getPath(root, ['kind'])) !== 'ConfigMap') continue;
      const object = `ConfigMap/${scalarString(getPath(root, ['metadata', 'name'])) ?? '(unnamed)'}`;
      const data = getPath(root, ['data']);
      if (data?.kind !== 'map') continue;
      for (const entry of data.entries) {
        const text = scalarString(entry.value);
        if (text === undefined) continue;
        const whole = describeByValue(text);
        if (whole) {
          secrets.classify([entry.key], text);
          ctx.report({ span: entry.keySpan, messageId: 'configMapValue', data: { object, key: entry.key, what: whole.description } });
          continue;
        }
        if (ONE_LINE(text) && secrets.isSensitiveKey(entry.key) && !NAMES_A_SECRET(entry.key, text)) {
          const verdict = secrets.classify([entry.key], text.trim());
          if (verdict.sensitive) {
            ctx.report({ span: entry.keySpan, messageId: 'configMapValue', data: { object, key: entry.key, what: verdict.description } });
            continue;
          }
        }
        if (SCRIPT.test(entry.key)) continue;
        text.split(/\r\n|\r|\n/).forEach((line, index) => {
          const match = CONFIG_LINE.exec(line);
          if (!match || !secrets.isSensitiveKey(match[1]!) || EXPRESSION.test(match[2]!)) return;
          const value = match[2]!.replace(/^(["'])(.*)\1$/, '$2');
          const verdict = secrets.classify([match[1]!], value);
          if (!verdict.sensitive) return;
          ctx.report({
            span: entry.keySpan,
            messageId: 'configMapLine',
            data: { object, key: entry.key, line: index + 1, setting: match[1]!, what: verdict.description },
          });
        });
      }
    }
  },
});
