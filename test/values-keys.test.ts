/** Which charts' values may hold a key: the facts pass over the rest (their image reads cost the most). */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { mayHoldKey } from '../src/engine/values-keys.js';
import { makeTree, TOOLKIT_CHART, toolkitFiles } from './helpers/tree.js';

describe('whether a values text may hold a key', () => {
  it('is true for every way of writing the key', () => {
    for (const text of [
      'images:\n  tags: {}\n',
      '  images :\n',
      '"images": {}\n',
      "'images': {}\n",
      '{a: 1, images: {tags: {}}}\n',
      'a: 1 # images: in a comment after a value counts too\n',
      '? images\n: {}\n',
      'k: &k images\n*k : {}\n',
      '"\\x69mages": {}\n',
      '# a comment\rimages:\r  tags: {}\r',
    ])
      expect(mayHoldKey(text, 'images'), text).toBe(true);
  });

  it('is false where the word is only in comments, values and other keys', () => {
    for (const text of [
      '## ref: https://kubernetes.io/docs/concepts/containers/images/#pre-pulled-images\nimage: x\n',
      '# images:\n  # images: {}\nimage:\n  registry: docker.io\n',
      'description: custom images. Use array form\n',
      'imagesx: 1\nmy_images_list:\n  - a\n',
      '',
    ])
      expect(mayHoldKey(text, 'images'), text).toBe(false);
  });
});

describe('a chart whose values.yaml has no images section', () => {
  const template = 'kind: Deployment\nimage: {{ .Values.images.tags.api }}\n';
  const tree = (override: string) =>
    makeTree({
      'app/Chart.yaml': TOOLKIT_CHART('app'),
      'app/values.yaml': 'replicas: 1\n',
      'app/values_overrides/prod.yaml': override,
      'app/templates/deployment.yaml': template,
      ...toolkitFiles(),
    });
  const unused = async (cwd: string, stdin?: { text: string; file: string }) => {
    const result = await lint({ paths: ['app'], cwd, ...(stdin ? { stdin: stdin.text, stdinFilename: stdin.file } : {}) });
    return result.diagnostics.filter((d) => d.ruleId === 'images/unused-key').map((d) => `${d.file}:${d.line}`);
  };
  const images = 'images:\n  tags:\n    api: quay.io/example/api:1.0\n    ghost: quay.io/example/ghost:1.0\n';

  it("still has its templates' image reads when an override file of the chart has one", async () => {
    // Only ghost is unused: without the reads, api would be reported too.
    expect(await unused(tree(images))).toEqual(['app/values_overrides/prod.yaml:4']);
  });

  it("still has them when an editor's buffer for one of its files has one", async () => {
    expect(await unused(tree('replicas: 2\n'), { text: images, file: 'app/values_overrides/prod.yaml' })).toEqual([
      'app/values_overrides/prod.yaml:4',
    ]);
  });
});
