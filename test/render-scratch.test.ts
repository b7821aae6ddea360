/**
 * The scratch copy a chart with an unvendored local dependency is rendered from (src/render/scratch.ts): a
 * mirror of links, which helm reads as it would a copy, with what a copy leaves out left out, and whose
 * removal never reaches the chart's own files.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocalDependencies } from '../src/render/dependencies.js';
import { prepareChart } from '../src/render/scratch.js';
import { CHART, makeTree } from './helpers/tree.js';

/** Every file below `dir` with its text, links followed as helm follows them (dangling ones reach nothing). */
function reachable(dir: string, prefix = ''): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    if (statSync(file).isDirectory()) Object.assign(found, reachable(file, `${prefix}${name}/`));
    else found[`${prefix}${name}`] = readFileSync(file, 'utf8');
  }
  return found;
}

describe('prepareChart', () => {
  it('mirrors the chart and its dependency as a copy would hold them, and its removal leaves the chart whole', async () => {
    const root = makeTree({
      'app/Chart.yaml': CHART('app'),
      'app/values.yaml': 'a: 1\n',
      'app/templates/a.yaml': 'kind: A\n',
      'app/templates/deep/b.yaml': 'kind: B\n',
      'app/templates/deep/node_modules/skipped.yaml': 'kind: Skipped\n',
      'app/.git/HEAD': 'ref: x\n',
      'app/charts/vendored/Chart.yaml': CHART('vendored'),
      'lib/Chart.yaml': CHART('lib'),
      'lib/templates/_lib.tpl': '{{- define "lib" -}}{{- end -}}\n',
    });
    symlinkSync(path.join(root, 'nowhere'), path.join(root, 'app/templates/dangling.yaml'));
    mkdirSync(path.join(root, 'app/files'));
    symlinkSync(path.join(root, 'nowhere'), path.join(root, 'app/files/dangling.conf'));
    const app = path.join(root, 'app');
    const lib = { name: 'lib', dir: path.join(root, 'lib') };
    const dependencies: LocalDependencies = { all: [lib], needsScratch: true, vendor: new Map([[app, [lib]]]), problem: undefined };
    const before = reachable(root);

    const prepared = await prepareChart(app, dependencies);
    expect(prepared.dir).not.toBe(app);
    expect(reachable(prepared.dir)).toEqual({
      'Chart.yaml': CHART('app'),
      'charts/lib/Chart.yaml': CHART('lib'),
      'charts/lib/templates/_lib.tpl': '{{- define "lib" -}}{{- end -}}\n',
      'charts/vendored/Chart.yaml': CHART('vendored'),
      'templates/a.yaml': 'kind: A\n',
      'templates/deep/b.yaml': 'kind: B\n',
      'values.yaml': 'a: 1\n',
    });
    // Neither the skipped folders nor the dangling links are there for helm to trip over.
    expect(existsSync(path.join(prepared.dir, '.git'))).toBe(false);
    expect(existsSync(path.join(prepared.dir, 'templates/deep/node_modules'))).toBe(false);
    expect(() => lstatSync(path.join(prepared.dir, 'templates/dangling.yaml'))).toThrow();
    expect(() => lstatSync(path.join(prepared.dir, 'files/dangling.conf'))).toThrow();
    // Linked, not copied: a folder with nothing to leave out is one link.
    expect(lstatSync(path.join(prepared.dir, 'charts/lib')).isDirectory()).toBe(true);
    expect(lstatSync(path.join(prepared.dir, 'charts/lib/templates')).isSymbolicLink()).toBe(true);

    await prepared.cleanup();
    expect(existsSync(prepared.dir)).toBe(false);
    expect(reachable(root)).toEqual(before);
  });
});
