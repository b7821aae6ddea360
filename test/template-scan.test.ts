/** One read of each chart's templates serves the text-scanning template facts (src/facts/template-scan.ts). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globalReadersFact } from '../src/facts/global-readers.js';
import { buildFacts } from '../src/facts/index.js';
import { secretWritesFact } from '../src/facts/secret-writes.js';
import { templateRegistryFact } from '../src/facts/template-registry.js';
import { templateScanFact, type TemplateScan } from '../src/facts/template-scan.js';
import { loadChart } from '../src/sources/chart-info.js';
import { CHART, makeTree } from './helpers/tree.js';

describe('the template scan', () => {
  it("scans the run's charts for every fact, and the topology's other charts for the globals they read", async () => {
    const root = makeTree({
      'app/Chart.yaml': `${CHART('app')}dependencies:\n  - name: lib\n    repository: file://../lib\n    version: 0.1.0\n`,
      'app/values.yaml': 'password: x\n',
      'app/templates/secret.yaml':
        'kind: Secret\ndata:\n  password: {{ .Values.password | b64enc }}\n  region: {{ .Values.global.region }}\n',
      'app/templates/deploy.yaml': 'image: {{ .Values.global.imageRegistry }}/{{ .Values.image }}:{{ .Chart.AppVersion }}\n',
      'lib/Chart.yaml': CHART('lib'),
      'lib/templates/_helpers.tpl': '{{- define "lib.tier" -}}{{ .Values.global.tier }}{{- end -}}\n',
    });
    const { chart: app } = await loadChart(path.join(root, 'app'));
    const facts = [templateScanFact, templateRegistryFact, secretWritesFact, globalReadersFact];
    const values = await buildFacts(facts, { charts: [app], wholeCharts: [app], render: undefined });
    const scan = values[templateScanFact.id] as TemplateScan;
    // Only the run's chart is scanned for images and secrets; the dependency it reaches, for globals too.
    expect(Object.keys(scan.charts)).toEqual([app.dir]);
    expect(Object.keys(scan.globals).sort()).toEqual([app.dir, path.join(root, 'lib')]);
    expect(values[globalReadersFact.id]).toEqual({ [app.dir]: ['imageRegistry', 'region'], [path.join(root, 'lib')]: ['tier'] });
    expect(values[templateRegistryFact.id]).toEqual({
      [app.dir]: { registry: true, global: true, tagged: ['image'], registryPaths: [], parentGlobalRegistry: false },
    });
    expect(values[secretWritesFact.id]).toEqual({ [app.dir]: { written: ['global.region', 'password'], gated: {}, toggles: {} } });
  });
});
