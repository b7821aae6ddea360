/**
 * --render against hostile helms and trees: a helm whose child holds the pipe, one that prints without end,
 * a special file in a chart, `# Source:` headers naming files outside the chart, and an interrupted run.
 * Each chart fails on its own, with a diagnostic; the others are still linted.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type Diagnostic } from '../src/index.js';
import { CLI } from './helpers/cli.js';
import { CHART, makeTree } from './helpers/tree.js';

const brief = (d: Diagnostic): string => `${d.file}:${d.line} ${d.ruleId}/${d.messageId}`;

/** A fake helm: a shell script given the body. */
function fakeHelm(root: string, body: string): string {
  const helm = path.join(root, 'fake-helm');
  writeFileSync(helm, `#!/bin/sh\n${body}\n`);
  chmodSync(helm, 0o755);
  return helm;
}

const MANIFEST = (source: string): string =>
  `---\n# Source: ${source}\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: quay.io/a/b:latest\n      imagePullPolicy: IfNotPresent\n`;

function chartTree(extra: Record<string, string> = {}): string {
  return makeTree({
    'svc/Chart.yaml': CHART('svc'),
    'svc/values.yaml': 'x: 1\n',
    'other/Chart.yaml': CHART('other'),
    'other/values.yaml': 'y: 1\n',
    ...extra,
  });
}

function envFor(root: string, helm: string): NodeJS.ProcessEnv {
  return { CHARTLINT_CACHE_DIR: path.join(root, '.cache'), CHARTLINT_HELM: helm, PATH: process.env.PATH };
}

describe('--render with a hostile helm', () => {
  it('kills the whole process group on timeout, though a child of helm keeps stdout open', async () => {
    const root = chartTree({ '.chartlint.yaml': 'helm:\n  timeoutSeconds: 1\n' });
    const helm = fakeHelm(root, 'sleep 100 &\nsleep 100');
    const result = await lint({ paths: ['svc'], render: true, cwd: root, env: envFor(root, helm) });
    const failed = result.diagnostics.filter((d) => d.ruleId === 'manifests/render-failed');
    expect(failed.map((d) => d.message)).toEqual([expect.stringContaining('helm template did not finish within 1 s')]);
  });

  it('does not wait for a child that holds stdout once helm has exited', async () => {
    const root = chartTree();
    const helm = fakeHelm(root, `cat <<'EOF'\n${MANIFEST('svc/templates/pod.yaml')}EOF\nsleep 100 &`);
    const result = await lint({ paths: ['svc'], render: true, cwd: root, env: envFor(root, helm) });
    expect(result.diagnostics.map(brief)).toContain('svc/templates/pod.yaml:1 images/no-latest/latest');
  });

  it('stops a helm that prints more than limits.maxRenderBytes, and reports the chart', async () => {
    const root = chartTree({ '.chartlint.yaml': 'limits:\n  maxRenderBytes: 100000\n' });
    const helm = fakeHelm(root, 'while :; do echo "# Source: svc/templates/x.yaml"; done');
    const result = await lint({ paths: ['svc', 'other'], render: true, cwd: root, env: envFor(root, helm) });
    const failed = result.diagnostics.filter((d) => d.ruleId === 'manifests/render-failed');
    expect(failed).toHaveLength(2);
    expect(failed[0]!.message).toContain('printed more than 97.7 KiB on stdout and was stopped (limits.maxRenderBytes)');
    expect(result.internalErrors).toEqual([]);
  });

  it('follows a # Source: header only into the chart: /dev/zero, /dev/stdin and ../ are not read', async () => {
    const root = chartTree();
    const sources = ['svc/templates/../../../../../../../../../dev/zero', 'svc/charts/x/templates/../../../../../../../../../../dev/stdin'];
    const helm = fakeHelm(root, `cat <<'EOF'\n${sources.map(MANIFEST).join('')}EOF`);
    const result = await lint({ paths: ['svc'], render: true, cwd: root, env: envFor(root, helm) });
    const latest = result.diagnostics.filter((d) => d.ruleId === 'images/no-latest');
    expect(latest).toHaveLength(2);
    // Reported in the rendered stream (the cached render), not at a path outside the chart.
    for (const d of latest) expect(d.file).toMatch(/^\.cache\/renders\/[0-9a-f]+\.yaml$/);
  });
});

describe('--render with special files in a chart', () => {
  it('reports a FIFO in a chart (or in a local dependency it copies) on that chart, and renders the others', async () => {
    const root = chartTree({
      'dep/Chart.yaml': CHART('dep'),
      'dep/templates/_helpers.tpl': '',
      'uses-dep/Chart.yaml': `${CHART('uses-dep')}dependencies:\n  - name: dep\n    repository: file://../dep\n    version: 0.1.0\n`,
      'uses-dep/values.yaml': 'z: 1\n',
    });
    execFileSync('mkfifo', [path.join(root, 'svc/templates-fifo.yaml')]);
    execFileSync('mkfifo', [path.join(root, 'dep/templates/pipe.tpl')]);
    const helm = fakeHelm(root, `cat <<'EOF'\n${MANIFEST('other/templates/pod.yaml')}EOF`);
    const result = await lint({ paths: ['svc', 'other', 'uses-dep'], render: true, cwd: root, env: envFor(root, helm) });
    const failed = result.diagnostics.filter((d) => d.ruleId === 'manifests/render-failed').map((d) => `${d.file}: ${d.message}`);
    expect(failed).toEqual([
      expect.stringMatching(/^svc\/Chart\.yaml: .*svc\/templates-fifo\.yaml is a FIFO, not a regular file; the chart was not rendered/),
      expect.stringMatching(
        /^uses-dep\/Chart\.yaml: .*dep\/templates\/pipe\.tpl is a FIFO, not a regular file; the chart was not rendered/,
      ),
    ]);
    expect(result.diagnostics.map(brief)).toContain('other/templates/pod.yaml:1 images/no-latest/latest');
    expect(result.internalErrors).toEqual([]);
  });
});

describe('--render with a FIFO --values file', () => {
  it('reports it on each chart instead of handing it to helm, which would block on it', async () => {
    const root = chartTree();
    execFileSync('mkfifo', [path.join(root, 'region.yaml')]);
    const helm = fakeHelm(root, 'cat "$5"');
    const result = await lint({ paths: ['svc'], values: ['region.yaml'], render: true, cwd: root, env: envFor(root, helm) });
    const messages = result.diagnostics.map((d) => `${d.file} ${d.ruleId}: ${d.message}`);
    expect(messages).toContain('region.yaml yaml/syntax: The path is a FIFO, not a regular file; it was not read.');
    expect(messages).toContainEqual(expect.stringMatching(/^svc\/Chart\.yaml manifests\/render-failed: .*region\.yaml is a FIFO/));
  });
});

describe('an interrupted --render', () => {
  it('removes its scratch copy and kills helm on SIGTERM, and exits 143', async () => {
    const root = chartTree({
      'dep/Chart.yaml': `${CHART('dep')}type: library\n`,
      'uses-dep/Chart.yaml': `${CHART('uses-dep')}dependencies:\n  - name: dep\n    repository: file://../dep\n    version: 0.1.0\n`,
      'uses-dep/values.yaml': 'z: 1\n',
    });
    const temp = mkdtempSync(path.join(tmpdir(), 'chartlint-signal-'));
    const started = path.join(root, 'helm-started');
    const helm = fakeHelm(root, `touch '${started}'\nsleep 100`);
    try {
      const child = spawn(process.execPath, [CLI, '--render', 'uses-dep'], {
        cwd: root,
        env: { ...envFor(root, helm), TMPDIR: temp },
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      while (!existsSync(started)) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(readdirSync(temp)).toHaveLength(1);
      child.kill('SIGTERM');
      expect(await exited).toBe(143);
      expect(readdirSync(temp)).toEqual([]);
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });
});
