import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  findEnclosingChart,
  findOwningChart,
  isInside,
  statKind
} from "./chunk-B6XQKK7L.js";
import {
  listFiles,
  loadChart
} from "./chunk-YWTYFYTE.js";

// src/sources/discover.ts
import path from "node:path";
async function discoverCharts(args, options) {
  const charts = /* @__PURE__ */ new Map();
  const chartFiles = /* @__PURE__ */ new Map();
  const missing = [];
  const wholeCharts = /* @__PURE__ */ new Set();
  const namedFiles = [];
  const chartAt = async (dir) => {
    let chart = charts.get(dir);
    if (!chart) {
      const loaded = await loadChart(dir);
      chart = loaded.chart;
      charts.set(dir, chart);
      if (loaded.chartFile) chartFiles.set(path.join(dir, "Chart.yaml"), loaded.chartFile);
    }
    return chart;
  };
  for (const arg of args) {
    const absolute = path.resolve(options.cwd, arg);
    const kind = options.virtualFiles?.has(absolute) ? "file" : statKind(absolute);
    if (kind === "missing") {
      missing.push(arg);
    } else if (kind === "dir") {
      const files = listFiles(absolute);
      const chartDirs = chartDirsIn(absolute, files);
      const enclosing = chartDirs.length === 0 ? findEnclosingChart(absolute) : void 0;
      if (enclosing) chartDirs.push(enclosing);
      const typed = typedFilesIn(absolute, files, options);
      if (chartDirs.length === 0 && typed.length === 0) missing.push(arg);
      for (const dir of chartDirs) if (!options.isIgnored(path.join(dir, "Chart.yaml"))) wholeCharts.add(dir);
      for (const file of typed) {
        const owner = findOwningChart(file.path);
        namedFiles.push({ ...file, chart: owner ? await chartAt(owner) : void 0 });
      }
    } else {
      const owner = findOwningChart(absolute);
      const isChartFile = owner !== void 0 && (path.basename(absolute) === "Chart.yaml" || isInside(path.join(owner, "templates"), absolute));
      if (owner && isChartFile) wholeCharts.add(owner);
      else namedFiles.push({ path: absolute, chart: owner ? await chartAt(owner) : void 0, kind: options.kindOf?.(absolute) });
    }
  }
  const whole = [];
  for (const dir of [...wholeCharts].sort()) whole.push(await chartAt(dir));
  return { charts: [...charts.values()], wholeCharts: whole, namedFiles, chartFiles, missing };
}
function findChartDirs(root) {
  return chartDirsIn(root, listFiles(root));
}
function chartDirsIn(root, files) {
  return files.filter((file) => file === "Chart.yaml" || file.endsWith("/Chart.yaml")).map((file) => path.dirname(path.join(root, file)));
}
function typedFilesIn(root, files, options) {
  if (!options.kindOf) return [];
  return files.flatMap((file) => {
    const absolute = path.join(root, file);
    const kind = options.kindOf(absolute);
    return kind && !options.isIgnored(absolute) ? [{ path: absolute, kind }] : [];
  });
}

export {
  discoverCharts,
  findChartDirs
};
