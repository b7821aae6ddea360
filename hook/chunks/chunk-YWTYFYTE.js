import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  readTextFile
} from "./chunk-5IVMD4BG.js";
import {
  getChild,
  nestingProblem,
  parseStreamFast,
  scalarString
} from "./chunk-I66P5KS3.js";
import {
  compileGlob
} from "./chunk-JV4EHBS5.js";

// src/sources/chart-info.ts
import { existsSync } from "node:fs";
import path2 from "node:path";

// src/sources/yaml.ts
async function parseYamlStream(text, options) {
  const source = text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
  try {
    const fast = parseStreamFast(source, options);
    if (fast) return fast;
    const tooDeep = nestingProblem(source, options.maxNestingDepth);
    if (tooDeep) return [{ root: void 0, problems: [tooDeep] }];
    const { parseStreamExact } = await import("./yaml-exact-EDYVOQ2T.js");
    return parseStreamExact(source, options);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [{ root: void 0, problems: [{ ...NESTING_FALLBACK, span: { start: 0, end: 0 } }] }];
  }
}
var NESTING_FALLBACK = {
  code: "NESTING_LIMIT",
  message: "This document nests too deep to be parsed",
  fatal: true
};
async function parseYamlValues(text, options) {
  const docs = await parseYamlStream(text, options);
  const first = docs[0] ?? { root: void 0, problems: [] };
  const extra = docs.slice(1).filter((doc) => doc.root !== void 0 || doc.problems.length > 0);
  if (extra.length > 0) {
    const second = docs[1];
    const at = second.root?.span.start ?? 0;
    first.problems.push({
      code: "MULTIPLE_DOCUMENTS",
      message: `A values file holds one YAML document, but this one holds ${docs.length}; Helm reads only the first.`,
      span: { start: at, end: at },
      fatal: false
    });
  }
  for (const doc of docs.slice(1)) for (const problem of doc.problems) first.problems.push(problem);
  return first;
}

// src/sources/walk.ts
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function listFiles(root, recursive = true) {
  const found = [];
  const visit = (dir, prefix) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const relative = prefix + entry.name;
      if (entry.isDirectory()) {
        if (recursive && !SKIPPED_DIRS.has(entry.name)) visit(path.join(dir, entry.name), `${relative}/`);
      } else if (entry.isFile() || entry.isSymbolicLink() && isFile(path.join(dir, entry.name))) {
        found.push(relative);
      }
    }
  };
  visit(root, "");
  return found.sort();
}
function findSpecialFile(root) {
  const visit = (dir, depth) => {
    if (depth > 64) return void 0;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return void 0;
    }
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = SKIPPED_DIRS.has(entry.name) ? void 0 : visit(file, depth + 1);
        if (found) return found;
      } else if (!entry.isFile()) {
        let info;
        try {
          info = statSync(file);
        } catch {
          continue;
        }
        if (info.isDirectory()) {
          const found = visit(file, depth + 1);
          if (found) return found;
        } else if (!info.isFile()) return { path: file, info };
      }
    }
    return void 0;
  };
  return visit(root, 0);
}
function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
var MAGIC = /[*?[\]{}()!]/;
function globFiles(cwd, patterns) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const segments = pattern.split("/");
    const firstMagic = segments.findIndex((segment) => MAGIC.test(segment));
    if (firstMagic === -1) {
      const file = path.resolve(cwd, pattern);
      if (isFile(file)) found.add(file);
      continue;
    }
    const base = path.resolve(cwd, ...segments.slice(0, firstMagic));
    const rest = segments.slice(firstMagic).join("/");
    const matches = compileGlob(rest, "values.include");
    const recursive = rest.includes("/") || rest.includes("**");
    for (const file of listFiles(base, recursive)) if (matches(file)) found.add(path.join(base, file));
  }
  return [...found].sort();
}

// src/sources/chart-info.ts
var CHART_LIMITS = { maxExpandedNodes: 1e4, maxFileBytes: 1024 * 1024, maxNestingDepth: 64 };
function readChartFile(file) {
  const read = readTextFile(file, CHART_LIMITS);
  if (!read.ok) throw new Error(read.message);
  return read.text;
}
async function loadChart(dir) {
  let name = path2.basename(dir);
  let appVersion;
  let library = false;
  let dependencies = [];
  let chartFile;
  try {
    const text = readChartFile(path2.join(dir, "Chart.yaml"));
    const document = await parseYamlValues(text, CHART_LIMITS);
    chartFile = { text, document };
    const { root } = document;
    name = scalarString(getChild(root, "name")) ?? name;
    const version = getChild(root, "appVersion");
    if (version?.kind === "scalar" && version.value !== null) appVersion = String(version.value);
    library = scalarString(getChild(root, "type")) === "library";
    dependencies = await readDependencies(dir, { root, text });
  } catch {
  }
  const templates = listFiles(path2.join(dir, "templates")).sort();
  return { chart: { dir, name, appVersion, library, dependencies, templates }, chartFile };
}
async function readDependencies(dir, chartFile) {
  const found = [];
  for (const name of ["Chart.yaml", "requirements.yaml"]) {
    const file = path2.join(dir, name);
    let parsed = name === "Chart.yaml" ? chartFile : void 0;
    if (!parsed && existsSync(file)) {
      try {
        const text = readChartFile(file);
        parsed = { root: (await parseYamlValues(text, CHART_LIMITS)).root, text };
      } catch {
      }
    }
    if (parsed) found.push(...dependencyList(parsed.root, dir, { path: file, text: parsed.text }));
  }
  return found;
}
function dependencyList(root, chartDir, file) {
  const list = getChild(root, "dependencies");
  if (list?.kind !== "seq") return [];
  return list.items.flatMap((item) => {
    const name = scalarString(getChild(item, "name"));
    const repositoryNode = getChild(item, "repository");
    const repository = scalarString(repositoryNode);
    const alias = scalarString(getChild(item, "alias"));
    if (!name) return [];
    const dir = repository?.startsWith("file://") ? path2.resolve(chartDir, repository.slice("file://".length)) : void 0;
    const dependency = { name, alias, repository, dir, declared: declaredAt(file, (repositoryNode ?? item).span) };
    const condition = (scalarString(getChild(item, "condition")) ?? "").split(",").map((part) => part.trim()).filter(Boolean);
    const tagList = getChild(item, "tags");
    const tags = tagList?.kind === "seq" ? tagList.items.flatMap((tag) => scalarString(tag) ?? []) : [];
    const version = versionText(getChild(item, "version"), file.text);
    if (version !== void 0) dependency.version = version;
    if (condition.length > 0) dependency.condition = condition;
    if (tags.length > 0) dependency.tags = tags;
    return [dependency];
  });
}
function versionText(node, text) {
  if (node?.kind !== "scalar" || node.value === null) return void 0;
  return typeof node.value === "string" ? node.value : text.slice(node.span.start, node.span.end);
}
function declaredAt(file, span) {
  const before = file.text.slice(0, span.start);
  const line = before.split("\n").length;
  return { path: file.path, span, line, column: span.start - before.lastIndexOf("\n") };
}
function usesHelmToolkit(chart) {
  return chart?.dependencies.some((dependency) => dependency.name === "helm-toolkit") ?? false;
}

export {
  parseYamlStream,
  parseYamlValues,
  listFiles,
  findSpecialFile,
  globFiles,
  loadChart,
  readDependencies,
  usesHelmToolkit
};
