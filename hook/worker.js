import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  lintSourceFile,
  loadFile
} from "./chunks/chunk-ZBKL7QH2.js";
import {
  loadConfig
} from "./chunks/chunk-2YC5I3QI.js";
import "./chunks/chunk-AL4TVTKD.js";
import {
  allRules
} from "./chunks/chunk-TXCJFEXD.js";
import {
  SecretClassifier
} from "./chunks/chunk-Z6QZXB5M.js";
import "./chunks/chunk-B6XQKK7L.js";
import "./chunks/chunk-J7CNPVMB.js";
import "./chunks/chunk-6XQTKHBW.js";
import "./chunks/chunk-I66P5KS3.js";
import "./chunks/chunk-ZS2WGVDX.js";
import "./chunks/chunk-GUD4XOZF.js";
import "./chunks/chunk-QKXT3NSU.js";
import "./chunks/chunk-FUMSRPZC.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
async function workerMain(rules) {
  const input = workerData;
  const config = await loadConfig({ cwd: input.cwd, configFile: input.configFile, rules });
  const env = { rules, facts: input.facts, secrets: new SecretClassifier(config.secrets), memo: /* @__PURE__ */ new Map() };
  const results = [];
  for (const target of input.targets) results.push(lintSourceFile(await loadFile(target, config, void 0), env, config, input.cwd));
  parentPort.postMessage(results);
}

// src/worker.ts
await workerMain(allRules);
