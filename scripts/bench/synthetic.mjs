/**
 * A synthetic corpus of the shape and size of ../shared/corpus, for benchmarking where the real one is
 * absent, and a monorepo of N charts to show how cost grows with size. Deterministic: same input, same files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const JOBS = ['db_init', 'db_sync', 'db_drop', 'ks_user', 'ks_service', 'ks_endpoints'];

/** About 19 KiB of values, like an average OpenStack-Helm values.yaml: images, endpoints, a large conf:. */
export function valuesYaml(name, seed) {
  const lines = ['images:', '  tags:'];
  lines.push('    dep_check: quay.io/airshipit/kubernetes-entrypoint:latest-ubuntu_noble');
  for (const job of JOBS) lines.push(`    ${job === 'db_sync' ? `${name}_db_sync` : job}: quay.io/airshipit/${name}:2026.1-ubuntu_noble`);
  for (let i = 0; i < 6; i++) lines.push(`    ${name}_component_${i}: "quay.io/airshipit/${name}:2026.1-ubuntu_noble"`);
  lines.push(
    '  pull_policy: "IfNotPresent"',
    '  local_registry:',
    '    active: false',
    '    exclude:',
    '      - dep_check',
    '      - image_repo_sync',
  );
  lines.push(
    'endpoints:',
    '  identity:',
    '    auth:',
    '      admin:',
    '        username: admin',
    '        password: password',
    '    hosts:',
    '      default: keystone',
  );
  lines.push('manifests:', ...JOBS.map((job) => `  job_${job}: ${seed % 2 === 0}`));
  lines.push('conf:', `  ${name}:`);
  for (let section = 0; section < 40; section++) {
    lines.push(`    section_${section}:`);
    for (let key = 0; key < 12; key++)
      lines.push(`      option_${key}_${section}: value-${(seed * 31 + section * 7 + key) % 997} # tuned for ${name}`);
  }
  lines.push('  policy: |', ...Array.from({ length: 25 }, (_, i) => `    "${name}:rule_${i}": "role:admin or project_id:%(project_id)s"`));
  return `${lines.join('\n')}\n`;
}

/** About 2.8 KiB, like an average override: an image set or a feature toggle. */
function overrideYaml(name, index) {
  const lines = ['---', 'images:', '  tags:'];
  for (let i = 0; i < 6; i++) lines.push(`    ${name}_component_${i}: quay.io/airshipit/${name}:2025.${index % 3}-ubuntu_jammy`);
  lines.push('conf:', `  ${name}:`, '    feature:');
  for (let i = 0; i < 60; i++) lines.push(`      flag_${i}: ${i % 2 === 0 ? 'true' : '"enabled"'}`);
  return `${lines.join('\n')}\n`;
}

function chartYaml(name) {
  return `apiVersion: v2\nname: ${name}\nversion: 2026.1.0\nappVersion: "2026.1"\ndescription: Synthetic ${name}\n`;
}

/** 80 charts, 514 override files: the values corpus's shape (../shared/corpus/openstack-helm). */
export function writeValuesCorpus(root, charts = 80, overrides = 514) {
  for (let i = 0; i < charts; i++) {
    const name = `svc${i}`;
    const dir = path.join(root, name);
    mkdirSync(path.join(dir, 'values_overrides'), { recursive: true });
    writeFileSync(path.join(dir, 'Chart.yaml'), chartYaml(name));
    writeFileSync(path.join(dir, 'values.yaml'), valuesYaml(name, i));
  }
  for (let o = 0; o < overrides; o++) {
    const name = `svc${o % charts}`;
    writeFileSync(path.join(root, name, 'values_overrides', `override-${o}.yaml`), overrideYaml(name, o));
  }
}

/** 78 streams of about 64 KiB: the rendered corpus's shape (../shared/corpus/openstack-helm-rendered). */
export function writeRenderedCorpus(root, streams = 78) {
  mkdirSync(root, { recursive: true });
  for (let s = 0; s < streams; s++) {
    const name = `svc${s}`;
    const docs = [];
    for (let d = 0; d < 12; d++) {
      const env = Array.from({ length: 20 }, (_, i) => `            - name: VAR_${i}\n              value: "v${i}"`).join('\n');
      docs.push(
        `---\n# Source: ${name}/templates/deployment-${d}.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}-${d}\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: init\n          image: "quay.io/airshipit/kubernetes-entrypoint:latest-ubuntu_noble"\n          imagePullPolicy: IfNotPresent\n      containers:\n        - name: ${name}-${d}\n          image: "quay.io/airshipit/${name}:2026.1-ubuntu_noble"\n          imagePullPolicy: IfNotPresent\n          env:\n${env}\n`,
      );
      docs.push(
        `---\n# Source: ${name}/templates/configmap-${d}.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}-etc-${d}\ndata:\n  ${name}.conf: |\n${Array.from({ length: 50 }, (_, i) => `    option_${i} = value_${i}`).join('\n')}\n`,
      );
    }
    writeFileSync(path.join(root, `${name}.yaml`), docs.join(''));
  }
}

/** A monorepo of `charts` charts, each a Chart.yaml and a values.yaml of the usual size. */
export function writeMonorepo(root, charts) {
  for (let i = 0; i < charts; i++) {
    const name = `svc${i}`;
    const dir = path.join(root, 'charts', name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'Chart.yaml'), chartYaml(name));
    writeFileSync(path.join(dir, 'values.yaml'), valuesYaml(name, i));
  }
}
