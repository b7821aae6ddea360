/** Rule behaviour that needs a config or a chart layout the shared fixtures do not have. */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { CHART, makeTree, TOOLKIT_CHART, toolkitFiles } from './helpers/tree.js';

async function findings(files: Record<string, string>, paths = ['svc']): Promise<string[]> {
  const root = makeTree(files);
  const result = await lint({ paths, cwd: root });
  return result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}/${d.messageId}: ${d.message}`);
}

describe('images/required-keys', () => {
  it('asks for an images map when the chart ships standard jobs but has none', async () => {
    expect(
      await findings({
        'svc/Chart.yaml': TOOLKIT_CHART('svc'),
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
        'svc/Chart.yaml': TOOLKIT_CHART('mariadb-backup'),
        'svc/values.yaml':
          'images:\n  tags:\n    dep_check: quay.io/a/b:1\n    mariadb_backup_db_sync: quay.io/a/b:1\n  pull_policy: Always\nmanifests:\n  job_db_sync: true\n',
      }),
    ).toEqual([]);
  });

  const IMAGES = (...keys: string[]): string =>
    `images:\n  tags:\n${keys.map((key) => `    ${key}: quay.io/a/b:1\n`).join('')}  pull_policy: Always\n`;

  it('asks only for what the templates and helm-toolkit read, placing each need', async () => {
    expect(
      await findings({
        ...toolkitFiles(),
        'svc/Chart.yaml': TOOLKIT_CHART('svc'),
        'svc/values.yaml': `${IMAGES('svc_api')}manifests:\n  job_db_sync: true\n  job_ks_user: false\n`,
        'svc/templates/deployment.yaml':
          '{{- $envAll := . }}\n{{ tuple $envAll "api" list | include "helm-toolkit.snippets.kubernetes_entrypoint_init_container" }}\n{{ tuple $envAll "svc_api" | include "helm-toolkit.snippets.image" }}\n',
        'svc/templates/job-db-drop.yaml':
          '{{ dict "envAll" . "serviceName" "svc" | include "helm-toolkit.manifests.job_db_drop_mysql" }}\n',
      }),
    ).toEqual([
      'svc/values.yaml:2:3 images/required-keys/missing: The images map "images.tags" lacks dep_check, needed by templates/deployment.yaml:2; db_drop, needed by templates/job-db-drop.yaml.',
    ]);
  });

  it('does not ask for dep_check where nothing the chart renders reads it', async () => {
    expect(
      await findings({
        ...toolkitFiles(),
        'svc/Chart.yaml': TOOLKIT_CHART('svc'),
        'svc/values.yaml': IMAGES('svc_api'),
        'svc/templates/deployment.yaml': 'image: {{ .Values.images.tags.svc_api }}\n',
      }),
    ).toEqual([]);
  });

  it('asks for a shipped job key only when its job reads it, whatever the toggles say', async () => {
    // octavia upstream: manifests.job_ks_endpoints is true, but no template ships that job.
    expect(
      await findings({
        ...toolkitFiles(),
        'svc/Chart.yaml': TOOLKIT_CHART('svc'),
        'svc/values.yaml': `${IMAGES('dep_check')}manifests:\n  job_ks_endpoints: true\n`,
        'svc/templates/job-ks-user.yaml': '{{ dict "envAll" . "serviceName" "svc" | include "helm-toolkit.manifests.job_ks_user" }}\n',
      }),
    ).toEqual([
      'svc/values.yaml:2:3 images/required-keys/missing: The images map "images.tags" lacks ks_user, needed by templates/job-ks-user.yaml.',
    ]);
  });

  it('keeps the template-and-toggle fallback for a chart without templates', async () => {
    expect(
      await findings({
        'svc/Chart.yaml': TOOLKIT_CHART('svc'),
        'svc/values.yaml': `${IMAGES('svc_api')}manifests:\n  job_db_init: true\n`,
      }),
    ).toEqual([
      'svc/values.yaml:2:3 images/required-keys/missing: The images map "images.tags" lacks dep_check; db_init, needed by manifests.job_db_init.',
    ]);
  });

  it('applies only to charts built on helm-toolkit', async () => {
    expect(
      await findings({ 'svc/Chart.yaml': CHART('svc'), 'svc/values.yaml': `${IMAGES('svc_api')}manifests:\n  job_db_init: true\n` }),
    ).toEqual([]);
  });

  it('says nothing when a read cannot be followed (helm-toolkit not found)', async () => {
    expect(
      await findings({
        'svc/Chart.yaml': TOOLKIT_CHART('svc'),
        'svc/values.yaml': IMAGES('svc_api'),
        'svc/templates/job-db-init.yaml':
          '{{ dict "envAll" . "serviceName" "svc" | include "helm-toolkit.manifests.job_db_init_mysql" }}\n',
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
  it('leave an empty tag to the templates (most default it to the appVersion): nothing said', async () => {
    expect(
      await findings({
        'svc/Chart.yaml': CHART('svc'),
        'svc/values.yaml': 'image:\n  repository: docker.io/library/nginx\n  tag: ""\n',
      }),
    ).toEqual([]);
  });

  it('still report a repository that holds :latest itself beside an empty tag', async () => {
    expect(
      await findings({
        'svc/Chart.yaml': CHART('svc'),
        'svc/values.yaml': 'image:\n  repository: docker.io/library/nginx:latest\n  tag: ""\n',
      }),
    ).toEqual(['svc/values.yaml:2:15 images/no-latest/latest: Image "image" uses the mutable tag ":latest"; pin a version or a digest.']);
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
  it('reports each undefined key, all at the images map, with the line that reads it and how', async () => {
    const found = await findings({
      ...toolkitFiles(),
      'svc/Chart.yaml': TOOLKIT_CHART('svc'),
      'svc/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/b:1\n  pull_policy: Always\n',
      'svc/templates/pod.yaml':
        'image: {{ .Values.images.tags.dep_check }}\nimage: {{ .Values.images.tags.api }}\nimage: {{ index .Values.images.tags "worker" }}\n',
      'svc/templates/job.yaml':
        '{{ tuple . "cron" | include "helm-toolkit.snippets.image" }}\n{{- $x := dict "envAll" . "serviceName" "svc" }}\n{{ include "helm-toolkit.manifests.job_db_sync" $x }}\n',
    });
    expect(found).toEqual([
      'svc/values.yaml:2:3 images/undefined-key/undefined: The templates read image "cron" (templates/job.yaml:1, through include "helm-toolkit.snippets.image"), but "images.tags" does not define it: the container renders with an empty image.',
      'svc/values.yaml:2:3 images/undefined-key/undefined: The templates read image "svc_db_sync" (templates/job.yaml:3, through include "helm-toolkit.manifests.job_db_sync"), but "images.tags" does not define it: the container renders with an empty image.',
      'svc/values.yaml:2:3 images/undefined-key/undefined: The templates read image "api" (templates/pod.yaml:2, read directly), but "images.tags" does not define it: the container renders with an empty image.',
      'svc/values.yaml:2:3 images/undefined-key/undefined: The templates read image "worker" (templates/pod.yaml:3, read by name), but "images.tags" does not define it: the container renders with an empty image.',
    ]);
  });

  it("catches the <service>_db_sync helm-toolkit's db-sync job reads when the values define only db_sync", async () => {
    // tacker upstream: the db-sync job renders an empty image.
    expect(
      await findings({
        ...toolkitFiles(),
        'svc/Chart.yaml': TOOLKIT_CHART('tacker'),
        'svc/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/b:1\n    db_sync: quay.io/a/b:1\n  pull_policy: Always\n',
        'svc/templates/job-db-sync.yaml':
          '{{- $serviceName := "tacker" }}\n{{- $dbSyncJob := dict "envAll" . "serviceName" $serviceName -}}\n{{ $dbSyncJob | include "helm-toolkit.manifests.job_db_sync" }}\n',
      }),
    ).toEqual([
      'svc/values.yaml:2:3 images/undefined-key/undefined: The templates read image "tacker_db_sync" (templates/job-db-sync.yaml:3, through include "helm-toolkit.manifests.job_db_sync"), but "images.tags" does not define it: the container renders with an empty image.',
    ]);
  });

  it('leaves a key images/required-keys reports to it, and a read only a feature switch makes', async () => {
    expect(
      await findings({
        ...toolkitFiles(),
        'svc/Chart.yaml': TOOLKIT_CHART('svc'),
        'svc/values.yaml': 'images:\n  tags:\n    svc_api: quay.io/a/b:1\n  pull_policy: Always\n',
        'svc/templates/job-db-sync.yaml': '{{ dict "envAll" . "serviceName" "svc" | include "helm-toolkit.manifests.job_db_sync" }}\n',
        'svc/templates/deployment.yaml':
          '{{ dict "envAll" . | include "helm-toolkit.snippets.kubernetes_apparmor_loader_init_container" }}\nimage: {{ .Values.images.tags.svc_api }}\n',
      }),
    ).toEqual([
      'svc/values.yaml:2:3 images/required-keys/missing: The images map "images.tags" lacks dep_check, needed by templates/job-db-sync.yaml:1; db_sync (or svc_db_sync), needed by templates/job-db-sync.yaml.',
    ]);
  });
});

describe('images/unused-key', () => {
  it("follows a patched helm-toolkit's own job (StarlingX's job_pre_apply_cleanup) without a table of jobs", async () => {
    const patched =
      '{{- define "helm-toolkit.manifests.job_pre_apply_cleanup" -}}\n{{- $envAll := index . "envAll" -}}\nimage: {{ $envAll.Values.images.tags.pre_apply_cleanup }}\n{{- end -}}\n';
    const files = {
      ...toolkitFiles(),
      'helm-toolkit/templates/manifests/_job-pre-apply-cleanup.tpl': patched,
      'svc/Chart.yaml': TOOLKIT_CHART('svc'),
      'svc/templates/job-pre-apply-cleanup.yaml': '{{ dict "envAll" . | include "helm-toolkit.manifests.job_pre_apply_cleanup" }}\n',
    };
    // Defined and read through the patched define: not unused.
    expect(
      await findings({ ...files, 'svc/values.yaml': 'images:\n  tags:\n    pre_apply_cleanup: quay.io/a/b:1\n  pull_policy: Always\n' }),
    ).toEqual([]);
    // Read and not defined: the empty image it renders.
    expect(
      await findings({ ...files, 'svc/values.yaml': 'images:\n  tags:\n    svc_api: quay.io/a/b:1\n  pull_policy: Always\n' }),
    ).toEqual([
      'svc/values.yaml:2:3 images/undefined-key/undefined: The templates read image "pre_apply_cleanup" (templates/job-pre-apply-cleanup.yaml:1, through include "helm-toolkit.manifests.job_pre_apply_cleanup"), but "images.tags" does not define it: the container renders with an empty image.',
      'svc/values.yaml:3:5 images/unused-key/unused: No template reads image "svc_api"; remove it, or check the templates for a misspelt key.',
    ]);
  });

  it('stays silent when a template picks the key at render time', async () => {
    expect(
      await findings({
        'svc/Chart.yaml': CHART('svc'),
        'svc/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/b:1\n    api: quay.io/a/b:1\n  pull_policy: Always\n',
        'svc/templates/pod.yaml': '{{ range $k, $v := .Values.conf.images }}image: {{ index $.Values.images.tags $k }}{{ end }}\n',
      }),
    ).toEqual([]);
  });

  it('follows a range over a literal list, and reports in override files too', async () => {
    expect(
      await findings({
        // A chart not on helm-toolkit gets chartlint:recommended, where this rule is off.
        '.chartlint.yaml': 'extends: chartlint:openstack-helm\n',
        'svc/Chart.yaml': CHART('svc'),
        'svc/values.yaml': 'images:\n  tags:\n    api: quay.io/a/b:1\n    old: quay.io/a/b:1\n  pull_policy: Always\n',
        'svc/values_overrides/site.yaml': 'images:\n  tags:\n    gone: quay.io/a/b:2\n',
        'svc/templates/pod.yaml': '{{ range $k := list "api" }}image: {{ index $.Values.images.tags $k }}{{ end }}\n',
      }),
    ).toEqual([
      'svc/values.yaml:4:5 images/unused-key/unused: No template reads image "old"; remove it, or check the templates for a misspelt key.',
      'svc/values_overrides/site.yaml:3:5 images/unused-key/unused: No template reads image "gone"; remove it, or check the templates for a misspelt key.',
    ]);
  });

  it("counts what helm-toolkit's jobs read, a feature-switched read included", async () => {
    expect(
      await findings({
        ...toolkitFiles(),
        'svc/Chart.yaml': TOOLKIT_CHART('svc'),
        'svc/values.yaml':
          'images:\n  tags:\n    dep_check: quay.io/a/b:1\n    db_init: quay.io/a/b:1\n    svc_db_sync: quay.io/a/b:1\n    apparmor_loader: quay.io/a/b:1\n  pull_policy: Always\n',
        'svc/templates/job-db-init.yaml':
          '{{ dict "envAll" . "serviceName" "svc" | include "helm-toolkit.manifests.job_db_init_mysql" }}\n',
        'svc/templates/job-db-sync.yaml': '{{ dict "envAll" . "serviceName" "svc" | include "helm-toolkit.manifests.job_db_sync" }}\n',
        'svc/templates/pod.yaml': '{{ dict "envAll" . | include "helm-toolkit.snippets.kubernetes_apparmor_loader_init_container" }}\n',
      }),
    ).toEqual([]);
  });

  it('never asks to remove the key that meets a required-keys need', async () => {
    // The job reads svc_db_sync; db_sync is unread, but it is what images/required-keys accepts for db_sync.
    expect(
      await findings({
        ...toolkitFiles(),
        'svc/Chart.yaml': TOOLKIT_CHART('svc'),
        'svc/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/b:1\n    db_sync: quay.io/a/b:1\n  pull_policy: Always\n',
        'svc/templates/job-db-sync.yaml': '{{ dict "envAll" . "serviceName" "svc" | include "helm-toolkit.manifests.job_db_sync" }}\n',
      }),
    ).toEqual([
      'svc/values.yaml:2:3 images/undefined-key/undefined: The templates read image "svc_db_sync" (templates/job-db-sync.yaml:1, through include "helm-toolkit.manifests.job_db_sync"), but "images.tags" does not define it: the container renders with an empty image.',
    ]);
  });

  it('stays silent when an include cannot be followed', async () => {
    expect(
      await findings({
        'svc/Chart.yaml': TOOLKIT_CHART('svc'),
        'svc/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/b:1\n  pull_policy: Always\n',
        'svc/templates/job-db-sync.yaml': '{{ dict "envAll" . "serviceName" "svc" | include "helm-toolkit.manifests.job_db_sync" }}\n',
      }),
    ).toEqual([]);
  });
});
