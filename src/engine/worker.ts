/** A worker thread: lints the share of files it is given, with the same config, and posts the findings back. */
import { parentPort, workerData } from 'node:worker_threads';
import { allRules } from '../../rules/index.js';
import { loadConfig } from '../config/load.js';
import { SecretClassifier } from '../secrets/classify.js';
import type { ChartInfo, LintTarget } from '../sources/charts.js';
import { lintFile, loadFile } from './lint.js';
import type { WorkerInput, WorkerOutput } from './parallel.js';

const input = workerData as WorkerInput;
const config = await loadConfig({ cwd: input.cwd, configFile: input.configFile, rules: allRules });
const secrets = new SecretClassifier(config.secrets);
// One ChartInfo per chart, as in the main thread: rules cache what they learn of a chart on it.
const charts = new Map<string, ChartInfo>();
const output: WorkerOutput = { results: [], internalErrors: [] };
for (const target of input.targets) {
  let chart: ChartInfo | undefined;
  if (target.chart) {
    chart = charts.get(target.chart.dir) ?? { ...target.chart, templates: new Set(target.chart.templates) };
    charts.set(chart.dir, chart);
  }
  const file = await loadFile({ path: target.path, role: target.role, chart } satisfies LintTarget, config, undefined);
  const run = lintFile(file, { config, rules: allRules, cwd: input.cwd, layout: input.layout, secrets }, undefined);
  output.results.push({ path: target.path, diagnostics: run.diagnostics });
  output.internalErrors.push(...run.internalErrors);
}
parentPort!.postMessage(output);
