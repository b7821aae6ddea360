import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  statKind
} from "./chunk-B6XQKK7L.js";
import {
  findSpecialFile,
  formatBytes,
  kindOf,
  listFiles,
  loadChart,
  parseYamlValues,
  readDependencies,
  readRegularFile,
  readTextFile,
  readTextOrUndefined,
  usesHelmToolkit
} from "./chunk-U6JQFN3B.js";
import {
  LineIndex,
  REFERENCE,
  describeByShape,
  describeByValue,
  dottedPath,
  getChild,
  getEntry,
  getPath,
  pathOf,
  safeName,
  scalarString,
  scalarSubSpan
} from "./chunk-I66P5KS3.js";

// src/engine/rule.ts
var NO_OPTIONS = {
  options: { type: "object", additionalProperties: false, properties: {}, required: [] },
  defaultOptions: {}
};
function defineRule(rule) {
  return rule;
}
function defineDeploymentRule(rule) {
  return rule;
}
function isDeploymentRule(rule) {
  return rule.meta.scope === "deployment";
}

// src/engine/directives.ts
var DIRECTIVE = /(^|\s)#\s*chartlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([^\r\n]*)/;
function parseDirectives(text, lines) {
  if (!text.includes("chartlint-")) return [];
  const directives = [];
  for (let line = 1; line <= lines.lineCount(); line++) {
    const start = lines.lineStart(line);
    const end = line < lines.lineCount() ? lines.lineStart(line + 1) - 1 : text.length;
    const lineText = text.slice(start, end);
    const match = DIRECTIVE.exec(lineText);
    if (!match || insideQuotes(lineText, match.index + match[1].length)) continue;
    const commentStart = start + match.index + match[1].length;
    const rest = match[3].split(/\s#/, 1)[0];
    const reasonAt = rest.indexOf("--");
    const rules = (reasonAt === -1 ? rest : rest.slice(0, reasonAt)).split(/[\s,]+/).filter(Boolean);
    directives.push({ kind: match[2], rules, line, span: { start: commentStart, end } });
  }
  return directives;
}
function insideQuotes(line, index) {
  let quote;
  for (let i = 0; i < index; i++) {
    const char = line[i];
    if (quote === '"' && char === "\\") i++;
    else if (quote === "'" && char === "'" && line[i + 1] === "'") i++;
    else if (quote && char === quote) quote = void 0;
    else if (!quote && (char === '"' || char === "'") && (i === 0 || /[\s:[{,-]/.test(line[i - 1]))) quote = char;
  }
  return quote !== void 0;
}
function ruleMatches(pattern, ruleId) {
  return pattern.endsWith("/*") ? ruleId.startsWith(pattern.slice(0, -1)) : pattern === ruleId;
}
function covers(directives, lineCount) {
  const result = [];
  const open = [];
  for (const directive of directives) {
    const names = directive.rules.length ? directive.rules : [void 0];
    switch (directive.kind) {
      case "disable-file":
        for (const rule of names) result.push({ directive, rule, fromLine: 1, toLine: lineCount, used: false });
        break;
      case "disable-line":
      case "disable-next-line": {
        const line = directive.kind === "disable-line" ? directive.line : directive.line + 1;
        for (const rule of names) result.push({ directive, rule, fromLine: line, toLine: line, used: false });
        break;
      }
      case "disable":
        for (const rule of names) {
          const cover = { directive, rule, fromLine: directive.line, toLine: lineCount, used: false };
          result.push(cover);
          open.push(cover);
        }
        break;
      case "enable":
        for (const cover of [...open]) {
          const closes = directive.rules.length === 0 || cover.rule !== void 0 && directive.rules.includes(cover.rule);
          if (!closes) continue;
          cover.toLine = directive.line;
          open.splice(open.indexOf(cover), 1);
        }
        break;
    }
  }
  return result;
}
function applyDirectives(findings, directives, lineCount) {
  if (directives.length === 0) return { kept: [...findings], unused: [], covers: [] };
  const all = covers(directives, lineCount);
  const kept = findings.filter((finding) => {
    let suppressed = false;
    for (const cover of all) {
      if (!coverSuppresses(cover, finding.ruleId, finding.line)) continue;
      cover.used = true;
      suppressed = true;
    }
    return !suppressed;
  });
  const unused = all.filter((cover) => !cover.used).map(({ directive, rule }) => ({ directive, rule }));
  return { kept, unused, covers: all };
}
function coverSuppresses(cover, ruleId, line) {
  return line >= cover.fromLine && line <= cover.toLine && (cover.rule === void 0 || ruleMatches(cover.rule, ruleId));
}

// src/facts/global-readers.ts
import path3 from "node:path";

// src/templates/texts.ts
import path from "node:path";
var TEMPLATE_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };
function readTemplateTexts(chartDir, templates) {
  return [...templates].sort().flatMap((name) => {
    const text = readTextOrUndefined(path.join(chartDir, "templates", name), TEMPLATE_LIMITS);
    return text === void 0 ? [] : [{ name, text }];
  });
}

// src/facts/topology.ts
import { existsSync, readdirSync } from "node:fs";
import path2 from "node:path";

// src/facts/types.ts
function defineFact(fact) {
  return fact;
}

// src/facts/topology.ts
var topologyFact = defineFact({
  id: "topology",
  async build(input) {
    const known = await neighbourhood(input.charts);
    const edges = new Map([...known.values()].map((chart) => [chart.dir, resolveEdges(chart, known)]));
    const roles = classify(known, edges);
    const charts = {};
    for (const dir of [...known.keys()].sort()) {
      const chart = known.get(dir);
      charts[dir] = {
        dir,
        name: chart.name,
        role: roles.get(dir) ?? "chart",
        dependencies: edges.get(dir),
        templates: chart.templates,
        switches: switchesOf(chart)
      };
    }
    return { charts };
  }
});
async function neighbourhood(runCharts) {
  const known = new Map(runCharts.map((chart) => [chart.dir, chart]));
  const load = async (dir) => {
    if (known.has(dir)) return known.get(dir);
    if (!existsSync(path2.join(dir, "Chart.yaml"))) return void 0;
    const { chart } = await loadChart(dir);
    known.set(dir, chart);
    return chart;
  };
  const withSiblings = /* @__PURE__ */ new Set();
  for (let changed = true; changed; ) {
    changed = false;
    for (const chart of [...known.values()]) {
      for (const dep of chart.dependencies)
        for (const dir of candidateDirs(chart.dir, dep)) if (!known.has(dir) && await load(dir)) changed = true;
      const below = resolvedDirs(chart, known);
      if (below.length >= 2 || below.some((dir) => resolvedDirs(known.get(dir), known).length >= 2)) {
        const parent = path2.dirname(chart.dir);
        if (withSiblings.has(parent)) continue;
        withSiblings.add(parent);
        for (const dir of chartFoldersIn(parent)) if (!known.has(dir) && await load(dir)) changed = true;
      }
    }
  }
  return known;
}
function candidateDirs(chartDir, dep) {
  const vendored = path2.join(chartDir, "charts", dep.name);
  if (dep.dir) return [dep.dir, vendored];
  return isServedHere(dep.repository) ? [vendored, path2.join(path2.dirname(chartDir), dep.name)] : [vendored];
}
function resolveEdges(chart, known) {
  return chart.dependencies.map((dep) => {
    const key = dep.alias ?? dep.name;
    const found = candidateDirs(chart.dir, dep).find((dir) => {
      const target = known.get(dir);
      return target !== void 0 && target.dir !== chart.dir && (dir === dep.dir || target.name === dep.name);
    });
    return { name: dep.name, key, dir: found };
  });
}
function resolvedDirs(chart, known) {
  return resolveEdges(chart, known).flatMap((edge) => edge.dir ? [edge.dir] : []);
}
function isServedHere(repository) {
  if (!repository) return false;
  try {
    const host2 = new URL(repository).hostname;
    return host2 === "localhost" || host2 === "127.0.0.1" || host2 === "[::1]";
  } catch {
    return false;
  }
}
function chartFoldersIn(parent) {
  try {
    return readdirSync(parent, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(path2.join(parent, entry.name, "Chart.yaml"))).map((entry) => path2.join(parent, entry.name));
  } catch {
    return [];
  }
}
function isInside(dir, parent) {
  const relative2 = path2.relative(parent, dir);
  return relative2 !== "" && !relative2.startsWith("..") && !path2.isAbsolute(relative2);
}
function membersOf(chart, edges, known) {
  return edges.flatMap((edge, index) => {
    const target = edge.dir ? known.get(edge.dir) : void 0;
    const dependency = chart.dependencies[index];
    if (!target || !dependency || dependency.condition) return [];
    return target.library || target.name === "helm-toolkit" ? [] : [target.dir];
  });
}
function hasOwnTemplates(chart) {
  return chart.templates.some((file) => {
    const base = path2.posix.basename(file);
    return !base.startsWith("_") && !base.endsWith(".tpl") && base !== "NOTES.txt";
  });
}
var VALUES_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };
var REGION_PLACEHOLDER = /DEFINED?[-_]IN[-_]REGION/i;
function awaitsRegion(dir) {
  return REGION_PLACEHOLDER.test(readTextOrUndefined(path2.join(dir, "values.yaml"), VALUES_LIMITS) ?? "");
}
function classify(known, edges) {
  const depsOf = (dir) => (edges.get(dir) ?? []).flatMap((edge) => edge.dir ? [edge.dir] : []);
  const dependedOn = new Set([...known.keys()].flatMap(depsOf));
  const members = (dir) => membersOf(known.get(dir), edges.get(dir) ?? [], known);
  const gathers = (dir) => members(dir).length >= 2;
  const roles = /* @__PURE__ */ new Map();
  for (const top of [...known.keys()].filter((dir) => !dependedOn.has(dir))) {
    const below = depsOf(top).filter(
      (dir) => !isInside(dir, top) && gathers(dir) && (!hasOwnTemplates(known.get(dir)) || awaitsRegion(dir))
    );
    if (below.length > 0) {
      roles.set(top, "region");
      for (const umbrella of below) roles.set(umbrella, "umbrella");
    } else if (members(top).filter((dep) => !isInside(dep, top)).length >= 2 && !hasOwnTemplates(known.get(top)) && awaitsRegion(top)) {
      roles.set(top, "umbrella");
    }
  }
  return roles;
}
function switchesOf(chart) {
  const paths = chart.dependencies.flatMap((dependency) => [
    [dependency.alias ?? dependency.name, "enabled"],
    ...(dependency.condition ?? []).map((condition) => condition.split(".")),
    ...(dependency.tags ?? []).map((tag2) => ["tags", tag2])
  ]);
  const seen = /* @__PURE__ */ new Set();
  return paths.filter((entry) => {
    const id = JSON.stringify(entry);
    return seen.has(id) ? false : (seen.add(id), true);
  });
}
function isSwitch(topology, chartDir, valuesPath) {
  if (valuesPath.length === 0 || !chartDir || !topology.charts[chartDir]) return false;
  const same = (entry, other) => entry.length === other.length && entry.every((segment, i) => segment === other[i]);
  const tree = closureOf(topology, chartDir);
  if (valuesPath[0] === "tags" && tree.some((chart) => chart.dependencies.length > 0)) return true;
  if (tree.some((chart) => chart.switches.some((entry) => same(entry, valuesPath)))) return true;
  const seen = /* @__PURE__ */ new Set();
  const below = (dir, rest) => {
    const chart = dir ? topology.charts[dir] : void 0;
    if (!chart || seen.has(chart.dir) || rest.length === 0) return false;
    seen.add(chart.dir);
    if (chart.switches.some((entry) => same(entry, rest))) return true;
    const edge = chart.dependencies.find((dependency) => dependency.key === rest[0]);
    return below(edge?.dir, rest.slice(1));
  };
  return below(chartDir, valuesPath);
}
function placementOf(topology, file) {
  if (file.role !== "defaults" && file.role !== "override" && file.role !== "extra") return "chart";
  if (file.region) return "region";
  return file.chart ? topology.charts[file.chart.dir]?.role ?? "chart" : "chart";
}
function closureOf(topology, dir) {
  const seen = /* @__PURE__ */ new Map();
  const visit = (at) => {
    const chart = topology.charts[at];
    if (!chart || seen.has(at)) return;
    seen.set(at, chart);
    for (const edge of chart.dependencies) if (edge.dir) visit(edge.dir);
  };
  visit(dir);
  return [...seen.values()];
}
function umbrellasOf(topology, regionDir) {
  const region = regionDir ? topology.charts[regionDir] : void 0;
  return (region?.dependencies ?? []).flatMap((edge) => {
    const chart = edge.dir ? topology.charts[edge.dir] : void 0;
    return chart?.role === "umbrella" ? [{ key: edge.key, chart }] : [];
  });
}

// src/facts/global-readers.ts
var VALUES_LIMITS2 = { maxFileBytes: 8 * 1024 * 1024 };
var GLOBAL_READ = /\.Values\.global\.([A-Za-z0-9_]+)/g;
var GLOBAL_INDEX = /\(?\s*index\s+\$?[A-Za-z0-9_]*\.Values\.global\s+"([^"]+)"/g;
var GLOBAL_WHOLE = /\.Values\.global\b(?!\.[A-Za-z0-9_])/;
var READS_ANY = "*";
var globalReadersFact = defineFact({
  id: "global-readers",
  needs: [topologyFact],
  build(_input, read) {
    const topology = read(topologyFact);
    const charts = Object.values(topology.charts);
    if (!charts.some((chart) => chart.templates.length > 0)) return null;
    const readers = {};
    for (const chart of charts) {
      const keys = /* @__PURE__ */ new Set();
      const record = (text) => {
        for (const match of text.matchAll(GLOBAL_READ)) keys.add(match[1]);
        for (const match of text.matchAll(GLOBAL_INDEX)) keys.add(match[1]);
        if (GLOBAL_WHOLE.test(text.replace(GLOBAL_INDEX, ""))) keys.add(READS_ANY);
      };
      for (const { text } of readTemplateTexts(chart.dir, chart.templates)) record(text);
      const values = readTextOrUndefined(path3.join(chart.dir, "values.yaml"), VALUES_LIMITS2);
      if (values !== void 0) record((values.match(/\{\{[^}]*\}\}/g) ?? []).join("\n"));
      readers[chart.dir] = [...keys].sort();
    }
    return readers;
  }
});
function chartsReading(readers, topology, top, key) {
  const tree = closureOf(topology, top);
  if (tree.some((chart) => chart.dependencies.some((edge) => edge.dir === void 0 && edge.name !== "helm-toolkit"))) return void 0;
  if (tree.some((chart) => readers[chart.dir]?.includes(READS_ANY))) return void 0;
  const names = tree.filter((chart) => readers[chart.dir]?.includes(key)).map((chart) => chart.name);
  return [...new Set(names)].sort();
}

// src/render/render.ts
import { existsSync as existsSync3, statSync as statSync5 } from "node:fs";
import { availableParallelism } from "node:os";
import path9 from "node:path";

// src/render/cache.ts
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, statSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path4 from "node:path";
function defaultCacheDir(env) {
  if (env.CHARTLINT_CACHE_DIR) return env.CHARTLINT_CACHE_DIR;
  return path4.join(env.XDG_CACHE_HOME || path4.join(homedir(), ".cache"), "chartlint");
}
var PRIVATE_DIR_MODE = 448;
var PRIVATE_FILE_MODE = 384;
function privateDir(dir) {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  const info = statSync(dir);
  if ((info.mode & 63) !== 0 && (process.getuid === void 0 || info.uid === process.getuid())) chmodSync(dir, PRIVATE_DIR_MODE);
}
var FolderDigests = class {
  constructor(maxFileBytes) {
    this.maxFileBytes = maxFileBytes;
  }
  maxFileBytes;
  digests = /* @__PURE__ */ new Map();
  of(dir) {
    let digest = this.digests.get(dir);
    if (digest === void 0) {
      const hash = createHash("sha256");
      for (const file of listFiles(dir)) {
        field(hash, "file", file);
        field(hash, "content", contentOf(path4.join(dir, file), this.maxFileBytes));
      }
      digest = hash.digest("hex");
      this.digests.set(dir, digest);
    }
    return digest;
  }
};
function field(hash, name, value) {
  hash.update(`${name}\0${typeof value === "string" ? value.length : value.byteLength}\0`);
  hash.update(value);
}
function renderKey(identity, folders = new FolderDigests(identity.maxFileBytes)) {
  const hash = createHash("sha256");
  field(hash, "chartlint", identity.version);
  const helm = statSync(identity.helm);
  field(hash, "helm", `${identity.helm}\0${helm.size}\0${helm.mtimeMs}`);
  for (const arg of identity.args) field(hash, "arg", arg);
  for (const dir of identity.chartDirs) {
    field(hash, "chart", dir);
    field(hash, "digest", folders.of(dir));
  }
  for (const file of identity.valuesFiles) {
    field(hash, "values", file);
    field(hash, "content", contentOf(file, identity.maxFileBytes));
  }
  return hash.digest("hex");
}
function contentOf(file, maxFileBytes) {
  const read = readRegularFile(file, { maxFileBytes });
  if (read.ok) return read.bytes;
  try {
    const info = statSync(file);
    return `unread\0${read.code}\0${info.size}\0${info.mtimeMs}`;
  } catch {
    return `unread\0${read.code}`;
  }
}
var FAILURE_CAUSES = ["unfetched-dependencies", "values-required"];
var RenderCache = class {
  /** `maxBytes`: a cached render larger than helm may print (limits.maxRenderBytes) is not read back. */
  constructor(dir, maxBytes = 64 * 1024 * 1024) {
    this.dir = dir;
    this.maxBytes = maxBytes;
  }
  dir;
  maxBytes;
  file(key, kind = "yaml") {
    return path4.join(this.dir, "renders", `${key}.${kind}`);
  }
  async get(key) {
    const read = readTextFile(this.file(key), { maxFileBytes: this.maxBytes });
    return read.ok ? { path: this.file(key), text: read.text } : void 0;
  }
  async put(key, text) {
    return this.write(this.file(key), text);
  }
  /** A failure cached under the render's key: a warm run does not run helm again for a chart that failed. */
  getFailure(key) {
    const read = readTextFile(this.file(key, "failed.json"), { maxFileBytes: 1024 * 1024 });
    if (!read.ok) return void 0;
    try {
      const data = JSON.parse(read.text);
      if (typeof data.message !== "string") return void 0;
      const at = data.at;
      const valid = at && typeof at.path === "string" && Number.isInteger(at.line) && Number.isInteger(at.column);
      const span = data.span && Number.isInteger(data.span.start) && Number.isInteger(data.span.end) ? data.span : void 0;
      const at2 = valid ? { path: at.path, line: at.line, column: at.column } : void 0;
      const cause = FAILURE_CAUSES.find((known) => known === data.cause);
      return { message: data.message, at: at2, span, ...cause ? { cause } : {} };
    } catch {
      return void 0;
    }
  }
  async putFailure(key, failure2) {
    await this.write(
      this.file(key, "failed.json"),
      JSON.stringify({ message: failure2.message, at: failure2.at, span: failure2.span, cause: failure2.cause })
    );
  }
  async write(target, text) {
    privateDir(path4.dirname(target));
    const partial = `${target}.${process.pid}.partial`;
    await writeFile(partial, text, { mode: PRIVATE_FILE_MODE });
    await rename(partial, target);
    return target;
  }
};

// src/render/dependencies.ts
import { existsSync as existsSync2, readdirSync as readdirSync3 } from "node:fs";
import path6 from "node:path";

// src/render/tree-charts.ts
import { readdirSync as readdirSync2, statSync as statSync2 } from "node:fs";
import path5 from "node:path";

// src/render/semver-range.ts
var VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseVersion(text) {
  const match = VERSION.exec(text.trim());
  if (!match) return void 0;
  return {
    major: Number(match[1]),
    minor: Number(match[2] ?? 0),
    patch: Number(match[3] ?? 0),
    prerelease: match[4] ? match[4].split(".") : []
  };
}
function compareVersions(a, b) {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return Math.sign(core);
  if (a.prerelease.length === 0 || b.prerelease.length === 0) return Math.sign(b.prerelease.length - a.prerelease.length);
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    const order = compareIdentifiers(x, y);
    if (order !== 0) return order;
  }
  return 0;
}
function compareIdentifiers(x, y) {
  const numeric = /^\d+$/;
  if (numeric.test(x) && numeric.test(y)) return Math.sign(Number(x) - Number(y));
  if (numeric.test(x)) return -1;
  if (numeric.test(y)) return 1;
  return x < y ? -1 : x > y ? 1 : 0;
}
var WILDCARD = /^[xX*]$/;
var PART = String.raw`(?:\d+|[xX*])`;
var COMPARATOR = new RegExp(
  String.raw`^\s*(!=|>=|=>|<=|=<|~>|[=<>~^])?\s*(v?${PART}(?:\.${PART}){0,2}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(?=[\s,]|$)`
);
var HYPHEN = new RegExp(
  String.raw`(v?${PART}(?:\.${PART}){0,2}(?:-[0-9A-Za-z.-]+)?)\s+-\s+(v?${PART}(?:\.${PART}){0,2}(?:-[0-9A-Za-z.-]+)?)`,
  "g"
);
function parseConstraint(text) {
  const groups = [];
  for (const alternative of text.split("||")) {
    let rest = alternative.replace(HYPHEN, ">=$1, <=$2");
    const group = [];
    while (rest.replace(/[\s,]+/g, "") !== "") {
      rest = rest.replace(/^[\s,]+/, "");
      const match = COMPARATOR.exec(rest);
      if (!match) return void 0;
      const comparator = makeComparator(match[1] ?? "=", match[2]);
      if (!comparator) return void 0;
      group.push(comparator);
      rest = rest.slice(match[0].length);
    }
    if (group.length === 0) return void 0;
    groups.push(group);
  }
  return { groups };
}
function satisfies(version, constraint) {
  return constraint.groups.some(
    (group) => (version.prerelease.length === 0 || group.some((c) => c.prerelease)) && group.every((c) => c.test(version))
  );
}
function makeComparator(operator, text) {
  const [core = "", prereleaseText] = text.replace(/^v/, "").replace(/\+.*$/, "").split(/-(.*)/s);
  const parts = core.split(".");
  const prerelease = prereleaseText ? prereleaseText.split(".") : [];
  if (WILDCARD.test(parts[0])) {
    const any = operator === "=" || operator === ">=" || operator === "=>" || operator === "<=" || operator === "=<" || operator === "~" || operator === "~>" || operator === "^";
    return { test: () => any, prerelease: false };
  }
  const numbers = parts.map((part) => WILDCARD.test(part) ? void 0 : Number(part));
  const firstWild = numbers.findIndex((n) => n === void 0);
  const known = firstWild === -1 ? numbers.length : firstWild;
  const major = numbers[0];
  const minor = known > 1 ? numbers[1] : void 0;
  const patch = known > 2 ? numbers[2] : void 0;
  const dirty = patch === void 0;
  const low = { major, minor: minor ?? 0, patch: patch ?? 0, prerelease: dirty ? [] : prerelease };
  const above = minor === void 0 ? { major: major + 1, minor: 0, patch: 0, prerelease: [] } : { major, minor: minor + 1, patch: 0, prerelease: [] };
  const cmp = (v, w) => compareVersions(v, w);
  const inRange = (v, end) => cmp(v, low) >= 0 && cmp(v, end) < 0;
  const withPre = prerelease.length > 0;
  const make = (test) => ({ test, prerelease: withPre });
  switch (operator) {
    case "=":
      return make((v) => dirty ? inRange(v, above) : cmp(v, low) === 0);
    case "!=":
      return make((v) => dirty ? !inRange(v, above) : cmp(v, low) !== 0);
    case ">":
      return make((v) => dirty ? cmp(v, above) >= 0 : cmp(v, low) > 0);
    case ">=":
    case "=>":
      return make((v) => cmp(v, low) >= 0);
    case "<":
      return make((v) => cmp(v, low) < 0);
    case "<=":
    case "=<":
      return make((v) => dirty ? cmp(v, above) < 0 : cmp(v, low) <= 0);
    case "~":
    case "~>": {
      const end = minor === void 0 ? { major: major + 1, minor: 0, patch: 0, prerelease: [] } : { major, minor: minor + 1, patch: 0, prerelease: [] };
      return make((v) => inRange(v, end));
    }
    case "^": {
      let end;
      if (major > 0 || minor === void 0) end = { major: major + 1, minor: 0, patch: 0, prerelease: [] };
      else if (minor > 0 || patch === void 0) end = { major: 0, minor: minor + 1, patch: 0, prerelease: [] };
      else end = { major: 0, minor: 0, patch: patch + 1, prerelease: [] };
      return make((v) => inRange(v, end));
    }
    default:
      return void 0;
  }
}

// src/render/tree-charts.ts
var CHART_LIMITS = { maxExpandedNodes: 1e4, maxFileBytes: 1024 * 1024, maxNestingDepth: 64 };
var MAX_ENTRIES = 5e3;
function fromChartRepository(dependency) {
  const repository = dependency.repository?.trim();
  return !!repository && !repository.startsWith("file://");
}
var TreeCharts = class {
  charts = /* @__PURE__ */ new Map();
  folders = /* @__PURE__ */ new Map();
  /** The chart the tree holds for `dependency` of the chart at `chartDir`, or why there is none. */
  async resolve(chartDir, dependency) {
    const wanted = dependency.version?.trim() || void 0;
    const constraint = wanted === void 0 ? void 0 : parseConstraint(wanted);
    const spelt = wanted === void 0 ? dependency.name : `${dependency.name} ${wanted}`;
    if (wanted !== void 0 && !constraint) return { found: false, reason: `${spelt}: the version constraint cannot be read` };
    const seen = [];
    for (const folder of searchFolders(chartDir)) {
      const named = (await this.chartsIn(folder, dependency.name)).filter(
        (chart) => chart.dir !== chartDir && !chartDir.startsWith(`${chart.dir}${path5.sep}`)
      );
      seen.push(...named);
      const fitting = named.map((chart) => ({ chart, version: chart.version === void 0 ? void 0 : parseVersion(chart.version) })).filter((c) => c.version !== void 0 && (!constraint || satisfies(c.version, constraint)));
      fitting.sort((a, b) => compareVersions(b.version, a.version));
      if (fitting[0]) return { found: true, chart: fitting[0].chart };
    }
    const where = "beside the chart or its parent folder";
    if (seen.length === 0) return { found: false, reason: `${spelt}: the tree has no chart named ${dependency.name} ${where}` };
    const found = seen.map((chart) => `${chart.name} ${chart.version ?? "(no version)"} (${relative(chartDir, chart.dir)})`);
    const outside = wanted === void 0 ? "without a version helm can read" : "outside the constraint";
    return { found: false, reason: `${spelt}: the tree has ${found.join(", ")}, ${outside}` };
  }
  /** The charts of that name directly below `folder`: the folder spelt as the name first, then the others. */
  async chartsIn(folder, name) {
    const direct = await this.chartAt(path5.join(folder, name));
    if (direct?.name === name) {
      const others = await this.othersNamed(folder, name);
      return [direct, ...others.filter((chart) => chart.dir !== direct.dir)];
    }
    return this.othersNamed(folder, name);
  }
  async othersNamed(folder, name) {
    const charts = [];
    for (const entry of await this.entries(folder)) {
      if (entry === name) continue;
      const chart = await this.chartAt(path5.join(folder, entry));
      if (chart?.name === name) charts.push(chart);
    }
    return charts;
  }
  /** Sub-folder names of `folder` that hold a Chart.yaml whose `name` is not their own spelling: listed once. */
  entries(folder) {
    let listed = this.folders.get(folder);
    if (!listed) {
      listed = this.listMismatched(folder);
      this.folders.set(folder, listed);
    }
    return listed;
  }
  async listMismatched(folder) {
    let names;
    try {
      names = readdirSync2(folder).sort().slice(0, MAX_ENTRIES);
    } catch {
      return [];
    }
    const mismatched = [];
    for (const entry of names) {
      const chart = await this.chartAt(path5.join(folder, entry));
      if (chart && chart.name !== entry) mismatched.push(entry);
    }
    return mismatched;
  }
  chartAt(dir) {
    let chart = this.charts.get(dir);
    if (!chart) {
      chart = readChart(dir);
      this.charts.set(dir, chart);
    }
    return chart;
  }
};
function searchFolders(chartDir) {
  const beside = path5.dirname(chartDir);
  const above = path5.dirname(beside);
  return above === beside ? [beside] : [beside, above];
}
async function readChart(dir) {
  try {
    if (!statSync2(dir).isDirectory()) return void 0;
  } catch {
    return void 0;
  }
  const read = readTextFile(path5.join(dir, "Chart.yaml"), CHART_LIMITS);
  if (!read.ok) return void 0;
  try {
    const { root } = await parseYamlValues(read.text, CHART_LIMITS);
    const name = scalarString(getChild(root, "name"));
    if (!name) return void 0;
    const versionNode = getChild(root, "version");
    const version = versionNode?.kind === "scalar" && versionNode.value !== null ? typeof versionNode.value === "string" ? versionNode.value : read.text.slice(versionNode.span.start, versionNode.span.end) : void 0;
    return { name, version, dir };
  } catch {
    return void 0;
  }
}
function relative(from, to) {
  const rel = path5.relative(from, to);
  return rel === "" ? "." : rel;
}

// src/render/dependencies.ts
var MAX_DEPTH = 20;
async function readLocalDependencies(chartDir, tree = new TreeCharts()) {
  const vendor = /* @__PURE__ */ new Map();
  const found = { all: [], needsScratch: false, vendor, problem: void 0 };
  const unresolved = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = async (dir, depth, ancestors) => {
    if (seen.has(dir) || found.problem) return;
    seen.add(dir);
    const planned = [];
    vendor.set(dir, planned);
    const add = (dependency) => {
      found.needsScratch = true;
      found.all.push(dependency);
      if (!planned.some((p) => p.name === dependency.name)) planned.push(dependency);
    };
    for (const dependency of await readDependencies(dir)) {
      if (found.problem) return;
      const vendored = isVendored(dir, dependency.name);
      if (dependency.dir) {
        if (vendored) {
          if (statKind(dependency.dir) === "dir") found.all.push({ name: dependency.name, dir: dependency.dir });
          continue;
        }
        const unusable = unusableChart(dependency.dir) ?? (depth >= MAX_DEPTH ? `local dependencies nest more than ${MAX_DEPTH} deep` : void 0);
        if (unusable) {
          const repository = dependency.repository ?? `file://${dependency.dir}`;
          found.problem = {
            message: `the local dependency "${dependency.name}" (${repository}) ${unusable}`,
            declared: dependency.declared
          };
          return;
        }
        add({ name: dependency.name, dir: dependency.dir });
        await visit(dependency.dir, depth + 1, [...ancestors, dir]);
        continue;
      }
      const again = planned.some((p) => p.name === dependency.name) || depth === 0 && unresolved.some((u) => u.name === dependency.name);
      if (vendored || !fromChartRepository(dependency) || again) continue;
      const resolution = depth >= MAX_DEPTH ? void 0 : await tree.resolve(dir, dependency);
      if (resolution?.found && ![...ancestors, dir].includes(resolution.chart.dir)) {
        add({ name: dependency.name, dir: resolution.chart.dir });
        await visit(resolution.chart.dir, depth + 1, [...ancestors, dir]);
      } else if (depth === 0 && resolution && !resolution.found) {
        unresolved.push({ name: dependency.name, reason: resolution.reason, declared: dependency.declared });
      }
    }
  };
  await visit(chartDir, 0, []);
  if (!found.problem && unresolved.length > 0) {
    const many = unresolved.length > 1;
    const some = many ? "dependencies the chart declares are" : "a dependency the chart declares is";
    const reasons = unresolved.map((u) => u.reason).join("; ");
    found.problem = {
      message: `${some} not in charts/ (helm dependency build fetches ${many ? "them" : "it"}), and the tree holds none that fits: ${reasons}`,
      declared: unresolved[0].declared,
      unfetched: true
    };
  }
  return found;
}
function unusableChart(dir) {
  const kind = statKind(dir);
  if (kind === "missing") return "is not there (no folder at that path)";
  if (kind !== "dir") return "is not a folder";
  try {
    readdirSync3(dir);
  } catch (error) {
    return `cannot be read (${error.code ?? "unreadable"})`;
  }
  const chartFile = path6.join(dir, "Chart.yaml");
  if (!existsSync2(chartFile)) return "has no Chart.yaml, so it is not a chart";
  const read = readTextFile(chartFile, { maxFileBytes: 1024 * 1024 });
  if (!read.ok) return `has a Chart.yaml that cannot be read (${read.message.replace(/\.$/, "")})`;
  return void 0;
}
function isVendored(chartDir, name) {
  const charts = path6.join(chartDir, "charts");
  if (existsSync2(path6.join(charts, name, "Chart.yaml"))) return true;
  try {
    return readdirSync3(charts).some((entry) => entry.startsWith(`${name}-`) && entry.endsWith(".tgz"));
  } catch {
    return false;
  }
}

// src/render/helm.ts
import { spawn } from "node:child_process";
import { accessSync, constants, statSync as statSync3 } from "node:fs";
import path7 from "node:path";
function locateHelm(choice) {
  const named = [
    ["--helm", choice.flag],
    ["helm.binary in the config", choice.config],
    ["CHARTLINT_HELM", choice.env.CHARTLINT_HELM]
  ];
  for (const [source, value] of named) {
    if (!value) continue;
    const binary = path7.resolve(choice.cwd, value);
    if (isExecutable(binary)) return { found: true, binary };
    return { found: false, message: `helm was not found at ${binary} (from ${source}), or it is not executable.` };
  }
  for (const dir of (choice.env.PATH ?? "").split(path7.delimiter).filter(Boolean)) {
    const binary = path7.join(dir, "helm");
    if (isExecutable(binary)) return { found: true, binary };
  }
  return {
    found: false,
    message: "helm was not found on PATH; install it, or name it with --helm PATH, helm.binary in .chartlint.yaml, or CHARTLINT_HELM."
  };
}
function isExecutable(file) {
  try {
    if (!statSync3(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function runHelm(binary, args, options) {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"], shell: false, detached: true });
    const killGroup = () => {
      if (child.pid === void 0) return;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    };
    const unregister = options.cleanup?.add(killGroup);
    const output = { stdout: [], stderr: [] };
    const bytes = { stdout: 0, stderr: 0 };
    let timedOut = false;
    let tooMuchOutput;
    let done = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, options.timeoutMs);
    for (const stream of ["stdout", "stderr"]) {
      child[stream].on("data", (chunk) => {
        if (tooMuchOutput) return;
        bytes[stream] += chunk.byteLength;
        if (bytes[stream] > options.maxOutputBytes) {
          tooMuchOutput = stream;
          killGroup();
          return;
        }
        output[stream].push(chunk);
      });
    }
    const finish = (code, spawnError) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unregister?.();
      resolve({
        code,
        stdout: tooMuchOutput ? "" : Buffer.concat(output.stdout).toString("utf8"),
        stderr: Buffer.concat(output.stderr).toString("utf8"),
        timedOut,
        tooMuchOutput,
        spawnError
      });
    };
    child.on("error", (error) => finish(null, error.code ?? error.message));
    child.on("exit", killGroup);
    child.on("close", (code) => finish(code));
  });
}

// src/render/helm-error.ts
var TEMPLATE_AT = /(?:^|[\s(])([\w.-]+(?:\/charts\/[\w.-]+)*\/templates\/[^:\s()]+):(\d+)(?::(\d+))?/gm;
var ACTION_AT = /(?:^|[\s(])[\w.-]+(?:\/charts\/[\w.-]+)*\/templates\/[^:\s()]+:\d+(?::\d+)?:?\s+executing "[^"]{1,200}" at <([^<>\n]{1,120})>/gm;
var NOISE = [/^WARNING:/, /^level=(?:DEBUG|INFO|WARN)\b/, /^[\w-]+\.go(?::\d+)?:\s/, /^Use --debug flag/];
var PHRASES = [
  /nil pointer evaluating [\w.{} *[\]]{1,80}\.\w{1,64}/,
  /wrong type for value; expected [\w.{} *[\]]{1,60}; got [\w.{} *[\]]{1,60}/,
  /invalid value; expected [\w.{} *[\]]{1,60}; got [\w.{} *[\]]{1,60}/,
  /can't evaluate field \w{1,64} in type [\w.{} *[\]]{1,60}/,
  /function "\w{1,64}" not defined/,
  /error calling \w{1,64}/,
  /index out of range: -?\d{1,10}/,
  /index of untyped nil/,
  /unexpected EOF/,
  /unclosed action/,
  /mapping values are not allowed in this context/,
  /did not find expected (?:key|node content|'-' indicator|<document start>|alphabetic or numeric character)/,
  /could not find expected ':'/,
  /found character that cannot start any token/,
  /block sequence entries are not allowed in this context/,
  /found unexpected end of stream/,
  /found a tab character that violates? indentation/,
  /control characters are not allowed/,
  /found undefined tag handle/,
  /found unknown escape character/
];
function helmLines(stderr, renderedDir, chartDir) {
  const lines = stderr.split(/\r\n|\r|\n/).map(
    (line) => line.replaceAll(renderedDir, chartDir).replace(/^Error: /, "").trim()
  ).filter((line) => line && !NOISE.some((noise) => noise.test(line)));
  const errors = lines.filter((line) => !/^level=ERROR\b/.test(line));
  return [...new Set(errors.length > 0 ? errors : lines)];
}
function templatePlaces(text) {
  return [...text.matchAll(TEMPLATE_AT)].map((match) => ({ template: match[1], line: Number(match[2]), column: Math.max(1, Number(match[3] ?? 1)) })).reverse();
}
var MISSING_DEPENDENCIES = /found in Chart\.yaml, but missing in charts\/ directory: (.*)$/;
function missingDependencies(text) {
  return MISSING_DEPENDENCIES.exec(text)?.[1].split(/,\s*/) ?? [];
}
function summarizeHelmError(lines) {
  const text = lines.join(" ");
  if (text === "") return { text: "helm template failed without a message", omitted: false };
  const parts = [];
  if (/^execution error at \(/.test(text)) {
    parts.push("a template's fail or required call stopped the render");
  } else if (/^YAML parse error on /.test(text) || /error converting YAML to JSON/.test(text)) {
    const line = /yaml: line (\d+):/.exec(text);
    parts.push(`a template rendered invalid YAML${line ? ` (line ${line[1]} of that template's output)` : ""}`);
  } else if (/^parse error at \(/.test(text)) {
    parts.push("a template does not parse");
  } else if (/values don't meet the specifications of the schema/.test(text)) {
    parts.push("the values do not meet the chart's values.schema.json");
  } else if (MISSING_DEPENDENCIES.test(text)) {
    const names = missingDependencies(text).map(safeName);
    const shown = names.every((n) => n !== void 0) ? `: ${names.join(", ")}` : "";
    parts.push(`a dependency the chart declares is not in charts/ (helm dependency build fetches it)${shown}`);
    return { text: parts.join("; "), omitted: false };
  } else if (/chart requires kubeVersion/.test(text)) {
    parts.push("the chart's kubeVersion does not allow the Kubernetes version helm renders for");
  }
  const executing = [...text.matchAll(ACTION_AT)].at(-1);
  if (executing) parts.push(`at <${executing[1]}>`);
  for (const phrase of PHRASES) {
    const match = phrase.exec(text);
    if (match && !parts.includes(match[0])) parts.push(match[0]);
  }
  if (parts.length === 0) return { text: "its message is not shown, as it may quote values", omitted: true };
  if (parts[0].startsWith("at <")) parts[0] = `a template stopped ${parts[0]}`;
  const asksForValues = /^execution error at \(/.test(text);
  return { text: parts.join(": "), omitted: true, ...asksForValues ? { asksForValues: true } : {} };
}

// src/render/release-name.ts
var MAX_RELEASE_NAME = 53;
function defaultReleaseName(chartName) {
  const name = chartName.toLowerCase().replace(/[^a-z0-9-]+/g, "-").slice(0, MAX_RELEASE_NAME).replace(/^-+|-+$/g, "");
  return name || "release";
}
function isReleaseNameRefusal(helmText) {
  return /invalid release name|release name check failed/i.test(helmText);
}

// src/render/scratch.ts
import { copyFileSync, mkdirSync as mkdirSync2, readdirSync as readdirSync4, statSync as statSync4 } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path8 from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
var SpecialFileError = class extends Error {
};
async function prepareChart(chartDir, dependencies, cleanup) {
  if (!dependencies.needsScratch) return { dir: chartDir, cleanup: async () => {
  } };
  const scratch = await mkdtemp(path8.join(tmpdir(), "chartlint-render-"));
  const unregister = cleanup?.add(() => rmSync(scratch, { recursive: true, force: true }));
  const remove = async () => {
    await rm(scratch, { recursive: true, force: true });
    unregister?.();
  };
  const copy = path8.join(scratch, path8.basename(chartDir));
  try {
    vendorInto(chartDir, copy, dependencies.vendor);
  } catch (error) {
    await remove();
    throw error;
  }
  return { dir: copy, cleanup: remove };
}
function vendorInto(source, target, plan, depth = 0) {
  if (depth > 20) throw new Error(`local dependencies nest more than 20 deep at ${source}`);
  copyTree(source, target);
  for (const dependency of plan.get(source) ?? []) {
    vendorInto(dependency.dir, path8.join(target, "charts", dependency.name), plan, depth + 1);
  }
}
function copyTree(source, target, depth = 0) {
  if (depth > 64) throw new Error(`${source} nests more than 64 folders deep; it was not copied`);
  mkdirSync2(target, { recursive: true });
  for (const entry of readdirSync4(source, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const from = path8.join(source, entry.name);
    const to = path8.join(target, entry.name);
    let info;
    try {
      info = entry.isSymbolicLink() ? statSync4(from) : void 0;
    } catch {
      continue;
    }
    if (entry.isDirectory() || info?.isDirectory()) copyTree(from, to, depth + 1);
    else if (entry.isFile() || info?.isFile()) copyFileSync(from, to);
    else throw new SpecialFileError(`${from} is ${kindOf(info ?? statSync4(from))}, not a regular file; the chart was not rendered`);
  }
}

// src/render/render.ts
async function renderCharts(charts, settings) {
  const outcomes = /* @__PURE__ */ new Map();
  const helm = locateHelm(settings.helm);
  if (!helm.found) {
    for (const chart of charts) outcomes.set(chart, { ok: false, message: helm.message, at: void 0 });
    return outcomes;
  }
  const run = {
    helm: helm.binary,
    cache: new RenderCache(settings.cacheDir, settings.maxOutputBytes),
    folders: new FolderDigests(settings.maxFileBytes),
    tree: new TreeCharts(),
    settings
  };
  const queue = [...charts];
  const worker = async () => {
    for (let chart = queue.shift(); chart; chart = queue.shift()) {
      outcomes.set(chart, await renderChartSafely(chart, run));
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, worker));
  return outcomes;
}
async function renderChartSafely(chart, run) {
  try {
    return await renderChart(chart, run);
  } catch (error) {
    const detail = error instanceof SpecialFileError ? error.message : describeError(error);
    return { ok: false, message: `The chart could not be rendered: ${detail}.`, at: void 0 };
  }
}
function describeError(error) {
  const { code, path: file } = error;
  if (code) return file ? `${file} cannot be read (${code})` : `a file cannot be read (${code})`;
  return error.message ?? String(error);
}
async function renderChart(chart, run) {
  const { settings } = run;
  const dependencies = await readLocalDependencies(chart.dir, run.tree);
  if (dependencies.problem) {
    const { message, declared, unfetched } = dependencies.problem;
    const cause = unfetched ? "unfetched-dependencies" : void 0;
    return {
      ok: false,
      message: `${message}.`,
      at: declared && { path: declared.path, line: declared.line, column: declared.column },
      span: declared?.span,
      ...cause ? { cause } : {}
    };
  }
  const chartDirs = [chart.dir, ...new Set(dependencies.all.map((d) => d.dir))];
  for (const dir of chartDirs) {
    const special = findSpecialFile(dir);
    if (special) throw new SpecialFileError(`${special.path} is ${kindOf(special.info)}, not a regular file; the chart was not rendered`);
  }
  for (const file of settings.valuesFiles) {
    const info = statOrUndefined(file);
    if (info && !info.isFile()) throw new SpecialFileError(`${file} is ${kindOf(info)}, not a regular file; the chart was not rendered`);
  }
  const flags = [
    "--namespace",
    settings.namespace,
    ...settings.valuesFiles.flatMap((file) => ["--values", file]),
    ...settings.set.flatMap((pair) => ["--set", pair])
  ];
  const release = settings.releaseName ?? defaultReleaseName(chart.name);
  const key = renderKey(
    {
      version: settings.version,
      helm: run.helm,
      chartDirs,
      valuesFiles: settings.valuesFiles,
      // --debug changes what a failure says, so it is part of the failure's identity.
      args: [release, ...flags, settings.debug ? "--debug" : ""],
      maxFileBytes: settings.maxFileBytes
    },
    run.folders
  );
  const done = { ok: true, valuesFiles: settings.valuesFiles, dependencies: dependencies.all };
  const hit = await run.cache.get(key);
  if (hit) return { ...done, manifestPath: hit.path, text: hit.text, cached: true };
  const failed = run.cache.getFailure(key);
  if (failed) return { ok: false, ...failed };
  const prepared = await prepareChart(chart.dir, dependencies, settings.cleanup);
  try {
    const helmRun = await runHelm(run.helm, ["template", release, prepared.dir, ...flags], {
      cwd: chart.dir,
      timeoutMs: settings.timeoutMs,
      maxOutputBytes: settings.maxOutputBytes,
      cleanup: settings.cleanup
    });
    if (helmRun.spawnError) return { ok: false, message: `helm could not be started (${helmRun.spawnError}).`, at: void 0 };
    if (helmRun.tooMuchOutput) {
      const what = `helm template printed more than ${formatBytes(settings.maxOutputBytes)} on ${helmRun.tooMuchOutput}`;
      return { ok: false, message: `${what} and was stopped (limits.maxRenderBytes).`, at: void 0 };
    }
    if (helmRun.timedOut)
      return { ok: false, message: `helm template did not finish within ${settings.timeoutMs / 1e3} s.`, at: void 0 };
    if (helmRun.code !== 0) {
      const outcome = await failure(helmRun.stderr, chart, { prepared, dependencies: dependencies.all, release }, settings);
      await run.cache.putFailure(key, outcome).catch(() => void 0);
      return outcome;
    }
    let manifestPath;
    try {
      manifestPath = await run.cache.put(key, helmRun.stdout);
    } catch {
      manifestPath = path9.join(settings.cacheDir, "renders", `${key}.yaml`);
    }
    return { ...done, manifestPath, text: helmRun.stdout, cached: false };
  } finally {
    await prepared.cleanup();
  }
}
function statOrUndefined(file) {
  try {
    return statSync5(file);
  } catch {
    return void 0;
  }
}
async function failure(stderr, chart, render, settings) {
  const lines = helmLines(stderr, render.prepared.dir, chart.dir);
  const scrub = await settings.scrubberFor({
    chartDirs: [chart.dir, ...render.dependencies.map((d) => d.dir)],
    valuesFiles: settings.valuesFiles,
    set: settings.set
  });
  const text = lines.join(" ");
  if (isReleaseNameRefusal(text)) return { ok: false, message: releaseNameMessage(render.release, settings, scrub), at: void 0 };
  const summary = summarizeHelmError(lines);
  let message = `helm template failed: ${scrub(summary.text)}`;
  if (summary.asksForValues) message += " (the chart asks for values: give them with --values FILE or --set)";
  if (settings.debug) message += `. helm said: ${scrub(text).slice(0, MAX_QUOTED)}`;
  else if (summary.omitted) message += " (--debug shows helm's own message, scrubbed of values)";
  const missing = missingDependencies(text);
  const declared = chart.dependencies.find((d) => missing.includes(d.name))?.declared;
  if (declared) {
    const at2 = { path: declared.path, line: declared.line, column: declared.column };
    return { ok: false, message, at: at2, span: declared.span, cause: "unfetched-dependencies" };
  }
  const at = templatePlaces(text).map((place) => ({ path: templateFile(place.template, chart, render.dependencies), line: place.line, column: place.column })).find((place) => existsSync3(place.path));
  return { ok: false, message, at, ...summary.asksForValues ? { cause: "values-required" } : {} };
}
function releaseNameMessage(release, settings, scrub) {
  if (settings.releaseName !== void 0) {
    return `helm refused the release name "${scrub(release)}" that was set (--release-name or helm.releaseName): it must be lowercase letters, digits and "-", start and end with a letter or digit, and be at most ${MAX_RELEASE_NAME} characters.`;
  }
  return `helm refused the default release name "${release}" (made from the chart's name); set one with --release-name NAME or helm.releaseName in .chartlint.yaml.`;
}
var MAX_QUOTED = 800;
function templateFile(helmPath, chart, dependencies) {
  const parts = helmPath.split("/").slice(1);
  let dir = chart.dir;
  while (parts[0] === "charts" && parts.length > 2) {
    const name = parts[1];
    dir = dependencies.find((d) => d.name === name)?.dir ?? path9.join(dir, "charts", name);
    parts.splice(0, 2);
  }
  return path9.join(dir, ...parts);
}

// src/facts/renders.ts
import { existsSync as existsSync4 } from "node:fs";
import path10 from "node:path";
var rendersFact = defineFact({
  id: "renders",
  async build(input) {
    if (!input.render) return {};
    const charts = input.wholeCharts.filter((chart) => !chart.library && !isVendored2(chart.dir));
    const outcomes = await renderCharts(charts, input.render);
    return Object.fromEntries([...outcomes].map(([chart, outcome]) => [chart.dir, outcome]));
  }
});
function isVendored2(dir) {
  const charts = path10.dirname(dir);
  return path10.basename(charts) === "charts" && existsSync4(path10.join(path10.dirname(charts), "Chart.yaml"));
}

// src/templates/image-reads.ts
import path11 from "node:path";

// src/templates/evaluate.ts
var UNKNOWN = { k: "unknown" };
var NIL = { k: "nil" };
var ROOT_FIELDS = /* @__PURE__ */ new Set(["Values", "Release", "Chart", "Capabilities", "Template", "Files"]);
var MAX_DEPTH2 = 16;
var MAX_RANGE_ITEMS = 16;
var Evaluator = class {
  constructor(defines) {
    this.defines = defines;
  }
  defines;
  sink = [];
  stack = [];
  /** Chart defines that some evaluation reached. */
  reached = /* @__PURE__ */ new Set();
  site = { file: "", offset: 0 };
  /** Open `if`/`with` blocks inside the library define being run: a read there depends on values it tests. */
  guards = 0;
  /** Everything learnt so far, each event at the chart template line that made it. */
  get placed() {
    return this.sink;
  }
  /** Evaluates a chart file's body (or a chart define body) with `.` bound to `dot`. */
  run(file, body, dot) {
    this.evalBody(body, { dot, dollar: dot, scope: [/* @__PURE__ */ new Map()] }, file);
  }
  emit(event) {
    if (event.path.length > 0 && (event.path[0] !== "images" || event.path.length > 3)) return;
    this.sink.push({ event, ...this.site });
  }
  /** The library defines being run since the chart's own code last was: what a read went "through". */
  libraryChain() {
    let last = this.stack.length - 1;
    while (last >= 0 && !this.defines.chart.has(this.stack[last])) last--;
    return this.stack.slice(last + 1);
  }
  evalBody(nodes, frame, file) {
    for (const node of nodes) {
      if (file !== void 0) this.site = { file, offset: node.offset };
      this.evalNode(node, frame, file);
    }
  }
  evalNode(node, frame, file) {
    switch (node.kind) {
      case "action": {
        const value = this.pipeline(node.pipe, frame);
        if (node.assign) this.assign(frame, node.assign.names, [value], node.assign.declare);
        break;
      }
      case "if":
      case "with": {
        const value = this.pipeline(node.pipe, frame);
        const dot = node.kind === "with" ? value : frame.dot;
        const inLibrary = this.stack.length > 0 && !this.defines.chart.has(this.stack[this.stack.length - 1]);
        if (inLibrary) this.guards++;
        const inner = { ...frame, dot, scope: [...frame.scope, /* @__PURE__ */ new Map()] };
        this.assign(inner, node.names.slice(0, 1), [value], true);
        this.evalBody(node.body, inner, file);
        this.evalBody(node.orElse, { ...frame, scope: [...frame.scope, /* @__PURE__ */ new Map()] }, file);
        if (inLibrary) this.guards--;
        break;
      }
      case "range": {
        const over = this.pipeline(node.pipe, frame);
        for (const [key, item] of rangeItems(over)) {
          const scope = [...frame.scope, /* @__PURE__ */ new Map()];
          const inner = { ...frame, dot: item, scope };
          this.assign(
            inner,
            node.names.length === 2 ? node.names : node.names.slice(0, 1),
            node.names.length === 2 ? [key, item] : [item],
            true
          );
          this.evalBody(node.body, inner, file);
        }
        this.evalBody(node.orElse, { ...frame, scope: [...frame.scope, /* @__PURE__ */ new Map()] }, file);
        break;
      }
      case "call":
        this.call(node.name, node.pipe ? this.pipeline(node.pipe, frame) : NIL);
        break;
      case "unreadable":
        if (/images|include|template/.test(node.text))
          this.emit({ kind: "dynamic", path: [], via: this.libraryChain(), why: `unreadable action "{{ ${node.text} }}"` });
        break;
    }
  }
  assign(frame, names, values, declare) {
    names.forEach((name, i) => {
      const value = values[i] ?? UNKNOWN;
      if (declare) frame.scope[frame.scope.length - 1].set(name, value);
      else {
        const holder = [...frame.scope].reverse().find((vars) => vars.has(name)) ?? frame.scope[frame.scope.length - 1];
        holder.set(name, value);
      }
    });
  }
  lookup(frame, name) {
    if (name === "$") return frame.dollar;
    for (let i = frame.scope.length - 1; i >= 0; i--) {
      const value = frame.scope[i].get(name);
      if (value) return value;
    }
    return UNKNOWN;
  }
  pipeline(pipe, frame) {
    let value;
    for (const command of pipe) value = this.command(command, frame, value);
    return value ?? UNKNOWN;
  }
  command(command, frame, piped) {
    const [head, ...rest] = command;
    if (head?.kind !== "ident") {
      if (command.length === 1 && piped === void 0) return this.operand(head, frame);
      for (const expr of command) this.operand(expr, frame);
      return UNKNOWN;
    }
    if (head.name === "default") return this.defaulted(rest, frame, piped);
    const args = rest.map((expr) => this.operand(expr, frame));
    if (piped !== void 0) args.push(piped);
    return this.apply(head.name, args);
  }
  defaulted(rest, frame, piped) {
    const given = piped ?? (rest.length > 1 ? this.operand(rest[rest.length - 1], frame) : NIL);
    const fallbackExpr = rest[0];
    const saved = this.sink;
    this.sink = [];
    const fallback = fallbackExpr ? this.operand(fallbackExpr, frame) : NIL;
    const fallbackEvents = this.sink;
    this.sink = saved;
    const emptiness = emptinessOf(given);
    if (emptiness === "full") return given;
    if (emptiness === "empty") {
      this.sink.push(...fallbackEvents);
      return fallback;
    }
    for (const placed of fallbackEvents) {
      const { event } = placed;
      this.sink.push(
        event.kind === "read" ? { ...placed, event: { kind: "dynamic", path: event.path, via: event.via, why: "a default that may not be taken" } } : placed
      );
    }
    return UNKNOWN;
  }
  operand(expr, frame) {
    switch (expr.kind) {
      case "string":
        return { k: "str", v: expr.value };
      case "number":
        return { k: "num", v: expr.value };
      case "literal":
        return UNKNOWN;
      case "dot":
        return this.fields(frame.dot, expr.fields);
      case "var":
        return this.fields(this.lookup(frame, expr.name), expr.fields);
      case "ident":
        return this.apply(expr.name, []);
      case "paren":
        return this.fields(this.pipeline(expr.pipe, frame), expr.fields);
    }
  }
  fields(base, names) {
    let value = base;
    for (const name of names) value = this.field(value, name, false);
    return value;
  }
  field(base, name, byName) {
    switch (base.k) {
      case "root":
        if (name === "Values") return { k: "values", path: [] };
        return ROOT_FIELDS.has(name) ? UNKNOWN : NIL;
      // Only a chart's context has `.Values`: an unknown value with one is taken to be that context.
      case "unknown":
        return name === "Values" ? { k: "values", path: [] } : UNKNOWN;
      case "values": {
        const path16 = [...base.path, name];
        this.emit({ kind: "read", path: path16, via: this.libraryChain(), byName, guarded: this.guards > 0 });
        return { k: "values", path: path16 };
      }
      case "dict":
        return base.entries.get(name) ?? (base.open ? UNKNOWN : NIL);
      case "nil":
        return NIL;
      default:
        return UNKNOWN;
    }
  }
  index(base, keys) {
    let value = base;
    for (const key of keys) {
      if (key.k === "str" || key.k === "num" && value.k !== "list") {
        value = this.field(value, String(key.v), true);
      } else if (key.k === "num" && value.k === "list") {
        value = value.items[key.v] ?? NIL;
      } else if (value.k === "values") {
        if (key.k !== "rangeKey" || key.path.join(".") !== value.path.join("."))
          this.emit({ kind: "dynamic", path: value.path, via: this.libraryChain(), why: "an index by a key known only at render time" });
        value = UNKNOWN;
      } else {
        value = UNKNOWN;
      }
    }
    return value;
  }
  apply(name, args) {
    switch (name) {
      case "index":
        return args.length > 0 ? this.index(args[0], args.slice(1)) : UNKNOWN;
      case "dict": {
        const entries = /* @__PURE__ */ new Map();
        let open = false;
        for (let i = 0; i + 1 < args.length; i += 2) {
          const key = args[i];
          if (key.k === "str") entries.set(key.v, args[i + 1]);
          else open = true;
        }
        return { k: "dict", entries, open };
      }
      case "list":
      case "tuple":
        return { k: "list", items: args };
      case "printf":
        return printf(args);
      case "replace": {
        const [from, to, text] = args;
        return from?.k === "str" && to?.k === "str" && text?.k === "str" ? { k: "str", v: text.v.replaceAll(from.v, to.v) } : UNKNOWN;
      }
      case "toString":
        return args[0]?.k === "str" ? args[0] : UNKNOWN;
      case "set": {
        const [target, key, value] = args;
        if (target?.k === "dict") {
          if (key?.k === "str") target.entries.set(key.v, value ?? UNKNOWN);
          else target.open = true;
        }
        return target ?? UNKNOWN;
      }
      case "merge":
      case "mergeOverwrite":
        if (args[0]?.k === "dict") args[0].open = true;
        return args[0] ?? UNKNOWN;
      case "include":
        return this.call(args[0], args[1] ?? NIL);
      default:
        return UNKNOWN;
    }
  }
  /** `include`/`template`: runs the define with `.` and `$` bound to its argument. */
  call(nameValue, arg) {
    const name = typeof nameValue === "string" ? nameValue : nameValue?.k === "str" ? nameValue.v : void 0;
    if (name === void 0 || this.stack.includes(name) || this.stack.length >= MAX_DEPTH2) return UNKNOWN;
    const own = this.defines.chart.get(name);
    const define = own?.define ?? this.defines.library.get(name);
    if (!define) {
      const why = name.startsWith("helm-toolkit.") && !this.defines.libraryFound ? "helm-toolkit was not found" : "no such define was found";
      this.emit({ kind: "dynamic", path: [], via: [...this.libraryChain(), name], why: `include "${name}": ${why}` });
      return UNKNOWN;
    }
    if (own) return this.callOwn(name, own, arg);
    const memoKey = `${name}\0${signature(arg)}`;
    const outerGuards = this.guards;
    const replay = (events2) => {
      const prefix = this.libraryChain();
      for (const event of events2)
        this.emit(
          event.kind === "read" ? { ...event, via: [...prefix, ...event.via], guarded: event.guarded || outerGuards > 0 } : { ...event, via: [...prefix, ...event.via] }
        );
    };
    const remembered = this.defines.memo.get(memoKey);
    if (remembered) {
      replay(remembered);
      return UNKNOWN;
    }
    const saved = this.sink;
    this.sink = [];
    this.guards = 0;
    const depth = this.libraryChain().length;
    this.stack.push(name);
    this.evalBody(define.body, { dot: arg, dollar: arg, scope: [/* @__PURE__ */ new Map()] }, void 0);
    this.stack.pop();
    this.guards = outerGuards;
    const events = uniqueEvents(this.sink.map(({ event }) => ({ ...event, via: event.via.slice(depth) })));
    this.sink = saved;
    this.defines.memo.set(memoKey, events);
    replay(events);
    return UNKNOWN;
  }
  /** The chart's own define: its reads are placed at its own lines. */
  callOwn(name, own, arg) {
    this.reached.add(name);
    const site = this.site;
    this.stack.push(name);
    this.evalBody(own.define.body, { dot: arg, dollar: arg, scope: [/* @__PURE__ */ new Map()] }, own.file);
    this.stack.pop();
    this.site = site;
    return UNKNOWN;
  }
};
function rangeItems(over) {
  if (over.k === "list") return over.items.slice(0, MAX_RANGE_ITEMS).map((item, i) => [{ k: "num", v: i }, item]);
  if (over.k === "dict" && !over.open)
    return [...over.entries].slice(0, MAX_RANGE_ITEMS).map(([key, item]) => [{ k: "str", v: key }, item]);
  if (over.k === "values") return [[{ k: "rangeKey", path: over.path }, UNKNOWN]];
  return [[UNKNOWN, UNKNOWN]];
}
function emptinessOf(value) {
  switch (value.k) {
    case "nil":
      return "empty";
    case "str":
      return value.v === "" ? "empty" : "full";
    case "list":
      return value.items.length === 0 ? "empty" : "full";
    case "dict":
      return value.entries.size > 0 ? "full" : value.open ? "unknown" : "empty";
    case "root":
    case "values":
      return "full";
    default:
      return "unknown";
  }
}
function printf(args) {
  const [format, ...rest] = args;
  if (format?.k !== "str" || /%[^%sdv]/.test(format.v)) return UNKNOWN;
  let i = 0;
  let ok = true;
  const text = format.v.replace(/%([%sdv])/g, (_, verb) => {
    if (verb === "%") return "%";
    const arg = rest[i++];
    if (arg?.k === "str" || arg?.k === "num") return String(arg.v);
    ok = false;
    return "";
  });
  return ok ? { k: "str", v: text } : UNKNOWN;
}
function signature(value) {
  switch (value.k) {
    case "str":
      return JSON.stringify(value.v);
    case "num":
      return String(value.v);
    case "values":
    case "rangeKey":
      return `${value.k}(${value.path.join(".")})`;
    case "dict":
      return `{${[...value.entries].map(([key, item]) => `${JSON.stringify(key)}:${signature(item)}`).join(",")}${value.open ? ",\u2026" : ""}}`;
    case "list":
      return `[${value.items.map(signature).join(",")}]`;
    default:
      return value.k;
  }
}
function uniqueEvents(events) {
  const seen = /* @__PURE__ */ new Set();
  return events.filter((event) => {
    const detail = event.kind === "read" ? `${event.byName}${event.guarded}` : event.why;
    const key = `${event.kind}\0${event.path.join(".")}\0${event.via.join("\0")}\0${detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/templates/parse.ts
function scanActions(text) {
  const actions = [];
  let at = text.indexOf("{{");
  while (at !== -1) {
    let start = at + 2;
    if (text[start] === "-" && /\s/.test(text[start + 1] ?? "")) start++;
    const end = findClose(text, start);
    if (end === -1) break;
    let inner = text.slice(start, end);
    if (/\s-$/.test(inner)) inner = inner.slice(0, -1);
    inner = inner.trim();
    if (!inner.startsWith("/*")) actions.push({ offset: at, text: inner });
    at = text.indexOf("{{", end + 2);
  }
  return actions;
}
function findClose(text, from) {
  const rest = text.slice(from).trimStart();
  if (rest.startsWith("/*")) {
    const close = text.indexOf("*/", from);
    return close === -1 ? -1 : text.indexOf("}}", close + 2);
  }
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "`" || c === "'") {
      i = skipQuoted(text, i);
      if (i === -1) return -1;
    } else if (c === "}" && text[i + 1] === "}") return i;
  }
  return -1;
}
function skipQuoted(text, start) {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote !== "`" && text[i] === "\\") i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}
var FIELDS = /^(?:\.[A-Za-z_][A-Za-z0-9_]*)+/;
function lex(text) {
  const tokens = [];
  let i = 0;
  const fieldsAt = (at) => {
    const match = FIELDS.exec(text.slice(at));
    return match ? [match[0].slice(1).split("."), at + match[0].length] : [[], at];
  };
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "`") {
      const end = skipQuoted(text, i);
      if (end === -1) throw new Error("unterminated string");
      const raw = text.slice(i, end + 1);
      tokens.push({ t: "str", v: c === "`" ? raw.slice(1, -1) : JSON.parse(raw.replaceAll("	", "\\t")) });
      i = end + 1;
    } else if (c === "'") {
      const end = skipQuoted(text, i);
      if (end === -1) throw new Error("unterminated char");
      tokens.push({ t: "lit" });
      i = end + 1;
    } else if (c === "(" || c === ")" || c === "|" || c === ",") {
      tokens.push({ t: "op", v: c });
      i++;
      if (c === ")") {
        const [fields, next] = fieldsAt(i);
        if (fields.length > 0) tokens.push({ t: "field", fields });
        i = next;
      }
    } else if (text.startsWith(":=", i)) {
      tokens.push({ t: "op", v: ":=" });
      i += 2;
    } else if (c === "=") {
      tokens.push({ t: "op", v: "=" });
      i++;
    } else if (c === "$") {
      const name = /^\$[A-Za-z0-9_]*/.exec(text.slice(i))[0];
      const [fields, next] = fieldsAt(i + name.length);
      tokens.push({ t: "var", name, fields });
      i = next;
    } else if (c === ".") {
      const [fields, next] = fieldsAt(i);
      tokens.push({ t: "dot", fields });
      i = fields.length > 0 ? next : i + 1;
    } else if (/[-+0-9]/.test(c)) {
      const num = /^[-+]?(?:0x[0-9a-fA-F]+|[0-9][0-9_]*(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)/.exec(text.slice(i));
      if (!num) throw new Error(`unexpected ${c}`);
      tokens.push({ t: "num", v: Number(num[0].replaceAll("_", "")) });
      i += num[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))[0];
      tokens.push(["true", "false", "nil"].includes(word) ? { t: "lit" } : { t: "ident", v: word });
      i += word.length;
    } else {
      throw new Error(`unexpected ${c}`);
    }
  }
  return tokens;
}
var ExprParser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  at = 0;
  done() {
    return this.at >= this.tokens.length;
  }
  peek() {
    return this.tokens[this.at];
  }
  /** `$a, $b :=` or `$a :=` / `$a =` at the start of an action. */
  assignment() {
    const names = [];
    let i = this.at;
    for (; ; ) {
      const token = this.tokens[i];
      if (token?.t !== "var" || token.fields.length > 0) return void 0;
      names.push(token.name);
      const next = this.tokens[i + 1];
      if (next?.t === "op" && next.v === ",") {
        i += 2;
        continue;
      }
      if (next?.t === "op" && (next.v === ":=" || next.v === "=")) {
        this.at = i + 2;
        return { names, declare: next.v === ":=" };
      }
      return void 0;
    }
  }
  pipeline() {
    const commands = [this.command()];
    while (this.peek()?.t === "op" && this.peek().v === "|") {
      this.at++;
      commands.push(this.command());
    }
    return commands;
  }
  command() {
    const operands = [];
    for (let token = this.peek(); token && !(token.t === "op" && token.v !== "("); token = this.peek()) operands.push(this.operand());
    if (operands.length === 0) throw new Error("empty command");
    return operands;
  }
  operand() {
    const token = this.tokens[this.at++];
    switch (token.t) {
      case "str":
        return { kind: "string", value: token.v };
      case "num":
        return { kind: "number", value: token.v };
      case "lit":
        return { kind: "literal" };
      case "dot":
        return { kind: "dot", fields: token.fields };
      case "var":
        return { kind: "var", name: token.name, fields: token.fields };
      case "ident":
        return { kind: "ident", name: token.v };
      case "op": {
        if (token.v !== "(") throw new Error(`unexpected ${token.v}`);
        const pipe = this.pipeline();
        const close = this.tokens[this.at++];
        if (close?.t !== "op" || close.v !== ")") throw new Error("missing )");
        const chain = this.peek();
        if (chain?.t === "field") this.at++;
        return { kind: "paren", pipe, fields: chain?.t === "field" ? chain.fields : [] };
      }
      default:
        throw new Error("unexpected field chain");
    }
  }
};
function pipelineOf(text) {
  const parser = new ExprParser(lex(text));
  const pipe = parser.pipeline();
  if (!parser.done()) throw new Error("trailing tokens");
  return pipe;
}
var KEYWORD = /^(define|block|if|else|with|range|end|template|break|continue)\b\s*/;
function parseTemplate(text) {
  const body = [];
  const defines = [];
  const stack = [{ kind: "root", into: body, chained: 0 }];
  const top = () => stack[stack.length - 1];
  const openBlock = (kind, offset, rest, chained) => {
    let pipe;
    let names = [];
    let unreadable;
    try {
      const parser = new ExprParser(lex(rest));
      names = parser.assignment()?.names ?? [];
      pipe = parser.pipeline();
      if (!parser.done()) throw new Error("trailing tokens");
    } catch {
      pipe = [[{ kind: "literal" }]];
      unreadable = { kind: "unreadable", offset, text: `${kind} ${rest}` };
    }
    if (unreadable) top().into.push(unreadable);
    const node = { kind, offset, pipe, names, body: [], orElse: [] };
    top().into.push(node);
    stack.push({ kind, node, into: node.body, chained });
  };
  for (const { offset, text: action } of scanActions(text)) {
    const keyword = KEYWORD.exec(action);
    const rest = keyword ? action.slice(keyword[0].length) : action;
    try {
      switch (keyword?.[1]) {
        case "define":
        case "block": {
          const parser = new ExprParser(lex(rest));
          const pipe = parser.pipeline();
          const [name, ...arg] = pipe[0];
          if (name?.kind !== "string") throw new Error("define without a name");
          const define = { name: name.value, body: [] };
          defines.push(define);
          if (keyword[1] === "block") top().into.push({ kind: "call", offset, name: name.value, pipe: arg.length ? [arg] : void 0 });
          stack.push({ kind: "define", define, into: define.body, chained: 0 });
          break;
        }
        case "if":
        case "with":
        case "range":
          openBlock(keyword[1], offset, rest, 0);
          break;
        case "else": {
          const open = top();
          if (!open.node) throw new Error("else outside a block");
          open.into = open.node.orElse;
          const chained = /^(if|with)\b\s*/.exec(rest);
          if (chained) openBlock(chained[1], offset, rest.slice(chained[0].length), open.chained + 1);
          else if (rest.trim()) throw new Error("else with an argument");
          break;
        }
        case "end": {
          if (stack.length === 1) throw new Error("end without a block");
          const closed = stack.pop();
          for (let i = 0; i < closed.chained; i++) stack.pop();
          break;
        }
        case "template": {
          const [name, ...arg] = pipelineOf(rest)[0];
          if (name?.kind !== "string") throw new Error("template without a name");
          top().into.push({ kind: "call", offset, name: name.value, pipe: arg.length ? [arg] : void 0 });
          break;
        }
        case "break":
        case "continue":
          break;
        default: {
          const parser = new ExprParser(lex(action));
          const assign = parser.assignment();
          const pipe = parser.pipeline();
          if (!parser.done()) throw new Error("trailing tokens");
          top().into.push(assign ? { kind: "action", offset, pipe, assign } : { kind: "action", offset, pipe });
        }
      }
    } catch {
      top().into.push({ kind: "unreadable", offset, text: action });
    }
  }
  return { body, defines };
}

// src/templates/image-reads.ts
var NOT_IMAGES = /* @__PURE__ */ new Set(["tags", "pull_policy", "local_registry"]);
function deriveImageReads(texts, library) {
  const parsed = texts.map(({ name, text }) => ({ name, text, template: parseTemplate(text) }));
  const chartDefines = new Map(
    parsed.flatMap(({ name, template }) => template.defines.map((define) => [define.name, { define, file: name }]))
  );
  const table = {
    chart: chartDefines,
    library: library?.defines ?? /* @__PURE__ */ new Map(),
    libraryFound: library?.hasToolkit ?? false,
    memo: library?.memo ?? /* @__PURE__ */ new Map()
  };
  const evaluator = new Evaluator(table);
  for (const { name, template } of parsed) evaluator.run(name, template.body, { k: "root" });
  for (const { name, template } of parsed)
    for (const define of template.defines) if (!evaluator.reached.has(define.name)) evaluator.run(name, define.body, { k: "unknown" });
  const lines = new Map(parsed.map(({ name, text }) => [name, new LineIndex(text)]));
  return { tags: classify2(evaluator.placed, "tags", lines), flat: classify2(evaluator.placed, "flat", lines) };
}
function classify2(placed, layout, lines) {
  const reads = [];
  const seen = /* @__PURE__ */ new Map();
  let why;
  for (const { event, file, offset } of placed) {
    const where = `templates/${file}:${lines.get(file)?.position(offset).line ?? 1}`;
    if (event.kind === "dynamic") {
      if (why === void 0 && coversImages(event.path, layout)) why = `${where}: ${event.why}`;
      continue;
    }
    const key = keyOf(event.path, layout);
    if (key === void 0) continue;
    const earlier = seen.get(`${key}\0${where}`);
    if (earlier) {
      earlier.guarded &&= event.guarded;
      continue;
    }
    const via = event.via.length > 0 ? `through include "${event.via[0]}"` : event.byName ? "read by name" : "read directly";
    const read = { key, file, where, via, guarded: event.guarded };
    seen.set(`${key}\0${where}`, read);
    reads.push(read);
  }
  return why === void 0 ? { reads, dynamic: false } : { reads, dynamic: true, why };
}
function keyOf(path16, layout) {
  if (path16[0] !== "images") return void 0;
  if (layout === "tags") return path16[1] === "tags" && path16.length === 3 ? path16[2] : void 0;
  return path16.length === 2 && !NOT_IMAGES.has(path16[1]) ? path16[1] : void 0;
}
function coversImages(path16, layout) {
  const map = layout === "tags" ? ["images", "tags"] : ["images"];
  const shared = Math.min(path16.length, map.length);
  return path16.slice(0, shared).every((part, i) => part === map[i]) && path16.length <= map.length + 1;
}
function templatePlace(chartDir, where) {
  const match = /^(templates\/[^:]+?)(?::(\d+))?$/.exec(where);
  if (!match) return void 0;
  return { path: path11.join(chartDir, match[1]), line: match[2] ? Number(match[2]) : 1, column: 1 };
}

// src/templates/toolkit.ts
import path12 from "node:path";
function loadDefines(dir) {
  const files = listFiles(path12.join(dir, "templates"));
  return definesOf(readTemplateTexts(dir, files).map(({ text }) => text));
}
function definesOf(texts) {
  const defines = /* @__PURE__ */ new Map();
  for (const text of texts) {
    if (!text.includes("define")) continue;
    for (const define of parseTemplate(text).defines) defines.set(define.name, define);
  }
  return defines;
}
var LibraryLoader = class {
  byDir = /* @__PURE__ */ new Map();
  bySet = /* @__PURE__ */ new Map();
  /** The library of these dependencies (name and folder each), or undefined when there are none. */
  load(dependencies) {
    if (dependencies.length === 0) return void 0;
    const key = dependencies.map((dep) => dep.dir).sort().join("\0");
    let library = this.bySet.get(key);
    if (library) return library;
    const defines = /* @__PURE__ */ new Map();
    for (const dep of dependencies) {
      let own = this.byDir.get(dep.dir);
      if (!own) this.byDir.set(dep.dir, own = loadDefines(dep.dir));
      for (const [name, define] of own) defines.set(name, define);
    }
    library = { defines, hasToolkit: dependencies.some((dep) => dep.name === "helm-toolkit"), memo: /* @__PURE__ */ new Map() };
    this.bySet.set(key, library);
    return library;
  }
};

// src/facts/template-reads.ts
var templateReadsFact = defineFact({
  id: "template-image-reads",
  needs: [topologyFact],
  build(input, read) {
    const topology = read(topologyFact);
    const loader = new LibraryLoader();
    const reads = {};
    for (const chart of input.charts) {
      if (chart.templates.length === 0) continue;
      const below = closureOf(topology, chart.dir).filter((dep) => dep.dir !== chart.dir);
      const library = loader.load(below.map((dep) => ({ name: dep.name, dir: dep.dir })));
      reads[chart.dir] = deriveImageReads(readTemplateTexts(chart.dir, chart.templates), library);
    }
    return reads;
  }
});
var NOTHING_READ = { reads: [], dynamic: false };
function imageReadsOf(reads, chartDir, layout) {
  return reads[chartDir]?.[layout] ?? NOTHING_READ;
}

// src/facts/template-registry.ts
import path14 from "node:path";

// src/images/values-images.ts
import { readdirSync as readdirSync5 } from "node:fs";
import path13 from "node:path";

// src/images/reference.ts
var optional = (...res) => `(?:${res.join("")})?`;
var anyTimes = (...res) => `(?:${res.join("")})*`;
var capture = (...res) => `(${res.join("")})`;
var anchored = (...res) => `^${res.join("")}$`;
var alphanumeric = "[a-z0-9]+";
var separator = "(?:[._]|__|[-]+)";
var domainNameComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var optionalPort = "(?::[0-9]+)?";
var tag = String.raw`[\w][\w.-]{0,127}`;
var digestPat = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}";
var identifier = "([a-f0-9]{64})";
var ipv6address = String.raw`\[(?:[a-fA-F0-9:]+)\]`;
var domainName = domainNameComponent + anyTimes(String.raw`\.`, domainNameComponent);
var host = `(?:${domainName}|${ipv6address})`;
var domainAndPort = host + optionalPort;
var pathComponent = alphanumeric + anyTimes(separator, alphanumeric);
var remoteName = pathComponent + anyTimes("/", pathComponent);
var namePat = optional(domainAndPort, "/") + remoteName;
var referenceRegexp = new RegExp(anchored(capture(namePat), optional(":", capture(tag)), optional("@", capture(digestPat))));
var anchoredNameRegexp = new RegExp(anchored(optional(capture(domainAndPort), "/"), capture(remoteName)));
var anchoredIdentifierRegexp = new RegExp(anchored(identifier));
var goDigestRegexp = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
var encodedRegexps = /* @__PURE__ */ new Map([
  ["sha256", /^[a-f0-9]{64}$/],
  ["sha384", /^[a-f0-9]{96}$/],
  ["sha512", /^[a-f0-9]{128}$/]
]);
var KUBELET_DIGEST_ALGORITHMS = ["sha256", "sha384", "sha512"];
var REPOSITORY_NAME_MAX_LENGTH = 255;
var DEFAULT_DOMAIN = "docker.io";
var LEGACY_DEFAULT_DOMAIN = "index.docker.io";
var OFFICIAL_REPO_PREFIX = "library/";
var MESSAGES = {
  NameEmpty: "repository name must have at least one component",
  ReferenceInvalidFormat: "invalid reference format",
  NameContainsUppercase: "repository name must be lowercase",
  NameTooLong: `repository name must not be more than ${REPOSITORY_NAME_MAX_LENGTH} characters`,
  DigestInvalidFormat: "invalid checksum digest format",
  DigestUnsupported: "unsupported digest algorithm"
};
var fail = (error, message) => ({ ok: false, error, message });
var failWith = (error) => fail(error, MESSAGES[error]);
var goToLower = (s) => s.replaceAll("\u0130", "i").toLowerCase();
function validateDigest(digest, algorithms) {
  const algorithm = digest.slice(0, digest.indexOf(":"));
  const encoded = encodedRegexps.get(algorithm);
  if (encoded === void 0 || !algorithms.includes(algorithm)) {
    return failWith(goDigestRegexp.test(digest) ? "DigestUnsupported" : "DigestInvalidFormat");
  }
  return encoded.test(digest.slice(algorithm.length + 1)) ? null : failWith("DigestInvalidFormat");
}
function parseRaw(s, algorithms) {
  if (s === "") return failWith("NameEmpty");
  const match = referenceRegexp.exec(s);
  if (match === null) {
    const lowered = goToLower(s);
    return failWith(lowered !== s && referenceRegexp.test(lowered) ? "NameContainsUppercase" : "ReferenceInvalidFormat");
  }
  const [, name = "", matchedTag, matchedDigest] = match;
  const nameMatch = anchoredNameRegexp.exec(name);
  const domain = nameMatch?.[1] ?? "";
  const path16 = nameMatch?.[2] ?? name;
  if (path16.length > REPOSITORY_NAME_MAX_LENGTH) return failWith("NameTooLong");
  if (matchedDigest !== void 0) {
    const digestError = validateDigest(matchedDigest, algorithms);
    if (digestError !== null) return digestError;
  }
  return { domain, path: path16, tag: matchedTag ?? null, digest: matchedDigest ?? null };
}
function spansOf(ref, length) {
  const pathStart = ref.domain === "" ? 0 : ref.domain.length + 1;
  const pathEnd = pathStart + ref.path.length;
  return {
    domain: ref.domain === "" ? null : [0, ref.domain.length],
    path: [pathStart, pathEnd],
    tag: ref.tag === null ? null : [pathEnd + 1, pathEnd + 1 + ref.tag.length],
    digest: ref.digest === null ? null : [length - ref.digest.length, length]
  };
}
function registryHostEnd(input) {
  const slash = input.indexOf("/");
  if (slash === -1) return -1;
  const first = input.slice(0, slash);
  const isHost = first === "localhost" || first.includes(".") || first.includes(":") || goToLower(first) !== first;
  return isHost ? slash : -1;
}
function namesRegistryHost(input) {
  const slash = input.indexOf("/");
  if (slash === -1) return false;
  const first = input.slice(0, slash);
  return first === "localhost" || first.includes(".") || first.includes(":");
}
function parseNormalizedReference(input, options) {
  if (anchoredIdentifierRegexp.test(input)) {
    return fail("Identifier64Hex", `invalid repository name (${input}), cannot specify 64-byte hexadecimal strings`);
  }
  const hostEnd = registryHostEnd(input);
  const restStart = hostEnd + 1;
  const rest = input.slice(restStart);
  const writtenDomain = input.slice(0, Math.max(hostEnd, 0));
  const domain = hostEnd === -1 || writtenDomain === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : writtenDomain;
  const remainder = domain === DEFAULT_DOMAIN && !rest.includes("/") ? OFFICIAL_REPO_PREFIX + rest : rest;
  const tagSep = remainder.indexOf(":");
  const remote = tagSep === -1 ? remainder : remainder.slice(0, tagSep);
  if (goToLower(remote) !== remote) {
    return fail("RemoteNotLowercase", `invalid reference format: repository name (${remote}) must be lowercase`);
  }
  const normalized = `${domain}/${remainder}`;
  const ref = parseRaw(normalized, options?.digestAlgorithms ?? KUBELET_DIGEST_ALGORITHMS);
  if ("ok" in ref) return ref;
  const shift = restStart - (normalized.length - rest.length);
  const spans = spansOf(ref, normalized.length);
  const moved = (span) => span === null ? null : [span[0] + shift, span[1] + shift];
  const explicitDomain = hostEnd !== -1;
  const domainParsed = ref.domain !== "";
  return {
    ok: true,
    ref: {
      ...ref,
      explicitDomain,
      spans: {
        domain: explicitDomain && domainParsed ? [0, hostEnd] : null,
        path: [domainParsed ? restStart : 0, spans.path[1] + shift],
        tag: moved(spans.tag),
        digest: moved(spans.digest)
      }
    }
  };
}

// src/images/site.ts
var BUILD_PLACEHOLDER = /@[A-Za-z_][A-Za-z0-9_]*@/;
function buildPlaceholderIn(value) {
  return BUILD_PLACEHOLDER.exec(value)?.[0];
}
function isTemplated(value) {
  return value.includes("{{") || value.includes("${") || BUILD_PLACEHOLDER.test(value);
}

// src/images/values-images.ts
var NOT_POD_SPECS = /* @__PURE__ */ new Set(["conf"]);
var SECTION_SETTINGS = /* @__PURE__ */ new Set(["pull_policy", "pullPolicy", "local_registry", "tags"]);
var SIBLING_TAG_KEYS = ["tag", "imageTag"];
var VERSION_KEYS = ["version", "imageVersion"];
function imagesContextOf(file) {
  const chart = file.chart;
  return {
    text: file.text,
    appVersion: chart?.appVersion,
    helmToolkit: chart ? usesHelmToolkit(chart) : void 0,
    dependencyKeys: chart ? dependencyKeysOf(chart) : void 0
  };
}
var PACKAGED_CHART = /^(.+?)-v?\d[^/]*\.tgz$/;
function dependencyKeysOf(chart) {
  const keys = /* @__PURE__ */ new Set();
  for (const dependency of chart.dependencies) keys.add(dependency.alias ?? dependency.name);
  try {
    for (const entry of readdirSync5(path13.join(chart.dir, "charts"), { withFileTypes: true })) {
      if (entry.isDirectory()) keys.add(entry.name);
      const packaged = entry.isFile() ? PACKAGED_CHART.exec(entry.name) : null;
      if (packaged) keys.add(packaged[1]);
    }
  } catch {
  }
  return keys;
}
function collectImages(root, context) {
  const index = { section: void 0, images: [], pullPolicies: [] };
  if (root?.kind !== "map") return index;
  const imagesEntry = getEntry(root, "images");
  const sectionEntry = imagesEntry?.value.kind === "map" && isImagesSection(imagesEntry.value, context) ? imagesEntry : void 0;
  if (sectionEntry) index.section = readSection(sectionEntry, index, context);
  walk(root, index, context, sectionEntry?.value);
  return index;
}
function isImagesSection(images, context) {
  return getEntry(images, "tags")?.value.kind === "map" || getEntry(images, "pull_policy") !== void 0 || context.helmToolkit === true;
}
function definesGlobalRegistry(root) {
  if (root?.kind !== "map") return false;
  const global = getEntry(root, "global")?.value;
  if (global?.kind !== "map") return false;
  const isRegistry = (entry) => /registry$/i.test(entry.key) && entry.value.kind === "scalar" && typeof entry.value.value === "string" && entry.value.value.trim() !== "";
  return global.entries.some((entry) => isRegistry(entry) || entry.value.kind === "map" && entry.value.entries.some(isRegistry));
}
function readSection(images, index, context) {
  const map = images.value;
  const tags = getEntry(map, "tags");
  const layout = tags?.value.kind === "map" ? "tags" : "flat";
  const holder = layout === "tags" ? tags : images;
  const imageKeys = /* @__PURE__ */ new Map();
  for (const entry of holder.value.entries) {
    if (layout === "flat" && SECTION_SETTINGS.has(entry.key)) continue;
    if (entry.value.kind !== "scalar") continue;
    imageKeys.set(entry.key, entry);
    const site = stringSite(entry, "images-section", context);
    if (site) index.images.push(site);
  }
  const pullPolicy = getEntry(map, "pull_policy");
  if (pullPolicy) index.pullPolicies.push({ key: dottedPath(pathOf(pullPolicy.value)), node: pullPolicy.value, source: "images-section" });
  return { layout, holder, imageKeys, pullPolicy, misspeltPullPolicy: getEntry(map, "pullPolicy"), images };
}
function walk(node, index, context, skip) {
  if (node === skip) return;
  if (node.kind === "seq") {
    for (const item of node.items) walk(item, index, context, skip);
    return;
  }
  if (node.kind !== "map") return;
  const siblings = siblingObject(node);
  for (const entry of node.entries) {
    if (node.parent === void 0 && NOT_POD_SPECS.has(entry.key)) continue;
    if (entry.key === "image" && entry.value.kind === "scalar") {
      const site = siblings ? objectSite(entry, siblings, context) : stringSite(entry, "image-string", context, versionBeside(node));
      if (site && site.reference !== "") index.images.push(site);
      const policy = getEntry(node, "pullPolicy") ?? getEntry(node, "imagePullPolicy");
      if (policy) pushPolicy(index, policy, "image-string", site?.reference);
      continue;
    }
    if (entry.key === "imagePullPolicy" || entry.key === "pullPolicy" && node.parent === void 0) {
      pushPolicy(index, entry, "image-string", void 0);
      continue;
    }
    if (entry.value.kind === "map" && isImageObjectKey(entry, node) && readObject(entry, index, context)) continue;
    walk(entry.value, index, context, skip);
  }
}
function pushPolicy(index, entry, source, image) {
  if (index.pullPolicies.some((known) => known.node === entry.value)) return;
  if (entry.value.kind !== "scalar" && source !== "image-object") return;
  index.pullPolicies.push({ key: dottedPath(pathOf(entry.value)), node: entry.value, source, image });
}
function isImageObjectKey(entry, parent) {
  if (entry.key === "image" || entry.key === "images" || /Image$/.test(entry.key)) return true;
  const holder = parent.parent;
  if (holder?.kind === "map" && holder.entries.some((e) => e.value === parent && e.key === "images")) return true;
  const map = entry.value;
  return getEntry(map, "repository") !== void 0 && getEntry(map, "tag") !== void 0 && IMAGE_MARKS.some((key) => getEntry(map, key) !== void 0);
}
var IMAGE_MARKS = ["registry", "digest", "pullPolicy", "imagePullPolicy", "pullSecrets"];
function siblingObject(map) {
  const tag2 = SIBLING_TAG_KEYS.map((key) => scalarEntry(map, key)).find((node) => node !== void 0);
  const digest = scalarEntry(map, "digest");
  if (!tag2 && !digest) return void 0;
  return { map, registry: scalarEntry(map, "registry"), tag: tag2, digest };
}
function versionBeside(map) {
  return VERSION_KEYS.some((key) => getEntry(map, key) !== void 0);
}
function isNotAReference(value) {
  return value.includes("://") || /\s/.test(value.trim());
}
function stringSite(entry, source, context, tagBeside = false) {
  const node = entry.value;
  if (typeof node.value === "boolean") return void 0;
  if (source !== "images-section" && (node.value === null || node.value === "")) return void 0;
  const reference = node.value === null ? "" : String(node.value);
  if (source !== "images-section" && !isTemplated(reference) && isNotAReference(reference)) return void 0;
  const parsed = parseNormalizedReference(reference);
  const span = node.value === null ? entry.keySpan : node.span;
  const dependency = source !== "images-section" && underDependency(node, context);
  return {
    reference,
    label: `"${dottedPath(pathOf(node))}"`,
    valuesPath: templatePath(node),
    source,
    span,
    templated: isTemplated(reference),
    buildPlaceholder: buildPlaceholderIn(reference),
    registryFromTemplate: dependency,
    tagFromTemplate: (dependency || tagBeside) && parsed.ok && parsed.ref.tag === null && parsed.ref.digest === null,
    parsed,
    numericTag: void 0,
    partSpan(part) {
      if (!parsed.ok) return span;
      const at = parsed.ref.spans[part];
      return at ? scalarSubSpan(context.text, node, at[0], at[1]) : span;
    }
  };
}
function underDependency(node, context) {
  const first = pathOf(node)[0];
  return typeof first === "string" && context.dependencyKeys?.has(first) === true;
}
function readObject(entry, index, context) {
  const map = entry.value;
  const repository = scalarEntry(map, "repository") ?? scalarEntry(map, "image");
  if (!repository || typeof repository.value !== "string") return false;
  if (repository.value !== "" && !isTemplated(repository.value) && isNotAReference(repository.value)) return false;
  let site;
  if (repository.value !== "") {
    const sha = scalarEntry(map, "digest") ? void 0 : scalarEntry(map, "sha");
    const parts = {
      map,
      registry: scalarEntry(map, "registry"),
      repository,
      tag: scalarEntry(map, "tag") ?? scalarEntry(map, "imageTag"),
      digest: scalarEntry(map, "digest") ?? sha,
      bareDigest: sha !== void 0
    };
    site = objectSite(entry, parts, context);
    if (site) index.images.push(site);
  }
  const pullPolicy = getEntry(map, "pullPolicy") ?? getEntry(map, "imagePullPolicy");
  if (pullPolicy) pushPolicy(index, pullPolicy, "image-object", site?.reference);
  return true;
}
function objectSite(entry, parts, context) {
  const repository = parts.repository ?? entry.value;
  const { registry, tag: tag2, digest } = parts;
  const text = (node) => node && node.value !== null ? String(node.value) : "";
  if (text(repository) === "" || isNotAReference(text(repository))) return void 0;
  let reference = text(registry) ? `${text(registry).replace(/\/+$/, "")}/${text(repository)}` : text(repository);
  const written = parseNormalizedReference(reference);
  const holdsTag = written.ok && written.ref.tag !== null;
  const holdsDigest = written.ok && written.ref.digest !== null;
  let digestText = text(digest);
  if (digestText && parts.bareDigest && !digestText.includes(":")) digestText = `sha256:${digestText}`;
  if ((holdsTag || holdsDigest) && text(tag2) || holdsDigest && digestText) return void 0;
  const dependency = underDependency(repository, context);
  const tagFromTemplate = !holdsTag && !holdsDigest && text(tag2) === "" && digestText === "";
  if (text(tag2) && !holdsTag && !holdsDigest) reference += `:${text(tag2)}`;
  if (digestText) reference += `@${digestText}`;
  const partNodes = { domain: registry, path: repository, tag: tag2, digest };
  const span = parts.repository ? entry.keySpan : repository.span;
  return {
    reference,
    label: `"${dottedPath(pathOf(parts.repository ? parts.map : repository))}"`,
    valuesPath: templatePath(parts.repository ? parts.map : repository),
    source: "image-object",
    span,
    templated: isTemplated(reference),
    buildPlaceholder: buildPlaceholderIn(reference),
    // A registry key of the object's own, even empty, says the templates join one in; under a dependency's
    // key, the dependency's own registry default does.
    registryFromTemplate: registry !== void 0 || dependency,
    tagFromTemplate,
    parsed: parseNormalizedReference(reference),
    numericTag: tag2 && typeof tag2.value === "number" ? tag2 : void 0,
    partSpan(part) {
      if (holdsTag && (part === "tag" || part === "digest")) return repository.span;
      return (partNodes[part] ?? (part === "domain" ? repository : void 0))?.span ?? span;
    }
  };
}
function templatePath(node) {
  const segments = pathOf(node);
  return segments.every((segment) => typeof segment === "string") ? segments.join(".") : void 0;
}
function scalarEntry(map, key) {
  const value = getEntry(map, key)?.value;
  return value?.kind === "scalar" ? value : void 0;
}

// src/facts/template-registry.ts
var READS_REGISTRY = /\.Values\.global(?:\.\w+)*\.\w*[rR]egistry\w*\b|\.Values\.imageRegistry\b/;
var READS_GLOBAL = /\.Values\.global\b/;
var PATH = String.raw`\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)`;
var REGISTRY_OF = new RegExp(`${PATH}\\.registry\\b`, "g");
var WITH_PATH = new RegExp(String.raw`\{\{-?\s*with\s+` + PATH, "g");
var VALUES_PATH = new RegExp(PATH, "g");
var INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;
var DEFINE = /\{\{-?\s*define\s+"([^"]+)"\s*-?\}\}/g;
var WITH_REACH = 400;
function registryHelpers(texts) {
  const helpers = /* @__PURE__ */ new Set();
  for (const text of texts) {
    const defines = [...text.matchAll(DEFINE)];
    defines.forEach((define, i) => {
      const body = text.slice(define.index + define[0].length, defines[i + 1]?.index ?? text.length);
      if (/registry/i.test(body)) helpers.add(define[1]);
    });
  }
  return helpers;
}
function registryPathsOf(texts) {
  const paths = /* @__PURE__ */ new Set();
  const helpers = registryHelpers(texts);
  for (const text of texts) {
    for (const match of text.matchAll(REGISTRY_OF)) paths.add(match[1].slice(1));
    for (const match of text.matchAll(WITH_PATH)) {
      if (/\.registry\b/.test(text.slice(match.index + match[0].length, match.index + match[0].length + WITH_REACH)))
        paths.add(match[1].slice(1));
    }
    for (const line of text.split("\n")) {
      if (![...line.matchAll(INCLUDE)].some((include) => helpers.has(include[1]))) continue;
      for (const match of line.matchAll(VALUES_PATH)) paths.add(match[1].slice(1));
    }
  }
  for (const path16 of [...paths]) if (path16 === "global" || path16.startsWith("global.")) paths.delete(path16);
  return [...paths].sort();
}
var FOLLOWED_BY_TAG = /\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*(?:\|[^{}]*?)?-?\}\}\s*[:@]/g;
var PRINTF = /printf\s+"([^"]*)"((?:\s+[^\s()}]+)+)/g;
function printfTagged(text) {
  const found = [];
  for (const match of text.matchAll(PRINTF)) {
    const format = match[1];
    const args = match[2].trim().split(/\s+/);
    let verb = 0;
    for (let i = format.indexOf("%"); i !== -1; i = format.indexOf("%", i + 2)) {
      if (format[i + 1] === "%") continue;
      const next = format[i + 2];
      const arg = args[verb++];
      const path16 = arg && /^\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)$/.exec(arg);
      if (path16 && (next === ":" || next === "@")) found.push(path16[1].slice(1));
    }
  }
  return found;
}
function templateImageUse(texts) {
  const tagged = /* @__PURE__ */ new Set();
  for (const text of texts) {
    for (const match of text.matchAll(FOLLOWED_BY_TAG)) tagged.add(match[1].slice(1));
    for (const path16 of printfTagged(text)) tagged.add(path16);
  }
  return {
    registry: texts.some((text) => READS_REGISTRY.test(text)),
    global: texts.some((text) => READS_GLOBAL.test(text)),
    tagged: [...tagged].sort(),
    registryPaths: registryPathsOf(texts)
  };
}
var templateRegistryFact = defineFact({
  id: "template-registry",
  async build(input) {
    const result = {};
    for (const chart of input.charts) {
      if (chart.templates.length === 0) continue;
      const use = templateImageUse(readTemplateTexts(chart.dir, chart.templates).map(({ text }) => text));
      result[chart.dir] = { ...use, parentGlobalRegistry: use.global && await parentSetsGlobalRegistry(chart.dir) };
    }
    return result;
  }
});
var VALUES_LIMITS3 = { maxExpandedNodes: 2e5, maxFileBytes: 4 * 1024 * 1024, maxNestingDepth: 64 };
async function parentSetsGlobalRegistry(chartDir) {
  const holder = path14.dirname(chartDir);
  if (path14.basename(holder) !== "charts") return false;
  const text = readTextOrUndefined(path14.join(path14.dirname(holder), "values.yaml"), VALUES_LIMITS3);
  if (text === void 0) return false;
  try {
    return definesGlobalRegistry((await parseYamlValues(text, VALUES_LIMITS3)).root);
  } catch {
    return false;
  }
}

// src/images/pull-policy.ts
var PULL_POLICIES = ["Always", "IfNotPresent", "Never"];
function judgePullPolicy(node) {
  if (node.kind !== "scalar") return { problem: "invalid", value: `a ${node.kind === "map" ? "mapping" : "list"}`, expected: "" };
  if (node.value === null || node.value === "") return { problem: "empty", value: "", expected: "" };
  const value = String(node.value);
  if (PULL_POLICIES.includes(value) || isTemplated(value)) return void 0;
  const bare = value.trim().replace(/^(["'])(.*)\1$/, "$2").trim();
  const expected = PULL_POLICIES.find((policy) => policy.toLowerCase() === bare.toLowerCase());
  if (!expected) return { problem: "invalid", value, expected: "" };
  if (bare === expected) return { problem: "whitespace", value, expected };
  return { problem: "wrongCase", value, expected };
}
function kubernetesDefaultPolicy(reference) {
  if (reference === void 0 || reference === "" || isTemplated(reference)) return void 0;
  const parsed = parseNormalizedReference(reference);
  if (!parsed.ok) return void 0;
  const { tag: tag2, digest } = parsed.ref;
  return tag2 === "latest" || tag2 === null && !digest ? "Always" : "IfNotPresent";
}
function defaultPolicyText(reference) {
  const policy = kubernetesDefaultPolicy(reference);
  return policy ? `Kubernetes then applies its default, ${policy} for this image` : "Kubernetes then applies its default: Always for an image tagged :latest or untagged, else IfNotPresent";
}

// src/images/required-keys.ts
var REQUIRED_KEY_DEFAULTS = {
  always: ["dep_check"],
  jobs: ["db_init", "db_sync", "db_drop", "ks_user", "ks_service", "ks_endpoints"]
};
function shippedBy(job, templates, root) {
  const template = `job-${job.replaceAll("_", "-")}.yaml`;
  if (templates.includes(template)) return `templates/${template}`;
  const toggle = getPath(getPath(root, ["manifests"]), [`job_${job}`]);
  return toggle ? dottedPath(pathOf(toggle)) : void 0;
}
function requirements(input, options) {
  const templates = input.chart?.templates ?? [];
  const has = (key) => input.imageKeys.has(key);
  const service = (input.chart?.name ?? "").replaceAll("-", "_");
  const derived = input.reads && templates.length > 0 ? input.reads : void 0;
  if (derived?.dynamic) return [];
  const found = [];
  const readsOf = (match) => (derived?.reads ?? []).filter((read) => !read.guarded && match(read));
  for (const key of options.always) {
    if (!derived) {
      found.push({ key, by: void 0, accepted: [key], reads: [], present: has(key) });
      continue;
    }
    const reads = readsOf((read) => read.key === key);
    if (reads.length > 0) found.push({ key, by: reads[0].where, accepted: [key], reads: [key], present: has(key) });
  }
  for (const job of options.jobs) {
    const by = shippedBy(job, templates, input.root);
    if (by === void 0) continue;
    const isKey = (key) => key === job || job === "db_sync" && key.endsWith("_db_sync");
    const readKeys = [...new Set(readsOf((read) => isKey(read.key)).map((read) => read.key))];
    if (derived && readKeys.length === 0) continue;
    const accepted = [.../* @__PURE__ */ new Set([job, ...job === "db_sync" ? [...readKeys, ...service ? [`${service}_db_sync`] : []] : []])];
    found.push({ key: job, by, accepted, reads: readKeys, present: accepted.some(has) });
  }
  return found;
}

// src/secrets/names.ts
var OBJECT_NAME = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
var KEY_NAME = /^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*$/;
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
var FILE_NAME = /^[A-Za-z0-9][\w.-]*\.(?:json|ya?ml|toml|ini|conf|cfg|properties|env|txt|xml|crt|cert|cer|pem|key|p12|pfx|jks|keystore|p8)$/i;
var KEY_NAME_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "secret",
  "key",
  "token",
  "credentials",
  "credential",
  "creds",
  "auth",
  "admin",
  "root",
  "user",
  "username",
  "access",
  "private",
  "public",
  "api",
  "client",
  "tls",
  "ca",
  "crt",
  "cert",
  "certificate",
  "keystore",
  "truststore",
  "jwt",
  "id",
  "db",
  "database",
  "redis",
  "postgres",
  "postgresql",
  "mysql",
  "mariadb",
  "replication",
  "sentinel",
  "account",
  "service",
  "sa"
]);
var SECRET_VALUE_QUALIFIERS = /* @__PURE__ */ new Set([
  "client",
  "cookie",
  "shared",
  "jwt",
  "hmac",
  "session",
  "webhook",
  "signing",
  "app",
  "api",
  "consumer",
  "oauth",
  "oidc",
  "encryption",
  "metadata",
  "master",
  "http",
  "csrf"
]);
function isObjectNameShaped(text, separated = true) {
  return text.length <= 253 && OBJECT_NAME.test(text) && (!separated || /[-.]/.test(text)) && isWordy(text);
}
function isFileName(text) {
  return FILE_NAME.test(text);
}
function isKeyNameShaped(text) {
  if (text.length > 63) return false;
  if (FILE_NAME.test(text)) return true;
  if (/^[A-Z]+(?:_(?:[A-Z]+|\d+))+$/.test(text) && /[A-Z]{2,}/.test(text)) return true;
  return KEY_NAME.test(text) && isWordy(text);
}
function isWordy(text) {
  if (UUID.test(text) || /^[0-9a-f]{16,}$/.test(text.replace(/[-.]/g, ""))) return false;
  const parts = text.split(/[-_.]/);
  return parts.some((part) => /^[a-z]{2,}$/.test(part)) && parts.every((part) => /^[a-z]+$/.test(part) || /^\d+$/.test(part));
}
function nameClassOf(words2) {
  const last = words2.at(-1);
  const existing = words2.includes("existing");
  if (last === "secret") {
    if (existing) return "object";
    const before = words2.at(-2);
    return before !== void 0 && !SECRET_VALUE_QUALIFIERS.has(before) ? "object" : void 0;
  }
  if (last === "key" && words2.length >= 3) {
    if (existing) return "key";
    const before = words2.at(-3);
    if (words2.at(-2) === "secret" && KEY_NAME_WORDS.has(before)) return "key";
  }
  return void 0;
}

// src/secrets/placeholders.ts
var DEFINED_IN = /^DEFINED?[-_]IN[-_][A-Z0-9]+(?:[-_][A-Z0-9]+)*$/i;
var DEFINED_IN_WITHIN = /(?<![A-Za-z0-9_-])DEFINED?[-_]IN[-_][A-Z0-9]+(?:[-_][A-Z0-9]+)*(?![A-Za-z0-9_-])/;
var CHANGE_ME = /^(?:CHANGE[-_.]?ME|change[-_.]me)(?:[-_.][a-z0-9]+)*[!.]*$/i;
var CHANGE_ME_CAPITALS = /^CHANGE[-_.]?ME/;
var OTHER_ME = /^(?:(?:REPLACE|SET|OVERRIDE|FILL|INSERT|UPDATE)[-_.]?ME(?:[-_.]IN)?|(?:replace|set|override|fill|insert|update)[-_.]me(?:[-_.]in)?)$/i;
var INSERT = /^insert[-_][a-z]+(?:[-_][a-z]+)*$/i;
var MASK = /^\*{3,}$/;
var XS = /^(?:x{3,}[-_.]?)+$/i;
var ANGLE = /^<[^<>]+>$/;
var NOTE = /^(?:TODO|TBD|FIXME)$/;
var YOURS = /^(?:your|Your|YOUR)(?:[-_.]?[A-Z]|[-_.][a-z0-9])[A-Za-z0-9]*(?:[-_.]?[A-Za-z0-9]+)*[!.]*$/;
var HERE = /^[a-z]+(?:[-_][a-z]+)*[-_]here[!.]*$/i;
var YOUR_PHRASE = /^[a-z]+(?: [a-z]+)* your(?: [a-z]+)+[!.]*$/i;
function isPlaceholderShape(text) {
  const value = text.trim();
  return isMarkerShape(value) || YOURS.test(value) || HERE.test(value) || INSERT.test(value) || /^[a-z]+(?: [a-z]+)* here[!.]*$/i.test(value) || YOUR_PHRASE.test(value);
}
function isMarkerShape(value) {
  const changeMe = CHANGE_ME.test(value) && (CHANGE_ME_CAPITALS.test(value) || /^change[-_.]me/i.test(value));
  return DEFINED_IN.test(value) || changeMe || NOTE.test(value) || OTHER_ME.test(value) || MASK.test(value) || XS.test(value) || ANGLE.test(value) || /^Your[A-Z][a-z]+[A-Z]/.test(value) || HERE.test(value) && value.split(/[-_]/).length >= 3;
}
function placeholderWithin(text) {
  const value = text.trim();
  if (isMarkerShape(value)) return value;
  return DEFINED_IN_WITHIN.exec(text)?.[0];
}
var SELF_SUFFIXES = ["value", "here"];
var SELF_PREFIXES = ["base64", "encoded", "example", "sample", "dummy", "fake", "your"];
function spellsItsKey(key, text) {
  const keyText = words(key).join("");
  let value = words(text).join("");
  let added = false;
  for (let again = true; again; ) {
    again = false;
    for (const prefix of SELF_PREFIXES) {
      if (value.startsWith(prefix) && value.length > prefix.length) {
        value = value.slice(prefix.length);
        added = again = true;
      }
    }
    for (const suffix of SELF_SUFFIXES) {
      if (value.endsWith(suffix) && value.length > suffix.length && value !== keyText) {
        value = value.slice(0, -suffix.length);
        added = again = true;
      }
    }
  }
  return keyText !== "" && value === keyText && (added || words(key).length >= 2);
}
function words(text) {
  return text.trim().replace(/([a-z0-9])([A-Z])/g, "$1_$2").split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word.toLowerCase());
}

// src/secrets/public-material.ts
var PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
var PUBLIC_LABELS = /^(?:(?:TRUSTED |X509 )?CERTIFICATE|(?:RSA |EC |DSA |SSH2 )?PUBLIC KEY|(?:NEW )?CERTIFICATE REQUEST|X509 CRL|PGP PUBLIC KEY BLOCK)$/;
var SSH_PUBLIC_KEY = /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-nistp\d+|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}(?: [^\r\n]*)?$/;
function isPublicMaterial(text) {
  const value = text.trim();
  if (value.startsWith("-----BEGIN ")) {
    let blocks = 0;
    let rest = value;
    for (const match of value.matchAll(PEM_BLOCK)) {
      const body = match[2].replace(/^[A-Za-z-]+:.*$/gm, "").trim();
      if (body !== "" && !PUBLIC_LABELS.test(match[1])) return false;
      blocks++;
      rest = rest.replace(match[0], "");
    }
    return blocks > 0 && rest.trim() === "";
  }
  const lines = value.split(/\r?\n/).filter((line) => line.trim() !== "");
  return lines.length > 0 && lines.every((line) => SSH_PUBLIC_KEY.test(line.trim()));
}

// src/secrets/classify.ts
var DEFAULT_PLACEHOLDERS = [
  "DEFINED-IN-REGION-CHART",
  "DEFINE-IN-REGION-CHART",
  "DEFINE_IN_REGION_CHART",
  "DEFINED-IN-REGION-SECRETS",
  "REQUIRED"
];
var EMPTY_WORDS = /* @__PURE__ */ new Set(["null", "none", "nil", "~"]);
var DEFAULT_KNOWN_DEFAULTS = [
  "password",
  "changeme",
  "secret",
  "admin",
  "root",
  "test",
  "testpass",
  "supersecret",
  "openstack",
  "default",
  "passw0rd",
  "letmein",
  // Java's keystore and truststore default, Harbor's admin default, kube-prometheus-stack's Grafana default.
  "changeit",
  "harbor12345",
  "prom-operator"
];
var DEFAULT_SECRET_SETTINGS = { keys: [], ignoreKeys: [], placeholders: [], knownDefaults: [] };
var SENSITIVE_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "passphrase",
  "passcode",
  "pwd",
  "pw",
  "secret",
  "token",
  "credential",
  "credentials",
  "cookie",
  "apikey",
  "privatekey",
  "tmpurlkey",
  "tempurl",
  "dsn",
  "kek"
]);
var SENSITIVE_PAIRS = /* @__PURE__ */ new Set([
  "private_key",
  "api_key",
  "secret_key",
  "rndc_key",
  "tsig_key",
  "auth_key",
  "encryption_key",
  "fernet_keys",
  "fernet_key",
  "signing_key"
]);
var PUBLIC_NAMES = /* @__PURE__ */ new Set(["initial_cluster_token"]);
var VENDOR_NAMES = /* @__PURE__ */ new Set(["pgpassword", "mysql_pwd", "oci_cli_key_content", "rediscli_auth"]);
var ABOUT_A_SECRET = /* @__PURE__ */ new Set([
  "name",
  "names",
  "namespace",
  "ns",
  "ref",
  "path",
  "file",
  "dir",
  "mount",
  "volume",
  "type",
  "provider",
  "store",
  "backend",
  "enabled",
  "version",
  "id",
  "uuid",
  "uid",
  "arn",
  "prefix",
  "suffix",
  "label",
  "selector",
  "format",
  "length",
  "size",
  "interval",
  "ttl",
  "timeout",
  "period",
  "count",
  "class",
  "mounts",
  "annotations",
  "labels",
  "create",
  "items",
  "template",
  "kind"
]);
function isVendorSecretName(words2) {
  const last = words2.at(-1) ?? "";
  if (VENDOR_NAMES.has(words2.join("_")) || words2.slice(-3).join("_") === "secret_access_key") return true;
  if (words2[0] === "azure" && words2.length > 1 && last === "key") return true;
  return words2[0] === "secret" && words2.length > 1 && !ABOUT_A_SECRET.has(last);
}
var ENCODING_WORDS = /* @__PURE__ */ new Set(["value", "b64", "base64", "encoded", "plain", "raw", "literal", "data"]);
var SWITCH_WORDS = /* @__PURE__ */ new Set(["true", "false", "yes", "no", "on", "off", "none", "null", "~", "0", "1"]);
var NOT_SECRET_ROOTS = /* @__PURE__ */ new Set(["secrets", "images", "labels"]);
var PUBLIC_IN_A_SECRET = /* @__PURE__ */ new Set([
  "user",
  "username",
  "usr",
  "login",
  "database",
  "db",
  "dbname",
  "schema",
  "host",
  "hostname",
  "hosts",
  "port",
  "name",
  "email",
  "mail",
  "url",
  "uri",
  "endpoint",
  "address",
  "addr",
  "server",
  "region",
  "bucket",
  "namespace",
  "path",
  "id",
  "issuer",
  "domain",
  "scheme",
  "protocol",
  "realm",
  "tenant",
  "project",
  "cluster",
  "type",
  "mode",
  "version",
  "method",
  "sender",
  "from",
  "prefix",
  "suffix",
  "bind",
  "dn",
  "audience",
  "scope",
  "scopes",
  "group",
  "provider",
  "zone",
  "location",
  "account",
  "subscription",
  "organization",
  "org",
  "team",
  "owner",
  "role",
  "algorithm",
  "format"
]);
var MIN_REDACTED_LENGTH = 8;
var SecretClassifier = class {
  extraKeys;
  ignoredKeys;
  placeholders;
  knownDefaults;
  /** Every value judged sensitive in this run, for scrubbing output. */
  seen = /* @__PURE__ */ new Set();
  /** Key names repeat across files: judge each once. */
  keyVerdicts = /* @__PURE__ */ new Map();
  constructor(settings = DEFAULT_SECRET_SETTINGS) {
    this.extraKeys = settings.keys.map(compileKeyGlob);
    this.ignoredKeys = settings.ignoreKeys.map(compileKeyGlob);
    this.placeholders = /* @__PURE__ */ new Set([...DEFAULT_PLACEHOLDERS, ...settings.placeholders]);
    this.knownDefaults = new Set([...DEFAULT_KNOWN_DEFAULTS, ...settings.knownDefaults].map((v) => v.toLowerCase()));
  }
  /** A value that says "the region sets this": empty, null, or a placeholder marker. */
  isPlaceholder(value) {
    if (value === null || value === void 0 || value === "") return true;
    if (typeof value === "string" && EMPTY_WORDS.has(value.trim().toLowerCase())) return true;
    return typeof value === "string" && (this.placeholders.has(value.trim()) || isPlaceholderShape(value));
  }
  /** Not a secret whatever its key: a placeholder, a reference to a secret kept elsewhere, a public default. */
  isPublic(text) {
    return this.isPlaceholder(text) || REFERENCE.test(text) || this.knownDefaults.has(text.trim().toLowerCase());
  }
  /** The placeholder marker (`DEFINED-IN-REGION-CHART`, `<your-secret>`, ...) a string holds, if any. */
  markerIn(value) {
    for (const marker of this.placeholders) {
      if (value === marker || marker.length >= 15 && value.includes(marker)) return marker;
    }
    return placeholderWithin(value);
  }
  /** Whether a key names something sensitive (`db_password`, `adminToken`, `rabbitmq_default_pass`). */
  isSensitiveKey(key) {
    let known = this.keyVerdicts.get(key);
    if (known === void 0) {
      known = this.judgeKey(key);
      this.keyVerdicts.set(key, known);
    }
    return known;
  }
  judgeKey(key) {
    const snake = snakeCase(key);
    if (this.ignoredKeys.some((re) => re.test(snake))) return false;
    if (this.extraKeys.some((re) => re.test(snake))) return true;
    const words2 = snake.split("_").filter(Boolean);
    if (PUBLIC_NAMES.has(words2.slice(-3).join("_"))) return false;
    while (words2.length > 1 && (ENCODING_WORDS.has(words2.at(-1)) || /^\d+$/.test(words2.at(-1)))) words2.pop();
    const last = words2.at(-1) ?? "";
    return SENSITIVE_WORDS.has(last) || SENSITIVE_PAIRS.has(words2.slice(-2).join("_")) || isVendorSecretName(words2);
  }
  /**
   * Judges one leaf: its path (for the key and the subtree) and its scalar value. `use.writtenToSecret`
   * (the chart's templates write it into a Secret) makes the value sensitive whatever its key, unless the
   * key says who or where (`username`, `host`, `port`, ...).
   */
  classify(path16, value, use = {}) {
    if (typeof value === "boolean" || value === null || value === void 0) return { sensitive: false };
    const text = String(value);
    const key = lastKey(path16);
    const byKey = key !== void 0 && !shapeOnly(path16) && this.isSensitiveKey(key) && !namesAnEnvVar(key, text);
    if (!byKey && use.writtenToSecret !== true && !describeByValue(text)) return { sensitive: false };
    if (this.isPlaceholder(text) || REFERENCE.test(text) || isPublicMaterial(text)) return { sensitive: false };
    const byValue = describeByValue(text);
    if (typeof path16[0] === "string" && NOT_SECRET_ROOTS.has(path16[0])) {
      return byValue?.description === "a PEM private key" ? this.note(text, byValue.description, byValue.secret) : { sensitive: false };
    }
    if (byValue) return this.note(text, byValue.description, byValue.secret);
    if (key === void 0) return { sensitive: false };
    if (!byKey && !(use.writtenToSecret === true && typeof value === "string" && !publicInASecret(key, text))) return { sensitive: false };
    if (SWITCH_WORDS.has(text.trim().toLowerCase()) || /^\/[^\s]+$/.test(text) || isFileName(text)) return { sensitive: false };
    if (DURATION.test(text.trim())) return { sensitive: false };
    if (this.isOptionList(text)) return { sensitive: false };
    if (spellsItsKey(key, text) || byKey && holdsAName(key, text)) return { sensitive: false };
    return this.note(text, `a ${text.length}-character literal`, text);
  }
  /**
   * An option list that only says how a secret is made or where it lives (etcd's
   * `--auth-token=jwt,priv-key=/certs/jwt.pem,sign-method=RS256,ttl=10m`): every `k=v` part has a key that is
   * not sensitive or a value that is a path or a file name. `user=a,password=b` is not one.
   */
  isOptionList(text) {
    const parts = text.split(",");
    if (parts.length < 2 || !parts.some((part) => part.includes("="))) return false;
    return parts.every((part) => {
      const [optionKey, ...rest] = part.split("=");
      if (rest.length === 0) return /^[\w.-]+$/.test(part);
      const optionValue = rest.join("=");
      if (!/^[\w.-]+$/.test(optionKey) || optionValue === "") return false;
      if (/^\/[^\s,]+$/.test(optionValue) || isFileName(optionValue)) return true;
      return !this.isSensitiveKey(optionKey) && /^(?:[a-z0-9_.-]{1,16}|[A-Z0-9_]{1,12})$/.test(optionValue);
    });
  }
  /** Replaces every sensitive value this classifier has seen with a description of it. */
  redact(message) {
    let result = message;
    for (const secret of this.seen) if (result.includes(secret)) result = result.split(secret).join("[redacted]");
    return result;
  }
  /** `secret` is the sensitive part of `text` (a URL's password, or the whole value). */
  note(text, description, secret) {
    const knownDefault = this.knownDefaults.has(secret.trim().toLowerCase());
    if (!knownDefault && secret.length >= MIN_REDACTED_LENGTH) this.seen.add(text).add(secret);
    const named = `"${secret.trim()}"`;
    const what = knownDefault ? text === secret ? `the well-known default credential ${named}` : `${description} (the well-known default ${named})` : description;
    return { sensitive: true, description: what, knownDefault };
  }
};
var DURATION = /^\d{1,6}(?:\.\d+)?(?:ns|us|ms|s|m|h|d|w)$/;
var CREDENTIAL_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "token",
  "credentials",
  "credential",
  "creds",
  "auth",
  "key",
  "keys",
  "cert",
  "certs"
]);
function shapeOnly(path16) {
  const key = path16.at(-1);
  if (typeof key === "string" && key.includes("/")) return true;
  return path16.slice(0, -1).some((segment) => typeof segment === "string" && /(?:^|[a-z_])(?:annotations|labels)$/i.test(segment));
}
function namesAnEnvVar(key, text) {
  return /(?:env|envvar|env_var|variable)$/i.test(key) && /^[A-Z_][A-Z0-9_]*$/.test(text);
}
function holdsAName(key, text) {
  const words2 = snakeCase(key).split("_").filter(Boolean);
  while (words2.length > 1 && ENCODING_WORDS.has(words2.at(-1))) words2.pop();
  const nameClass = nameClassOf(words2);
  if (nameClass === "key") return isKeyNameShaped(text);
  if (nameClass !== "object") return false;
  const holdsCredential = words2.length >= 2 && CREDENTIAL_WORDS.has(words2.at(-2));
  return isObjectNameShaped(text, !words2.includes("existing") && !holdsCredential);
}
function publicInASecret(key, text) {
  const words2 = snakeCase(key).split("_").filter(Boolean);
  const last = words2.at(-1) ?? "";
  const value = text.trim();
  return PUBLIC_IN_A_SECRET.has(last) || // An access key ID names the key, as a username names the user (the secret key beside it is the secret).
  words2.slice(-2).join("_") === "access_key" || value.length < 4 || value.includes("\n") || /^\d+$/.test(value) || /^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(value) || /^(?:cn|uid|ou|dc)=[^,]+(?:,\s*[a-z]+=[^,]+)*$/i.test(value);
}
function lastKey(path16) {
  for (let i = path16.length - 1; i >= 0; i--) if (typeof path16[i] === "string") return path16[i];
  return void 0;
}
function snakeCase(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").toLowerCase();
}
function compileKeyGlob(glob) {
  const parts = glob.split("*").map((part) => snakeCase(part));
  const first = parts[0];
  const last = parts.at(-1);
  return {
    test(key) {
      if (parts.length === 1) return key === first;
      if (key.length < first.length + last.length || !key.startsWith(first) || !key.endsWith(last)) return false;
      let at = first.length;
      const end = key.length - last.length;
      for (const part of parts.slice(1, -1)) {
        const found = key.indexOf(part, at);
        if (found === -1 || found + part.length > end) return false;
        at = found + part.length;
      }
      return true;
    }
  };
}

// src/secrets/siblings.ts
var SECRET_NAME_SIBLINGS = /^existing_?secret(?:_?name)?$|secret_?name$/i;
var TEST_SUBTREES = /* @__PURE__ */ new Set(["rally_tests"]);
function notASecretHere(root, path16, value, writes) {
  if (path16.some((segment) => typeof segment === "string" && TEST_SUBTREES.has(segment))) return true;
  return switchedOff(root, path16) || namesAnObject(root, path16) || keyOfANamedSecret(root, path16, value) || namedSecretOfAPair(root, path16, value) || tlsSecretName(path16, value) || gatedOff(root, path16, writes);
}
function useOf(path16, writes) {
  if (!writes || path16.some((segment) => typeof segment !== "string")) return {};
  return { writtenToSecret: writes.written.includes(path16.join(".")) };
}
function switchedOff(root, path16) {
  let node = root;
  for (const segment of path16) {
    if (node?.kind !== "map") return false;
    const enabled = getPath(node, ["enabled"]);
    if (enabled?.kind === "scalar" && enabled.value === false) return true;
    node = typeof segment === "string" ? getPath(node, [segment]) : void 0;
  }
  return false;
}
function parentOf(root, path16) {
  if (path16.slice(0, -1).some((segment) => typeof segment !== "string")) return void 0;
  return getPath(root, path16.slice(0, -1));
}
function namesAnObject(root, path16) {
  const key = path16.at(-1);
  if (typeof key !== "string") return false;
  const parent = parentOf(root, path16);
  return ["Namespace", "_namespace"].some((suffix) => getPath(parent, [`${key}${suffix}`]) !== void 0);
}
function keyOfANamedSecret(root, path16, value) {
  const key = path16.at(-1);
  if (typeof key !== "string" || typeof value !== "string" || !/key$/i.test(key) || !isKeyNameShaped(value)) return false;
  const parent = parentOf(root, path16);
  return parent?.kind === "map" && parent.entries.some((entry) => entry.key !== key && SECRET_NAME_SIBLINGS.test(entry.key));
}
function namedSecretOfAPair(root, path16, value) {
  const key = path16.at(-1);
  if (typeof key !== "string" || typeof value !== "string" || !/secret$/i.test(key) || !isObjectNameShaped(value, false)) return false;
  const sibling = getPath(parentOf(root, path16), ["key"]);
  return sibling?.kind === "scalar" && typeof sibling.value === "string" && isKeyNameShaped(sibling.value);
}
var TLS_PARENTS = /^(?:tls|ssl|certs?|certificates?)$/i;
function tlsSecretName(path16, value) {
  const key = path16.at(-1);
  const parent = path16.at(-2);
  return typeof key === "string" && /^secret$/i.test(key) && typeof parent === "string" && TLS_PARENTS.test(parent) && typeof value === "string" && isObjectNameShaped(value, false);
}
function gatedOff(root, path16, writes) {
  if (!writes || path16.some((segment) => typeof segment !== "string")) return false;
  const toggles = writes.gated[path16.join(".")];
  if (!toggles || toggles.length === 0) return false;
  return toggles.every((toggle) => {
    const here = getPath(root, toggle.split("."));
    const on = here?.kind === "scalar" && typeof here.value === "boolean" ? here.value : writes.toggles[toggle];
    return on === false;
  });
}

// src/facts/secret-writes.ts
import path15 from "node:path";

// src/templates/secret-writes.ts
var VALUES_REF = /(?:\$[A-Za-z_]\w*|\$)?\.Values((?:\.[A-Za-z_][\w-]*)+)/g;
var PROVIDED = /"providedValues"\s*\(list((?:\s+"[\w.-]+")+)\s*\)/g;
var DATA_ENTRY = /^\s+["']?[\w.-]+["']?:\s*(\S.*)$/;
var CONTROL = /^\{\{-?\s*(?:if|else|with|range|end)\b/;
var LEADING_COMMENTS = /^(?:\s|\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\})*/;
var FILE_GATE = /^if\s+(?:\$[A-Za-z_]\w*|\$)?\.Values((?:\.[A-Za-z_]\w*)+)$/;
var AUTH_LOOKUP = /authenticated|secret|openrc|_user|auth/i;
function deriveSecretWrites(texts) {
  const written = /* @__PURE__ */ new Set();
  const gatedReads = /* @__PURE__ */ new Map();
  const openReads = /* @__PURE__ */ new Set();
  const openTexts = [];
  for (const { text } of texts) {
    for (const document of text.split(/^---\s*$/m)) if (/^kind:\s*["']?Secret["']?\s*$/m.test(document)) collectWritten(document, written);
    const gate = fileGate(text);
    const reads = [...text.matchAll(VALUES_REF)].map((match) => match[1].slice(1));
    if (gate === void 0) {
      for (const read of reads) openReads.add(read);
      openTexts.push(text);
      continue;
    }
    for (const read of reads) {
      if (read === gate) continue;
      if (!gatedReads.has(read)) gatedReads.set(read, /* @__PURE__ */ new Set());
      gatedReads.get(read).add(gate);
    }
  }
  const gated = {};
  const looked = gatedReads.size > 0 ? endpointsLookedUp(openTexts) : /* @__PURE__ */ new Set();
  for (const [read, gates] of gatedReads) {
    if (!written.has(read) || readOpenly(read, openReads, looked)) continue;
    gated[read] = [...gates].sort();
  }
  return { written: [...written].sort(), gated };
}
function collectWritten(document, written) {
  let inData = false;
  for (const line of document.split(/\r?\n/)) {
    if (/^(?:data|stringData):/.test(line)) {
      inData = true;
      continue;
    }
    if (/^[A-Za-z"']/.test(line)) inData = false;
    if (!inData) continue;
    const entry = DATA_ENTRY.exec(line);
    if (!entry || CONTROL.test(entry[1])) continue;
    for (const match of entry[1].matchAll(VALUES_REF)) written.add(match[1].slice(1));
    for (const match of entry[1].matchAll(PROVIDED)) for (const name of match[1].matchAll(/"([\w.-]+)"/g)) written.add(name[1]);
  }
}
function fileGate(text) {
  const start = text.replace(LEADING_COMMENTS, "");
  if (!/^\{\{-?\s*if\s+\$?[A-Za-z_]*\.Values\./.test(start)) return void 0;
  const actions = scanActions(text).filter((action) => action.text !== "");
  const first = actions[0];
  const last = actions.at(-1);
  if (!first || last?.text !== "end") return void 0;
  const gate = FILE_GATE.exec(first.text);
  if (!gate) return void 0;
  let depth = 0;
  for (const action of actions) {
    if (/^(?:if|with|range|define|block)\b/.test(action.text)) depth++;
    else if (action.text === "end") {
      depth--;
      if (depth === 0 && action !== last) return void 0;
    }
  }
  const before = text.slice(0, first.offset).replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, "");
  return depth === 0 && before.trim() === "" ? gate[1].slice(1) : void 0;
}
function endpointsLookedUp(openTexts) {
  const names = /* @__PURE__ */ new Set();
  for (const text of openTexts) {
    for (const line of text.split(/\r?\n/)) {
      if (!line.includes("include") || !AUTH_LOOKUP.test(line)) continue;
      for (const match of line.matchAll(/"([\w-]+)"/g)) names.add(match[1]);
    }
  }
  return names;
}
function readOpenly(read, openReads, looked) {
  const parts = read.split(".");
  for (let i = 1; i <= parts.length; i++) if (openReads.has(parts.slice(0, i).join("."))) return true;
  return parts[0] === "endpoints" && parts[1] !== void 0 && looked.has(parts[1]);
}

// src/facts/secret-writes.ts
var VALUES_LIMITS4 = { maxFileBytes: 8 * 1024 * 1024, maxExpandedNodes: 1e6, maxNestingDepth: 64 };
var secretWritesFact = defineFact({
  id: "secret-writes",
  async build(input) {
    const result = {};
    for (const chart of input.charts) {
      if (chart.templates.length === 0) continue;
      const writes = deriveSecretWrites(readTemplateTexts(chart.dir, chart.templates));
      const toggles = {};
      const names = new Set(Object.values(writes.gated).flat());
      if (names.size > 0) {
        const text = readTextOrUndefined(path15.join(chart.dir, "values.yaml"), VALUES_LIMITS4);
        const root = text === void 0 ? void 0 : (await parseYamlValues(text, VALUES_LIMITS4)).root;
        for (const name of names) {
          const node = getPath(root, name.split("."));
          if (node?.kind === "scalar" && typeof node.value === "boolean") toggles[name] = node.value;
        }
      }
      result[chart.dir] = { ...writes, toggles };
    }
    return result;
  }
});

// src/secrets/leaves.ts
function forEachLeaf(root, visit) {
  if (!root) return;
  const path16 = [];
  const walk2 = (node) => {
    if (node.kind === "scalar") visit(path16, node);
    else if (node.kind === "map") {
      for (const entry of node.entries) {
        path16.push(entry.key);
        walk2(entry.value);
        path16.pop();
      }
    } else {
      node.items.forEach((item, index) => {
        path16.push(index);
        walk2(item);
        path16.pop();
      });
    }
  };
  walk2(root);
}

// src/common/registry-match.ts
function normalizeEntry(entry) {
  const first = entry.split("/")[0];
  const couldBeHost = first.includes(".") || first.includes(":") || first.includes("*") || first === "localhost";
  return couldBeHost ? entry : `docker.io/${entry}`;
}
function compileRegistryEntry(written) {
  const entry = normalizeEntry(written);
  const slash = entry.indexOf("/");
  const host2 = slash === -1 ? entry : entry.slice(0, slash);
  const prefix = slash === -1 ? "" : entry.slice(slash + 1).replace(/\/+$/, "");
  const hostPattern = host2.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*");
  return { host: new RegExp(`^${hostPattern}$`, "i"), withPort: host2.includes(":"), prefix };
}
function registryEntryMatches(entry, domain, path16) {
  if (!entry.host.test(entry.withPort ? domain : domain.replace(/:\d+$/, ""))) return false;
  return entry.prefix === "" || path16 === entry.prefix || path16.startsWith(`${entry.prefix}/`);
}

// src/secrets/sections.ts
function chartSections(root, topology, file) {
  if (root?.kind !== "map") return [];
  const sectionsIn = (map, umbrella, prefix, top, skip) => umbrella.dependencies.flatMap((edge) => {
    const value = getEntry(map, edge.key)?.value;
    if (value?.kind !== "map") return [];
    const at = [...prefix, edge.key];
    const switches = (path16) => isSwitch(topology, top, [...at, ...path16].slice(skip));
    return [{ chart: edge.name, map: value, prefix: at, isSwitch: switches }];
  });
  const own = file.chartDir ? topology.charts[file.chartDir] : void 0;
  if (file.placement === "umbrella") return own ? sectionsIn(root, own, [], own.dir, 0) : [];
  if (file.placement !== "region") return [];
  if (own?.role === "umbrella") {
    const values = getEntry(root, own.name)?.value;
    return values?.kind === "map" ? sectionsIn(values, own, [own.name], own.dir, 1) : [];
  }
  return umbrellasOf(topology, file.chartDir).flatMap(({ key, chart }) => {
    const values = getEntry(root, key)?.value;
    return values?.kind === "map" && own ? sectionsIn(values, chart, [key], own.dir, 0) : [];
  });
}
function chartRelative(path16, topology, file) {
  if (file.placement !== "umbrella" || typeof path16[0] !== "string" || !file.chartDir) return path16;
  const umbrella = topology.charts[file.chartDir];
  return umbrella?.dependencies.some((edge) => edge.key === path16[0]) ? path16.slice(1) : path16;
}
function repeatedAcrossCharts(sections, pick) {
  const groups = /* @__PURE__ */ new Map();
  for (const section of sections) {
    forEachLeaf(section.map, (path16, leaf) => {
      if (section.isSwitch(path16)) return;
      const found = pick(path16, leaf, section);
      if (found === void 0) return;
      const group = `${JSON.stringify(path16)}\0${typeof leaf.value}\0${String(leaf.value)}`;
      if (!groups.has(group)) groups.set(group, []);
      groups.get(group).push({ chart: section.chart, leaf, path: dottedPath([...section.prefix, ...path16]), found });
    });
  }
  return [...groups.values()].flatMap((members) => {
    const charts = [...new Set(members.map((m) => m.chart))];
    return charts.length < 2 ? [] : members.map((member) => ({ ...member, charts }));
  });
}

// rules/chartlint/unused-disable.ts
var unused_disable_default = defineRule({
  id: "chartlint/unused-disable",
  meta: {
    description: "A chartlint-disable comment that suppresses nothing, or names a rule that does not exist.",
    severity: "warning",
    targets: ["values", "chart-metadata", "manifests"],
    phase: "after-suppressions",
    messages: {
      unused: 'This chartlint-{{kind}} comment suppresses no "{{rule}}" finding; remove it.',
      unusedAll: "This chartlint-{{kind}} comment suppresses nothing; remove it.",
      unknownRule: 'This chartlint-{{kind}} comment names "{{rule}}", which is not a chartlint rule.',
      unknownUnnamedRule: "This chartlint-{{kind}} comment names something that is not a chartlint rule."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const { unused, ruleIds } = ctx.suppressions();
    for (const { directive, rule } of unused) {
      const data = { kind: directive.kind, rule: rule ?? "" };
      if (rule === void 0) ctx.report({ span: directive.span, messageId: "unusedAll", data });
      else if (!ruleIds.some((id) => ruleMatches(rule, id)))
        ctx.report({ span: directive.span, messageId: safeName(rule) === void 0 ? "unknownUnnamedRule" : "unknownRule", data });
      else ctx.report({ span: directive.span, messageId: "unused", data });
    }
  }
});

// rules/images/allowed-registries.ts
var allowed_registries_default = defineRule({
  id: "images/allowed-registries",
  meta: {
    description: "Images come only from the configured registries (and optional path prefixes); off until configured.",
    severity: "off",
    targets: ["values", "manifests"],
    messages: {
      notAllowed: 'Image {{image}} comes from "{{source}}", which is not an allowed registry ({{allowed}}).',
      noneConfigured: "Image {{image}} cannot be checked: this rule is on, but its options.registries list is empty."
    },
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        registries: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Allowed registries: host, host:port, host/path-prefix, or *.domain."
        }
      },
      required: []
    },
    defaultOptions: { registries: [] }
  },
  check(ctx) {
    const allowed = ctx.memo(JSON.stringify(ctx.options), () => ctx.options.registries.map(compileRegistryEntry));
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok) continue;
      const { domain, path: path16 } = image.parsed.ref;
      if (allowed.length === 0) {
        ctx.report({ span: image.span, messageId: "noneConfigured", data: { image: image.label } });
        continue;
      }
      if (allowed.some((entry) => registryEntryMatches(entry, domain, path16))) continue;
      ctx.report({
        span: image.partSpan("domain"),
        messageId: "notAllowed",
        data: { image: image.label, source: `${domain}/${path16}`, allowed: ctx.options.registries.join(", ") }
      });
    }
  }
});

// rules/images/digest-pinned.ts
var digest_pinned_default = defineRule({
  id: "images/digest-pinned",
  meta: {
    description: "Every image reference carries a digest (@sha256:...), for air-gapped and reproducible deployments; off by default.",
    severity: "off",
    targets: ["values", "manifests"],
    messages: {
      noDigest: 'Image {{image}} is not pinned by digest; add "@sha256:<digest>" so every node runs the same bytes.'
    },
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        exempt: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Repositories allowed without a digest: host, host:port, host/path-prefix, or *.domain, matched as images/allowed-registries matches its registries."
        }
      },
      required: []
    },
    defaultOptions: { exempt: [] }
  },
  check(ctx) {
    const exempt = ctx.memo(JSON.stringify(ctx.options), () => ctx.options.exempt.map(compileRegistryEntry));
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok || image.parsed.ref.digest) continue;
      const { domain, path: path16 } = image.parsed.ref;
      if (exempt.some((entry) => registryEntryMatches(entry, domain, path16))) continue;
      ctx.report({ span: image.span, messageId: "noDigest", data: { image: image.label } });
    }
  }
});

// rules/images/floating-tag.ts
var DEFAULT_FLOATING_TAGS = [
  "latest-*",
  "*-latest",
  "*_latest",
  "master",
  "main",
  "stable",
  "stable-*",
  "mainline",
  "mainline-*",
  "lts",
  "lts-*",
  "edge",
  "nightly",
  "dev",
  "develop",
  "devel",
  "head",
  "rolling",
  "unstable",
  "testing",
  "current",
  "current-tripleo",
  "current-tripleo-rdo",
  "tripleo-ci-testing"
];
function matchers(options) {
  return { floating: options.tags.map(globToRegExp), allowed: options.allow.map(globToRegExp) };
}
function globToRegExp(glob) {
  const body = glob.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
  return new RegExp(`^${body}$`, "i");
}
var floating_tag_default = defineRule({
  id: "images/floating-tag",
  meta: {
    description: 'Image tags that move although they are not "latest" (latest-*, *-latest, master, stable, nightly, current-tripleo, ...).',
    severity: "warning",
    targets: ["values", "manifests"],
    messages: {
      floating: 'Image {{image}} uses the tag "{{tag}}", which moves to new builds; pin a version or a digest.'
    },
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        tags: { type: "array", items: { type: "string", minLength: 1 }, description: "Globs of floating tags (case-insensitive)." },
        allow: { type: "array", items: { type: "string", minLength: 1 }, description: "Globs of tags accepted anyway." }
      },
      required: []
    },
    defaultOptions: { tags: DEFAULT_FLOATING_TAGS, allow: [] }
  },
  check(ctx) {
    const { floating, allowed } = ctx.memo(JSON.stringify(ctx.options), () => matchers(ctx.options));
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok) continue;
      const { tag: tag2, digest } = image.parsed.ref;
      if (!tag2 || tag2 === "latest" || digest) continue;
      const moves = tag2.toLowerCase() === "latest" || floating.some((re) => re.test(tag2));
      if (!moves || allowed.some((re) => re.test(tag2))) continue;
      ctx.report({ span: image.partSpan("tag"), messageId: "floating", data: { image: image.label, tag: tag2 } });
    }
  }
});

// rules/images/fully-qualified.ts
var fully_qualified_default = defineRule({
  id: "images/fully-qualified",
  meta: {
    description: "Every image reference names its registry host (docker.io/..., quay.io/..., localhost:5000/...).",
    severity: "error",
    targets: ["values", "manifests"],
    messages: {
      unqualified: `Image {{image}} does not name its registry host, so the node's runtime decides where "{{reference}}" comes from (by default {{resolved}}); write the registry out.`
    },
    fixable: true,
    facts: [templateRegistryFact],
    ...NO_OPTIONS
  },
  check(ctx) {
    const templates = ctx.chart ? ctx.fact(templateRegistryFact)[ctx.chart.dir] : void 0;
    const globalKey = ctx.file.kind === "values" && definesGlobalRegistry(ctx.file.documents[0]?.root);
    const prefixed = templates ? templates.registry || templates.parentGlobalRegistry || templates.global && globalKey : globalKey;
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok || namesRegistryHost(image.reference)) continue;
      const composedElsewhere = image.source === "image-string" || image.source === "image-object";
      if (composedElsewhere && (image.registryFromTemplate || prefixed || registryReadFor(image, templates?.registryPaths))) continue;
      const { domain, path: path16 } = image.parsed.ref;
      const resolved = `${domain}/${path16}`;
      const span = image.partSpan("path");
      ctx.report({
        span,
        messageId: "unqualified",
        data: { image: image.label, reference: image.reference, resolved },
        fix: qualify(ctx.file.text, image, span, resolved)
      });
    }
  }
});
function registryReadFor(image, paths) {
  const at = image.valuesPath;
  if (!paths || at === void 0) return false;
  const holder = at.includes(".") ? at.slice(0, at.lastIndexOf(".")) : "";
  return paths.includes(at) || image.source === "image-string" && holder !== "" && paths.includes(holder);
}
function qualify(text, image, span, resolved) {
  if (image.source === "image-object" || !image.parsed.ok) return void 0;
  const [start, end] = image.parsed.ref.spans.path ?? [0, 0];
  const written = image.reference.slice(start, end);
  if (!written || text.slice(span.start, span.end) !== written || !resolved.endsWith(written)) return void 0;
  return { span: { start: span.start, end: span.start }, text: resolved.slice(0, resolved.length - written.length) };
}

// rules/images/no-latest.ts
var no_latest_default = defineRule({
  id: "images/no-latest",
  meta: {
    description: 'Image references are pinned: no ":latest" tag, and no reference without a tag or digest (which means latest).',
    severity: "error",
    targets: ["values", "manifests"],
    messages: {
      latest: 'Image {{image}} uses the mutable tag ":latest"; pin a version or a digest.',
      untagged: 'Image {{image}} has no tag or digest, so "{{reference}}" resolves to ":latest"; pin a version or a digest.'
    },
    facts: [templateRegistryFact],
    ...NO_OPTIONS
  },
  check(ctx) {
    const tagged = ctx.file.kind === "values" && ctx.chart ? ctx.fact(templateRegistryFact)[ctx.chart.dir]?.tagged : void 0;
    for (const image of ctx.images().images) {
      if (image.templated || !image.parsed.ok) continue;
      const { tag: tag2, digest } = image.parsed.ref;
      if (digest) continue;
      if (tag2 === "latest") ctx.report({ span: image.partSpan("tag"), messageId: "latest", data: { image: image.label } });
      else if (tag2 === null) {
        if (image.tagFromTemplate || image.valuesPath !== void 0 && tagged?.includes(image.valuesPath)) continue;
        ctx.report({ span: image.span, messageId: "untagged", data: { image: image.label, reference: image.reference } });
      }
    }
  }
});

// rules/images/pull-policy.ts
var pull_policy_default = defineRule({
  id: "images/pull-policy",
  meta: {
    description: "pull_policy (images.pull_policy, image.pullPolicy, imagePullPolicy) exists and is exactly Always, IfNotPresent or Never.",
    severity: "error",
    targets: ["values"],
    messages: {
      missing: "The images map sets no pull_policy, so helm-toolkit renders an empty imagePullPolicy; {{default}}. Set images.pull_policy to Always, IfNotPresent or Never.",
      misspelt: 'helm-toolkit reads images.pull_policy, not "{{key}}": this policy is never applied, and every container renders an empty imagePullPolicy. Rename the key to pull_policy.',
      empty: '"{{key}}" is empty; {{default}}. Set it to say which.',
      wrongCase: '"{{key}}" is "{{value}}", but Kubernetes matches case exactly: write "{{expected}}".',
      whitespace: '"{{key}}" has spaces or quotes around "{{expected}}", which Kubernetes rejects.',
      invalid: '"{{key}}" is "{{value}}"; Kubernetes accepts only Always, IfNotPresent or Never.',
      useExpected: 'Set it to "{{expected}}".'
    },
    options: {
      type: "object",
      additionalProperties: false,
      properties: { required: { type: "boolean", description: "Require images.pull_policy in a chart's values.yaml." } },
      required: []
    },
    defaultOptions: { required: true },
    hasSuggestions: true
  },
  check(ctx) {
    const { section, pullPolicies } = ctx.images();
    if (section && !section.pullPolicy && section.misspeltPullPolicy) {
      const key = section.misspeltPullPolicy;
      ctx.report({ span: key.keySpan, messageId: "misspelt", data: { key: `${section.images.key}.${key.key}` } });
    } else if (section && !section.pullPolicy && ctx.isChartDefaults && ctx.options.required) {
      ctx.report({
        span: section.images.keySpan,
        messageId: "missing",
        data: { default: defaultPolicyText(void 0) },
        atMost: "warning"
      });
    }
    for (const { node, key, image, source } of pullPolicies) {
      const verdict = judgePullPolicy(node);
      if (!verdict) continue;
      if (verdict.problem === "empty") {
        if (source !== "images-section") continue;
        ctx.report({ node, messageId: "empty", data: { key, default: defaultPolicyText(image) }, atMost: "warning" });
        continue;
      }
      const suggest = verdict.expected ? [{ messageId: "useExpected", data: { expected: verdict.expected }, fix: { span: node.span, text: verdict.expected } }] : [];
      ctx.report({ node, messageId: verdict.problem, data: { key, value: verdict.value, expected: verdict.expected }, suggest });
    }
  }
});

// rules/images/reference-syntax.ts
var reference_syntax_default = defineRule({
  id: "images/reference-syntax",
  meta: {
    description: "Image references parse under the distribution/reference grammar Kubernetes uses (lowercase repository, valid tag, well-formed digest, length).",
    severity: "error",
    targets: ["values", "manifests"],
    messages: {
      invalid: "Image {{image}} is not a valid image reference: {{problem}}.",
      empty: "Image {{image}} is empty; the container would render with no image.",
      numericTag: 'Image {{image}} has tag {{written}}, which YAML reads as the number {{read}}; quote it ("{{written}}").'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const { text } = ctx.file;
    for (const image of ctx.images().images) {
      if (image.templated) continue;
      if (image.numericTag) {
        const written = text.slice(image.numericTag.span.start, image.numericTag.span.end);
        const read = String(image.numericTag.value);
        if (written !== read) ctx.report({ node: image.numericTag, messageId: "numericTag", data: { image: image.label, written, read } });
      }
      if (image.parsed.ok) continue;
      if (image.reference === "") ctx.report({ span: image.span, messageId: "empty", data: { image: image.label } });
      else
        ctx.report({ span: image.span, messageId: "invalid", data: { image: image.label, problem: withoutInput(image.parsed.message) } });
    }
  }
});
function withoutInput(message) {
  return message.replace(/ \([^)]*\)/g, "");
}

// rules/images/required-keys.ts
var required_keys_default = defineRule({
  id: "images/required-keys",
  meta: {
    description: "In a chart built on helm-toolkit, the images map names dep_check and the image of every standard job the chart ships (db_init, db_sync, db_drop, ks_user, ks_service, ks_endpoints) that its templates read.",
    severity: "error",
    targets: ["values"],
    chartDefaultsOnly: true,
    facts: [templateReadsFact],
    messages: {
      missing: 'The images map "{{holder}}" lacks {{missing}}.',
      noSection: "The chart ships {{jobs}} but its values have no images map to name their images."
    },
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        always: {
          type: "array",
          items: { type: "string" },
          description: "Image keys every images map must hold, where the chart reads them."
        },
        jobs: {
          type: "array",
          items: { type: "string" },
          description: "Job image keys, required when templates/job-<key>.yaml or manifests.job_<key> exists and the templates read the key."
        }
      },
      required: []
    },
    defaultOptions: { always: [...REQUIRED_KEY_DEFAULTS.always], jobs: [...REQUIRED_KEY_DEFAULTS.jobs] }
  },
  check(ctx) {
    if (!usesHelmToolkit(ctx.chart)) return;
    const root = ctx.file.documents[0]?.root;
    const section = ctx.images().section;
    if (!section) {
      const shipped = ctx.options.jobs.flatMap((job) => {
        const by = shippedBy(job, ctx.chart?.templates ?? [], root);
        return by ? [`${job} (${by})`] : [];
      });
      if (shipped.length > 0) ctx.report({ span: { start: 0, end: 0 }, messageId: "noSection", data: { jobs: shipped.join(", ") } });
      return;
    }
    const reads = ctx.chart ? imageReadsOf(ctx.fact(templateReadsFact), ctx.chart.dir, section.layout) : void 0;
    const needs = requirements({ chart: ctx.chart, root, imageKeys: section.imageKeys, reads }, ctx.options).filter(
      (need) => !need.present
    );
    if (needs.length === 0) return;
    const missing = needs.map((need) => {
      const names = need.accepted.length > 1 ? `${need.key} (or ${need.accepted.slice(1).join(", or ")})` : need.key;
      return need.by ? `${names}, needed by ${need.by}` : names;
    });
    const related = needs.flatMap((need) => {
      const at = ctx.chart && need.by ? templatePlace(ctx.chart.dir, need.by) : void 0;
      return at ? [{ at, message: `This template needs image "${need.key}".` }] : [];
    });
    ctx.report({
      span: section.holder.keySpan,
      messageId: "missing",
      data: { holder: dottedPath(pathOf(section.holder.value)), missing: missing.join("; ") },
      related
    });
  }
});

// rules/images/templated-reference.ts
var templated_reference_default = defineRule({
  id: "images/templated-reference",
  meta: {
    description: "Says which image references are templated ({{ ... }}, ${...} or a build placeholder @NAME@) and therefore not judged in values; lint the rendered manifests for them.",
    severity: "info",
    targets: ["values", "manifests"],
    messages: {
      templated: "Image {{image}} is filled in at render time, so the image rules do not judge it here.",
      buildPlaceholder: "Image {{image}} holds the build placeholder {{placeholder}}, substituted before the chart is packaged, so the image rules do not judge it here."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const image of ctx.images().images) {
      if (!image.templated) continue;
      if (image.buildPlaceholder && !image.reference.includes("{{") && !image.reference.includes("${"))
        ctx.report({ span: image.span, messageId: "buildPlaceholder", data: { image: image.label, placeholder: image.buildPlaceholder } });
      else ctx.report({ span: image.span, messageId: "templated", data: { image: image.label } });
    }
  }
});

// rules/images/undefined-key.ts
var undefined_key_default = defineRule({
  id: "images/undefined-key",
  meta: {
    description: "A template reads an image key (directly or through helm-toolkit) that the chart's values do not define, so the container renders with an empty image.",
    severity: "error",
    targets: ["values"],
    chartDefaultsOnly: true,
    facts: [templateReadsFact],
    messages: {
      undefined: 'The templates read image "{{key}}" ({{where}}, {{via}}), but "{{holder}}" does not define it: the container renders with an empty image.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const section = ctx.images().section;
    if (!ctx.chart || !section) return;
    const holder = dottedPath(pathOf(section.holder.value));
    const derived = imageReadsOf(ctx.fact(templateReadsFact), ctx.chart.dir, section.layout);
    const owned = new Set(
      usesHelmToolkit(ctx.chart) ? requirements(
        { chart: ctx.chart, root: ctx.file.documents[0]?.root, imageKeys: section.imageKeys, reads: derived },
        REQUIRED_KEY_DEFAULTS
      ).filter((need) => !need.present).flatMap((need) => need.reads) : []
    );
    const reported = /* @__PURE__ */ new Set();
    for (const read of derived.reads) {
      if (read.guarded || section.imageKeys.has(read.key) || reported.has(read.key) || owned.has(read.key)) continue;
      reported.add(read.key);
      const at = templatePlace(ctx.chart.dir, read.where);
      ctx.report({
        span: section.holder.keySpan,
        messageId: "undefined",
        data: { key: read.key, where: read.where, via: read.via, holder },
        related: at ? [{ at, message: `The template reads image "${read.key}" here.` }] : []
      });
    }
  }
});

// rules/images/unused-key.ts
var unused_key_default = defineRule({
  id: "images/unused-key",
  meta: {
    description: "An image key the values define that no template reads: dead configuration, or a template that reads a misspelt key.",
    severity: "info",
    targets: ["values"],
    facts: [templateReadsFact],
    messages: {
      unused: 'No template reads image "{{key}}"; remove it, or check the templates for a misspelt key.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const section = ctx.images().section;
    if (ctx.file.role !== "defaults" && ctx.file.role !== "override") return;
    if (!ctx.chart || !section || ctx.chart.templates.length === 0) return;
    const reads = imageReadsOf(ctx.fact(templateReadsFact), ctx.chart.dir, section.layout);
    if (reads.dynamic) return;
    const read = new Set(reads.reads.map((r) => r.key));
    const required = usesHelmToolkit(ctx.chart) ? requirements(
      { chart: ctx.chart, root: ctx.file.documents[0]?.root, imageKeys: section.imageKeys, reads },
      REQUIRED_KEY_DEFAULTS
    ).flatMap((need) => {
      const held = need.accepted.filter((key) => section.imageKeys.has(key));
      return held.length === 1 ? held : [];
    }) : [];
    for (const [key, entry] of section.imageKeys) {
      if (!read.has(key) && !required.includes(key)) ctx.report({ span: entry.keySpan, messageId: "unused", data: { key } });
    }
  }
});

// rules/images/version-skew.ts
var version_skew_default = defineDeploymentRule({
  id: "images/version-skew",
  meta: {
    scope: "deployment",
    description: "One image repository pinned to different tags by the charts' own values.yaml files linted together.",
    // Opt-in: charts released on their own schedules differ on purpose; a tree deployed as one turns it on.
    severity: "off",
    targets: ["values"],
    messages: {
      skew: 'Image {{image}} pins {{repository}} to "{{tag}}", but {{count}} other charts in this run use "{{common}}": one deployment would run both.',
      noMajority: 'Image {{image}} pins {{repository}} to "{{tag}}", while other charts in this run use {{others}}: one deployment would run them all.'
    },
    ...NO_OPTIONS
  },
  collect(ctx) {
    if (!ctx.isChartDefaults) return void 0;
    const pins = ctx.images().images.flatMap((image) => {
      if (image.templated || !image.parsed.ok || image.parsed.ref.digest || !image.parsed.ref.tag || image.parsed.ref.tag === "latest")
        return [];
      const { domain, path: path16, tag: tag2 } = image.parsed.ref;
      return [{ repository: `${domain}/${path16}`, tag: tag2, image: image.label, at: ctx.anchor(image.partSpan("tag")) }];
    });
    return pins.length > 0 ? pins : void 0;
  },
  check(ctx) {
    const byRepository = /* @__PURE__ */ new Map();
    for (const { file, chart, summary } of ctx.summaries) {
      for (const pin of summary)
        byRepository.set(pin.repository, [...byRepository.get(pin.repository) ?? [], { file, chart: chart ?? file, pin }]);
    }
    for (const [repository, pins] of byRepository) {
      const chartsByTag = /* @__PURE__ */ new Map();
      for (const { chart, pin } of pins) chartsByTag.set(pin.tag, (chartsByTag.get(pin.tag) ?? /* @__PURE__ */ new Set()).add(chart));
      if (chartsByTag.size < 2 || new Set(pins.map((p) => p.chart)).size < 2) continue;
      const most = Math.max(...[...chartsByTag.values()].map((charts) => charts.size));
      const leaders = [...chartsByTag].filter(([, charts]) => charts.size === most).map(([tag2]) => tag2);
      for (const { file, pin } of pins) {
        if (leaders.length === 1 && pin.tag === leaders[0]) continue;
        const base = { image: pin.image, repository, tag: pin.tag };
        if (leaders.length === 1) ctx.report({ file, at: pin.at, messageId: "skew", data: { ...base, count: most, common: leaders[0] } });
        else {
          const others = [...chartsByTag.keys()].filter((tag2) => tag2 !== pin.tag).sort().map((tag2) => `"${tag2}"`).join(", ");
          ctx.report({ file, at: pin.at, messageId: "noMajority", data: { ...base, others } });
        }
      }
    }
  }
});

// rules/manifests/image-empty.ts
function imageSetByTrigger(roots) {
  const set = /* @__PURE__ */ new Set();
  const visit = (object) => {
    if (object?.kind !== "map") return;
    const kind = scalarString(getPath(object, ["kind"]));
    const items = getPath(object, ["items"]);
    if (kind === "List" && items?.kind === "seq") return items.items.forEach(visit);
    const triggers = getPath(object, ["spec", "triggers"]);
    if (kind !== "DeploymentConfig" || triggers?.kind !== "seq") return;
    const owner = `${kind}/${scalarString(getPath(object, ["metadata", "name"])) ?? "(unnamed)"}`;
    for (const trigger of triggers.items) {
      const names = getPath(trigger, ["imageChangeParams", "containerNames"]);
      if (scalarString(getPath(trigger, ["type"])) !== "ImageChange" || names?.kind !== "seq") continue;
      for (const name of names.items) set.add(`${owner}
${scalarString(name) ?? ""}`);
    }
  };
  roots.forEach(visit);
  return set;
}
var image_empty_default = defineRule({
  id: "manifests/image-empty",
  meta: {
    description: "A rendered container has no image, or an empty one: helm renders it without complaint and the pod never starts.",
    severity: "error",
    targets: ["manifests"],
    messages: {
      missing: "The {{container}} has no image.",
      empty: "The {{container}} renders an empty image; the values key its template reads is probably undefined."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    let triggered;
    for (const container of ctx.containers()) {
      const image = container.image;
      const blank = !image || image.value.kind === "scalar" && (image.value.value === null || String(image.value.value).trim() === "");
      if (!blank) continue;
      triggered ??= imageSetByTrigger(ctx.file.documents.map((document) => document.root));
      if (container.object.startsWith("DeploymentConfig/") && triggered.has(`${container.object}
${container.container}`)) continue;
      if (!image) ctx.report({ node: container.node, messageId: "missing", data: { container: container.label } });
      else ctx.report({ span: image.keySpan, messageId: "empty", data: { container: container.label } });
    }
  }
});

// rules/manifests/pull-policy.ts
var pull_policy_default2 = defineRule({
  id: "manifests/pull-policy",
  meta: {
    description: "Rendered imagePullPolicy is exactly Always, IfNotPresent or Never (and present, when required).",
    severity: "error",
    targets: ["manifests"],
    messages: {
      missing: "The {{container}} sets no imagePullPolicy.",
      empty: "The {{container}} renders an empty imagePullPolicy; {{default}}. Set the policy to say which.",
      wrongCase: 'The {{container}} has imagePullPolicy "{{value}}", but Kubernetes matches case exactly: write "{{expected}}".',
      whitespace: 'The {{container}} has imagePullPolicy "{{value}}": spaces or quotes around "{{expected}}", which Kubernetes rejects.',
      invalid: 'The {{container}} has imagePullPolicy "{{value}}"; Kubernetes accepts only Always, IfNotPresent or Never.'
    },
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        required: { type: "boolean", description: "Report containers without imagePullPolicy." },
        empty: {
          type: "boolean",
          description: "Report an empty imagePullPolicy (Kubernetes defaults it as an absent one); always with required."
        }
      },
      required: []
    },
    defaultOptions: { required: false, empty: true }
  },
  check(ctx) {
    for (const container of ctx.containers()) {
      const data = { container: container.label };
      if (!container.pullPolicy) {
        if (ctx.options.required && container.image) ctx.report({ span: container.image.keySpan, messageId: "missing", data });
        continue;
      }
      const verdict = judgePullPolicy(container.pullPolicy.value);
      if (!verdict) continue;
      const empty = verdict.problem === "empty";
      if (empty && !ctx.options.empty && !ctx.options.required) continue;
      const span = empty ? container.pullPolicy.keySpan : container.pullPolicy.value.span;
      const image = container.image?.value.kind === "scalar" ? String(container.image.value.value ?? "") : void 0;
      ctx.report({
        span,
        messageId: verdict.problem,
        data: { ...data, value: verdict.value, expected: verdict.expected, default: defaultPolicyText(image) },
        // Left empty, the policy is Kubernetes' default: a risk to name, not a broken deploy.
        ...empty ? { atMost: "warning" } : {}
      });
    }
  }
});

// rules/manifests/render-failed.ts
var render_failed_default = defineRule({
  id: "manifests/render-failed",
  meta: {
    description: "With --render: helm is missing, or helm template cannot render the chart, so its manifests could not be linted.",
    severity: "error",
    targets: ["chart-metadata"],
    facts: [rendersFact],
    messages: {
      failed: "The chart was not rendered, so its manifests were not linted: {{problem}}"
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    if (ctx.file.role !== "chart-metadata" || !ctx.chart) return;
    const outcome = ctx.fact(rendersFact)[ctx.chart.dir];
    if (!outcome || outcome.ok) return;
    const data = { problem: outcome.message };
    const atMost = outcome.cause ? "warning" : void 0;
    if (outcome.span && outcome.at?.path === ctx.file.path) ctx.report({ span: outcome.span, messageId: "failed", data, atMost });
    else if (outcome.at) ctx.report({ at: outcome.at, messageId: "failed", data, atMost });
    else ctx.report({ span: { start: 0, end: 0 }, messageId: "failed", data, atMost });
  }
});

// rules/secrets/in-chart-defaults.ts
var REGION_PLACEHOLDER2 = /DEFINED?[-_]IN[-_]REGION/i;
var REMEDY = {
  layout: {
    literal: "set it in the region values and leave a placeholder (null or DEFINED-IN-REGION-CHART) here",
    knownDefault: "Leave a placeholder here and set the real value in the region values"
  },
  plain: {
    literal: "leave it null here and supply it at deploy time (an override file kept out of the chart, or a Secret)",
    knownDefault: "Leave it null here and supply the real value at deploy time"
  }
};
function underUmbrella(topology, chartDir) {
  if (chartDir === void 0) return false;
  return Object.values(topology.charts).some((c) => c.role === "umbrella" && c.dependencies.some((edge) => edge.dir === chartDir));
}
var in_chart_defaults_default = defineRule({
  id: "secrets/in-chart-defaults",
  meta: {
    description: "A literal sensitive value in a chart's own values (its defaults, or the umbrella's per-chart values): secrets belong in region values.",
    severity: "error",
    targets: ["values"],
    facts: [topologyFact, secretWritesFact],
    messages: {
      literal: `"{{key}}" holds {{what}} in the chart's values; {{remedy}}.`,
      knownDefault: '"{{key}}" ships {{what}}: every deployment that does not override it runs with it. {{remedy}}.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    if (ctx.placement === "region") return;
    const secrets = ctx.secrets();
    const topology = ctx.fact(topologyFact);
    const placed = { placement: ctx.placement, chartDir: ctx.chart?.dir };
    const inLayout = ctx.placement === "umbrella" || underUmbrella(topology, ctx.chart?.dir) || REGION_PLACEHOLDER2.test(ctx.file.text);
    const remedy = inLayout ? REMEDY.layout : REMEDY.plain;
    const root = ctx.file.documents[0]?.root;
    const writes = ctx.placement === "umbrella" || !ctx.chart ? void 0 : ctx.fact(secretWritesFact)[ctx.chart.dir];
    forEachLeaf(root, (path16, leaf) => {
      if (ctx.placement === "umbrella" && path16[0] === "global") return;
      const verdict = secrets.classify(chartRelative(path16, topology, placed), leaf.value, useOf(path16, writes));
      if (!verdict.sensitive || notASecretHere(root, path16, leaf.value, writes)) return;
      const messageId = verdict.knownDefault ? "knownDefault" : "literal";
      ctx.report({ node: leaf, messageId, data: { key: dottedPath(path16), what: verdict.description, remedy: remedy[messageId] } });
    });
  }
});

// rules/secrets/in-shared-globals.ts
var in_shared_globals_default = defineRule({
  id: "secrets/in-shared-globals",
  meta: {
    description: "A literal sensitive value in the umbrella chart's global: values, which every region shares.",
    severity: "error",
    targets: ["values"],
    messages: {
      literal: `"{{key}}" holds {{what}} in the umbrella's shared globals; set it as {{key}} in the region values and leave null here.`
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    if (ctx.placement !== "umbrella") return;
    const secrets = ctx.secrets();
    const root = ctx.file.documents[0]?.root;
    forEachLeaf(root, (path16, leaf) => {
      if (path16[0] !== "global") return;
      const verdict = secrets.classify(path16, leaf.value);
      if (verdict.sensitive && !notASecretHere(root, path16, leaf.value))
        ctx.report({ node: leaf, messageId: "literal", data: { key: dottedPath(path16), what: verdict.description } });
    });
  }
});

// rules/secrets/literal-in-manifest.ts
var CONFIG_LINE = /^\s*(?:-\s+)?([A-Za-z0-9_.-]+)\s*[=:]\s*(\S.*?)\s*$/;
var SCRIPT = /\.(?:sh|bash|py|pl|rb|js|lua|ps1|tpl|j2|jinja)$/;
var EXPRESSION = /[$()[\]`]|\b(?:os\.environ|getenv|url\.|\.get\()/;
var NAMES_A_SECRET = (name, value) => /^SECRET|SECRET$/i.test(name) && typeof value === "string" && /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(value);
var ONE_LINE = (text) => !/[\r\n]/.test(text.replace(/\r?\n$/, ""));
var literal_in_manifest_default = defineRule({
  id: "secrets/literal-in-manifest",
  meta: {
    description: "In rendered manifests, a sensitive env var given as a literal value instead of valueFrom.secretKeyRef, or sensitive material in a ConfigMap instead of a Secret.",
    severity: "error",
    targets: ["manifests"],
    messages: {
      envLiteral: 'Env var "{{name}}" of the {{container}} is {{what}} written into the manifest; take it from a Secret with valueFrom.secretKeyRef.',
      configMapValue: '{{object}} key "{{key}}" holds {{what}}; ConfigMaps are readable by anyone who can read the namespace: keep it in a Secret.',
      configMapLine: '{{object}} key "{{key}}", line {{line}}, sets "{{setting}}" to {{what}}; keep it in a Secret.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const secrets = ctx.secrets();
    for (const container of ctx.containers()) {
      const env = getEntry(container.node, "env")?.value;
      if (env?.kind !== "seq") continue;
      for (const item of env.items) {
        const name = scalarString(getPath(item, ["name"]));
        const value = item.kind === "map" ? getEntry(item, "value")?.value : void 0;
        if (!name || value?.kind !== "scalar") continue;
        const byName = secrets.isSensitiveKey(name) && !NAMES_A_SECRET(name, value.value);
        if (!byName && !(typeof value.value === "string" && describeByShape(value.value))) continue;
        const verdict = secrets.classify([name], value.value);
        if (verdict.sensitive)
          ctx.report({ node: value, messageId: "envLiteral", data: { name, container: container.label, what: verdict.description } });
      }
    }
    for (const document of ctx.file.documents) {
      const root = document.root;
      if (scalarString(getPath(root, ["kind"])) !== "ConfigMap") continue;
      const object = `ConfigMap/${scalarString(getPath(root, ["metadata", "name"])) ?? "(unnamed)"}`;
      const data = getPath(root, ["data"]);
      if (data?.kind !== "map") continue;
      for (const entry of data.entries) {
        const text = scalarString(entry.value);
        if (text === void 0) continue;
        const whole = describeByValue(text);
        if (whole) {
          secrets.classify([entry.key], text);
          ctx.report({ span: entry.keySpan, messageId: "configMapValue", data: { object, key: entry.key, what: whole.description } });
          continue;
        }
        if (ONE_LINE(text) && secrets.isSensitiveKey(entry.key) && !NAMES_A_SECRET(entry.key, text)) {
          const verdict = secrets.classify([entry.key], text.trim());
          if (verdict.sensitive) {
            ctx.report({ span: entry.keySpan, messageId: "configMapValue", data: { object, key: entry.key, what: verdict.description } });
            continue;
          }
        }
        if (SCRIPT.test(entry.key)) continue;
        text.split(/\r\n|\r|\n/).forEach((line, index) => {
          const match = CONFIG_LINE.exec(line);
          if (!match || !secrets.isSensitiveKey(match[1]) || EXPRESSION.test(match[2])) return;
          const value = match[2].replace(/^(["'])(.*)\1$/, "$2");
          const verdict = secrets.classify([match[1]], value);
          if (!verdict.sensitive) return;
          ctx.report({
            span: entry.keySpan,
            messageId: "configMapLine",
            data: { object, key: entry.key, line: index + 1, setting: match[1], what: verdict.description }
          });
        });
      }
    }
  }
});

// rules/secrets/placeholder-unresolved.ts
var placeholder_unresolved_default = defineRule({
  id: "secrets/placeholder-unresolved",
  meta: {
    description: "A rendered value still holds a placeholder such as DEFINED-IN-REGION-CHART: the region values forgot an override.",
    severity: "error",
    targets: ["manifests"],
    messages: {
      unresolved: '{{object}} still holds the placeholder "{{marker}}" at {{path}}: the region values do not override it.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const secrets = ctx.secrets();
    for (const document of ctx.file.documents) {
      const root = document.root;
      const object = `${scalarString(getPath(root, ["kind"])) ?? "object"}/${scalarString(getPath(root, ["metadata", "name"])) ?? "(unnamed)"}`;
      forEachLeaf(root, (path16, leaf) => {
        if (typeof leaf.value !== "string" || leaf.value === "") return;
        const marker = secrets.markerIn(leaf.value);
        if (marker) ctx.report({ node: leaf, messageId: "unresolved", data: { object, marker, path: dottedPath(path16) } });
      });
    }
  }
});

// rules/secrets/region-scope.ts
var region_scope_default = defineRule({
  id: "secrets/region-scope",
  meta: {
    description: "In region values, a sensitive global only one chart reads (it belongs to that chart), or the same sensitive value set per chart in several charts (it belongs in global).",
    severity: "warning",
    targets: ["values"],
    facts: [topologyFact, globalReadersFact],
    messages: {
      oneReader: 'Only the {{chart}} chart reads "global.{{key}}"; set it as "{{umbrella}}.{{chart}}.{{key}}" so no other chart receives it.',
      repeated: '"{{key}}" sets the same value ({{what}}) for the charts {{charts}}; set it once as "global.{{leaf}}".'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    if (ctx.placement !== "region") return;
    const topology = ctx.fact(topologyFact);
    const secrets = ctx.secrets();
    const root = ctx.file.documents[0]?.root;
    const readers = ctx.fact(globalReadersFact);
    const chartDir = ctx.chart?.dir;
    if (readers && chartDir) {
      const umbrella = umbrellasOf(topology, chartDir)[0]?.key ?? "<umbrella>";
      forEachLeaf(root, (path16, leaf) => {
        if (path16[0] !== "global" || typeof path16[1] !== "string") return;
        const reading = chartsReading(readers, topology, chartDir, path16[1]);
        if (reading?.length !== 1 || !secrets.classify(path16, leaf.value).sensitive || notASecretHere(root, path16, leaf.value)) return;
        const data = { chart: reading[0], key: path16[1], umbrella };
        ctx.report({ node: leaf, messageId: "oneReader", data });
      });
    }
    const repeats = repeatedAcrossCharts(chartSections(root, topology, { placement: ctx.placement, chartDir }), (path16, leaf, section) => {
      const verdict = secrets.classify(path16, leaf.value);
      return verdict.sensitive && !notASecretHere(section.map, path16, leaf.value) ? { what: verdict.description, name: String(path16.at(-1)) } : void 0;
    });
    for (const { leaf, path: path16, found, charts } of repeats) {
      ctx.report({ node: leaf, messageId: "repeated", data: { key: path16, what: found.what, charts: charts.join(", "), leaf: found.name } });
    }
  }
});

// rules/values/global-scope.ts
var global_scope_default = defineRule({
  id: "values/global-scope",
  meta: {
    description: "A shared global only one chart reads (it belongs in that chart's values), or the same value set per chart in several charts (it belongs in the umbrella's global:).",
    severity: "info",
    targets: ["values"],
    facts: [topologyFact, globalReadersFact],
    messages: {
      oneReader: 'Only the {{chart}} chart reads "global.{{key}}"; make it a value of that chart.',
      repeated: `"{{key}}" sets the same value for the charts {{charts}}; set it once in the umbrella's global: values.`
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    if (ctx.placement === "chart") return;
    const topology = ctx.fact(topologyFact);
    const readers = ctx.fact(globalReadersFact);
    const chartDir = ctx.chart?.dir;
    const secrets = ctx.secrets();
    const root = ctx.file.documents[0]?.root;
    const globals = root?.kind === "map" ? getEntry(root, "global") : void 0;
    if (ctx.placement === "umbrella" && readers && chartDir && globals?.value.kind === "map") {
      for (const entry of globals.value.entries) {
        const reading = chartsReading(readers, topology, chartDir, entry.key);
        if (reading?.length === 1 && !secrets.isSensitiveKey(entry.key)) {
          ctx.report({ span: entry.keySpan, messageId: "oneReader", data: { chart: reading[0], key: entry.key } });
        }
      }
    }
    const plain = (path16, leaf) => secrets.isPlaceholder(leaf.value) || secrets.classify(path16, leaf.value).sensitive ? void 0 : true;
    for (const { leaf, path: path16, charts } of repeatedAcrossCharts(
      chartSections(root, topology, { placement: ctx.placement, chartDir }),
      plain
    )) {
      ctx.report({ node: leaf, messageId: "repeated", data: { key: path16, charts: charts.join(", ") } });
    }
  }
});

// rules/yaml/syntax.ts
var MESSAGE_BY_CODE = {
  DUPLICATE_KEY: "duplicateKey",
  TAB_AS_INDENT: "tab",
  ALIAS_BOMB: "aliasBomb",
  MULTIPLE_DOCUMENTS: "multipleDocuments",
  UNRESOLVED_ALIAS: "unresolvedAlias",
  NESTING_LIMIT: "unreadable"
};
var syntax_default = defineRule({
  id: "yaml/syntax",
  meta: {
    description: "The file is readable YAML: no syntax errors, duplicate keys, tab indentation, alias bombs, binary or oversized content.",
    severity: "error",
    targets: ["values", "chart-metadata", "manifests"],
    messages: {
      syntax: "YAML syntax error: {{problem}}.",
      duplicateKey: 'The key "{{key}}" appears twice in this mapping; only one of the values takes effect.',
      duplicateUnnamedKey: "This key appears twice in this mapping; only one of the values takes effect.",
      tab: "Tab characters indent this line; YAML allows only spaces for indentation.",
      aliasBomb: "{{problem}}.",
      multipleDocuments: "{{problem}}.",
      unresolvedAlias: "{{problem}}.",
      unreadable: "{{problem}}.",
      // Reported by the engine, not by check(): the file had more findings than limits.maxFindingsPerFile.
      tooManyFindings: "{{count}} more findings in this file were not reported, over the limit of {{limit}} (limits.maxFindingsPerFile); the first of them is here."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const { readProblem, documents, text } = ctx.file;
    if (readProblem) {
      ctx.report({ span: { start: 0, end: 0 }, messageId: "unreadable", data: { problem: readProblem.message.replace(/\.$/, "") } });
      return;
    }
    for (const problem of documents.flatMap((d) => d.problems)) {
      let messageId = MESSAGE_BY_CODE[problem.code] ?? "syntax";
      const key = messageId === "duplicateKey" ? safeName(unquote(text.slice(problem.span.start, problem.span.end).trim())) : void 0;
      if (messageId === "duplicateKey" && key === void 0) messageId = "duplicateUnnamedKey";
      ctx.report({ span: problem.span, messageId, data: { problem: problem.message.replace(/\.$/, ""), key: key ?? "" } });
    }
  }
});
function unquote(key) {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key;
}

// rules/index.ts
var allRules = [
  unused_disable_default,
  allowed_registries_default,
  digest_pinned_default,
  floating_tag_default,
  fully_qualified_default,
  no_latest_default,
  pull_policy_default,
  reference_syntax_default,
  required_keys_default,
  templated_reference_default,
  undefined_key_default,
  unused_key_default,
  version_skew_default,
  image_empty_default,
  pull_policy_default2,
  render_failed_default,
  in_chart_defaults_default,
  in_shared_globals_default,
  literal_in_manifest_default,
  placeholder_unresolved_default,
  region_scope_default,
  global_scope_default,
  syntax_default
].sort((a, b) => a.id.localeCompare(b.id));

export {
  isDeploymentRule,
  parseDirectives,
  applyDirectives,
  coverSuppresses,
  topologyFact,
  placementOf,
  defaultCacheDir,
  PRIVATE_FILE_MODE,
  privateDir,
  templateFile,
  rendersFact,
  namesRegistryHost,
  parseNormalizedReference,
  buildPlaceholderIn,
  isTemplated,
  imagesContextOf,
  collectImages,
  DEFAULT_SECRET_SETTINGS,
  SecretClassifier,
  forEachLeaf,
  allRules
};
