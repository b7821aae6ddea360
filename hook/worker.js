import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  collectingConfig,
  lintSourceFile,
  loadFile
} from "./chunks/chunk-GRBIJCFG.js";
import {
  loadConfig
} from "./chunks/chunk-KR7VKV7C.js";
import "./chunks/chunk-UQM7MMQK.js";
import {
  allRules
} from "./chunks/chunk-DUD4VDUE.js";
import {
  SecretClassifier
} from "./chunks/chunk-UP7PNOIE.js";
import "./chunks/chunk-B6XQKK7L.js";
import "./chunks/chunk-42C2RQSY.js";
import "./chunks/chunk-6ZEC5CHF.js";
import "./chunks/chunk-JO6PEICX.js";
import "./chunks/chunk-CXZVGKES.js";
import "./chunks/chunk-I66P5KS3.js";
import "./chunks/chunk-JV4EHBS5.js";
import "./chunks/chunk-ZS2WGVDX.js";
import "./chunks/chunk-GUD4XOZF.js";
import "./chunks/chunk-QKXT3NSU.js";
import "./chunks/chunk-FUMSRPZC.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
async function workerMain(rules) {
  const input = workerData;
  const config = collectingConfig(await loadConfig({ cwd: input.cwd, configFile: input.configFile, rules }), rules, input.collect ?? []);
  const env = { rules, facts: input.facts, secrets: new SecretClassifier(config.secrets), memo: /* @__PURE__ */ new Map() };
  const results = [];
  for (const target of input.targets) results.push(lintSourceFile(await loadFile(target, config, void 0), env, config, input.cwd));
  parentPort.postMessage(results);
}

// src/worker.ts
await workerMain(allRules);
