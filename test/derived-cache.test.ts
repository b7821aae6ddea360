/**
 * With `--cache`, what facts derive from a chart's values text is kept across runs (src/engine/derived-cache.ts):
 * a rerun gives the findings of a plain run, an edited values.yaml is derived again, and a kept entry that was
 * tampered with is derived again rather than trusted.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { makeTree, TOOLKIT_CHART } from './helpers/tree.js';

const DEFAULTS = (hosts: string[]): string =>
  `endpoints:\n  identity:\n    hosts:\n${hosts.map((host) => `      ${host}: keystone-${host}\n`).join('')}`;
// An override waits for an endpoint of identity: judged against the hosts its chart's defaults define.
const OVERRIDE = `dependencies:
  static:
    api:
      services:
        - endpoint: admin
          service: identity
`;

async function findings(root: string, cacheDir: string, cache: boolean): Promise<string[]> {
  const result = await lint({ paths: ['.'], cwd: root, cache, env: { ...process.env, CHARTLINT_CACHE_DIR: cacheDir } });
  expect(result.internalErrors).toEqual([]);
  return result.diagnostics.filter((d) => d.ruleId.startsWith('entrypoint/')).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`);
}

function tree(services: string[]): { root: string; cacheDir: string } {
  const root = makeTree({
    'keystone/Chart.yaml': TOOLKIT_CHART('keystone'),
    'keystone/values.yaml': DEFAULTS(services),
    'keystone/values_overrides/rabbit.yaml': OVERRIDE,
  });
  return { root, cacheDir: path.join(root, '.cache') };
}

const derivedFile = (cacheDir: string): string => {
  const dir = path.join(cacheDir, 'derived');
  return path.join(dir, readdirSync(dir)[0]!);
};

describe('the --cache store of values derived from a chart', () => {
  it('gives the findings of a plain run, on the first run and on a rerun', async () => {
    const { root, cacheDir } = tree(['internal']);
    const plain = await findings(root, cacheDir, false);
    expect(plain).toEqual(['keystone/values_overrides/rabbit.yaml:5:21 entrypoint/service-endpoint']);
    expect(await findings(root, cacheDir, true)).toEqual(plain);
    expect(await findings(root, cacheDir, true)).toEqual(plain);
  });

  it('derives an edited values.yaml again: the override is judged against the defaults as they are now', async () => {
    const { root, cacheDir } = tree(['internal']);
    expect(await findings(root, cacheDir, true)).toHaveLength(1);
    writeFileSync(path.join(root, 'keystone/values.yaml'), DEFAULTS(['internal', 'admin']));
    expect(await findings(root, cacheDir, true)).toEqual([]);
    writeFileSync(path.join(root, 'keystone/values.yaml'), DEFAULTS(['internal']));
    expect(await findings(root, cacheDir, true)).toHaveLength(1);
  });

  it('does not trust an entry whose value was edited, nor a file that does not parse', async () => {
    const { root, cacheDir } = tree(['internal']);
    await findings(root, cacheDir, true);
    const file = derivedFile(cacheDir);
    // Someone adds the missing host to the kept summary without recomputing its hash.
    const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { value: { endpoints: Record<string, unknown> } }> };
    const [entry] = Object.values(data.entries);
    expect(entry!.value.endpoints).toEqual({ identity: ['internal'] });
    entry!.value.endpoints.identity = ['internal', 'admin'];
    writeFileSync(file, JSON.stringify(data));
    expect(await findings(root, cacheDir, true)).toHaveLength(1);
    writeFileSync(file, '{"identity": ');
    expect(await findings(root, cacheDir, true)).toHaveLength(1);
  });
});

describe('the store of the image keys templates read', () => {
  const unused = async (root: string, cacheDir: string, cache: boolean): Promise<string[]> => {
    const result = await lint({ paths: ['app'], cwd: root, cache, env: { ...process.env, CHARTLINT_CACHE_DIR: cacheDir } });
    return result.diagnostics.filter((d) => d.ruleId === 'images/unused-key').map((d) => `${d.file}:${d.line}`);
  };
  const template = (keys: string[]): string => keys.map((key) => `image: {{ .Values.images.tags.${key} }}\n`).join('');

  it('derives the reads of an edited template again', async () => {
    const root = makeTree({
      'app/Chart.yaml': TOOLKIT_CHART('app'),
      'app/values.yaml': 'images:\n  tags:\n    api: quay.io/example/api:1.0\n    ghost: quay.io/example/ghost:1.0\n',
      'app/templates/deployment.yaml': template(['api']),
    });
    const cacheDir = path.join(root, '.cache');
    const plain = await unused(root, cacheDir, false);
    expect(plain).toEqual(['app/values.yaml:4']);
    expect(await unused(root, cacheDir, true)).toEqual(plain);
    expect(await unused(root, cacheDir, true)).toEqual(plain);
    writeFileSync(path.join(root, 'app/templates/deployment.yaml'), template(['api', 'ghost']));
    expect(await unused(root, cacheDir, true)).toEqual([]);
    writeFileSync(path.join(root, 'app/templates/deployment.yaml'), template(['ghost']));
    expect(await unused(root, cacheDir, true)).toEqual(['app/values.yaml:3']);
  });
});

describe('the store of what template text scans find', () => {
  it('scans an edited template again', async () => {
    const root = makeTree({
      'app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n',
      'app/values.yaml': 'image:\n  repository: example/app\n  tag: "1.0"\n',
      'app/templates/d.yaml': 'kind: Deployment\nspec: {}\n',
    });
    const cacheDir = path.join(root, '.cache');
    const qualified = async (): Promise<string[]> => {
      const result = await lint({ paths: ['app'], cwd: root, cache: true, env: { ...process.env, CHARTLINT_CACHE_DIR: cacheDir } });
      return result.diagnostics.filter((d) => d.ruleId === 'images/fully-qualified').map((d) => `${d.file}:${d.line}`);
    };
    expect(await qualified()).toEqual(['app/values.yaml:2']);
    expect(await qualified()).toEqual(['app/values.yaml:2']);
    // The templates now put a global registry in front: the values' reference is not what the container gets.
    writeFileSync(path.join(root, 'app/templates/d.yaml'), 'image: "{{ .Values.global.imageRegistry }}/{{ .Values.image.repository }}"\n');
    expect(await qualified()).toEqual([]);
  });
});
