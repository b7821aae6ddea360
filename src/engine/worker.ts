/** A worker thread's work: lint the share of files it is given, with the same config and facts, and post the results. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadConfig } from '../config/load.js';
import { SecretClassifier } from '../secrets/classify.js';
import { collectingConfig } from './collecting.js';
import { lintSourceFile } from './lint-file.js';
import { loadFile } from './load-file.js';
import type { WorkerInput } from './parallel.js';
import type { AnyRule } from './rule.js';
import type { RunEnv } from './run-file-rules.js';

export async function workerMain(rules: readonly AnyRule[]): Promise<void> {
  const input = workerData as WorkerInput;
  const config = collectingConfig(await loadConfig({ cwd: input.cwd, configFile: input.configFile, rules }), rules, input.collect ?? []);
  const env: RunEnv = { rules, facts: input.facts, secrets: new SecretClassifier(config.secrets), memo: new Map() };
  const results = [];
  for (const target of input.targets) results.push(lintSourceFile(await loadFile(target, config, undefined), env, config, input.cwd));
  parentPort!.postMessage(results);
}
