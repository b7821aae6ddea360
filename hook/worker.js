import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  collectingConfig,
  lintSourceFile,
  loadFile
} from "./chunks/chunk-MAZRHRX7.js";
import {
  loadConfig
} from "./chunks/chunk-6N42ZVYK.js";
import "./chunks/chunk-IP4BP2MU.js";
import {
  allRules
} from "./chunks/chunk-WPM34UCD.js";
import {
  SecretClassifier
} from "./chunks/chunk-UI2GMOTG.js";
import "./chunks/chunk-B6XQKK7L.js";
import "./chunks/chunk-42C2RQSY.js";
import "./chunks/chunk-6ZEC5CHF.js";
import "./chunks/chunk-RAUX2H2J.js";
import "./chunks/chunk-YWTYFYTE.js";
import "./chunks/chunk-5IVMD4BG.js";
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
