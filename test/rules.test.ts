/** Rule behaviour that needs a config or a chart layout the shared fixtures do not have. */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { CHART, makeTree } from './helpers/tree.js';

async function findings(files: Record<string, string>, paths = ['svc']): Promise<string[]> {
  const root = makeTree(files);
  const result = await lint({ paths, cwd: root });
  return result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}/${d.messageId}: ${d.message}`);
}

describe('images/required-keys', () => {
  it('asks for an images map when the chart ships standard jobs but has none', async () => {
    expect(
      await findings({
        'svc/Chart.yaml': CHART('svc'),
        'svc/values.yaml': 'manifests:\n  job_ks_user: true\n',
        'svc/templates/job-db-init.yaml': 'kind: Job\n',
      }),
    ).toEqual([
      'svc/values.yaml:1:1 images/required-keys/noSection: The chart ships db_init (templates/job-db-init.yaml), ks_user (manifests.job_ks_user) but its values have no images map to name their images.',
    ]);
  });

  it('asks nothing of a chart with neither images nor jobs', async () => {
    expect(await findings({ 'svc/Chart.yaml': CHART('svc'), 'svc/values.yaml': 'replicas: 1\n' })).toEqual([]);
  });

  it('accepts <chart>_db_sync for db_sync, with dashes in the chart name as underscores', async () => {
    expect(
      await findings({
        'svc/Chart.yaml': CHART('mariadb-backup'),
        'svc/values.yaml':
          'images:\n  tags:\n    dep_check: quay.io/a/b:1\n    mariadb_backup_db_sync: quay.io/a/b:1\n  pull_policy: Always\nmanifests:\n  job_db_sync: true\n',
      }),
    ).toEqual([]);
  });
});

describe('images/allowed-registries', () => {
  it('reports every image when switched on without registries', async () => {
    expect(
      await findings({
        '.chartlint.yaml': 'rules:\n  images/allowed-registries: error\n',
        'svc/Chart.yaml': CHART('svc'),
        'svc/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/b:1\n  pull_policy: Always\n',
      }),
    ).toEqual([
      'svc/values.yaml:3:16 images/allowed-registries/noneConfigured: Image "images.tags.dep_check" cannot be checked: this rule is on, but its options.registries list is empty.',
    ]);
  });
});

describe('Helm image objects', () => {
  it('treat an empty tag as untagged when the chart has no appVersion', async () => {
    expect(
      await findings({
        'svc/Chart.yaml': CHART('svc'),
        'svc/values.yaml': 'image:\n  repository: docker.io/library/nginx\n  tag: ""\n',
      }),
    ).toEqual([
      'svc/values.yaml:1:1 images/no-latest/untagged: Image "image" has no tag or digest, so "docker.io/library/nginx" resolves to ":latest"; pin a version or a digest.',
    ]);
  });

  it('compose registry, repository, tag and digest, and report parts where they are written', async () => {
    expect(
      await findings({
        'svc/Chart.yaml': CHART('svc'),
        'svc/values.yaml': 'image:\n  registry: quay.io\n  repository: org/app\n  tag: nightly\n  digest: sha256:abc\n',
      }),
    ).toEqual([
      'svc/values.yaml:1:1 images/reference-syntax/invalid: Image "image" is not a valid image reference: invalid reference format.',
    ]);
  });

  it('ignore maps under image: that are not image objects', async () => {
    expect(await findings({ 'svc/Chart.yaml': CHART('svc'), 'svc/values.yaml': 'image:\n  enabled: true\n  size: 10Gi\n' })).toEqual([]);
  });
});

describe('images/undefined-key', () => {
  it('reports each undefined key, all at the images map', async () => {
    const found = await findings({
      'svc/Chart.yaml': CHART('svc'),
      'svc/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/b:1\n  pull_policy: Always\n',
      'svc/templates/pod.yaml':
        'image: {{ .Values.images.tags.dep_check }}\nimage: {{ .Values.images.tags.api }}\nimage: {{ index .Values.images.tags "worker" }}\n',
      'svc/templates/job.yaml':
        '{{ tuple . "cron" | include "helm-toolkit.snippets.image" }}\n{{- $x := dict "envAll" . "serviceName" "svc" }}\n{{ include "helm-toolkit.manifests.job_db_sync" $x }}\n',
    });
    expect(found.map((f) => f.split(': ')[0])).toEqual([
      'svc/values.yaml:2:3 images/undefined-key/undefined',
      'svc/values.yaml:2:3 images/undefined-key/undefined',
      'svc/values.yaml:2:3 images/undefined-key/undefined',
      'svc/values.yaml:2:3 images/undefined-key/undefined',
    ]);
    expect(found.join('\n')).toContain('"cron" (templates/job.yaml:1, through helm-toolkit\'s image snippet)');
    expect(found.join('\n')).toContain('"svc_db_sync" (templates/job.yaml:3, through helm-toolkit\'s db-sync job)');
    expect(found.join('\n')).toContain('"api" (templates/pod.yaml:2, read directly)');
    expect(found.join('\n')).toContain('"worker" (templates/pod.yaml:3, read by name)');
  });
});

describe('images/unused-key', () => {
  it('stays silent when a template picks the key at render time', async () => {
    expect(
      await findings({
        'svc/Chart.yaml': CHART('svc'),
        'svc/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/b:1\n    api: quay.io/a/b:1\n  pull_policy: Always\n',
        'svc/templates/pod.yaml': '{{ range $k := list "api" }}image: {{ index $.Values.images.tags $k }}{{ end }}\n',
      }),
    ).toEqual([]);
  });
});
