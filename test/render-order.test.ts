/** renderCharts gives its outcomes in the charts' order, however the parallel renders finish. */
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCharts, type RenderSettings } from '../src/render/render.js';
import { discoverCharts } from '../src/sources/discover.js';
import { CHART, makeTree } from './helpers/tree.js';

describe('renderCharts', () => {
  it('gives the outcomes in the order of the charts, not of the renders finishing', async () => {
    const root = makeTree({
      'a-slow/Chart.yaml': CHART('a-slow'),
      'b-fast/Chart.yaml': CHART('b-fast'),
      'c-fast/Chart.yaml': CHART('c-fast'),
    });
    // A helm that takes longest over the first chart: in finishing order it would come last.
    const helm = path.join(root, 'helm');
    writeFileSync(helm, `#!/bin/sh\ncase "$2" in a-slow) sleep 1;; esac\necho "kind: ConfigMap"\n`);
    chmodSync(helm, 0o755);
    const found = await discoverCharts([path.join(root, 'a-slow'), path.join(root, 'b-fast'), path.join(root, 'c-fast')], {
      cwd: root,
      isIgnored: () => false,
    });
    const settings: RenderSettings = {
      helm: { flag: helm, cwd: root, env: {} },
      releaseName: undefined,
      namespace: 'default',
      valuesFiles: [],
      set: [],
      timeoutMs: 30_000,
      cacheDir: path.join(root, '.cache'),
      version: 'test',
      maxOutputBytes: 1024 * 1024,
      maxFileBytes: 1024 * 1024,
      debug: false,
      scrubberFor: async () => (text) => text,
    };
    const outcomes = await renderCharts(found.wholeCharts, settings);
    expect([...outcomes.keys()].map((chart) => chart.name)).toEqual(found.wholeCharts.map((chart) => chart.name));
    expect(found.wholeCharts.map((chart) => chart.name)).toEqual(['a-slow', 'b-fast', 'c-fast']);
    expect([...outcomes.values()].every((outcome) => outcome.ok)).toBe(true);
  });
});
