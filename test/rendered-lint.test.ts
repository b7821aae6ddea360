/**
 * A warm --render run reads each rendered stream's findings back (src/engine/rendered-lint.ts) instead of
 * linting the stream again: the same findings as a cold run, and never stale ones when anything they
 * depend on changed.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, type Diagnostic } from '../src/index.js';
import { readRenderedLint, writeRenderedLint } from '../src/engine/rendered-lint.js';
import { testHelm } from './helpers/helm.js';
import { CHART, makeTree } from './helpers/tree.js';

const fixtures = path.resolve(import.meta.dirname, '../charts-fixtures/render');

function workspace(): { root: string; cache: string; env: NodeJS.ProcessEnv } {
  const root = makeTree({ '.chartlint.yaml': 'extends: chartlint:openstack-helm\n' });
  cpSync(fixtures, path.join(root, 'render'), { recursive: true });
  const cache = path.join(root, '.cache');
  return { root, cache, env: { CHARTLINT_CACHE_DIR: cache, CHARTLINT_HELM: testHelm(), PATH: '' } };
}

/** A run over the orbit chart with the given render cache. */
const run = (root: string, env: NodeJS.ProcessEnv) => lint({ paths: ['render/orbit'], render: true, cwd: root, env });

/** The same run with an empty cache: what a warm run must equal. */
const coldRun = (root: string, env: NodeJS.ProcessEnv) => run(root, { ...env, CHARTLINT_CACHE_DIR: makeTree({}) });

const brief = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column} ${d.ruleId}`;

/** Each kept stream lint: name -> bytes. */
function entries(cache: string): Map<string, string> {
  const dir = path.join(cache, 'renders');
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.lint'))
      .map((name) => [name, readFileSync(path.join(dir, name)).toString('base64')]),
  );
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

/** A run, a change to the workspace, a warm run, and a cold run of the changed workspace to compare with. */
async function aroundChange(change: (root: string) => void) {
  const { root, env } = workspace();
  const before = await run(root, env);
  change(root);
  const warm = await run(root, env);
  return { before: before.diagnostics.map(brief), warm, cold: await coldRun(root, env) };
}

beforeAll(() => {
  testHelm();
});

describe('the rendered stream findings a warm run reads back', () => {
  it('are those of the cold run, read back without linting the stream again', async () => {
    const { root, cache, env } = workspace();
    const cold = await run(root, env);
    const kept = entries(cache);
    expect(kept.size).toBe(1);
    const warm = await run(root, env);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
    // Linting the stream again would have written its entry again.
    expect(entries(cache)).toEqual(kept);
    // The rendered stream's own finding is there, with its template.
    expect(warm.diagnostics.some((d) => d.related?.some((r) => r.message.startsWith('In the rendered orbit chart')))).toBe(true);
  });

  it('are linted again when a template changes', async () => {
    const { before, warm, cold } = await aroundChange((root) =>
      edit(
        path.join(root, 'render/orbit/templates/deployment-api.yaml'),
        '      containers:\n',
        '      containers:\n        - name: sidecar\n          image: quay.io/airshipit/sidecar:latest\n',
      ),
    );
    expect(warm.diagnostics.map(brief)).not.toEqual(before);
    expect(warm.diagnostics.map(brief)).toContain('render/orbit/templates/deployment-api.yaml:18:1 images/no-latest');
    expect(warm.diagnostics).toEqual(cold.diagnostics);
  });

  it('are linted again when a template of a local dependency changes', async () => {
    const { before, warm, cold } = await aroundChange((root) =>
      edit(path.join(root, 'render/toolkit/templates/_image.tpl'), 'image: {{ .image }}', 'image: {{ .image }}-dev'),
    );
    expect(warm.diagnostics.map(brief)).not.toEqual(before);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
  });

  it('are linted again when a values file changes', async () => {
    const { before, warm, cold } = await aroundChange((root) =>
      edit(path.join(root, 'render/orbit/values.yaml'), 'orbit:latest', 'orbit:2026.1'),
    );
    expect(before).toContain('render/orbit/values.yaml:4:40 images/no-latest');
    expect(warm.diagnostics.map(brief)).not.toContain('render/orbit/values.yaml:4:40 images/no-latest');
    expect(warm.diagnostics).toEqual(cold.diagnostics);
  });

  it('are linted again when the config changes, though the render is the same', async () => {
    const { root, env } = workspace();
    const template = path.join(root, 'render/orbit/templates/deployment-api.yaml');
    edit(
      template,
      '      containers:\n',
      '      containers:\n        - name: sidecar\n          image: quay.io/airshipit/sidecar:latest\n',
    );
    const before = await run(root, env);
    expect(before.diagnostics.map(brief)).toContain('render/orbit/templates/deployment-api.yaml:18:1 images/no-latest');
    writeFileSync(path.join(root, '.chartlint.yaml'), 'extends: chartlint:openstack-helm\nrules:\n  images/no-latest: off\n');
    const warm = await run(root, env);
    expect(warm.diagnostics.filter((d) => d.ruleId === 'images/no-latest')).toEqual([]);
    expect(warm.diagnostics).toEqual((await coldRun(root, env)).diagnostics);
  });

  it('are linted again when the entry is damaged', async () => {
    const { root, cache, env } = workspace();
    const cold = await run(root, env);
    const [name] = entries(cache).keys();
    const file = path.join(cache, 'renders', name!);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(file, bytes);
    const warm = await run(root, env);
    expect(warm.diagnostics).toEqual(cold.diagnostics);
    // Linted again, and kept again as it should be.
    expect(readFileSync(file).equals(bytes)).toBe(false);
  });
});

describe('the sensitive values a kept stream lint saw', () => {
  it('are scrubbed from the output of a warm run as from a cold one', async () => {
    // A value only the rendered stream shows as sensitive, which another chart's failure quotes (--debug).
    const planted = 'Xq7vTemplatePlanted9';
    const root = makeTree({
      'keep/Chart.yaml': CHART('keep'),
      'keep/templates/deploy.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: keep
spec:
  template:
    spec:
      containers:
        - name: keep
          image: quay.io/keep/keep:1.0
          env:
            - name: DB_PASSWORD
              value: "${planted}"
`,
      'fails/Chart.yaml': CHART('fails'),
      'fails/templates/job.yaml': `{{ fail "cannot use ${planted} here" }}\n`,
    });
    const env = { CHARTLINT_CACHE_DIR: path.join(root, '.cache'), CHARTLINT_HELM: testHelm(), PATH: '' };
    const runBoth = () => lint({ paths: ['keep', 'fails'], render: true, debug: true, cwd: root, env });
    const cold = await runBoth();
    const warm = await runBoth();
    const failed = (result: typeof cold) => result.diagnostics.find((d) => d.ruleId === 'manifests/render-failed')!.message;
    expect(failed(cold)).toContain('cannot use [redacted] here');
    expect(failed(warm)).toBe(failed(cold));
    expect(JSON.stringify(warm)).not.toContain(planted);
  });
});

describe('a kept stream lint', () => {
  const lintOf = { diagnostics: [], withdrawn: ['a\u00001\u00001\u0000images/no-latest'], summaries: { rule: { n: undefined } } };

  it('keeps the sensitive values its lint saw as places in the stream, and reads them back', () => {
    const file = path.join(makeTree({}), 'renders', 'k.lint');
    const text = 'password: s3cr3t-value\ntoken: another-one\n';
    writeRenderedLint(file, 'key', text, lintOf, ['another-one', 's3cr3t-value']);
    expect(readFileSync(file).includes('s3cr3t-value')).toBe(false);
    const read = readRenderedLint(file, 'key', text);
    expect(read?.seen).toEqual(['another-one', 's3cr3t-value']);
    expect(read?.lint.withdrawn).toEqual(lintOf.withdrawn);
    // undefined survives, as it does between the engine's threads.
    expect(Object.hasOwn(read!.lint.summaries.rule as object, 'n')).toBe(true);
    expect(readRenderedLint(file, 'another key', text)).toBeUndefined();
  });

  it('is not kept when a sensitive value is not written as it is in the stream', () => {
    const file = path.join(makeTree({}), 'renders', 'k.lint');
    writeRenderedLint(file, 'key', 'password: "s3cr3t\\tvalue"\n', lintOf, ['s3cr3t\tvalue']);
    expect(readRenderedLint(file, 'key', 'password: "s3cr3t\\tvalue"\n')).toBeUndefined();
  });
});
