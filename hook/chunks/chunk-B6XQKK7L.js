import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);

// src/sources/owner.ts
import { existsSync, statSync } from "node:fs";
import path from "node:path";
function statKind(file) {
  try {
    const info = statSync(file);
    return info.isDirectory() ? "dir" : "file";
  } catch {
    return "missing";
  }
}
function isInside(dir, file) {
  const relative = path.relative(dir, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}
function findEnclosingChart(start) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "Chart.yaml"))) return dir;
    if (path.dirname(dir) === dir) return void 0;
  }
}
function findOwningChart(file) {
  const enclosing = findEnclosingChart(path.dirname(file));
  if (enclosing) return enclosing;
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf("values_overrides");
  if (at > 0 && at + 2 < parts.length) {
    const sibling = path.join(parts.slice(0, at).join(path.sep) || path.sep, parts[at + 1]);
    if (existsSync(path.join(sibling, "Chart.yaml"))) return sibling;
  }
  return void 0;
}
function chartsOfFiles(files) {
  const found = /* @__PURE__ */ new Set();
  for (const file of files) {
    const chart = findOwningChart(file);
    if (chart) found.add(chart);
    else if (statKind(file) === "file" && /\.ya?ml$/.test(file)) found.add(file);
  }
  return [...found].sort();
}

export {
  statKind,
  isInside,
  findEnclosingChart,
  findOwningChart,
  chartsOfFiles
};
