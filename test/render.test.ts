/** --render with the real helm, and --manifests: provenance, failures, caching, and a user tree left alone. */
import { createHash } from 'node:crypto';
import fg from 'fast-glob';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, type Diagnostic } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { countingHelm, testHelm } from './helpers/helm.js';
import { makeTree } from './helpers/tree.js';

const fixtures = path.resolve(import.meta.dirname, '../charts-fixtures/render');

/** A private copy of the render fixtures, a private cache, and the environment that points at them. */
function workspace(): { root: string; env: NodeJS.ProcessEnv } {
  // The fixtures are OpenStack-Helm charts on a local library chart, not on helm-toolkit itself.
  const root = makeTree({ '.chartlint.yaml': 'extends: chartlint:openstack-helm\n' });
  cpSync(fixtures, path.join(root, 'render'), { recursive: true });
  return { root, env: { CHARTLINT_CACHE_DIR: path.join(root, '.cache'), CHARTLINT_HELM: testHelm(), PATH: '' } };
}

const brief = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column} ${d.ruleId}/${d.messageId}`;

function treeHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of fg.sync('**/*', { cwd: dir, dot: true }).sort()) hash.update(file).update(readFileSync(path.join(dir, file)));
  return hash.digest('hex');
}

beforeAll(() => {
  testHelm();
});

describe('--render', () => {
  it('renders a chart whose local library dependency is not vendored, and traces findings to their source', async () => {
    const { root, env } = workspace();
    const result = await lint({ paths: ['render/orbit'], render: true, cwd: root, env });
    expect(result.diagnostics.map(brief)).toEqual([
      'render/orbit/values.yaml:2:3 images/undefined-key/undefined',
      'render/orbit/values.yaml:4:40 images/no-latest/latest',
      'render/orbit/values.yaml:6:5 images/unused-key/unused',
    ]);
    const [undefinedKey, latest] = result.diagnostics;
    // Found in values and in the render: reported once, at the values line, with the template that rendered it related.
    expect(latest!.endColumn).toBe(46);
    expect(latest!.related).toHaveLength(1);
    expect(latest!.related![0]!.message).toBe(
      'In the rendered orbit chart: Image of container "orbit-api" in Deployment/orbit-api (orbit/templates/deployment-api.yaml) uses the mutable tag ":latest"; pin a version or a digest.',
    );
    expect(latest!.related![0]!.file).toBe('render/orbit/templates/deployment-api.yaml');
    const rendered = readFileSync(path.resolve(root, latest!.related![0]!.file), 'utf8').split('\n')[latest!.related![0]!.line - 1];
    expect(rendered).toContain('- name: orbit-api');
    // The empty image the render shows is the undefined key's doing: one finding, with the template line that
    // reads the key and the rendered container as related places.
    expect(undefinedKey!.related!.map((r) => `${r.file}:${r.line}`)).toEqual([
      'render/orbit/templates/job-db-sync.yaml:12',
      'render/orbit/templates/job-db-sync.yaml:11',
    ]);
    expect(undefinedKey!.related![1]!.message).toBe(
      'The container "orbit-db-sync" in Job/orbit-db-sync (orbit/templates/job-db-sync.yaml) renders an empty image; the values key its template reads is probably undefined.',
    );
    expect(result.diagnostics.flatMap((d) => d.related ?? []).every((r) => !r.file.includes('.cache'))).toBe(true);
  });

  it('leaves the chart folders byte-for-byte unchanged', async () => {
    const { root, env } = workspace();
    const before = treeHash(path.join(root, 'render'));
    await lint({ paths: ['render'], render: true, cwd: root, env });
    expect(treeHash(path.join(root, 'render'))).toBe(before);
  });

  it('reports a chart helm cannot render at the template line helm names, and lints the rest', async () => {
    const { root, env } = workspace();
    const result = await lint({ paths: ['render'], render: true, cwd: root, env });
    const failed = result.diagnostics.filter((d) => d.ruleId === 'manifests/render-failed');
    expect(failed.map(brief)).toEqual(['render/broken-template/templates/deployment.yaml:11:27 manifests/render-failed/failed']);
    expect(failed[0]!.message).toMatch(/helm template failed: .*nil pointer evaluating interface \{\}\.repository/);
    // The other charts are rendered and linted: orbit's empty image joins its values finding.
    const orbit = result.diagnostics.find((d) => d.file === 'render/orbit/values.yaml' && d.ruleId === 'images/undefined-key');
    expect(orbit!.related!.some((r) => r.message.includes('renders an empty image'))).toBe(true);
  });

  it('reports a missing helm on every chart, never crashing, and still lints values', async () => {
    const { root, env } = workspace();
    const result = await lint({ paths: ['render/orbit'], render: true, cwd: root, env: { ...env, CHARTLINT_HELM: undefined } });
    const failed = result.diagnostics.filter((d) => d.ruleId === 'manifests/render-failed');
    expect(failed.map(brief)).toEqual(['render/orbit/Chart.yaml:1:1 manifests/render-failed/failed']);
    expect(failed[0]!.message).toContain('helm was not found on PATH');
    expect(result.diagnostics.some((d) => d.ruleId === 'images/no-latest')).toBe(true);

    const named = await lint({ paths: ['render/orbit'], render: true, helm: 'no/such/helm', cwd: root, env });
    expect(named.diagnostics.find((d) => d.ruleId === 'manifests/render-failed')!.message).toMatch(
      /helm was not found at .*no\/such\/helm \(from --helm\)/,
    );
  });

  it('caches renders by content: a second run does not call helm; a changed values file does', async () => {
    const { root, env } = workspace();
    const { helm, calls } = countingHelm();
    const run = () => lint({ paths: ['render/orbit'], render: true, helm, cwd: root, env });
    const first = await run();
    expect(calls()).toBe(1);
    const second = await run();
    expect(calls()).toBe(1);
    expect(second.diagnostics).toEqual(first.diagnostics);
    const values = path.join(root, 'render/orbit/values.yaml');
    writeFileSync(values, readFileSync(values, 'utf8').replace('orbit:latest', 'orbit:2026.1'));
    await run();
    expect(calls()).toBe(2);
    await lint({ paths: ['render/orbit'], render: true, helm, set: ['replicas=2'], cwd: root, env });
    expect(calls()).toBe(3);
  });

  it('passes --values and --set to helm, and merges the same problem found in an override and its render', async () => {
    const { root, env } = workspace();
    writeFileSync(path.join(root, 'site.yaml'), 'images:\n  pull_policy: ifnotpresent\n');
    const result = await lint({
      paths: ['render/orbit'],
      values: ['site.yaml'],
      set: ['images.tags.orbit_db_sync=quay.io/airshipit/orbit:2026.1'],
      render: true,
      cwd: root,
      env,
    });
    const policy = result.diagnostics.filter((d) => d.ruleId.endsWith('pull-policy'));
    expect(policy.map(brief)).toEqual(['site.yaml:2:16 images/pull-policy/wrongCase']);
    // Three containers rendered the same wrong policy: each is a related place of the one finding.
    expect(policy[0]!.related).toHaveLength(3);
    expect(result.diagnostics.some((d) => d.ruleId === 'manifests/image-empty')).toBe(false);
  });

  it('works from the command line with the real CLI', () => {
    const { root, env } = workspace();
    const run = runCli(['--render', '-f', 'compact', 'render/orbit'], { cwd: root, env: env as Record<string, string> });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('render/orbit/values.yaml:2:3: error: The templates read image "orbit_db_sync"');
    expect(run.stdout).not.toContain('render/orbit/templates/job-db-sync.yaml');
  });
});

describe('--manifests', () => {
  it('lints a stream from stdin at its own lines, naming the Source template', () => {
    const stream = readFileSync(path.resolve(import.meta.dirname, '../charts-fixtures/manifests/openstack-style.yaml'), 'utf8');
    const run = runCli(['--manifests', '-', '-f', 'compact'], { cwd: makeTree({}), input: stream });
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')).toContain(
      '<stdin>:41:11: error: The container "orbit-db-sync" in Job/orbit-db-sync (orbit/templates/job-db-sync.yaml) renders an empty image; the values key its template reads is probably undefined. [manifests/image-empty]',
    );
  });

  it('reads every YAML stream in a folder', async () => {
    const result = await lint({ paths: [], manifests: ['charts-fixtures/manifests'], cwd: path.resolve(import.meta.dirname, '..') });
    expect(new Set(result.diagnostics.map((d) => d.file))).toEqual(
      new Set([
        'charts-fixtures/manifests/entrypoint-env.yaml',
        'charts-fixtures/manifests/openstack-style.yaml',
        'charts-fixtures/manifests/secrets.yaml',
        'charts-fixtures/manifests/strict-pull-policy.yaml',
      ]),
    );
  });
});
