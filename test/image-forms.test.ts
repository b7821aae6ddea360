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
