/** How values spell images outside helm-toolkit's section, and what Kubernetes does with an empty policy. */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { kubernetesDefaultPolicy } from '../src/images/pull-policy.js';
import { CHART, makeTree } from './helpers/tree.js';

async function findings(files: Record<string, string>): Promise<string[]> {
  const result = await lint({ paths: ['app'], cwd: makeTree(files) });
  return result.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}/${d.messageId}`);
}

const DEPLOYMENT = 'kind: Deployment\nspec: {}\n';

describe('a registry the templates join in', () => {
  const values = 'image:\n  repository: example/app\n  tag: "1.0"\n';

  // A generic chart: chartlint:recommended, where images/fully-qualified is a warning.
  it('judges a registry-less object when the templates add no registry', async () => {
    expect(await findings({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': values, 'app/templates/d.yaml': DEPLOYMENT })).toEqual([
      '2:15 warning images/fully-qualified/unqualified',
    ]);
  });

  it('leaves it to the render when the templates read a global registry', async () => {
    const template = 'image: "{{ .Values.global.imageRegistry }}/{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n';
    expect(await findings({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': values, 'app/templates/d.yaml': template })).toEqual([]);
  });

  it('without templates, takes a global registry key in the values as the sign', async () => {
    const withGlobal = `global:\n  image:\n    registry: registry.example.com\n${values}`;
    expect(await findings({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': withGlobal })).toEqual([]);
    expect(await findings({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': values })).toEqual([
      '2:15 warning images/fully-qualified/unqualified',
    ]);
  });

  it('leaves an object with a registry key of its own, even empty, to the render', async () => {
    const own = 'image:\n  registry: ""\n  repository: example/app\n  tag: "1.0"\n';
    expect(await findings({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': own })).toEqual([]);
  });
});

describe('tags written beside the image', () => {
  it('reads image + tag / imageTag / digest siblings as one reference', async () => {
    const values = [
      'api:',
      '  image: docker.io/example/api',
      '  imageTag: "2.0"',
      'worker:',
      '  image: docker.io/example/worker',
      '  tag: latest',
      'cron:',
      '  image: docker.io/example/cron',
      '  digest: sha256:d2fbc4ec70d8aa2050dd91a91506e998765e86c96f32cffb56c503c9c34eed5b',
      '',
    ].join('\n');
    expect(await findings({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': values })).toEqual(['6:8 error images/no-latest/latest']);
  });

  it('reads a plain image string as before when nothing is beside it', async () => {
    expect(await findings({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': 'api:\n  image: docker.io/example/api\n' })).toEqual([
      '2:10 error images/no-latest/untagged',
    ]);
  });

  it('says nothing of an empty image string: the template default applies', async () => {
    expect(await findings({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': 'api:\n  image: ""\n' })).toEqual([]);
  });
});

describe('a flat images map', () => {
  const values = 'images:\n  server:\n    repository: docker.io/example/server\n    tag: latest\n';

  it('holds image objects in a chart without helm-toolkit', async () => {
    expect(await findings({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': values })).toEqual(['4:10 error images/no-latest/latest']);
  });

  it('is the images section in a chart built on helm-toolkit', async () => {
    const chart = `${CHART('app')}dependencies:\n  - name: helm-toolkit\n    repository: file://../helm-toolkit\n    version: ">= 0.1.0"\n`;
    const flat = 'images:\n  server: docker.io/example/server:latest\n  pull_policy: IfNotPresent\n';
    expect(await findings({ 'app/Chart.yaml': chart, 'app/values.yaml': flat })).toContain('2:36 error images/no-latest/latest');
  });
});

describe('build placeholders', () => {
  it('are filled in before packaging: said once, not judged', async () => {
    const values =
      'images:\n  tags:\n    dep_check: quay.io/airshipit/kubernetes-entrypoint:v1.0.0\n    api: docker.io/starlingx/stx-api:@IMAGE_PREFIX@-@BUILD_STREAM@\n  pull_policy: IfNotPresent\n';
    expect(await findings({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': values })).toEqual([
      '4:10 info images/templated-reference/buildPlaceholder',
    ]);
  });
});

describe('an empty pull policy', () => {
  it("is, in helm-toolkit's images map, a warning that says what Kubernetes applies", async () => {
    const values = 'images:\n  tags:\n    dep_check: quay.io/airshipit/kubernetes-entrypoint:v1.0.0\n  pull_policy: ""\n';
    const root = makeTree({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': values });
    const [finding, ...rest] = (await lint({ paths: ['app'], cwd: root })).diagnostics;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'images/pull-policy', line: 4, column: 16, severity: 'warning' });
    expect(finding?.message).toBe(
      '"images.pull_policy" is empty; Kubernetes then applies its default: Always for an image tagged :latest or untagged, else IfNotPresent. Set it to say which.',
    );
  });

  it('is, in an image object, the Helm idiom for "the default", and not reported', async () => {
    const values = 'image:\n  repository: docker.io/example/app\n  tag: "1.0"\n  pullPolicy: ""\n';
    const root = makeTree({ 'app/Chart.yaml': CHART('app'), 'app/values.yaml': values });
    expect((await lint({ paths: ['app'], cwd: root })).diagnostics).toEqual([]);
  });

  it("follows the API server's defaulting", () => {
    expect(kubernetesDefaultPolicy('docker.io/x/y:1.0')).toBe('IfNotPresent');
    expect(kubernetesDefaultPolicy('docker.io/x/y:latest')).toBe('Always');
    expect(kubernetesDefaultPolicy('docker.io/x/y')).toBe('Always');
    expect(kubernetesDefaultPolicy('docker.io/x/y@sha256:d2fbc4ec70d8aa2050dd91a91506e998765e86c96f32cffb56c503c9c34eed5b')).toBe(
      'IfNotPresent',
    );
    expect(kubernetesDefaultPolicy('{{ .Values.image }}')).toBeUndefined();
  });
});

const DIGEST = 'sha256:d2fbc4ec70d8aa2050dd91a91506e998765e86c96f32cffb56c503c9c34eed5b';
const HEX = 'd2fbc4ec70d8aa2050dd91a91506e998765e86c96f32cffb56c503c9c34eed5b';
const lintValues = (values: string, extra: Record<string, string> = {}, chart = CHART('app')): Promise<string[]> =>
  findings({ 'app/Chart.yaml': chart, 'app/values.yaml': values, ...extra });

describe('split image keys, in every arrangement', () => {
  it('joins image: {repository, tag} and {repository, imageTag}', async () => {
    expect(await lintValues('image:\n  repository: docker.io/x/app\n  tag: latest\n')).toEqual(['3:8 error images/no-latest/latest']);
    expect(await lintValues('image:\n  repository: docker.io/x/app\n  imageTag: latest\n')).toEqual(['3:13 error images/no-latest/latest']);
    expect(await lintValues('image:\n  repository: docker.io/x/app\n  imageTag: "1.0"\n')).toEqual([]);
  });

  it('joins registry + image + tag (+ digest), as ingress-nginx writes them', async () => {
    expect(await lintValues('image:\n  registry: quay.io\n  image: x/app\n  tag: latest\n')).toEqual(['4:8 error images/no-latest/latest']);
    expect(await lintValues(`image:\n  registry: quay.io\n  image: x/app\n  tag: latest\n  digest: ${DIGEST}\n`)).toEqual([]);
  });

  it('reads a {repository, tag} map under any key when a pull policy, registry or digest marks it as an image', async () => {
    expect(await lintValues('rbacProxy:\n  repository: docker.io/x/proxy\n  tag: latest\n  pullPolicy: IfNotPresent\n')).toEqual([
      '3:8 error images/no-latest/latest',
    ]);
    expect(await lintValues('rbacProxy:\n  repository: x/proxy\n  tag: "1.0"\n  pullPolicy: IfNotPresent\n')).toEqual([
      '2:15 warning images/fully-qualified/unqualified',
    ]);
    // Nothing else marks it: a backup repository with a tag is not an image.
    expect(await lintValues('backup:\n  repository: my-backups\n  tag: latest\n')).toEqual([]);
  });

  it('says nothing of an image with a digest beside an imageTag of hex: the template decides how they join', async () => {
    expect(await lintValues(`worker:\n  image: docker.io/x/worker@${DIGEST}\n  imageTag: ${HEX.slice(0, 40)}\n`)).toEqual([]);
    expect(await lintValues(`image:\n  repository: docker.io/x/worker@${DIGEST}\n  tag: "1.0"\n`)).toEqual([]);
  });

  it("reads grafana's sha: beside the tag as the digest", async () => {
    expect(await lintValues(`image:\n  registry: docker.io\n  repository: grafana/renderer\n  tag: latest\n  sha: ${HEX}\n`)).toEqual([]);
    expect(await lintValues('image:\n  registry: docker.io\n  repository: grafana/renderer\n  tag: latest\n  sha: ""\n')).toEqual([
      '4:8 error images/no-latest/latest',
    ]);
  });
});

describe('a repository that holds its tag', () => {
  it('is the reference as written when the tag is empty', async () => {
    expect(await lintValues('image:\n  repository: docker.io/x/app:latest\n  tag: ""\n')).toEqual(['2:15 error images/no-latest/latest']);
    expect(await lintValues('image:\n  repository: docker.io/x/app:nightly\n')).toEqual(['2:15 warning images/floating-tag/floating']);
    expect(await lintValues('image:\n  repository: docker.io/x/app:1.0\n  tag: ""\n')).toEqual([]);
  });

  it("with a tag of its own set too, is the templates' to join: no syntax error, nothing said", async () => {
    expect(await lintValues('image:\n  repository: docker.io/x/app:1.0\n  tag: "2.0"\n')).toEqual([]);
    expect(await lintValues('image:\n  repository: x/app:latest\n  tag: latest\n')).toEqual([]);
    expect(await lintValues('api:\n  image: docker.io/x/app:1.0\n  tag: "2.0"\n')).toEqual([]);
  });
});

describe('a tag left to the templates', () => {
  it('is not "no tag" when the tag is empty, with or without an appVersion', async () => {
    const values = 'image:\n  repository: docker.io/x/app\n  tag: ""\n';
    const template = 'image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"\n';
    expect(await lintValues(values, { 'app/templates/d.yaml': template }, `${CHART('app')}appVersion: "1.4.2"\n`)).toEqual([]);
    expect(await lintValues(values)).toEqual([]);
    expect(await lintValues('image:\n  repository: docker.io/x/app\n')).toEqual([]);
    expect(await lintValues('api:\n  image: docker.io/x/app\n  imageTag: ""\n')).toEqual([]);
  });

  it('is not "no tag" when a version key beside the image string may be its tag', async () => {
    expect(await lintValues('api:\n  image: docker.io/x/api\n  version: "1.2"\n')).toEqual([]);
    expect(await lintValues('api:\n  image: docker.io/x/api\n  imageVersion: ""\n')).toEqual([]);
  });

  it('is not "no tag" when the templates write a tag after the value', async () => {
    const values = 'api:\n  image: docker.io/x/api\n';
    const appends = 'image: "{{ .Values.api.image }}:{{ .Chart.AppVersion }}"\n';
    expect(await lintValues(values, { 'app/templates/d.yaml': appends })).toEqual([]);
    const printf = 'image: {{ printf "%s:%s" .Values.api.image .Chart.AppVersion | quote }}\n';
    expect(await lintValues(values, { 'app/templates/d.yaml': printf })).toEqual([]);
    const printfRegistry = 'image: {{ printf "%s/%s" .Values.registry .Values.api.image }}\n';
    expect(await lintValues(values, { 'app/templates/d.yaml': printfRegistry })).toEqual(['2:10 error images/no-latest/untagged']);
    expect(await lintValues(values, { 'app/templates/d.yaml': 'image: "{{ .Values.api.image }}"\n' })).toEqual([
      '2:10 error images/no-latest/untagged',
    ]);
  });
});

describe('registries from global values', () => {
  const values = 'controller:\n  image:\n    image: ingress-nginx/controller\n    tag: "v1.12.1"\n';
  const merge =
    '{{- with (merge .Values.controller.image .Values.global.image) }}\nimage: {{ .registry }}/{{ .image }}:{{ .tag }}\n{{- end }}\n';

  it('come from global.image.registry when the templates read .Values.global', async () => {
    const global = 'global:\n  image:\n    registry: registry.k8s.io\n';
    expect(await lintValues(global + values, { 'app/templates/d.yaml': merge })).toEqual([]);
  });

  it('are not there when the global registry is empty: the defaults render the short name', async () => {
    const global = 'global:\n  image:\n    registry: null\n';
    expect(await lintValues(global + values, { 'app/templates/d.yaml': merge })).toEqual([
      '6:12 warning images/fully-qualified/unqualified',
    ]);
  });

  it("come from global.imageRegistry through bitnami's common.images.image helper", async () => {
    const bitnami = 'global:\n  imageRegistry: docker.io\nimage:\n  repository: bitnami/nginx\n  tag: 1.29.1\n';
    const helper = 'image: {{ include "common.images.image" (dict "imageRoot" .Values.image "global" .Values.global) }}\n';
    expect(await lintValues(bitnami, { 'app/templates/d.yaml': helper })).toEqual([]);
    // The templates never read the global: the registry-less default renders.
    expect(
      await lintValues(bitnami, { 'app/templates/d.yaml': 'image: {{ .Values.image.repository }}:{{ .Values.image.tag }}\n' }),
    ).toEqual(['4:15 warning images/fully-qualified/unqualified']);
  });
});

describe('a registry the templates read for one image', () => {
  const values = 'image:\n  repository: example/app\n  tag: "1.0"\nsidecar:\n  image:\n    repository: example/sidecar\n    tag: "1.0"\n';

  it('with a default of their own, leaves that image to the render and judges the others', async () => {
    const template = [
      'image: {{ .Values.image.registry | default "docker.io" }}/{{ .Values.image.repository }}:{{ .Values.image.tag }}',
      'image: {{ .Values.sidecar.image.repository }}:{{ .Values.sidecar.image.tag }}',
      '',
    ].join('\n');
    expect(await lintValues(values, { 'app/templates/d.yaml': template })).toEqual(['6:17 warning images/fully-qualified/unqualified']);
  });

  it('through a helper that reads a registry, or a with block', async () => {
    const helper = '{{- define "app.image" -}}\n{{ .registry | default "docker.io" }}/{{ .repository }}:{{ .tag }}\n{{- end }}\n';
    const uses = [
      'image: {{ include "app.image" .Values.image }}',
      '{{- with .Values.sidecar.image }}',
      'image: {{ .registry | default "quay.io" }}/{{ .repository }}:{{ .tag }}',
      '{{- end }}',
      '',
    ].join('\n');
    expect(await lintValues(values, { 'app/templates/_helpers.tpl': helper, 'app/templates/d.yaml': uses })).toEqual([]);
  });
});

describe("a parent chart's global registry", () => {
  it('reaches a vendored sub-chart whose templates read the global, and no other', async () => {
    const sub = 'image:\n  repository: grafana/loki\n  tag: "3.0"\n';
    const reads = {
      'app/charts/loki/templates/d.yaml': 'image: {{ .Values.global.image.reg | default "" }}{{ .Values.image.repository }}\n',
    };
    const files = (parentValues: string): Record<string, string> => ({
      'app/Chart.yaml': `${CHART('app')}dependencies:\n  - name: loki\n    version: 0.1.0\n`,
      'app/values.yaml': parentValues,
      'app/charts/loki/Chart.yaml': CHART('loki'),
      'app/charts/loki/values.yaml': sub,
      ...reads,
    });
    expect(await findings(files('global:\n  imageRegistry: docker.io\n'))).toEqual([]);
    expect(await findings(files('global:\n  imageRegistry: ""\n'))).toEqual(['2:15 warning images/fully-qualified/unqualified']);
  });
});

describe("a dependency's defaults", () => {
  const chart = `${CHART('app')}dependencies:\n  - name: postgresql\n    version: 1.0.0\n    repository: https://charts.example.com\n  - name: cache\n    alias: redis\n    version: 1.0.0\n    repository: https://charts.example.com\n`;

  it('supply the registry and tag a parent override leaves out', async () => {
    const values = 'postgresql:\n  image:\n    repository: bitnami/postgresql\nredis:\n  image: example/redis\n';
    expect(await lintValues(values, {}, chart)).toEqual([]);
  });

  it('apply under a vendored chart folder or a packaged chart too, and nowhere else', async () => {
    const values =
      'sub:\n  image:\n    repository: example/sub\npkg:\n  image:\n    repository: example/pkg\nown:\n  image:\n    repository: example/own\n    tag: "1.0"\n';
    const vendored = { 'app/charts/sub/Chart.yaml': CHART('sub'), 'app/charts/pkg-1.2.3.tgz': 'not read' };
    expect(await lintValues(values, vendored)).toEqual(['9:17 warning images/fully-qualified/unqualified']);
  });

  it("are each chart's own in a run of several charts, for every values file of each", async () => {
    const values = 'sub:\n  image:\n    repository: example/sub\n';
    const result = await lint({
      paths: ['a', 'b'],
      cwd: makeTree({
        'a/Chart.yaml': CHART('a'),
        'a/values.yaml': values,
        'a/values-prod.yaml': values,
        'a/charts/sub/Chart.yaml': CHART('sub'),
        'b/Chart.yaml': CHART('b'),
        'b/values.yaml': values,
        'b/values-prod.yaml': values,
      }),
    });
    // Only b has no sub chart to supply the registry and tag.
    expect(result.diagnostics.map((d) => `${d.file} ${d.ruleId}`).sort()).toEqual([
      'b/values-prod.yaml images/fully-qualified',
      'b/values.yaml images/fully-qualified',
    ]);
  });
});

describe('maps and strings merely named image', () => {
  it('are not image references', async () => {
    expect(await lintValues('image:\n  pullSecrets:\n    - name: regcred\n')).toEqual([]);
    expect(await lintValues('image:\n  debug: true\n')).toEqual([]);
    expect(await lintValues('vm:\n  image: https://cloud-images.example.com/jammy.img\n')).toEqual([]);
    expect(await lintValues('image:\n  repository: https://github.com/example/app\n  tag: v1\n')).toEqual([]);
  });
});

describe('imagePullPolicy keys', () => {
  it('are judged at the top, in image objects and anywhere else, like pullPolicy', async () => {
    const values = [
      'imagePullPolicy: ifnotpresent',
      'image:',
      '  repository: docker.io/x/app',
      '  tag: "1.0"',
      '  imagePullPolicy: Sometimes',
      'csi:',
      '  imagePullPolicy: IfNotPresent',
      'sidecar:',
      '  imagePullPolicy: "Always "',
      'pullPolicy: never',
      '',
    ].join('\n');
    expect(await lintValues(values)).toEqual([
      '1:18 error images/pull-policy/wrongCase',
      '5:20 error images/pull-policy/invalid',
      '9:20 error images/pull-policy/whitespace',
      '10:13 error images/pull-policy/wrongCase',
    ]);
  });

  it('that are empty are the Helm idiom for the default, and not reported', async () => {
    expect(await lintValues('imagePullPolicy: ""\nworker:\n  imagePullPolicy:\n')).toEqual([]);
  });
});

describe('floating tags of the popular images', () => {
  it("reports nginx's mainline and stable variants and Jenkins' lts lines, not a version that starts alike", async () => {
    expect(await lintValues('image: docker.io/library/nginx:stable-alpine\n')).toEqual(['1:32 warning images/floating-tag/floating']);
    expect(await lintValues('image: docker.io/library/nginx:mainline-alpine\n')).toEqual(['1:32 warning images/floating-tag/floating']);
    expect(await lintValues('image: docker.io/jenkins/jenkins:lts-jdk17\n')).toEqual(['1:34 warning images/floating-tag/floating']);
    expect(await lintValues('image: docker.io/library/nginx:1.27-alpine\n')).toEqual([]);
    expect(await lintValues('image: docker.io/library/ltsp:5.18\n')).toEqual([]);
  });
});
