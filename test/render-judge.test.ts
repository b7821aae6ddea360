/** The render as the judge of values image findings, with the real helm; and the linking rule itself. */
import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { contradictedRules, nameOf, renderedFrom } from '../src/engine/render-judge.js';
import { collectContainerImages } from '../src/images/container-images.js';
import { collectImages } from '../src/images/values-images.js';
import { lint, type Diagnostic } from '../src/index.js';
import { findContainers } from '../src/manifests/pods.js';
import { parseYamlValues } from '../src/sources/yaml.js';
import { testHelm } from './helpers/helm.js';
import { CHART, makeTree } from './helpers/tree.js';

beforeAll(() => {
  testHelm();
});

const brief = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column} ${d.ruleId}`;

function deployment(image: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: app',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: app',
    `          image: ${image}`,
    '',
  ].join('\n');
}

async function run(template: string, values: string): Promise<Diagnostic[]> {
  const root = makeTree({
    'app/Chart.yaml': `${CHART('app')}appVersion: "1.4.2"\n`,
    'app/values.yaml': values,
    'app/templates/deployment.yaml': deployment(template),
  });
  const env = { CHARTLINT_CACHE_DIR: path.join(root, '.cache'), CHARTLINT_HELM: testHelm(), PATH: '' };
  const result = await lint({ paths: ['app'], render: true, cwd: root, env });
  return result.diagnostics.filter((d) => d.ruleId.startsWith('images/') || d.ruleId.startsWith('manifests/'));
}

const OBJECT = 'image:\n  repository: example/app\n  tag: ""\n';

describe('--render judges values image findings', () => {
  it('withdraws "no registry" when the template puts one in front', async () => {
    const found = await run(
      '"registry.example.com/{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
      OBJECT,
    );
    expect(found.map(brief)).toEqual([]);
  });

  it('reports a problem found in values and in the render once, at the values part, with the template related', async () => {
    const found = await run('"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"', OBJECT);
    expect(found.map(brief)).toEqual(['app/values.yaml:2:15 images/fully-qualified']);
    expect(found[0]!.related).toEqual([expect.objectContaining({ file: 'app/templates/deployment.yaml', line: 9, column: 1 })]);
  });

  it('keeps a values finding nothing rendered from (a component switched off)', async () => {
    const values = `${OBJECT}extra:\n  enabled: false\n  image: example/extra:2.0\n`;
    const found = await run(
      '"registry.example.com/{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
      values,
    );
    expect(found.map(brief)).toEqual(['app/values.yaml:6:10 images/fully-qualified']);
  });

  it('withdraws "no tag" when the template adds one', async () => {
    const values = 'api:\n  image: docker.io/example/api\n';
    const found = await run('"{{ .Values.api.image }}:{{ .Chart.AppVersion }}"', values);
    expect(found.map(brief)).toEqual([]);
  });
});

describe('which rendered image comes from which values image', () => {
  it('names a repository without tag or digest', () => {
    expect(nameOf('localhost:5000/a/b:1.0@sha256:abc')).toBe('localhost:5000/a/b');
    expect(nameOf('a/b')).toBe('a/b');
    expect(nameOf('localhost:5000/a')).toBe('localhost:5000/a');
  });

  it('links the same repository behind a registry, and the same tag where the values write one', async () => {
    const doc = await parseYamlValues('a:\n  image: example/app:1.0\nb:\n  image: example/app\n', {
      maxExpandedNodes: 1e5,
      maxNestingDepth: 64,
    });
    const [pinned, bare] = collectImages(doc.root, { text: '', appVersion: undefined }).images;
    expect(renderedFrom(pinned!, 'registry.example.com/example/app:1.0')).toBe(true);
    expect(renderedFrom(pinned!, 'registry.example.com/example/app:2.0')).toBe(false);
    expect(renderedFrom(pinned!, 'registry.example.com/other/app:1.0')).toBe(false);
    expect(renderedFrom(bare!, 'docker.io/example/app:3.1')).toBe(true);
  });

  it('withdraws only what every image built from the value passes', async () => {
    const values = await parseYamlValues('image: example/app\n', { maxExpandedNodes: 1e5, maxNestingDepth: 64 });
    const [site] = collectImages(values.root, { text: 'image: example/app\n', appVersion: undefined }).images;
    const stream = `${deployment('registry.example.com/example/app:1.0')}---\n${deployment('example/app:latest')}`;
    const rendered = await parseYamlValues(stream.split('---\n')[0]!, { maxExpandedNodes: 1e5, maxNestingDepth: 64 });
    const both = await parseYamlValues(stream.split('---\n')[1]!, { maxExpandedNodes: 1e5, maxNestingDepth: 64 });
    const images = (doc: typeof rendered, text: string) => collectContainerImages(findContainers([doc]), text).images;
    expect(contradictedRules(site!, images(rendered, stream.split('---\n')[0]!))).toEqual([
      'images/fully-qualified',
      'images/no-latest',
      'images/reference-syntax',
    ]);
    expect(contradictedRules(site!, [...images(rendered, stream.split('---\n')[0]!), ...images(both, stream.split('---\n')[1]!)])).toEqual([
      'images/reference-syntax',
    ]);
  });
});
