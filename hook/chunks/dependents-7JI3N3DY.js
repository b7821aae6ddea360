import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  findChartDirs
} from "./chunk-JRETDTRM.js";
import "./chunk-B6XQKK7L.js";
import {
  loadChart
} from "./chunk-YWTYFYTE.js";
import "./chunk-5IVMD4BG.js";
import "./chunk-I66P5KS3.js";
import "./chunk-JV4EHBS5.js";
import "./chunk-QKXT3NSU.js";
import "./chunk-FUMSRPZC.js";

// src/sources/dependents.ts
import path from "node:path";
async function withDependents(changed, roots) {
  const charts = /* @__PURE__ */ new Map();
  const chartAt = async (dir) => {
    let chart = charts.get(dir);
    if (!chart) charts.set(dir, chart = (await loadChart(dir)).chart);
    return chart;
  };
  const isLibrary = async (dir) => {
    const chart = await chartAt(dir);
    return chart.library || chart.name === "helm-toolkit";
  };
  const result = new Set(changed.map((dir) => path.resolve(dir)));
  const libraries = [];
  for (const dir of result) if (await isLibrary(dir)) libraries.push(dir);
  if (libraries.length === 0) return [...result];
  const candidates = /* @__PURE__ */ new Set();
  for (const root of roots) for (const dir of findChartDirs(path.resolve(root))) candidates.add(dir);
  const dependencies = /* @__PURE__ */ new Map();
  for (const dir of candidates) {
    dependencies.set(
      dir,
      (await chartAt(dir)).dependencies.flatMap((d) => d.dir ? [path.resolve(d.dir)] : [])
    );
  }
  const pending = [...libraries];
  while (pending.length > 0) {
    const library = pending.pop();
    for (const [dir, deps] of dependencies) {
      if (result.has(dir) || !deps.includes(library)) continue;
      result.add(dir);
      if (await isLibrary(dir)) pending.push(dir);
    }
  }
  return [...result].sort();
}
export {
  withDependents
};
