import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  FolderDigests,
  RenderCache,
  closureOf,
  definesGlobalRegistry,
  isKeyNameShaped,
  isObjectNameShaped,
  isSwitch,
  isTemplated,
  namesRegistryHost,
  parseNormalizedReference,
  renderKey,
  topologyFact,
  umbrellasOf
} from "./chunk-UI2GMOTG.js";
import {
  statKind
} from "./chunk-B6XQKK7L.js";
import {
  UNKNOWN_NAMESPACE,
  buildGraph,
  namespaceFact,
  workloadLabel
} from "./chunk-42C2RQSY.js";
import {
  defineFact
} from "./chunk-6ZEC5CHF.js";
import {
  findSpecialFile,
  listFiles,
  parseYamlValues,
  readDependencies,
  usesHelmToolkit
} from "./chunk-YWTYFYTE.js";
import {
  formatBytes,
  kindOf,
  readTextFile,
  readTextOrUndefined
} from "./chunk-5IVMD4BG.js";
import {
  LineIndex,
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
import {
  closest
} from "./chunk-GUD4XOZF.js";

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
    const reason = reasonAt === -1 ? "" : rest.slice(reasonAt + 2).trim();
    directives.push({
      kind: match[2],
      rules,
      ...reason ? { reason } : {},
      line,
      span: { start: commentStart, end }
    });
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
    const names2 = directive.rules.length ? directive.rules : [void 0];
    switch (directive.kind) {
      case "disable-file":
        for (const rule of names2) result.push({ directive, rule, fromLine: 1, toLine: lineCount, used: false });
        break;
      case "disable-line":
      case "disable-next-line": {
        const line = directive.kind === "disable-line" ? directive.line : directive.line + 1;
        for (const rule of names2) result.push({ directive, rule, fromLine: line, toLine: line, used: false });
        break;
      }
      case "disable":
        for (const rule of names2) {
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
  if (directives.length === 0) return { kept: [...findings], suppressed: [], unused: [], covers: [] };
  const all = covers(directives, lineCount);
  const kept = [];
  const suppressed = [];
  for (const finding of findings) {
    const by = [];
    for (const cover of all) {
      if (!coverSuppresses(cover, finding.ruleId, finding.line)) continue;
      cover.used = true;
      if (!by.includes(cover.directive)) by.push(cover.directive);
    }
    if (by.length === 0) kept.push(finding);
    else suppressed.push({ finding, by });
  }
  const unused = all.filter((cover) => !cover.used).map(({ directive, rule }) => ({ directive, rule }));
  return { kept, suppressed, unused, covers: all };
}
function coverSuppresses(cover, ruleId, line) {
  return line >= cover.fromLine && line <= cover.toLine && (cover.rule === void 0 || ruleMatches(cover.rule, ruleId));
}

// src/facts/global-readers.ts
import path2 from "node:path";

// src/templates/texts.ts
import path from "node:path";
var TEMPLATE_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };
function readTemplateTexts(chartDir, templates) {
  return [...templates].sort().flatMap((name) => {
    const text = readTextOrUndefined(path.join(chartDir, "templates", name), TEMPLATE_LIMITS);
    return text === void 0 ? [] : [{ name, text }];
  });
}

// src/facts/global-readers.ts
var VALUES_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };
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
      const values = readTextOrUndefined(path2.join(chart.dir, "values.yaml"), VALUES_LIMITS);
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
  const names2 = tree.filter((chart) => readers[chart.dir]?.includes(key)).map((chart) => chart.name);
  return [...new Set(names2)].sort();
}

// src/render/render.ts
import { existsSync as existsSync2, statSync as statSync4 } from "node:fs";
import { availableParallelism } from "node:os";
import path7 from "node:path";

// src/render/dependencies.ts
import { existsSync, readdirSync as readdirSync2 } from "node:fs";
import path4 from "node:path";

// src/render/tree-charts.ts
import { readdirSync, statSync } from "node:fs";
import path3 from "node:path";

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
function fromChartRepository(dependency2) {
  const repository = dependency2.repository?.trim();
  return !!repository && !repository.startsWith("file://");
}
var TreeCharts = class {
  charts = /* @__PURE__ */ new Map();
  folders = /* @__PURE__ */ new Map();
  /** The chart the tree holds for `dependency` of the chart at `chartDir`, or why there is none. */
  async resolve(chartDir, dependency2) {
    const wanted = dependency2.version?.trim() || void 0;
    const constraint = wanted === void 0 ? void 0 : parseConstraint(wanted);
    const spelt = wanted === void 0 ? dependency2.name : `${dependency2.name} ${wanted}`;
    if (wanted !== void 0 && !constraint) return { found: false, reason: `${spelt}: the version constraint cannot be read` };
    const seen = [];
    for (const folder of searchFolders(chartDir)) {
      const named = (await this.chartsIn(folder, dependency2.name)).filter(
        (chart) => chart.dir !== chartDir && !chartDir.startsWith(`${chart.dir}${path3.sep}`)
      );
      seen.push(...named);
      const fitting = named.map((chart) => ({ chart, version: chart.version === void 0 ? void 0 : parseVersion(chart.version) })).filter((c) => c.version !== void 0 && (!constraint || satisfies(c.version, constraint)));
      fitting.sort((a, b) => compareVersions(b.version, a.version));
      if (fitting[0]) return { found: true, chart: fitting[0].chart };
    }
    const where = "beside the chart or its parent folder";
    if (seen.length === 0) return { found: false, reason: `${spelt}: the tree has no chart named ${dependency2.name} ${where}` };
    const found = seen.map((chart) => `${chart.name} ${chart.version ?? "(no version)"} (${relative(chartDir, chart.dir)})`);
    const outside = wanted === void 0 ? "without a version helm can read" : "outside the constraint";
    return { found: false, reason: `${spelt}: the tree has ${found.join(", ")}, ${outside}` };
  }
  /** The charts of that name directly below `folder`: the folder spelt as the name first, then the others. */
  async chartsIn(folder, name) {
    const direct = await this.chartAt(path3.join(folder, name));
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
      const chart = await this.chartAt(path3.join(folder, entry));
      if (chart?.name === name) charts.push(chart);
    }
    return charts;
  }
  /** Sub-folder names of `folder` that hold a Chart.yaml whose `name` is not their own spelling: listed once. */
  entries(folder) {
    let listed2 = this.folders.get(folder);
    if (!listed2) {
      listed2 = this.listMismatched(folder);
      this.folders.set(folder, listed2);
    }
    return listed2;
  }
  async listMismatched(folder) {
    let names2;
    try {
      names2 = readdirSync(folder).sort().slice(0, MAX_ENTRIES);
    } catch {
      return [];
    }
    const mismatched = [];
    for (const entry of names2) {
      const chart = await this.chartAt(path3.join(folder, entry));
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
  const beside = path3.dirname(chartDir);
  const above = path3.dirname(beside);
  return above === beside ? [beside] : [beside, above];
}
async function readChart(dir) {
  try {
    if (!statSync(dir).isDirectory()) return void 0;
  } catch {
    return void 0;
  }
  const read = readTextFile(path3.join(dir, "Chart.yaml"), CHART_LIMITS);
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
  const rel = path3.relative(from, to);
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
    const add = (dependency2) => {
      found.needsScratch = true;
      found.all.push(dependency2);
      if (!planned.some((p) => p.name === dependency2.name)) planned.push(dependency2);
    };
    for (const dependency2 of await readDependencies(dir)) {
      if (found.problem) return;
      const vendored = isVendored(dir, dependency2.name);
      if (dependency2.dir) {
        if (vendored) {
          if (statKind(dependency2.dir) === "dir") found.all.push({ name: dependency2.name, dir: dependency2.dir });
          continue;
        }
        const unusable = unusableChart(dependency2.dir) ?? (depth >= MAX_DEPTH ? `local dependencies nest more than ${MAX_DEPTH} deep` : void 0);
        if (unusable) {
          const repository = dependency2.repository ?? `file://${dependency2.dir}`;
          found.problem = {
            message: `the local dependency "${dependency2.name}" (${repository}) ${unusable}`,
            declared: dependency2.declared
          };
          return;
        }
        add({ name: dependency2.name, dir: dependency2.dir });
        await visit(dependency2.dir, depth + 1, [...ancestors, dir]);
        continue;
      }
      const again = planned.some((p) => p.name === dependency2.name) || depth === 0 && unresolved.some((u) => u.name === dependency2.name);
      if (vendored || !fromChartRepository(dependency2) || again) continue;
      const resolution = depth >= MAX_DEPTH ? void 0 : await tree.resolve(dir, dependency2);
      if (resolution?.found && ![...ancestors, dir].includes(resolution.chart.dir)) {
        add({ name: dependency2.name, dir: resolution.chart.dir });
        await visit(resolution.chart.dir, depth + 1, [...ancestors, dir]);
      } else if (depth === 0 && resolution && !resolution.found) {
        unresolved.push({ name: dependency2.name, reason: resolution.reason, declared: dependency2.declared });
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
    readdirSync2(dir);
  } catch (error) {
    return `cannot be read (${error.code ?? "unreadable"})`;
  }
  const chartFile = path4.join(dir, "Chart.yaml");
  if (!existsSync(chartFile)) return "has no Chart.yaml, so it is not a chart";
  const read = readTextFile(chartFile, { maxFileBytes: 1024 * 1024 });
  if (!read.ok) return `has a Chart.yaml that cannot be read (${read.message.replace(/\.$/, "")})`;
  return void 0;
}
function isVendored(chartDir, name) {
  const charts = path4.join(chartDir, "charts");
  if (existsSync(path4.join(charts, name, "Chart.yaml"))) return true;
  try {
    return readdirSync2(charts).some((entry) => entry.startsWith(`${name}-`) && entry.endsWith(".tgz"));
  } catch {
    return false;
  }
}

// src/render/helm.ts
import { spawn } from "node:child_process";
import { accessSync, constants, statSync as statSync2 } from "node:fs";
import path5 from "node:path";
function locateHelm(choice) {
  const named = [
    ["--helm", choice.flag],
    ["helm.binary in the config", choice.config],
    ["CHARTLINT_HELM", choice.env.CHARTLINT_HELM]
  ];
  for (const [source, value] of named) {
    if (!value) continue;
    const binary = path5.resolve(choice.cwd, value);
    if (isExecutable(binary)) return { found: true, binary };
    return { found: false, message: `helm was not found at ${binary} (from ${source}), or it is not executable.` };
  }
  for (const dir of (choice.env.PATH ?? "").split(path5.delimiter).filter(Boolean)) {
    const binary = path5.join(dir, "helm");
    if (isExecutable(binary)) return { found: true, binary };
  }
  return {
    found: false,
    message: "helm was not found on PATH; install it, or name it with --helm PATH, helm.binary in .chartlint.yaml, or CHARTLINT_HELM."
  };
}
function isExecutable(file) {
  try {
    if (!statSync2(file).isFile()) return false;
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
    const names2 = missingDependencies(text).map(safeName);
    const shown = names2.every((n) => n !== void 0) ? `: ${names2.join(", ")}` : "";
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
import { copyFileSync, mkdirSync, readdirSync as readdirSync3, statSync as statSync3 } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path6 from "node:path";
var SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
var SpecialFileError = class extends Error {
};
async function prepareChart(chartDir, dependencies, cleanup) {
  if (!dependencies.needsScratch) return { dir: chartDir, cleanup: async () => {
  } };
  const scratch = await mkdtemp(path6.join(tmpdir(), "chartlint-render-"));
  const unregister = cleanup?.add(() => rmSync(scratch, { recursive: true, force: true }));
  const remove = async () => {
    await rm(scratch, { recursive: true, force: true });
    unregister?.();
  };
  const copy = path6.join(scratch, path6.basename(chartDir));
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
  for (const dependency2 of plan.get(source) ?? []) {
    vendorInto(dependency2.dir, path6.join(target, "charts", dependency2.name), plan, depth + 1);
  }
}
function copyTree(source, target, depth = 0) {
  if (depth > 64) throw new Error(`${source} nests more than 64 folders deep; it was not copied`);
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync3(source, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const from = path6.join(source, entry.name);
    const to = path6.join(target, entry.name);
    let info;
    try {
      info = entry.isSymbolicLink() ? statSync3(from) : void 0;
    } catch {
      continue;
    }
    if (entry.isDirectory() || info?.isDirectory()) copyTree(from, to, depth + 1);
    else if (entry.isFile() || info?.isFile()) copyFileSync(from, to);
    else throw new SpecialFileError(`${from} is ${kindOf(info ?? statSync3(from))}, not a regular file; the chart was not rendered`);
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
      const what2 = `helm template printed more than ${formatBytes(settings.maxOutputBytes)} on ${helmRun.tooMuchOutput}`;
      return { ok: false, message: `${what2} and was stopped (limits.maxRenderBytes).`, at: void 0 };
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
      manifestPath = path7.join(settings.cacheDir, "renders", `${key}.yaml`);
    }
    return { ...done, manifestPath, text: helmRun.stdout, cached: false };
  } finally {
    await prepared.cleanup();
  }
}
function statOrUndefined(file) {
  try {
    return statSync4(file);
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
  const at = templatePlaces(text).map((place) => ({ path: templateFile(place.template, chart, render.dependencies), line: place.line, column: place.column })).find((place) => existsSync2(place.path));
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
    dir = dependencies.find((d) => d.name === name)?.dir ?? path7.join(dir, "charts", name);
    parts.splice(0, 2);
  }
  return path7.join(dir, ...parts);
}

// src/facts/renders.ts
import { existsSync as existsSync3 } from "node:fs";
import path8 from "node:path";
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
  const charts = path8.dirname(dir);
  return path8.basename(charts) === "charts" && existsSync3(path8.join(path8.dirname(charts), "Chart.yaml"));
}

// src/templates/image-reads.ts
import path9 from "node:path";

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
  assign(frame, names2, values, declare) {
    names2.forEach((name, i) => {
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
  fields(base, names2) {
    let value = base;
    for (const name of names2) value = this.field(value, name, false);
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
    const names2 = [];
    let i = this.at;
    for (; ; ) {
      const token = this.tokens[i];
      if (token?.t !== "var" || token.fields.length > 0) return void 0;
      names2.push(token.name);
      const next = this.tokens[i + 1];
      if (next?.t === "op" && next.v === ",") {
        i += 2;
        continue;
      }
      if (next?.t === "op" && (next.v === ":=" || next.v === "=")) {
        this.at = i + 2;
        return { names: names2, declare: next.v === ":=" };
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
    let names2 = [];
    let unreadable;
    try {
      const parser = new ExprParser(lex(rest));
      names2 = parser.assignment()?.names ?? [];
      pipe = parser.pipeline();
      if (!parser.done()) throw new Error("trailing tokens");
    } catch {
      pipe = [[{ kind: "literal" }]];
      unreadable = { kind: "unreadable", offset, text: `${kind} ${rest}` };
    }
    if (unreadable) top().into.push(unreadable);
    const node = { kind, offset, pipe, names: names2, body: [], orElse: [] };
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
  return { tags: classify(evaluator.placed, "tags", lines), flat: classify(evaluator.placed, "flat", lines) };
}
function classify(placed, layout, lines) {
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
  return { path: path9.join(chartDir, match[1]), line: match[2] ? Number(match[2]) : 1, column: 1 };
}

// src/templates/toolkit.ts
import path10 from "node:path";
function loadDefines(dir) {
  const files = listFiles(path10.join(dir, "templates"));
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
import path11 from "node:path";
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
var VALUES_LIMITS2 = { maxExpandedNodes: 2e5, maxFileBytes: 4 * 1024 * 1024, maxNestingDepth: 64 };
async function parentSetsGlobalRegistry(chartDir) {
  const holder = path11.dirname(chartDir);
  if (path11.basename(holder) !== "charts") return false;
  const text = readTextOrUndefined(path11.join(path11.dirname(holder), "values.yaml"), VALUES_LIMITS2);
  if (text === void 0) return false;
  try {
    return definesGlobalRegistry((await parseYamlValues(text, VALUES_LIMITS2)).root);
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
  const { tag, digest } = parsed.ref;
  return tag === "latest" || tag === null && !digest ? "Always" : "IfNotPresent";
}
function defaultPolicyText(reference) {
  const policy = kubernetesDefaultPolicy(reference);
  return policy ? `Kubernetes then applies its default, ${policy} for this image` : "Kubernetes then applies its default: Always for an image tagged :latest or untagged, else IfNotPresent";
}

// src/fix/scalar-edit.ts
var PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9._/-]*$/;
var QUOTE_SAFE = /^[^"'\\\p{Cc}]*$/u;
function scalarTextEdit(text, node, value) {
  if (typeof node.value !== "string") return void 0;
  const source = text.slice(node.span.start, node.span.end);
  if (node.style === "plain") {
    return source === node.value && PLAIN_SAFE.test(value) ? { span: node.span, text: value } : void 0;
  }
  if (node.style !== "single" && node.style !== "double") return void 0;
  const quote = node.style === "single" ? "'" : '"';
  if (source.length < 2 || !source.startsWith(quote) || !source.endsWith(quote) || !QUOTE_SAFE.test(value)) return void 0;
  const body = source.slice(1, -1);
  const spelt = node.style === "single" ? node.value.replaceAll("'", "''") : node.value;
  if (body !== spelt || /[\r\n]/.test(body) || node.style === "double" && body.includes("\\")) return void 0;
  return { span: { start: node.span.start + 1, end: node.span.end - 1 }, text: value };
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
import path12 from "node:path";

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
  const names2 = /* @__PURE__ */ new Set();
  for (const text of openTexts) {
    for (const line of text.split(/\r?\n/)) {
      if (!line.includes("include") || !AUTH_LOOKUP.test(line)) continue;
      for (const match of line.matchAll(/"([\w-]+)"/g)) names2.add(match[1]);
    }
  }
  return names2;
}
function readOpenly(read, openReads, looked) {
  const parts = read.split(".");
  for (let i = 1; i <= parts.length; i++) if (openReads.has(parts.slice(0, i).join("."))) return true;
  return parts[0] === "endpoints" && parts[1] !== void 0 && looked.has(parts[1]);
}

// src/facts/secret-writes.ts
var VALUES_LIMITS3 = { maxFileBytes: 8 * 1024 * 1024, maxExpandedNodes: 1e6, maxNestingDepth: 64 };
var secretWritesFact = defineFact({
  id: "secret-writes",
  async build(input) {
    const result = {};
    for (const chart of input.charts) {
      if (chart.templates.length === 0) continue;
      const writes = deriveSecretWrites(readTemplateTexts(chart.dir, chart.templates));
      const toggles = {};
      const names2 = new Set(Object.values(writes.gated).flat());
      if (names2.size > 0) {
        const text = readTextOrUndefined(path12.join(chart.dir, "values.yaml"), VALUES_LIMITS3);
        const root = text === void 0 ? void 0 : (await parseYamlValues(text, VALUES_LIMITS3)).root;
        for (const name of names2) {
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
  const walk = (node) => {
    if (node.kind === "scalar") visit(path16, node);
    else if (node.kind === "map") {
      for (const entry of node.entries) {
        path16.push(entry.key);
        walk(entry.value);
        path16.pop();
      }
    } else {
      node.items.forEach((item, index) => {
        path16.push(index);
        walk(item);
        path16.pop();
      });
    }
  };
  walk(root);
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
  const host = slash === -1 ? entry : entry.slice(0, slash);
  const prefix = slash === -1 ? "" : entry.slice(slash + 1).replace(/\/+$/, "");
  const hostPattern = host.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*");
  return { host: new RegExp(`^${hostPattern}$`, "i"), withPort: host.includes(":"), prefix };
}
function registryEntryMatches(entry, domain, path16) {
  if (!entry.host.test(entry.withPort ? domain : domain.replace(/:\d+$/, ""))) return false;
  return entry.prefix === "" || path16 === entry.prefix || path16.startsWith(`${entry.prefix}/`);
}

// src/kolla/config.ts
var KOLLA_TOP_LEVEL_KEYS = ["command", "config_files", "permissions", "directories", "files"];
var CONFIG_FILE_KEYS = ["source", "dest", "owner", "perm", "optional", "preserve_properties", "merge"];
var PERMISSION_KEYS = ["path", "owner", "perm", "recurse", "exclude"];
function standaloneConfig(root) {
  return { root, approximate: false, place: (node) => ({ node }) };
}
function embeddedConfig(root, holder, object, approximate) {
  const prefix = pathOf(holder);
  return {
    root,
    approximate,
    place: (node) => ({ node, path: `${object}:${dottedPath([...prefix, ...pathOf(node)])}` })
  };
}
function shownPath(node) {
  const path16 = dottedPath(pathOf(node));
  return path16 === "" ? "the config" : path16;
}
function entryOf(config, key) {
  return config.root.kind === "map" ? getEntry(config.root, key) : void 0;
}
function mapItems(config, key) {
  const list = entryOf(config, key)?.value;
  return list?.kind === "seq" ? list.items.filter((item) => item.kind === "map") : [];
}
function truthy(node) {
  if (!node) return false;
  if (node.kind === "map") return node.entries.length > 0;
  if (node.kind === "seq") return node.items.length > 0;
  return node.value !== null && node.value !== false && node.value !== 0 && node.value !== "";
}
function jsonType(node) {
  if (node.kind === "map") return "an object";
  if (node.kind === "seq") return "a list";
  if (node.value === null) return "null";
  if (typeof node.value === "boolean") return `${node.value}`;
  return typeof node.value === "number" ? "a number" : "a string";
}

// src/kolla/image-utilities.ts
var UTILITIES = [
  { name: "kolla_start", pattern: /(?<![\w.-])kolla_start(?![\w-])/ },
  { name: "kolla_set_configs", pattern: /(?<![\w.-])kolla_set_configs(?![\w-])/ },
  { name: "kolla_extend_start", pattern: /(?<![\w.-])kolla_extend_start(?![\w-])/ },
  { name: "extend_start.sh", pattern: /(?<![\w.-])extend_start\.sh(?![\w.-])/ },
  { name: "/var/lib/kolla/config_files", pattern: /\/var\/lib\/kolla\/config_files(?![\w.-])/ }
];
function imageSpecificUtilities(text) {
  return UTILITIES.filter((utility) => utility.pattern.test(text)).map((utility) => utility.name);
}

// src/kolla/perm.ts
function judgePerm(node) {
  if (node.kind !== "scalar" || typeof node.value !== "string") return { problem: "notString" };
  const value = node.value;
  if (/^0[0-7]{3}$/.test(value)) return void 0;
  if (/^[0-7]{3}$/.test(value)) {
    return { problem: "decimal", value, mode: `0${Number.parseInt(value, 10).toString(8)}`, fixed: `0${value}` };
  }
  if (/^[1-7][0-7]{3}$/.test(value)) return { problem: "special", value };
  const prefixed = /^0o([0-7]{3,4})$/.exec(value);
  if (prefixed) return { problem: "prefixed", value, fixed: prefixed[1].padStart(4, "0") };
  return { problem: "notOctal", value };
}

// src/kolla/strategy.ts
var CONFIG_STRATEGIES = ["COPY_ALWAYS", "COPY_ONCE"];
function judgeStrategy(value) {
  if (CONFIG_STRATEGIES.includes(value)) return void 0;
  if (value.trim() === "") return { problem: "empty" };
  const expected = CONFIG_STRATEGIES.find((strategy) => strategy === value.trim().toUpperCase().replace(/-/g, "_"));
  return expected ? { problem: "wrongCase", expected } : { problem: "invalid" };
}

// src/secrets/sections.ts
function chartSections(root, topology, file) {
  if (root?.kind !== "map") return [];
  const sectionsIn = (map, umbrella, prefix, top, skip) => umbrella.dependencies.flatMap((edge) => {
    const value = getEntry(map, edge.key)?.value;
    if (value?.kind !== "map") return [];
    const at = [...prefix, edge.key];
    const switches2 = (path16) => isSwitch(topology, top, [...at, ...path16].slice(skip));
    return [{ chart: edge.name, map: value, prefix: at, isSwitch: switches2 }];
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

// src/manifests/pods.ts
var LISTS = ["initContainers", "containers", "ephemeralContainers"];
function findContainers(documents) {
  const sites = [];
  for (const document of documents) {
    if (document.root) visitObject(document.root, document.sourceTemplate, sites);
  }
  return sites;
}
function visitObject(object, template, sites) {
  if (object.kind !== "map") return;
  const kind = scalarString(getPath(object, ["kind"])) ?? "";
  if (kind === "List") {
    const items2 = getPath(object, ["items"]);
    if (items2?.kind === "seq") for (const item of items2.items) visitObject(item, template, sites);
    return;
  }
  const spec = podSpec(object, kind);
  if (spec?.kind !== "map") return;
  const name = scalarString(getPath(object, ["metadata", "name"])) ?? "(unnamed)";
  const owner = `${kind || "object"}/${name}`;
  for (const list of LISTS) {
    const containers = getEntry(spec, list)?.value;
    if (containers?.kind !== "seq") continue;
    for (const container of containers.items) {
      if (container.kind !== "map") continue;
      const containerName = String(scalarString(getPath(container, ["name"])) ?? "(unnamed)");
      const where = template ? ` (${template})` : "";
      const role = list === "containers" ? "container" : list === "initContainers" ? "init container" : "ephemeral container";
      sites.push({
        object: owner,
        container: containerName,
        list,
        node: container,
        owner: object,
        podSpec: spec,
        image: getEntry(container, "image"),
        pullPolicy: getEntry(container, "imagePullPolicy"),
        template,
        label: `${role} "${containerName}" in ${owner}${where}`
      });
    }
  }
}
function podSpec(object, kind) {
  return getPath(podTemplateOf(object, kind), ["spec"]);
}
function podTemplateOf(object, kind) {
  if (kind === "Pod") return object;
  if (kind === "PodTemplate") return getPath(object, ["template"]);
  if (kind === "CronJob") return getPath(object, ["spec", "jobTemplate", "spec", "template"]);
  return getPath(object, ["spec", "template"]);
}

// src/manifests/placement-pods.ts
function findPods(documents) {
  const pods = [];
  const visit = (object, template) => {
    if (object?.kind !== "map") return;
    const kind = scalarString(getPath(object, ["kind"])) ?? "";
    const items2 = getPath(object, ["items"]);
    if (kind === "List" && items2?.kind === "seq") return items2.items.forEach((item) => visit(item, template));
    const podTemplate = podTemplateOf(object, kind);
    const spec = getPath(podTemplate, ["spec"]);
    if (spec?.kind !== "map") return;
    const owner = `${kind || "object"}/${scalarString(getPath(object, ["metadata", "name"])) ?? "(unnamed)"}`;
    const label = kind === "Pod" ? `pod ${owner}` : `pod of ${owner}`;
    pods.push({
      object: owner,
      kind,
      metadata: getPath(podTemplate, ["metadata"]),
      spec,
      template,
      label: template ? `${label} (${template})` : label
    });
  };
  for (const document of documents) visit(document.root, document.sourceTemplate);
  return pods;
}

// src/manifests/placement-taints.ts
var EFFECTS = /* @__PURE__ */ new Set(["NoSchedule", "PreferNoSchedule", "NoExecute"]);
function parseTaint(text) {
  const match = /^([^=:\s]+)(?:=([^:\s]*))?:([A-Za-z]+)$/.exec(text.trim());
  if (!match || !EFFECTS.has(match[3])) return void 0;
  return { key: match[1], value: match[2] ?? "", effect: match[3] };
}
function taintText(taint) {
  return `${taint.key}${taint.value ? `=${taint.value}` : ""}:${taint.effect}`;
}
function toleration(item, taint) {
  if (item.kind !== "map") return void 0;
  const field2 = (name) => {
    const entry = getEntry(item, name);
    if (!entry || entry.value.kind === "scalar" && entry.value.value === null) return "";
    return entry.value.kind === "scalar" && typeof entry.value.value === "string" ? entry.value.value : null;
  };
  const [key, operator, value, effect] = [field2("key"), field2("operator"), field2("value"), field2("effect")];
  if (key === null || operator === null || value === null || effect === null) return void 0;
  if (effect !== "" && effect !== taint.effect) return "no";
  if (key !== "" && key !== taint.key) return "no";
  if (operator === "Exists") return "by-key";
  if (operator !== "" && operator !== "Equal") return "no";
  return value === taint.value ? "by-value" : "no";
}
var BROAD_LABELS = /* @__PURE__ */ new Set([
  "kubernetes.io/os",
  "kubernetes.io/arch",
  "beta.kubernetes.io/os",
  "beta.kubernetes.io/arch",
  "topology.kubernetes.io/zone",
  "topology.kubernetes.io/region",
  "failure-domain.beta.kubernetes.io/zone",
  "failure-domain.beta.kubernetes.io/region",
  "node.kubernetes.io/instance-type",
  "beta.kubernetes.io/instance-type"
]);
function confinement(spec, key) {
  const nodeName = getEntry(spec, "nodeName");
  if (nodeName && !(nodeName.value.kind === "scalar" && (nodeName.value.value === null || nodeName.value.value === ""))) return "confined";
  const selector = getEntry(spec, "nodeSelector")?.value;
  if (selector && !(selector.kind === "scalar" && selector.value === null)) {
    if (selector.kind !== "map" || selector.entries.some((entry) => !BROAD_LABELS.has(entry.key))) return "confined";
  }
  const affinity = getPath(spec, ["affinity", "nodeAffinity"]);
  const required = getPath(affinity, ["requiredDuringSchedulingIgnoredDuringExecution"]);
  if (required && !(required.kind === "scalar" && required.value === null)) {
    const terms = getPath(required, ["nodeSelectorTerms"]);
    if (terms?.kind !== "seq" || terms.items.length === 0 || terms.items.every(confiningTerm)) return "confined";
  }
  const preferred = getPath(affinity, ["preferredDuringSchedulingIgnoredDuringExecution"]);
  if (preferred?.kind === "seq" && preferred.items.some((item) => termKeys(getPath(item, ["preference"])).includes(key)))
    return "preferred";
  return "unconfined";
}
function confiningTerm(term) {
  const keys = termKeys(term);
  return term.kind !== "map" || keys.length === 0 || keys.some((key) => !BROAD_LABELS.has(key));
}
function termKeys(term) {
  const keys = [];
  for (const list of ["matchExpressions", "matchFields"]) {
    const expressions = getPath(term, [list]);
    if (expressions?.kind !== "seq") continue;
    for (const expression of expressions.items) keys.push(scalarString(getPath(expression, ["key"])) ?? "\0unknown");
  }
  return keys;
}

// src/manifests/placement-labels.ts
var DEPRECATED_LABELS = {
  "failure-domain.beta.kubernetes.io/zone": "topology.kubernetes.io/zone",
  "failure-domain.beta.kubernetes.io/region": "topology.kubernetes.io/region"
};
function podSpecLabelUses(spec, subject) {
  const uses = [];
  const scalar = (node2, where) => {
    const label = scalarString(node2);
    if (node2 && label !== void 0 && Object.hasOwn(DEPRECATED_LABELS, label)) {
      uses.push({ span: node2.span, label, replacement: DEPRECATED_LABELS[label], where, subject });
    }
  };
  const selector = getPath(spec, ["nodeSelector"]);
  if (selector?.kind === "map") {
    for (const entry of selector.entries) {
      if (Object.hasOwn(DEPRECATED_LABELS, entry.key)) {
        uses.push({ span: entry.keySpan, label: entry.key, replacement: DEPRECATED_LABELS[entry.key], where: "nodeSelector", subject });
      }
    }
  }
  const node = getPath(spec, ["affinity", "nodeAffinity"]);
  nodeSelectorTerms(
    getPath(node, ["requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms"]),
    "required node affinity",
    scalar
  );
  for (const item of items(getPath(node, ["preferredDuringSchedulingIgnoredDuringExecution"]))) {
    expressionKeys(getPath(item, ["preference", "matchExpressions"]), "preferred node affinity", scalar);
  }
  for (const [field2, name] of [
    ["podAffinity", "pod affinity"],
    ["podAntiAffinity", "pod anti-affinity"]
  ]) {
    const affinity = getPath(spec, ["affinity", field2]);
    for (const term of items(getPath(affinity, ["requiredDuringSchedulingIgnoredDuringExecution"]))) {
      scalar(getPath(term, ["topologyKey"]), `${name} topologyKey`);
    }
    for (const weighted of items(getPath(affinity, ["preferredDuringSchedulingIgnoredDuringExecution"]))) {
      scalar(getPath(weighted, ["podAffinityTerm", "topologyKey"]), `${name} topologyKey`);
    }
  }
  for (const constraint of items(getPath(spec, ["topologySpreadConstraints"]))) {
    scalar(getPath(constraint, ["topologyKey"]), "topologySpreadConstraints topologyKey");
  }
  return uses;
}
function objectLabelUses(documents) {
  const uses = [];
  const visitObject2 = (object) => {
    if (object?.kind !== "map") return;
    const kind = scalarString(getPath(object, ["kind"]));
    if (kind === "List") return items(getPath(object, ["items"])).forEach(visitObject2);
    const subject = `${kind}/${scalarString(getPath(object, ["metadata", "name"])) ?? "(unnamed)"}`;
    const scalar = (node, where) => {
      const label = scalarString(node);
      if (node && label !== void 0 && Object.hasOwn(DEPRECATED_LABELS, label)) {
        uses.push({ span: node.span, label, replacement: DEPRECATED_LABELS[label], where, subject });
      }
    };
    if (kind === "StorageClass") {
      for (const term of items(getEntry(object, "allowedTopologies")?.value)) {
        for (const expression of items(getPath(term, ["matchLabelExpressions"]))) scalar(getPath(expression, ["key"]), "allowedTopologies");
      }
    } else if (kind === "PersistentVolume") {
      nodeSelectorTerms(getPath(object, ["spec", "nodeAffinity", "required", "nodeSelectorTerms"]), "node affinity", scalar);
    }
  };
  for (const document of documents) visitObject2(document.root);
  return uses;
}
function nodeSelectorTerms(terms, where, visit) {
  for (const term of items(terms)) expressionKeys(getPath(term, ["matchExpressions"]), where, visit);
}
function expressionKeys(expressions, where, visit) {
  for (const expression of items(expressions)) visit(getPath(expression, ["key"]), where);
}
function items(node) {
  return node?.kind === "seq" ? node.items : [];
}
var ALPHA_ANNOTATIONS = {
  tolerations: "scheduler.alpha.kubernetes.io/tolerations",
  affinity: "scheduler.alpha.kubernetes.io/affinity"
};

// src/manifests/placement-annotations.ts
function annotationTolerations(json) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    return void 0;
  }
  if (!Array.isArray(parsed)) return void 0;
  const found = [];
  for (const item of parsed) {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return void 0;
    const fields = item;
    const text = (name) => fields[name] === void 0 ? "" : typeof fields[name] === "string" ? fields[name] : void 0;
    const [key, operator, value, effect] = [text("key"), text("operator"), text("value"), text("effect")];
    if (key === void 0 || operator === void 0 || value === void 0 || effect === void 0) return void 0;
    found.push({ key, operator: operator || "Equal", value, effect });
  }
  return found;
}
function specTolerations(list) {
  if (list?.kind !== "seq") return [];
  return list.items.flatMap((item) => {
    if (item.kind !== "map") return [];
    const text = (name) => {
      const entry = getEntry(item, name);
      if (!entry || entry.value.kind === "scalar" && entry.value.value === null) return "";
      return entry.value.kind === "scalar" && typeof entry.value.value === "string" ? entry.value.value : void 0;
    };
    const [key, operator, value, effect] = [text("key"), text("operator"), text("value"), text("effect")];
    if (key === void 0 || operator === void 0 || value === void 0 || effect === void 0) return [];
    return [{ key, operator: operator || "Equal", value, effect }];
  });
}
function sameToleration(a, b) {
  return a.key === b.key && a.operator === b.operator && (a.operator === "Exists" || a.value === b.value) && a.effect === b.effect;
}
function describeToleration(t) {
  const what2 = t.operator === "Exists" ? t.key ? `${t.key} (any value)` : "every taint" : `${t.key}=${t.value}`;
  return t.effect ? `${what2}:${t.effect}` : what2;
}

// src/patches/first-header.ts
var KEPT = /^[A-Za-z0-9\\\]^_/.]*/;
function firstHeader(text) {
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (text.startsWith("--- ", start)) return start + 4;
    if (newline === -1) break;
    start = end + 1;
  }
  return void 0;
}
function judgeFirstHeader(text) {
  const at = firstHeader(text);
  if (at === void 0) return { problem: "noHeader", span: { start: 0, end: 0 }, path: "", lookedFor: "", character: "" };
  const newline = text.indexOf("\n", at);
  const line = text.slice(at, newline === -1 ? text.length : newline).replace(/\r$/, "");
  const path16 = line.split("	", 1)[0].replace(/\s+$/, "");
  const kept = KEPT.exec(line)[0];
  const lookedFor = kept.slice(2);
  const span = { start: at, end: at + path16.length };
  if (path16 === "/dev/null") return { problem: "newFile", span, path: path16, lookedFor, character: "" };
  if (kept.length < path16.length) {
    const code = line.codePointAt(kept.length);
    if (code !== 32) {
      const stop = { start: at + kept.length, end: at + kept.length + (code > 65535 ? 2 : 1) };
      return { problem: "characters", span: stop, path: path16, lookedFor, character: describe(code) };
    }
  }
  if (kept.length < 3 || kept[1] !== "/") return { problem: "prefix", span, path: kept, lookedFor, character: "" };
  return void 0;
}
function describe(code) {
  if (code === 45) return 'the hyphen "-"';
  if (code === 34) return "the quote git puts around a name with unusual characters";
  if (code < 32 || code > 126) return `the character U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  return `"${String.fromCodePoint(code)}"`;
}

// src/patches/configmaps.ts
var PATCHES_SUFFIX = "-patches";
function findPatchEntries(documents) {
  const found = [];
  const visit = (object, template) => {
    if (object?.kind !== "map") return;
    const kind = scalarString(getPath(object, ["kind"]));
    const items2 = getPath(object, ["items"]);
    if (kind === "List" && items2?.kind === "seq") return items2.items.forEach((item) => visit(item, template));
    const name = scalarString(getPath(object, ["metadata", "name"]));
    const data = getPath(object, ["data"]);
    if (kind !== "ConfigMap" || !name?.endsWith(PATCHES_SUFFIX) || data?.kind !== "map") return;
    for (const entry of data.entries) {
      const value = entry.value;
      if (!entry.key.endsWith(".patch") || value.kind !== "scalar" || typeof value.value !== "string") continue;
      found.push({ object: `ConfigMap/${name}`, entry, value, template });
    }
  };
  for (const document of documents) visit(document.root, document.sourceTemplate);
  return found;
}

// src/patches/scalar-offsets.ts
function sourceSpanOf(text, scalar, span) {
  if (typeof scalar.value !== "string") return void 0;
  const start = sourceOffsetOf(text, scalar, span.start);
  const end = sourceOffsetOf(text, scalar, span.end);
  return start !== void 0 && end !== void 0 && end >= start ? { start, end } : void 0;
}
function sourceOffsetOf(text, scalar, offset) {
  const value = scalar.value;
  if (scalar.style !== "block") {
    const body = scalar.span.start + (scalar.style === "single" || scalar.style === "double" ? 1 : 0);
    return text.slice(body, body + value.length) === value ? body + offset : void 0;
  }
  const headerEnd = text.indexOf("\n", scalar.span.start);
  if (text[scalar.span.start] !== "|" || headerEnd === -1) return void 0;
  const lineOfOffset = value.slice(0, offset).split("\n").length - 1;
  const columnInLine = offset - (value.lastIndexOf("\n", offset - 1) + 1);
  const valueLines = value.split("\n");
  const indent = blockIndent(text, headerEnd + 1, scalar.span.end);
  if (indent === void 0) return void 0;
  let lineStart = headerEnd + 1;
  for (let n = 0; n <= lineOfOffset; n++) {
    const lineEnd = text.indexOf("\n", lineStart);
    const source = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, "");
    const expected = valueLines[n] ?? "";
    const written = source.length <= indent && expected === "" ? "" : source.slice(indent);
    if (written !== expected || expected !== "" && source.slice(0, indent).trim() !== "") return void 0;
    if (n === lineOfOffset) return lineStart + indent + columnInLine;
    if (lineEnd === -1) return void 0;
    lineStart = lineEnd + 1;
  }
  return void 0;
}
function blockIndent(text, from, to) {
  const match = /^( *)[^ \r\n]/m.exec(text.slice(from, to));
  return match ? match[1].length : void 0;
}

// src/facts/chart-patches.ts
import path14 from "node:path";

// src/patches/chart-files.ts
import path13 from "node:path";
var PATCHES_DIR = "patches";
function chartPatchFiles(chartDir) {
  const dir = path13.join(chartDir, PATCHES_DIR);
  return listFiles(dir, false).filter((name) => name.endsWith(".patch")).map((name) => path13.join(dir, name));
}

// src/facts/chart-patches.ts
var chartPatchesFact = defineFact({
  id: "chart-patches",
  build(input) {
    if (!input.render) return {};
    const entries = input.wholeCharts.map((chart) => [chart.dir, chartPatchFiles(chart.dir).map((file) => path14.basename(file))]);
    return Object.fromEntries(entries.filter(([, names2]) => names2.length > 0));
  }
});

// src/entrypoint/env.ts
var DEPENDENCY_PREFIX = "DEPENDENCY_";
var LIST_VARIABLES = {
  DEPENDENCY_SERVICE: "service",
  DEPENDENCY_JOBS: "job",
  DEPENDENCY_DAEMONSET: "daemonset",
  DEPENDENCY_CONTAINER: "container",
  DEPENDENCY_CONFIG: "config",
  DEPENDENCY_SOCKET: "socket"
};
var NAMESPACED_LISTS = ["DEPENDENCY_SERVICE", "DEPENDENCY_JOBS", "DEPENDENCY_DAEMONSET"];
var JSON_VARIABLES = ["DEPENDENCY_JOBS_JSON", "DEPENDENCY_POD_JSON", "DEPENDENCY_CUSTOM_RESOURCE"];
var READ_DEPENDENCY_VARIABLES = /* @__PURE__ */ new Set([...Object.keys(LIST_VARIABLES), ...JSON_VARIABLES]);
var DEFAULT_NAMESPACE = "default";
function splitDependencyList(value) {
  if (value === "") return [];
  const items2 = [];
  let start = 0;
  for (const text of value.split(",")) {
    const range = { start, end: start + text.length };
    start = range.end + 1;
    const colon = text.indexOf(":");
    if (colon === -1) {
      items2.push({ text, range, outcome: "dependency", namespace: void 0, namespaceRange: void 0, name: text, nameRange: range });
      continue;
    }
    const parts = text.split(":");
    const skipped = parts.length !== 2 ? "too-many-parts" : parts[0] === "" ? "missing-namespace" : void 0;
    if (skipped) {
      const empty = { start: range.end, end: range.end };
      items2.push({ text, range, outcome: skipped, namespace: void 0, namespaceRange: void 0, name: "", nameRange: empty });
      continue;
    }
    items2.push({
      text,
      range,
      outcome: "dependency",
      namespace: parts[0],
      namespaceRange: { start: range.start, end: range.start + colon },
      name: parts[1],
      nameRange: { start: range.start + colon + 1, end: range.end }
    });
  }
  return items2;
}
function splitCommand(value) {
  if (value === "") return [];
  const words = [];
  let start = 0;
  for (const text of value.split(" ")) {
    words.push({ text, range: { start, end: start + text.length } });
    start += text.length + 1;
  }
  return words;
}
function parseJson(text) {
  let at = 0;
  const fail = (message) => {
    throw new JsonFailure({ offset: at, message: at >= text.length ? "unexpected end of JSON input" : message });
  };
  const skipSpace = () => {
    while (at < text.length && " 	\r\n".includes(text[at])) at++;
  };
  const literal = (word) => {
    if (text.slice(at, at + word.length) !== word) fail(`invalid character ${describeChar(text[at])} looking for a value`);
    at += word.length;
  };
  const string = () => {
    at++;
    let out = "";
    for (; ; ) {
      if (at >= text.length) fail("unexpected end of JSON input in a string");
      const char = text[at];
      if (char === '"') {
        at++;
        return out;
      }
      if (char.charCodeAt(0) < 32) fail("invalid control character in a string");
      if (char !== "\\") {
        out += char;
        at++;
        continue;
      }
      const escape = text[at + 1];
      const simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
      if (escape !== void 0 && Object.hasOwn(simple, escape)) {
        out += simple[escape];
        at += 2;
      } else if (escape === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
        out += String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16));
        at += 6;
      } else {
        at++;
        fail("invalid escape in a string");
      }
    }
  };
  const value = (depth) => {
    if (depth > 1e4) fail("exceeded max depth");
    skipSpace();
    const start = at;
    const char = text[at];
    if (char === void 0) fail("unexpected end of JSON input");
    if (char === "{") {
      at++;
      const entries = [];
      skipSpace();
      if (text[at] === "}") {
        at++;
        return { type: "object", range: { start, end: at }, entries };
      }
      for (; ; ) {
        skipSpace();
        if (text[at] !== '"') fail(`invalid character ${describeChar(text[at])} looking for beginning of object key string`);
        const keyStart = at;
        const key = string();
        const keyRange = { start: keyStart, end: at };
        skipSpace();
        if (text[at] !== ":") fail(`invalid character ${describeChar(text[at])} after object key`);
        at++;
        entries.push({ key, keyRange, value: value(depth + 1) });
        skipSpace();
        if (text[at] === ",") {
          at++;
          continue;
        }
        if (text[at] === "}") {
          at++;
          return { type: "object", range: { start, end: at }, entries };
        }
        fail(`invalid character ${describeChar(text[at])} after object key:value pair`);
      }
    }
    if (char === "[") {
      at++;
      const items2 = [];
      skipSpace();
      if (text[at] === "]") {
        at++;
        return { type: "array", range: { start, end: at }, items: items2 };
      }
      for (; ; ) {
        items2.push(value(depth + 1));
        skipSpace();
        if (text[at] === ",") {
          at++;
          continue;
        }
        if (text[at] === "]") {
          at++;
          return { type: "array", range: { start, end: at }, items: items2 };
        }
        fail(`invalid character ${describeChar(text[at])} after array element`);
      }
    }
    if (char === '"') {
      const decoded = string();
      return { type: "string", range: { start, end: at }, value: decoded };
    }
    if (char === "t" || char === "f") {
      literal(char === "t" ? "true" : "false");
      return { type: "bool", range: { start, end: at }, value: char === "t" };
    }
    if (char === "n") {
      literal("null");
      return { type: "null", range: { start, end: at } };
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at));
    if (!number) fail(`invalid character ${describeChar(char)} looking for beginning of value`);
    at += number[0].length;
    return { type: "number", range: { start, end: at }, text: number[0] };
  };
  try {
    const parsed = value(0);
    skipSpace();
    if (at < text.length) fail(`invalid character ${describeChar(text[at])} after top-level value`);
    return { ok: true, value: parsed };
  } catch (error) {
    if (error instanceof JsonFailure) return { ok: false, error: error.failure };
    throw error;
  }
}
var JsonFailure = class extends Error {
  constructor(failure2) {
    super(failure2.message);
    this.failure = failure2;
  }
  failure;
};
function describeChar(char) {
  return char === void 0 ? "end of input" : `'${char}'`;
}
var JOB_TYPE = { struct: { name: "string", labels: "stringMap", namespace: "string" } };
var POD_TYPE = { struct: { labels: "stringMap", namespace: "string", requireSameNode: "bool" } };
var CUSTOM_RESOURCE_TYPE = {
  struct: {
    apiVersion: "string",
    kind: "string",
    name: "string",
    namespace: "string",
    fields: { list: { struct: { key: "string", value: "string" } } },
    // Since airshipit 4a12296: conditions to wait for.
    conditions: { list: { struct: { type: "string", status: "string" } } }
  }
};
var JSON_TYPE_NAMES = {
  object: "an object",
  array: "a list",
  string: "a string",
  number: "a number",
  bool: "a boolean",
  null: "null"
};
function goTypeName(type) {
  if (type === "string") return "a string";
  if (type === "bool") return "a boolean";
  if (type === "stringMap") return "a map of strings";
  return "list" in type ? "a list" : "an object";
}
function decodeValue(value, type, path16, state, previous) {
  const mismatch = () => {
    state.mismatches.push({ path: path16, expected: goTypeName(type), got: JSON_TYPE_NAMES[value.type], range: value.range });
    return void 0;
  };
  if (value.type === "null") {
    return type === "stringMap" || typeof type === "object" && "list" in type ? void 0 : previous;
  }
  if (type === "string") return value.type === "string" ? value.value : mismatch();
  if (type === "bool") return value.type === "bool" ? value.value : mismatch();
  if (type === "stringMap") {
    if (value.type !== "object") return mismatch();
    const map = previous && typeof previous === "object" ? { ...previous } : {};
    for (const entry of value.entries) {
      const decoded2 = decodeValue(entry.value, "string", `${path16}.${entry.key}`, state, "");
      map[entry.key] = typeof decoded2 === "string" ? decoded2 : "";
    }
    return map;
  }
  if ("list" in type) {
    if (value.type !== "array") return mismatch();
    return value.items.map((item, i) => decodeValue(item, type.list, `${path16}[${i}]`, state, void 0));
  }
  if (value.type !== "object") return mismatch();
  const decoded = previous ? previous : { range: value.range, fields: /* @__PURE__ */ new Map() };
  const names2 = Object.keys(type.struct);
  for (const entry of value.entries) {
    const field2 = names2.find((name) => name === entry.key) ?? names2.find((name) => name.toLowerCase() === entry.key.toLowerCase());
    if (field2 === void 0) {
      state.unknownFields.push({ path: path16 === "" ? entry.key : `${path16}.${entry.key}`, key: entry.key, range: entry.keyRange });
      continue;
    }
    const before = decoded.fields.get(field2);
    const result = decodeValue(entry.value, type.struct[field2], `${path16}.${field2}`, state, before?.value);
    if (result === void 0) decoded.fields.delete(field2);
    else if (result !== before?.value) decoded.fields.set(field2, { value: result, range: entry.value.range });
  }
  return decoded;
}
function decodeList(text, type, build) {
  const reading = {
    empty: text === "",
    syntaxError: void 0,
    notAList: void 0,
    mismatches: [],
    unknownFields: [],
    entries: [],
    failed: false
  };
  if (text === "") return reading;
  const parsed = parseJson(text);
  if (!parsed.ok) return { ...reading, syntaxError: parsed.error, failed: true };
  const root = parsed.value;
  if (root.type === "null") return reading;
  if (root.type !== "array") return { ...reading, notAList: { got: JSON_TYPE_NAMES[root.type], range: root.range }, failed: true };
  const state = { mismatches: reading.mismatches, unknownFields: reading.unknownFields };
  root.items.forEach((item, i) => {
    const decoded = decodeValue(item, type, `[${i}]`, state, void 0);
    reading.entries.push(build(decoded ?? { range: item.range, fields: /* @__PURE__ */ new Map() }, item.range));
  });
  reading.failed = reading.mismatches.length > 0;
  return reading;
}
function field(item, name) {
  return item.fields.get(name);
}
function decodeJobsJson(text) {
  return decodeList(text, JOB_TYPE, (item, range) => ({
    range,
    name: field(item, "name"),
    labels: field(item, "labels"),
    namespace: field(item, "namespace")
  }));
}
function decodePodJson(text) {
  return decodeList(text, POD_TYPE, (item, range) => ({
    range,
    labels: field(item, "labels"),
    namespace: field(item, "namespace"),
    requireSameNode: field(item, "requireSameNode")
  }));
}
function decodeCustomResources(text) {
  return decodeList(text, CUSTOM_RESOURCE_TYPE, (item, range) => {
    const fields = field(item, "fields")?.value ?? [];
    return {
      range,
      apiVersion: field(item, "apiVersion"),
      kind: field(item, "kind"),
      name: field(item, "name"),
      namespace: field(item, "namespace"),
      fields: fields.map((f) => ({
        range: f?.range ?? range,
        key: f ? field(f, "key") : void 0,
        value: f ? field(f, "value") : void 0
      }))
    };
  });
}
function readEntrypoint(container) {
  const env = getEntry(container, "env")?.value;
  if (env?.kind !== "seq" || !env.items.some((item) => scalarString(getPath(item, ["name"]))?.startsWith(DEPENDENCY_PREFIX)))
    return void 0;
  const variables = /* @__PURE__ */ new Map();
  for (const item of env.items) {
    const variable = envVariable(item);
    if (variable) variables.set(variable.name, variable);
  }
  const hasEnvFrom = getEntry(container, "envFrom") !== void 0;
  const setting = (name) => {
    const variable = variables.get(name);
    return variable ? { state: "set", variable } : hasEnvFrom ? { state: "maybe" } : { state: "unset" };
  };
  const literal = (name) => {
    const variable = variables.get(name);
    return variable?.value !== void 0 ? variable : void 0;
  };
  const lists = {};
  for (const name of Object.keys(LIST_VARIABLES)) {
    const variable = literal(name);
    if (variable) lists[name] = { variable, items: splitDependencyList(variable.value) };
  }
  const json = (name, decode) => {
    const variable = literal(name);
    return variable ? { variable, reading: decode(variable.value) } : void 0;
  };
  const jobsJson = json("DEPENDENCY_JOBS_JSON", decodeJobsJson);
  const podJson = json("DEPENDENCY_POD_JSON", decodePodJson);
  const customResource = json("DEPENDENCY_CUSTOM_RESOURCE", decodeCustomResources);
  const commandVariable = literal("COMMAND");
  const reading = {
    variables,
    hasEnvFrom,
    lists,
    jobsJson,
    podJson,
    customResource,
    jobsIgnored: lists.DEPENDENCY_JOBS !== void 0 && lists.DEPENDENCY_JOBS.variable.value !== "" && jobsJson?.variable.value !== void 0 && jobsJson.variable.value !== "",
    unread: [...variables.values()].filter((v) => v.name.startsWith(DEPENDENCY_PREFIX) && !READ_DEPENDENCY_VARIABLES.has(v.name)),
    namespace: setting("NAMESPACE"),
    podName: setting("POD_NAME"),
    interfaceName: setting("INTERFACE_NAME"),
    command: commandVariable ? { variable: commandVariable, words: splitCommand(commandVariable.value) } : void 0,
    unknown: [...variables.values()].filter((v) => READ_DEPENDENCY_VARIABLES.has(v.name) && v.value === void 0),
    dependencies: []
  };
  reading.dependencies = registered(reading);
  return reading;
}
function podNameMissing(reading) {
  const setting = reading.podName;
  return setting.state === "unset" || setting.state === "set" && setting.variable.value === "";
}
function baseNamespace(reading) {
  const setting = reading.namespace;
  if (setting.state === "unset") return { kind: "namespace", name: DEFAULT_NAMESPACE };
  if (setting.state === "maybe") return { kind: "unknown" };
  const { value, fieldPath } = setting.variable;
  if (value !== void 0) return { kind: "namespace", name: value === "" ? DEFAULT_NAMESPACE : value };
  return fieldPath === "metadata.namespace" ? { kind: "pod-namespace" } : { kind: "unknown" };
}
function registered(reading) {
  const out = [];
  const droppedForPodName = podNameMissing(reading);
  for (const [name, kind] of Object.entries(LIST_VARIABLES)) {
    const list = reading.lists[name];
    if (!list) continue;
    if (name === "DEPENDENCY_JOBS" && reading.jobsJson?.variable.value) continue;
    if (name === "DEPENDENCY_DAEMONSET" && droppedForPodName) continue;
    const namespaced = NAMESPACED_LISTS.includes(name);
    for (const item of list.items) {
      if (item.outcome !== "dependency") continue;
      out.push(dependency(kind, list.variable, item.range, { name: item.name, namespace: namespaced ? item.namespace : void 0 }));
    }
  }
  const jobs = reading.jobsJson;
  if (jobs && !jobs.reading.failed) {
    for (const entry of jobs.reading.entries) {
      if (entry.name?.value && entry.labels) continue;
      out.push(
        dependency("job", jobs.variable, entry.range, {
          name: entry.name?.value || void 0,
          labels: entry.labels?.value,
          namespace: entry.namespace?.value || void 0
        })
      );
    }
  }
  const pods = reading.podJson;
  if (pods && !pods.reading.failed && !droppedForPodName) {
    for (const entry of pods.reading.entries) {
      out.push(
        dependency("pod", pods.variable, entry.range, {
          labels: entry.labels?.value,
          namespace: entry.namespace?.value || void 0,
          requireSameNode: entry.requireSameNode?.value ?? false
        })
      );
    }
  }
  const resources = reading.customResource;
  if (resources && !resources.reading.failed) {
    for (const entry of resources.reading.entries) {
      out.push(
        dependency("custom-resource", resources.variable, entry.range, {
          name: entry.name?.value,
          namespace: entry.namespace?.value || void 0,
          apiVersion: entry.apiVersion?.value,
          resourceKind: entry.kind?.value
        })
      );
    }
  }
  return out;
}
function dependency(kind, variable, range, fields) {
  return {
    kind,
    name: fields.name,
    labels: fields.labels,
    namespace: fields.namespace,
    requireSameNode: fields.requireSameNode ?? false,
    apiVersion: fields.apiVersion,
    resourceKind: fields.resourceKind,
    variable,
    range
  };
}
function envVariable(item) {
  if (item.kind !== "map") return void 0;
  const nameEntry = getEntry(item, "name");
  const name = scalarString(nameEntry?.value);
  if (!nameEntry || name === void 0) return void 0;
  const valueNode = getEntry(item, "value")?.value;
  const scalar = valueNode?.kind === "scalar" ? valueNode : void 0;
  let value;
  let fieldPath;
  let source;
  if (getEntry(item, "valueFrom")) {
    fieldPath = scalarString(getPath(item, ["valueFrom", "fieldRef", "fieldPath"]));
    source = fieldPath !== void 0 ? "field" : "valueFrom";
  } else if (valueNode === void 0 || scalar && scalar.value === null) {
    [value, source] = ["", "literal"];
  } else if (!scalar || typeof scalar.value !== "string") {
    source = "not-a-string";
  } else if (/\$[($]/.test(scalar.value)) {
    source = "expanded";
  } else {
    [value, source] = [scalar.value, "literal"];
  }
  return { name, item, nameNode: nameEntry.value, value, valueNode: scalar, fieldPath, source };
}
function valueSpan(text, variable, range) {
  if (!variable.valueNode) return variable.item.span;
  return scalarSubSpan(text, variable.valueNode, range.start, range.end);
}

// src/entrypoint/env-sites.ts
function entrypointSites(containers) {
  const sites = [];
  for (const site of containers) {
    const reading = readEntrypoint(site.node);
    if (reading) sites.push({ site, reading });
  }
  return sites;
}
function spanIn(text, variable, range) {
  if (range) return valueSpan(text, variable, range);
  return variable.valueNode?.span ?? variable.nameNode.span;
}
var LIST_OBJECT = {
  DEPENDENCY_SERVICE: "service",
  DEPENDENCY_JOBS: "job",
  DEPENDENCY_DAEMONSET: "daemonset",
  DEPENDENCY_CONTAINER: "container",
  DEPENDENCY_CONFIG: "config file",
  DEPENDENCY_SOCKET: "socket"
};
var LIST_NAMES = Object.keys(LIST_VARIABLES);
function podContainerNames(site) {
  const names2 = (list) => {
    const seq = getEntry(site.podSpec, list)?.value;
    const out = /* @__PURE__ */ new Set();
    if (seq?.kind === "seq") for (const item of seq.items) out.add(scalarString(getPath(item, ["name"])) ?? "");
    return out;
  };
  return { containers: names2("containers"), initContainers: names2("initContainers"), ephemeral: names2("ephemeralContainers") };
}
function writtenNamespace(site) {
  return scalarString(getPath(site.owner, ["metadata", "namespace"]));
}
function someNames(names2) {
  const quoted = [...new Set(names2)].map((name) => `"${name}"`);
  if (quoted.length <= 2) return quoted.join(" and ");
  if (quoted.length === 3) return `${quoted[0]}, ${quoted[1]} and ${quoted[2]}`;
  return `${quoted[0]}, ${quoted[1]} and ${quoted.length - 2} more`;
}
function booleanOf(node) {
  return node?.kind === "scalar" && typeof node.value === "boolean" ? node.value : void 0;
}
function nearestName(word, candidates) {
  const fold = (name) => name.toLowerCase().replace(/[_-]/g, "");
  const folded = candidates.map(fold);
  const found = closest(fold(word), folded, 3);
  return found === void 0 ? void 0 : candidates[folded.indexOf(found)];
}

// src/entrypoint/values-shape.ts
var DEPENDENCY_KINDS = ["services", "jobs", "daemonset", "container", "pod", "custom_resources"];
var KINDS = new Set(DEPENDENCY_KINDS);
function isDependencyKind(key) {
  return KINDS.has(key);
}
function mapOf(node) {
  return node?.kind === "map" ? node : void 0;
}
function dependenciesMap(root) {
  const deps = mapOf(root?.kind === "map" ? getEntry(root, "dependencies")?.value : void 0);
  if (!deps) return void 0;
  return getEntry(deps, "static") || getEntry(deps, "dynamic") ? deps : void 0;
}
function toolkitReadsDependencies(chart) {
  return chart === void 0 || usesHelmToolkit(chart);
}
function dependencyComponents(root) {
  const components = [];
  const misplaced = [];
  const deps = dependenciesMap(root);
  if (!deps) return { components, misplaced };
  const holders = [];
  const statics = mapOf(getEntry(deps, "static")?.value);
  if (statics) holders.push({ group: "static", map: statics });
  const dynamic = mapOf(getEntry(deps, "dynamic")?.value);
  for (const entry of dynamic?.entries ?? []) {
    const map = mapOf(entry.value);
    if (!map) continue;
    if (entry.key === "targeted") {
      for (const mixin of map.entries) {
        const mixinMap = mapOf(mixin.value);
        if (mixinMap) holders.push({ group: `dynamic.targeted.${mixin.key}`, map: mixinMap });
      }
    } else holders.push({ group: `dynamic.${entry.key}`, map });
  }
  for (const { group, map } of holders) {
    for (const entry of map.entries) {
      if (isDependencyKind(entry.key) && entry.value.kind !== "map") misplaced.push({ group, entry });
      else components.push({ group, name: entry.key, entry, map: mapOf(entry.value) });
    }
  }
  return { components, misplaced };
}
function componentPattern(group) {
  return `dependencies.${group}.<component>`;
}
function endpointKey(service) {
  return service.replaceAll("-", "_");
}
function jobFlag(job) {
  const parts = job.split("-");
  return parts.length > 1 ? `job_${parts.slice(1).join("_")}` : void 0;
}
function listsOtherThanJobs(map) {
  return map.entries.some((entry) => {
    if (entry.key === "jobs") return false;
    const value = entry.value;
    return value.kind === "seq" ? value.items.length > 0 : value.kind === "map" ? value.entries.length > 0 : value.value !== null && value.value !== "";
  });
}
function jobsOnlyComponents(components) {
  const mixedIn = new Set(components.filter((c) => c.group !== "static" && c.group !== "dynamic.common").map((c) => c.name));
  const found = [];
  for (const component of components) {
    if (component.group !== "static" || mixedIn.has(component.name) || !component.map || listsOtherThanJobs(component.map)) continue;
    const jobs = getEntry(component.map, "jobs")?.value;
    if (jobs?.kind !== "seq" || jobs.items.length === 0) continue;
    const named = jobs.items.flatMap(
      (item) => item.kind === "scalar" && typeof item.value === "string" ? [{ item, name: item.value }] : []
    );
    if (named.length === jobs.items.length) found.push({ component, jobs: named });
  }
  return found;
}
function droppedJobs(jobs, manifests) {
  return jobs.flatMap((job) => {
    const flag = jobFlag(job.name);
    return flag !== void 0 && Object.hasOwn(manifests, flag) && manifests[flag] === false ? [{ ...job, flag }] : [];
  });
}

// src/entrypoint/values-fact.ts
import path15 from "node:path";

// src/entrypoint/values-templates.ts
var SNIPPETS = String.raw`helm-toolkit\.snippets\.kubernetes_(?:entrypoint_init_container|pod_rbac_serviceaccount)`;
var SNIPPET_NAME = new RegExp(`"${SNIPPETS}"`, "g");
var SNIPPET_DEFINE = new RegExp(`define\\s+"${SNIPPETS}(?:\\.[\\w.]+)?"`, "g");
var SNIPPET_CALL = new RegExp(String.raw`tuple\s+\S+\s+("[^"]*"|\$\w+)\s+[^|{}]*?\|\s*include\s+"${SNIPPETS}"`, "g");
var DEPENDENCY_KEY = /"dependencyKey"\s+("[^"]*"|\S+)/g;
var STATIC_READ = /\.Values\.dependencies\.static\.([A-Za-z_][\w-]*)/g;
var STATIC_WHOLE = /\.Values\.dependencies\.static(?![\w.])/;
var STRING_JOBS = /kindIs\s+"string"\s+\S*\.Values\.dependencies\.static\.([A-Za-z_]\w*)\.jobs\b/g;
var COMMENT = /\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g;
var DEFINE2 = /\{\{-?\s*define\s+"([^"]+)"\s*-?\}\}/g;
var INCLUDE2 = /\b(?:include|template)\s+"([^"]+)"/g;
function uncommented(text) {
  return text.replace(COMMENT, "");
}
function count(text, pattern) {
  return [...text.matchAll(pattern)].length;
}
function assignments(text, name) {
  const pattern = new RegExp(String.raw`\$${name.slice(1)}\b\s*:?=\s*([^}]*)\}\}`, "g");
  return [...text.matchAll(pattern)].map((match) => match[1]);
}
function componentOf(argument, text) {
  if (argument.startsWith('"')) return [argument.slice(1, -1)];
  const found = [];
  for (const value of assignments(text, argument)) {
    const literal = /^\s*"([^"]*)"\s*-?\s*$/.exec(value);
    const read = /\.Values\.dependencies\.static\.([A-Za-z_][\w-]*)\s*-?\s*$/.exec(value);
    if (literal) found.push(literal[1]);
    else if (read) found.push(read[1]);
    else return void 0;
  }
  return found.length > 0 ? found : void 0;
}
function scanText(text) {
  const components = /* @__PURE__ */ new Set();
  let unknown;
  if (!text.includes("dependenc") && !text.includes("kubernetes_")) return { components, unknown };
  let calls = 0;
  for (const match of text.matchAll(SNIPPET_CALL)) {
    calls++;
    const named = componentOf(match[1], text);
    if (named) for (const name of named) components.add(name);
    else unknown ??= `component ${match[1]} of a snippet call is not known`;
  }
  if (count(text, SNIPPET_NAME) - count(text, SNIPPET_DEFINE) > calls) unknown ??= "a snippet is included in a form not read";
  for (const match of text.matchAll(DEPENDENCY_KEY)) {
    if (match[1].startsWith('"')) components.add(match[1].slice(1, -1));
    else unknown ??= `dependencyKey ${match[1]} is not known`;
  }
  for (const match of text.matchAll(STATIC_READ)) components.add(match[1]);
  if (STATIC_WHOLE.test(text)) unknown ??= ".Values.dependencies.static is read as a whole";
  return { components, unknown };
}
function defineTexts(texts) {
  const defines = /* @__PURE__ */ new Map();
  for (const raw of texts) {
    const text = uncommented(raw);
    const found = [...text.matchAll(DEFINE2)];
    found.forEach((define, i) => defines.set(define[1], text.slice(define.index + define[0].length, found[i + 1]?.index ?? text.length)));
  }
  return defines;
}
function deriveDependencyReads(templates, library) {
  const libraryDefines = library ?? /* @__PURE__ */ new Map();
  const components = /* @__PURE__ */ new Set();
  const stringJobs = /* @__PURE__ */ new Set();
  const guards = /* @__PURE__ */ new Map();
  let why;
  const visit = (text, where, found, visited) => {
    const scan = scanText(text);
    for (const name of scan.components) found.add(name);
    if (scan.unknown) why ??= `${where}: ${scan.unknown}`;
    if (!text.includes("helm-toolkit.manifests.")) return;
    for (const match of text.matchAll(INCLUDE2)) {
      const name = match[1];
      if (!name.startsWith("helm-toolkit.manifests.") || visited.has(name)) continue;
      visited.add(name);
      const body = libraryDefines.get(name);
      if (body !== void 0) visit(body, `helm-toolkit ${name}`, found, visited);
      else why ??= `${where}: ${name} is not found`;
    }
  };
  for (const template of templates) {
    const text = uncommented(template.text);
    const found = /* @__PURE__ */ new Set();
    visit(text, `templates/${template.name}`, found, /* @__PURE__ */ new Set());
    const guard = fileGuard(text);
    for (const name of found) {
      components.add(name);
      guards.set(name, [...guards.get(name) ?? [], guard]);
    }
    if (text.includes("kindIs")) for (const match of text.matchAll(STRING_JOBS)) stringJobs.add(match[1]);
  }
  const rendered = [...guards].sort(([a], [b]) => a.localeCompare(b)).map(([component, flags]) => ({ component, guards: flags }));
  return why === void 0 ? { components: [...components].sort(), stringJobs: [...stringJobs].sort(), rendered } : { components: void 0, stringJobs: [...stringJobs].sort(), rendered: [], why };
}
var BLOCK_ACTION = /\{\{-?\s*(if|range|with|define|block|end|else)\b([^}]*)\}\}/g;
var MANIFEST_FLAG = /\.Values\.manifests\.(\w+)/g;
function fileGuard(text) {
  const stack = [];
  let last;
  for (const match of text.matchAll(BLOCK_ACTION)) {
    const kind = match[1];
    if (kind === "else") {
      const top = stack[stack.length - 1];
      if (top) top.elses++;
    } else if (kind === "end") {
      const closed = stack.pop();
      if (closed && stack.length === 0 && closed.kind === "if")
        last = { condition: closed.condition, elses: closed.elses, end: match.index + match[0].length };
      else if (stack.length === 0) last = void 0;
    } else stack.push({ kind, condition: match[2].trim().replace(/-$/, "").trim(), elses: 0 });
  }
  if (!last || last.elses > 0 || stack.length > 0 || text.slice(last.end).trim() !== "") return [];
  const single = /^\(?\$?\w*\.Values\.manifests\.(\w+)\)?$/.exec(last.condition);
  if (single) return [single[1]];
  if (!/^and\s/.test(last.condition) || /\b(?:or|not)\b/.test(last.condition)) return [];
  return [...last.condition.matchAll(MANIFEST_FLAG)].map((match) => match[1]);
}

// src/entrypoint/values-fact.ts
var VALUES_LIMITS4 = { maxExpandedNodes: 2e5, maxFileBytes: 4 * 1024 * 1024, maxNestingDepth: 64 };
function setOwn(record, key, value) {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
function endpointHosts(root) {
  const endpoints = root?.kind === "map" ? getEntry(root, "endpoints")?.value : void 0;
  if (endpoints?.kind !== "map") return void 0;
  const result = {};
  for (const entry of endpoints.entries) {
    const hosts = entry.value.kind === "map" ? getEntry(entry.value, "hosts")?.value : void 0;
    setOwn(result, entry.key, hosts?.kind === "map" ? hosts.entries.map((host) => host.key) : null);
  }
  return result;
}
function manifestFlags(root) {
  const manifests = root?.kind === "map" ? getEntry(root, "manifests")?.value : void 0;
  const result = {};
  if (manifests?.kind !== "map") return result;
  for (const entry of manifests.entries) if (entry.value.kind === "scalar") setOwn(result, entry.key, entry.value.value);
  return result;
}
async function valuesRoot(chartDir) {
  const text = readTextOrUndefined(path15.join(chartDir, "values.yaml"), VALUES_LIMITS4);
  if (text === void 0) return void 0;
  try {
    return (await parseYamlValues(text, VALUES_LIMITS4)).root;
  } catch {
    return void 0;
  }
}
var dependencyChartsFact = defineFact({
  id: "entrypoint-dependency-charts",
  needs: [topologyFact],
  async build(input, read) {
    const topology = read(topologyFact);
    const libraries = /* @__PURE__ */ new Map();
    const libraryOf = (dirs) => {
      const key = [...dirs].sort().join("\0");
      let defines = libraries.get(key);
      if (!defines) {
        const texts = dirs.flatMap((dir) => readTemplateTexts(dir, listFiles(path15.join(dir, "templates"))).map(({ text }) => text));
        libraries.set(key, defines = defineTexts(texts));
      }
      return defines;
    };
    const result = {};
    for (const chart of input.charts) {
      if (!usesHelmToolkit(chart)) continue;
      const root = await valuesRoot(chart.dir);
      let reads;
      if (chart.templates.length > 0) {
        const below = closureOf(topology, chart.dir).filter((dep) => dep.dir !== chart.dir);
        const library = below.some((dep) => dep.name === "helm-toolkit") ? libraryOf(below.map((dep) => dep.dir)) : void 0;
        reads = deriveDependencyReads(readTemplateTexts(chart.dir, chart.templates), library);
      }
      const jobsOnly = jobsOnlyComponents(dependencyComponents(root).components).map(({ component, jobs }) => ({
        component: component.name,
        jobs: jobs.map((job) => job.name)
      }));
      result[chart.dir] = { endpoints: endpointHosts(root), manifests: manifestFlags(root), reads, jobsOnly };
    }
    return result;
  }
});
function dependencyContextOf(charts, chartDir, root, isChartDefaults) {
  const chart = chartDir === void 0 || isChartDefaults ? void 0 : charts[chartDir];
  const endpoints = { ...chart?.endpoints };
  for (const [key, hosts] of Object.entries(endpointHosts(root) ?? {})) {
    const below = Object.hasOwn(endpoints, key) ? endpoints[key] : void 0;
    setOwn(endpoints, key, hosts === null ? below ?? null : [.../* @__PURE__ */ new Set([...below ?? [], ...hosts])]);
  }
  return {
    endpoints,
    manifests: { ...chart?.manifests, ...manifestFlags(root) },
    defaults: chart,
    reads: chartDir === void 0 ? void 0 : charts[chartDir]?.reads
  };
}
function componentRendered(reads, component, manifests) {
  if (!reads?.components) return void 0;
  const files = reads.rendered.find((entry) => entry.component === component)?.guards;
  if (!files) return void 0;
  return files.some((guard) => !guard.some((flag) => Object.hasOwn(manifests, flag) && manifests[flag] === false));
}

// src/tripleo/pyyaml.ts
var BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
var TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
var NULL = /^(?:~|null|Null|NULL|)$/;
var INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
var FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
function pyPlain(text) {
  if (BOOL.test(text)) {
    const value = TRUE.test(text);
    return { kind: "bool", str: value ? "True" : "False", truthy: value };
  }
  if (NULL.test(text)) return { kind: "null", str: "None", truthy: false };
  if (INT.test(text)) {
    const value = pyInt(text);
    return { kind: "int", str: value?.toString(), truthy: value !== 0n };
  }
  if (FLOAT.test(text)) {
    const value = pyFloat(text);
    return { kind: "float", str: value === void 0 ? void 0 : floatRepr(value), truthy: value !== 0 };
  }
  return { kind: "str", str: text, truthy: text !== "" };
}
function pyValueOf(node, text) {
  if (node.style !== "plain") {
    const value = String(node.value ?? "");
    return { kind: "str", str: value, truthy: value !== "" };
  }
  return pyPlain(text.slice(node.span.start, node.span.end));
}
function pyInt(text) {
  const clean = text.replaceAll("_", "");
  const sign = clean.startsWith("-") ? -1n : 1n;
  const body = clean.replace(/^[-+]/, "");
  try {
    if (body.includes(":")) return sign * body.split(":").reduce((acc, part) => acc * 60n + BigInt(part), 0n);
    if (body.startsWith("0b")) return sign * BigInt(body);
    if (body.startsWith("0x")) return sign * BigInt(body);
    if (body.length > 1 && body.startsWith("0")) return sign * BigInt(`0o${body.slice(1)}`);
    return sign * BigInt(body);
  } catch {
    return void 0;
  }
}
function pyFloat(text) {
  const clean = text.replaceAll("_", "").toLowerCase();
  if (clean.endsWith(".inf")) return clean.startsWith("-") ? -Infinity : Infinity;
  if (clean === ".nan") return NaN;
  if (clean.includes(":")) return void 0;
  const value = Number(clean.endsWith(".") ? clean.slice(0, -1) : clean);
  return Number.isNaN(value) ? void 0 : value;
}
function floatRepr(value) {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  const magnitude = Math.abs(value);
  if (magnitude >= 1e16 || magnitude !== 0 && magnitude < 1e-4) return void 0;
  if (Object.is(value, -0)) return "-0.0";
  return Number.isInteger(value) ? `${value}.0` : String(value);
}

// src/tripleo/prepare.ts
var ENTRY_KEYS = [
  "set",
  "tag_from_label",
  "push_destination",
  "pull_source",
  "includes",
  "excludes",
  "modify_role",
  "modify_vars",
  "modify_append_tag",
  "modify_only_with_labels",
  "modify_only_with_source",
  "multi_arch"
];
var CEPH_SIDE = [
  ["ceph", "daemon"],
  ["ceph_prometheus", "prometheus"],
  ["ceph_alertmanager", "alertmanager"],
  ["ceph_node_exporter", "node-exporter"],
  ["ceph_grafana", "ceph-grafana"],
  ["ceph_haproxy", "haproxy"],
  ["ceph_keepalived", "keepalived"],
  ["pushgateway", "pushgateway"]
];
var FAMILIES = [
  { namespace: "namespace", image: void 0, tag: "tag", defaultImage: "nova-api" },
  ...CEPH_SIDE.map(([prefix, image]) => ({
    namespace: `${prefix}_namespace`,
    image: `${prefix}_image`,
    tag: `${prefix}_tag`,
    defaultImage: image
  }))
];
var TEMPLATE_SWITCHES = ["neutron_driver", "ceph_images", "rhel_containers"];
var SET_KEYS = [
  "name_prefix",
  "name_suffix",
  ...TEMPLATE_SWITCHES,
  ...FAMILIES.flatMap((family) => [family.namespace, family.tag, ...family.image ? [family.image] : []])
];
var FAMILY_KEY = /^[a-z][a-z0-9_]*_(?:namespace|image|tag|prefix|base_image)$/;
var IMAGE_SOURCES = ["tripleo", "kolla", "ceph", "prom", "grafana", "keepalived", "haproxy"];
var PREPARE_PARAM = /^[A-Za-z0-9]*ContainerImagePrepare$/;
var CREDENTIALS_PARAM = "ContainerImageRegistryCredentials";
function readTripleoFile(root, text) {
  const defaults = root?.kind === "map" ? getEntry(root, "parameter_defaults")?.value : void 0;
  const parameterDefaults = defaults?.kind === "map" ? defaults : void 0;
  const params = [];
  for (const entry of parameterDefaults?.entries ?? []) {
    if (!PREPARE_PARAM.test(entry.key)) continue;
    const items2 = entry.value.kind === "seq" ? entry.value.items : [];
    const entries = items2.flatMap((item, index) => {
      if (item.kind !== "map") return [];
      const set = getEntry(item, "set")?.value;
      return [
        {
          param: entry.key,
          index,
          node: item,
          label: `${entry.key}[${index}]`,
          set: set?.kind === "map" ? set : void 0,
          key: (name) => getEntry(item, name)
        }
      ];
    });
    params.push({ name: entry.key, entry, entries });
  }
  return {
    parameterDefaults,
    params,
    credentials: parameterDefaults ? getEntry(parameterDefaults, CREDENTIALS_PARAM) : void 0,
    py: (node) => pyValueOf(node, text)
  };
}
function pyOf(file, node) {
  return node?.kind === "scalar" ? file.py(node) : void 0;
}
function setsTag(file, entry) {
  const tag = entry.set ? getEntry(entry.set, "tag")?.value : void 0;
  if (!tag) return false;
  return tag.kind !== "scalar" || file.py(tag).truthy;
}
function resolvesTagFromLabel(file, entry) {
  const label = entry.key("tag_from_label")?.value;
  if (!label || label.kind === "scalar" && !file.py(label).truthy) return false;
  return !setsTag(file, entry);
}
function registryOf(namespace) {
  return namespace.split("/")[0];
}
function describeNode(file, node) {
  if (node.kind === "seq") return "a list";
  if (node.kind === "map") return "a mapping";
  const py = file.py(node);
  if (py.kind === "null") return "null";
  if (py.kind === "bool") return `the boolean ${py.truthy ? "true" : "false"}`;
  if (py.kind === "int" || py.kind === "float") return "a number";
  return "a string";
}
function credentialItems(file) {
  const map = file.credentials?.value;
  if (map?.kind !== "map") return [];
  return map.entries.map((registry) => ({
    registry,
    pair: registry.value.kind === "map" && registry.value.entries.length === 1 ? registry.value.entries[0] : void 0
  }));
}
function credentialPath(registry) {
  return `parameter_defaults.${CREDENTIALS_PARAM}.${registry}`;
}

// src/tripleo/python-regex.ts
var LEADING_FLAGS = /^\(\?[aiLmsux]+\)/;
function pythonRegexProblem(pattern) {
  let translated = pattern.replace(LEADING_FLAGS, "");
  translated = translated.replace(/\(\?P<([A-Za-z_]\w*)>/g, "(?<$1>").replace(/\(\?P=([A-Za-z_]\w*)\)/g, "\\k<$1>").replace(/\\A/g, "^").replace(/\\Z/g, "$");
  try {
    new RegExp(translated);
    return void 0;
  } catch (error) {
    const message = error.message;
    return message.slice(message.lastIndexOf(":") + 1).trim() || "not a valid regular expression";
  }
}

// src/tripleo/label-template.ts
var CONVERSIONS = /* @__PURE__ */ new Set(["r", "s", "a"]);
function labelTemplateProblem(template) {
  let i = 0;
  while (i < template.length) {
    const char = template[i];
    if (char === "}") {
      if (template[i + 1] === "}") {
        i += 2;
        continue;
      }
      return { kind: "malformed", reason: "a single '}' outside a field", offset: i };
    }
    if (char !== "{") {
      i++;
      continue;
    }
    if (template[i + 1] === "{") {
      i += 2;
      continue;
    }
    const start = i;
    let depth = 1;
    let j = i + 1;
    for (; j < template.length && depth > 0; j++) {
      if (template[j] === "{") depth++;
      else if (template[j] === "}") depth--;
    }
    if (depth > 0) return { kind: "malformed", reason: "a '{' without its '}'", offset: start };
    const body = template.slice(start + 1, j - 1);
    const problem = fieldProblem(body, start);
    if (problem) return problem;
    i = j;
  }
  return void 0;
}
function fieldProblem(body, offset) {
  let end = 0;
  let inBracket = false;
  for (; end < body.length; end++) {
    const char = body[end];
    if (char === "[") inBracket = true;
    else if (char === "]") inBracket = false;
    else if (!inBracket && (char === "!" || char === ":")) break;
  }
  if (inBracket) return { kind: "malformed", reason: "a '[' without its ']'", offset };
  const name = body.slice(0, end);
  if (body[end] === "!") {
    const conversion = body.slice(end + 1).split(":")[0];
    if (!CONVERSIONS.has(conversion)) return { kind: "malformed", reason: "a conversion other than !r, !s or !a", offset };
  }
  const first = /^[^.[]*/.exec(name)[0];
  if (first === "" || /^\d+$/.test(first)) return { kind: "positional", field: `{${body}}`, offset };
  if (name.slice(first.length).includes(".")) return { kind: "attribute", field: `{${body}}`, offset };
  return void 0;
}

// src/entrypoint/set-objects.ts
var WORKLOAD_KINDS = ["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod", "ReplicaSet"];
function collectSetPart(documents, text, source, anchor) {
  const part = { ...source, workloads: [], services: [], roles: [], bindings: [] };
  const visit = (object, template) => {
    if (object?.kind !== "map") return;
    const kind = scalarString(getPath(object, ["kind"])) ?? "";
    if (kind === "List") {
      const items2 = getPath(object, ["items"]);
      if (items2?.kind === "seq") for (const item of items2.items) visit(item, template);
      return;
    }
    const nameNode = getPath(object, ["metadata", "name"]);
    const name = scalarString(nameNode);
    if (name === void 0) return;
    const namespace = scalarString(getPath(object, ["metadata", "namespace"])) || void 0;
    const at = anchor(nameNode ?? object);
    if (WORKLOAD_KINDS.includes(kind)) {
      const workload = readWorkload(object, kind, name, namespace, template, text, anchor, at);
      if (workload) part.workloads.push(workload);
    } else if (kind === "Service") {
      const spec = getPath(object, ["spec"]);
      const selectorNode = getPath(spec, ["selector"]);
      const selector = stringMap(selectorNode);
      part.services.push({
        name,
        namespace,
        selector: selector && Object.keys(selector).length > 0 ? selector : void 0,
        externalName: scalarString(getPath(spec, ["type"])) === "ExternalName",
        publishNotReady: scalarOf(getPath(spec, ["publishNotReadyAddresses"])) === true,
        at
      });
    } else if (kind === "Role" || kind === "ClusterRole") {
      part.roles.push({
        kind,
        name,
        namespace: kind === "Role" ? namespace : void 0,
        rules: policyRules(getPath(object, ["rules"])),
        aggregated: getPath(object, ["aggregationRule"]) !== void 0
      });
    } else if (kind === "RoleBinding" || kind === "ClusterRoleBinding") {
      const roleRef = getPath(object, ["roleRef"]);
      const subjects = getPath(object, ["subjects"]);
      part.bindings.push({
        kind,
        name,
        namespace: kind === "RoleBinding" ? namespace : void 0,
        roleRef: { kind: scalarString(getPath(roleRef, ["kind"])) ?? "", name: scalarString(getPath(roleRef, ["name"])) ?? "" },
        serviceAccounts: subjects?.kind === "seq" ? subjects.items.flatMap(
          (subject) => scalarString(getPath(subject, ["kind"])) === "ServiceAccount" && scalarString(getPath(subject, ["name"])) ? [
            {
              name: scalarString(getPath(subject, ["name"])),
              namespace: scalarString(getPath(subject, ["namespace"])) || void 0
            }
          ] : []
        ) : []
      });
    }
  };
  for (const document of documents) visit(document.root, document.sourceTemplate);
  return part;
}
function readWorkload(object, kind, name, namespace, template, text, anchor, at) {
  const podTemplate = kind === "Pod" ? object : kind === "CronJob" ? getPath(object, ["spec", "jobTemplate", "spec", "template"]) : getPath(object, ["spec", "template"]);
  const spec = getPath(podTemplate, ["spec"]);
  if (spec?.kind !== "map") return void 0;
  const jobMeta = kind === "CronJob" ? getPath(object, ["spec", "jobTemplate", "metadata"]) : getPath(object, ["metadata"]);
  const workload = {
    kind,
    name,
    namespace,
    podLabels: stringMap(getPath(podTemplate, ["metadata", "labels"])) ?? {},
    jobLabels: kind === "Job" || kind === "CronJob" ? stringMap(getPath(jobMeta, ["labels"])) ?? {} : {},
    serviceAccount: scalarString(getPath(spec, ["serviceAccountName"])) || scalarString(getPath(spec, ["serviceAccount"])) || "default",
    template,
    dependencies: [],
    usesEntrypoint: false,
    apiNeeds: [],
    at
  };
  for (const list of ["initContainers", "containers"]) {
    const containers = getEntry(spec, list)?.value;
    if (containers?.kind !== "seq") continue;
    for (const container of containers.items) {
      if (container.kind !== "map") continue;
      const reading = readEntrypoint(container);
      if (!reading) continue;
      workload.usesEntrypoint = true;
      const containerName = scalarString(getPath(container, ["name"])) ?? "(unnamed)";
      const base = baseNamespace(reading);
      const own = base.kind === "namespace" ? { kind: "literal", name: base.name } : base.kind === "pod-namespace" ? { kind: "pod" } : { kind: "unknown" };
      for (const dependency2 of reading.dependencies) {
        const placed = anchor(valueSpan(text, dependency2.variable, dependency2.range));
        const namespaceOf = dependency2.namespace ? { kind: "literal", name: dependency2.namespace } : own;
        const need = (needKind, where, byLabels) => {
          if (!workload.apiNeeds.some((n) => n.kind === needKind && sameNamespace(n.namespace, where) && n.byLabels === byLabels))
            workload.apiNeeds.push({
              kind: needKind,
              namespace: where,
              byLabels,
              container: containerName,
              variable: dependency2.variable.name,
              at: placed
            });
        };
        const kindOf2 = setKind(dependency2);
        if (dependency2.kind === "container") need("container", own, false);
        if (!kindOf2) continue;
        need(kindOf2, namespaceOf, dependency2.labels !== void 0);
        if (kindOf2 === "daemonset" || kindOf2 === "pod") need("container", own, false);
        workload.dependencies.push({
          kind: kindOf2,
          name: dependency2.name,
          labels: dependency2.labels,
          namespace: namespaceOf,
          requireSameNode: dependency2.requireSameNode,
          container: containerName,
          variable: dependency2.variable.name,
          written: (dependency2.variable.value ?? "").slice(dependency2.range.start, dependency2.range.end),
          at: placed
        });
      }
    }
  }
  return workload;
}
function setKind(dependency2) {
  switch (dependency2.kind) {
    case "service":
    case "job":
    case "daemonset":
    case "pod":
      return dependency2.kind;
    default:
      return void 0;
  }
}
function sameNamespace(a, b) {
  return a.kind === b.kind && (a.kind !== "literal" || a.name === b.name);
}
function scalarOf(node) {
  return node?.kind === "scalar" ? node.value : void 0;
}
function stringMap(node) {
  if (node?.kind !== "map") return void 0;
  const out = {};
  for (const entry of node.entries) {
    const value = scalarOf(entry.value);
    if (value !== void 0 && value !== null) out[entry.key] = String(value);
  }
  return out;
}
function strings(node) {
  if (node?.kind !== "seq") return [];
  return node.items.flatMap((item) => item.kind === "scalar" && item.value !== null ? [String(item.value)] : []);
}
function policyRules(node) {
  if (node?.kind !== "seq") return [];
  return node.items.map((rule) => ({
    apiGroups: strings(getPath(rule, ["apiGroups"])),
    resources: strings(getPath(rule, ["resources"])),
    verbs: strings(getPath(rule, ["verbs"]))
  }));
}

// src/entrypoint/rbac.ts
function requirements2(need) {
  switch (need.kind) {
    case "service":
      return [
        [
          { group: "", resource: "endpoints", verb: "get" },
          { group: "discovery.k8s.io", resource: "endpointslices", verb: "list" }
        ]
      ];
    case "job":
      return [[{ group: "batch", resource: "jobs", verb: need.byLabels ? "list" : "get" }]];
    case "daemonset":
      return [[{ group: "apps", resource: "daemonsets", verb: "get" }], [{ group: "", resource: "pods", verb: "list" }]];
    case "pod":
      return [[{ group: "", resource: "pods", verb: "list" }]];
    case "container":
      return [[{ group: "", resource: "pods", verb: "get" }]];
  }
}
function missingGrants(graph, parts, setNamespace) {
  const roles = parts.flatMap((p) => p.roles);
  const bindings = parts.flatMap((p) => p.bindings);
  const out = [];
  for (const node of graph.nodes) {
    const account = node.workload.serviceAccount;
    for (const need of node.workload.apiNeeds) {
      const namespace = need.namespace.kind === "literal" ? need.namespace.name : need.namespace.kind === "pod" ? node.namespace : void 0;
      if (namespace === void 0) continue;
      const bound = bindings.filter((b) => appliesIn(b, namespace, setNamespace) && names(b, account, node.namespace, setNamespace));
      if (bound.length === 0) continue;
      const held = bound.map((b) => roleOf(b, roles, setNamespace));
      if (held.some((role) => role === void 0 || role.aggregated)) continue;
      const rules = held.flatMap((role) => role.rules);
      const missing = requirements2(need).filter((alternatives) => !alternatives.some((p) => rules.some((rule) => grants(rule, p)))).map((alternatives) => alternatives.map(permissionText).join(" (or ") + ")".repeat(alternatives.length - 1));
      if (missing.length === 0) continue;
      out.push({
        node,
        need,
        namespace,
        serviceAccount: account,
        missing,
        roles: held.map((role) => `${role.kind}/${role.name}`)
      });
    }
  }
  return out;
}
function same(a, b, setNamespace) {
  return a === b || setNamespace === UNKNOWN_NAMESPACE && (a === UNKNOWN_NAMESPACE || b === UNKNOWN_NAMESPACE);
}
function appliesIn(binding, namespace, setNamespace) {
  return binding.kind === "ClusterRoleBinding" || same(binding.namespace ?? setNamespace, namespace, setNamespace);
}
function names(binding, account, accountNamespace, setNamespace) {
  const own = binding.namespace ?? setNamespace;
  return binding.serviceAccounts.some((sa) => sa.name === account && same(sa.namespace ?? own, accountNamespace, setNamespace));
}
function roleOf(binding, roles, setNamespace) {
  const { kind, name } = binding.roleRef;
  if (kind === "ClusterRole") return roles.find((r) => r.kind === "ClusterRole" && r.name === name);
  if (kind === "Role")
    return roles.find(
      (r) => r.kind === "Role" && r.name === name && same(r.namespace ?? setNamespace, binding.namespace ?? setNamespace, setNamespace)
    );
  return void 0;
}
function grants(rule, permission) {
  const any = (list, value) => list.includes("*") || list.includes(value);
  return any(rule.apiGroups, permission.group) && any(rule.resources, permission.resource) && any(rule.verbs, permission.verb);
}
function permissionText(p) {
  return `${p.verb} ${p.resource}${p.group ? `.${p.group}` : ""}`;
}

// src/entrypoint/set-rule.ts
function collectSet(ctx) {
  return collectSetPart(ctx.file.documents, ctx.file.text, { chart: ctx.chart?.name, rendered: ctx.chart !== void 0 }, ctx.anchor);
}
function setGraph(ctx, external = []) {
  return buildGraph(ctx.summaries, { namespace: ctx.fact(namespaceFact), external });
}

// rules/chartlint/unused-disable.ts
var unused_disable_default = defineRule({
  id: "chartlint/unused-disable",
  meta: {
    description: "A chartlint-disable comment that suppresses nothing, or names a rule that does not exist.",
    severity: "warning",
    targets: ["values", "chart-metadata", "manifests", "tripleo", "patch"],
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

// rules/entrypoint/dead-component.ts
var dead_component_default = defineRule({
  id: "entrypoint/dead-component",
  meta: {
    description: "A `dependencies.static` component that no template of the chart hands to helm-toolkit's kubernetes-entrypoint snippet is dead configuration: no pod waits for what it lists.",
    severity: "warning",
    targets: ["values"],
    facts: [dependencyChartsFact],
    messages: {
      unread: 'No template of the chart passes "{{component}}" to the kubernetes-entrypoint snippet: no pod waits for what it lists (dead configuration).',
      unreadNear: 'No template of the chart passes "{{component}}" to the kubernetes-entrypoint snippet; did you mean "{{near}}"? No pod waits for what it lists (dead configuration).'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    if (!ctx.chart || !toolkitReadsDependencies(ctx.chart)) return;
    const read = ctx.fact(dependencyChartsFact)[ctx.chart.dir]?.reads?.components;
    if (!read) return;
    const { components } = dependencyComponents(ctx.file.documents[0]?.root);
    const declared = new Set(components.filter((c) => c.group === "static").map((c) => c.name));
    const unclaimed = read.filter((name) => !declared.has(name));
    for (const component of components) {
      if (component.group !== "static" || read.includes(component.name)) continue;
      if (!component.map || component.map.entries.length === 0) continue;
      const near = closest(component.name, unclaimed, 2);
      if (near) ctx.report({ span: component.entry.keySpan, messageId: "unreadNear", data: { component: component.name, near } });
      else ctx.report({ span: component.entry.keySpan, messageId: "unread", data: { component: component.name } });
    }
  }
});

// rules/entrypoint/dependency-cycle.ts
var dependency_cycle_default = defineDeploymentRule({
  id: "entrypoint/dependency-cycle",
  meta: {
    scope: "deployment",
    description: "No workloads wait for each other in a circle through their kubernetes-entrypoint dependencies: none of them would ever start.",
    severity: "error",
    targets: ["manifests"],
    facts: [namespaceFact],
    messages: {
      cycle: "{{workload}} waits in a cycle in which nothing ever becomes ready, so every pod in it hangs in Init: {{cycle}}.",
      more: "More than {{count}} dependency cycles run through this set; only the first {{count}} are reported."
    },
    ...NO_OPTIONS
  },
  collect: (ctx) => collectSet(ctx),
  check(ctx) {
    const graph = setGraph(ctx);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    for (const cycle of graph.cycles) {
      const first = cycle.steps[0];
      const text = cycle.nodes.map((id, i) => `${workloadLabel(byId.get(id))} -(${cycle.steps[i].label})->`).concat(workloadLabel(byId.get(cycle.nodes[0]))).join(" ");
      ctx.report({
        file: first.file,
        at: first.dependency.at,
        messageId: "cycle",
        data: { workload: workloadLabel(byId.get(cycle.nodes[0])), cycle: text }
      });
    }
    if (graph.cyclesTruncated && graph.cycles.length > 0) {
      const first = graph.cycles[0].steps[0];
      ctx.report({ file: first.file, at: first.dependency.at, messageId: "more", data: { count: graph.cycles.length } });
    }
  }
});

// rules/entrypoint/dependency-keys.ts
var KINDS2 = DEPENDENCY_KINDS.join(", ");
var dependency_keys_default = defineRule({
  id: "entrypoint/dependency-keys",
  meta: {
    description: "Each component under `dependencies.static` and `dependencies.dynamic` holds only the dependency kinds helm-toolkit's kubernetes-entrypoint snippet reads; any other key is silently dropped.",
    severity: "error",
    targets: ["values"],
    messages: {
      unknownKind: `"{{key}}" is no dependency kind helm-toolkit reads ({{kinds}}): what it lists is silently dropped, and the pod starts without waiting for it.`,
      unknownKindNear: `"{{key}}" is no dependency kind helm-toolkit reads; did you mean "{{near}}"? What it lists is silently dropped, and the pod starts without waiting for it.`,
      misplacedKind: `"{{key}}" sits where a component belongs: helm-toolkit reads {{pattern}}.{{key}}, so what it lists is silently dropped.`
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    if (!toolkitReadsDependencies(ctx.chart)) return;
    const { components, misplaced } = dependencyComponents(ctx.file.documents[0]?.root);
    for (const { entry, group } of misplaced) {
      ctx.report({ span: entry.keySpan, messageId: "misplacedKind", data: { key: entry.key, pattern: componentPattern(group) } });
    }
    for (const component of components) {
      for (const entry of component.map?.entries ?? []) {
        if (isDependencyKind(entry.key)) continue;
        const near = closest(entry.key, DEPENDENCY_KINDS, Math.max(2, Math.floor(entry.key.length / 3)));
        if (near) ctx.report({ span: entry.keySpan, messageId: "unknownKindNear", data: { key: entry.key, near } });
        else ctx.report({ span: entry.keySpan, messageId: "unknownKind", data: { key: entry.key, kinds: KINDS2 } });
      }
    }
  }
});

// rules/entrypoint/disabled-job.ts
var disabled_job_default = defineRule({
  id: "entrypoint/disabled-job",
  meta: {
    description: "A component's only dependencies are jobs switched off by `manifests.job_*: false`: helm-toolkit's filter drops them, and its pods start without waiting for anything.",
    severity: "warning",
    targets: ["values"],
    facts: [dependencyChartsFact],
    messages: {
      onlyDependency: 'helm-toolkit drops "{{job}}" because manifests.{{flag}} is false, and nothing else is left for "{{component}}": its pods start without waiting for anything (silent drop).',
      flagLeavesNothing: `With manifests.{{flag}} false, helm-toolkit drops {{jobs}} from "{{component}}" of the chart's values.yaml, and nothing else is left: its pods start without waiting for anything (silent drop).`
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    if (!toolkitReadsDependencies(ctx.chart)) return;
    const root = ctx.file.documents[0]?.root;
    const { components } = dependencyComponents(root);
    const { manifests, defaults, reads } = dependencyContextOf(ctx.fact(dependencyChartsFact), ctx.chart?.dir, root, ctx.isChartDefaults);
    const rendered = (component) => componentRendered(reads, component, manifests) === true;
    for (const { component, jobs } of jobsOnlyComponents(components)) {
      if (!rendered(component.name)) continue;
      const dropped = droppedJobs(jobs, manifests);
      if (dropped.length !== jobs.length) continue;
      for (const { item, name, flag } of dropped)
        ctx.report({ node: item, messageId: "onlyDependency", data: { job: name, flag, component: component.name } });
    }
    const flags = root?.kind === "map" ? getEntry(root, "manifests")?.value : void 0;
    if (!defaults || flags?.kind !== "map") return;
    const own = new Set(components.filter((c) => c.group === "static").map((c) => c.name));
    for (const { component, jobs } of defaults.jobsOnly) {
      if (own.has(component) || !rendered(component)) continue;
      const named = jobs.map((name) => ({ name }));
      const dropped = droppedJobs(named, manifests);
      if (dropped.length !== jobs.length || droppedJobs(named, defaults.manifests).length === jobs.length) continue;
      for (const entry of flags.entries) {
        if (entry.value.kind !== "scalar" || entry.value.value !== false) continue;
        const switched = dropped.filter((job) => job.flag === entry.key).map((job) => `"${job.name}"`);
        if (switched.length > 0)
          ctx.report({
            node: entry.value,
            messageId: "flagLeavesNothing",
            data: { flag: entry.key, jobs: switched.join(", "), component }
          });
      }
    }
  }
});

// rules/entrypoint/env-command.ts
var SHELL_WORDS = /* @__PURE__ */ new Set(["&&", "||", "|", ";", ">", ">>", "<", "2>&1", "&"]);
var env_command_default = defineRule({
  id: "entrypoint/env-command",
  meta: {
    description: "COMMAND, which kubernetes-entrypoint splits on single spaces and runs without a shell, has no quotes, no double, leading or trailing spaces and no shell operators.",
    severity: "error",
    targets: ["manifests"],
    messages: {
      leadingSpace: 'COMMAND of the {{container}} starts with a space: split on single spaces, its program name is empty, so kubernetes-entrypoint logs "Cannot find a binary" and exits 1 (crash).',
      emptyWord: "COMMAND of the {{container}} has {{where}}: kubernetes-entrypoint splits on single spaces, so the program gets an empty argument there, which it may reject or misread (crash). Use single spaces.",
      quoted: "COMMAND of the {{container}} has quotes, but kubernetes-entrypoint runs it without a shell: the quote characters reach the program and a quoted phrase is split at its spaces (crash or wrong arguments). Put it in a script in the image and make that script the COMMAND.",
      shell: 'COMMAND of the {{container}} has "{{word}}", but kubernetes-entrypoint runs it without a shell: the program gets "{{word}}" as an argument and nothing after it runs as its own command (crash or wrong arguments).'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      const command = reading.command;
      if (!command || command.words.length === 0) continue;
      const container = site.label;
      const at = (range) => spanIn(ctx.file.text, command.variable, range);
      const [first] = command.words;
      if (first.text === "") {
        ctx.report({ span: at({ start: 0, end: 1 }), messageId: "leadingSpace", data: { container } });
        continue;
      }
      const value = command.variable.value;
      const double = value.indexOf("  ");
      if (double !== -1) {
        ctx.report({
          span: at({ start: double, end: double + 2 }),
          messageId: "emptyWord",
          data: { container, where: "two spaces in a row" }
        });
      } else if (value.endsWith(" ")) {
        ctx.report({
          span: at({ start: value.length - 1, end: value.length }),
          messageId: "emptyWord",
          data: { container, where: "a trailing space" }
        });
      }
      const quote = command.words.find((word) => /["']/.test(word.text));
      if (quote) ctx.report({ span: at(quote.range), messageId: "quoted", data: { container } });
      const shell = command.words.find((word) => SHELL_WORDS.has(word.text));
      if (shell) ctx.report({ span: at(shell.range), messageId: "shell", data: { container, word: shell.text }, atMost: "warning" });
    }
  }
});

// rules/entrypoint/env-container.ts
var env_container_default = defineRule({
  id: "entrypoint/env-container",
  meta: {
    description: "DEPENDENCY_CONTAINER names a regular container of the same pod, and is not used from an init container: any other wait never resolves.",
    severity: "error",
    targets: ["manifests"],
    messages: {
      fromInit: 'The {{container}} waits for the container "{{name}}" of its own pod, but regular containers start only after every init container has finished: it waits forever and the pod stays in Init (hang).',
      initTarget: `The {{container}} waits for "{{name}}", an init container of its pod: kubernetes-entrypoint reads only the regular containers' status, so it waits forever (hang).`,
      notInPod: 'The {{container}} waits for the container "{{name}}", which its pod does not have: kubernetes-entrypoint looks only in its own pod, so it waits forever (hang).'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      const list = reading.lists.DEPENDENCY_CONTAINER;
      if (!list) continue;
      const pod = podContainerNames(site);
      for (const item of list.items) {
        if (item.outcome !== "dependency" || item.name === "" || /\s/.test(item.text)) continue;
        if (item.name === site.container && site.list === "containers") continue;
        const data = { container: site.label, name: item.name };
        const span = spanIn(ctx.file.text, list.variable, item.nameRange);
        if (pod.containers.has(item.name)) {
          const sidecar = scalarString(getEntry(site.node, "restartPolicy")?.value) === "Always";
          if (site.list === "initContainers" && !sidecar) ctx.report({ span, messageId: "fromInit", data });
        } else if (pod.initContainers.has(item.name)) ctx.report({ span, messageId: "initTarget", data });
        else ctx.report({ span, messageId: "notInPod", data });
      }
    }
  }
});

// rules/entrypoint/env-ignored.ts
var READ = [
  "DEPENDENCY_SERVICE",
  "DEPENDENCY_JOBS",
  "DEPENDENCY_JOBS_JSON",
  "DEPENDENCY_DAEMONSET",
  "DEPENDENCY_CONTAINER",
  "DEPENDENCY_POD_JSON",
  "DEPENDENCY_CUSTOM_RESOURCE",
  "DEPENDENCY_CONFIG",
  "DEPENDENCY_SOCKET"
];
var env_ignored_default = defineRule({
  id: "entrypoint/env-ignored",
  meta: {
    description: "No dependency is written where kubernetes-entrypoint does not read it: DEPENDENCY_JOBS beside a non-empty DEPENDENCY_JOBS_JSON, DEPENDENCY_POD, or any other DEPENDENCY_* name it does not know.",
    severity: "error",
    targets: ["manifests"],
    messages: {
      jobsIgnored: 'DEPENDENCY_JOBS of the {{container}} is ignored because DEPENDENCY_JOBS_JSON is set too ("Ignoring DEPENDENCY_JOBS since DEPENDENCY_JOBS_JSON was specified"): kubernetes-entrypoint starts without waiting for {{names}} (silent drop). Put every job in one of the two.',
      podNeverRead: 'DEPENDENCY_POD of the {{container}} is never read: kubernetes-entrypoint takes pod dependencies only from DEPENDENCY_POD_JSON, as [{"labels": {...}}], so it starts without waiting for these pods (silent drop).',
      neverRead: "{{variable}} of the {{container}} is not a variable kubernetes-entrypoint reads, so it starts without waiting for what it names (silent drop).{{hint}}"
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      const container = site.label;
      const jobs = reading.lists.DEPENDENCY_JOBS;
      if (reading.jobsIgnored && jobs) {
        const names2 = jobs.items.map((item) => item.text);
        const shown = names2.length <= 3 ? names2.map((n) => `"${n}"`).join(", ") : `"${names2[0]}" and ${names2.length - 1} more jobs`;
        ctx.report({ span: spanIn(ctx.file.text, jobs.variable), messageId: "jobsIgnored", data: { container, names: shown } });
      }
      for (const variable of reading.unread) {
        if (variable.value === "") continue;
        if (variable.name === "DEPENDENCY_POD") {
          ctx.report({ span: variable.nameNode.span, messageId: "podNeverRead", data: { container } });
          continue;
        }
        const near = nearestName(variable.name, READ);
        ctx.report({
          span: variable.nameNode.span,
          messageId: "neverRead",
          data: { container, variable: variable.name, hint: near ? ` Did you mean ${near}?` : "" },
          // Another program in the image may read its own DEPENDENCY_ variables.
          ...near ? {} : { atMost: "warning" }
        });
      }
    }
  }
});

// rules/entrypoint/env-json.ts
var FAILURE = {
  DEPENDENCY_JOBS_JSON: 'kubernetes-entrypoint logs "Invalid format" and waits for none of its jobs (silent drop)',
  DEPENDENCY_POD_JSON: 'kubernetes-entrypoint logs "Invalid format" and waits for none of its pods (silent drop)',
  DEPENDENCY_CUSTOM_RESOURCE: 'kubernetes-entrypoint logs "Error initializing custom resource" and waits for none of its custom resources (silent drop)'
};
var LABEL_NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function invalidLabel(labels) {
  for (const [key, value] of Object.entries(labels)) {
    const slash = key.indexOf("/");
    const [prefix, name] = slash === -1 ? [void 0, key] : [key.slice(0, slash), key.slice(slash + 1)];
    const keyOk = LABEL_NAME.test(name) && (prefix === void 0 || prefix.length <= 253 && DNS_SUBDOMAIN.test(prefix));
    if (!keyOk || !(value === "" || LABEL_NAME.test(value))) return `${key}=${value}`;
  }
  return void 0;
}
var FIELDS2 = {
  DEPENDENCY_JOBS_JSON: ["name", "labels", "namespace"],
  DEPENDENCY_POD_JSON: ["labels", "namespace", "requireSameNode"],
  DEPENDENCY_CUSTOM_RESOURCE: ["apiVersion", "kind", "name", "namespace", "fields", "key", "value", "conditions", "type", "status"]
};
var env_json_default = defineRule({
  id: "entrypoint/env-json",
  meta: {
    description: "DEPENDENCY_JOBS_JSON, DEPENDENCY_POD_JSON and DEPENDENCY_CUSTOM_RESOURCE are JSON lists of the shape kubernetes-entrypoint decodes: a mistake drops every dependency of the kind, or one waits forever.",
    severity: "error",
    targets: ["manifests"],
    messages: {
      syntax: "{{variable}} of the {{container}} is not valid JSON ({{error}} at character {{offset}}): {{failure}}.",
      notAList: "{{variable}} of the {{container}} is {{got}}, not a JSON list: {{failure}}.",
      mismatch: "{{path}} in {{variable}} of the {{container}} is {{got}} where kubernetes-entrypoint expects {{expected}}: the decoding fails, so {{failure}}.",
      unknownField: `Field "{{key}}" in {{variable}} of the {{container}} is not one kubernetes-entrypoint reads: Go's decoder drops it without a word, so what it says is ignored (silent drop).{{hint}}`,
      jobNameAndLabels: 'Job {{path}} in DEPENDENCY_JOBS_JSON of the {{container}} has both "name" and "labels": kubernetes-entrypoint skips it with the warning "Cannot specify both name and labels" and starts without waiting for it (silent drop). Keep one.',
      jobNeither: 'Job {{path}} in DEPENDENCY_JOBS_JSON of the {{container}} has neither "name" nor "labels": kubernetes-entrypoint finds no matching job and waits forever (hang).',
      emptyLabels: '{{what}} {{path}} in {{variable}} of the {{container}} selects by no labels: kubernetes-entrypoint lists with the selector "<none>", which never matches, and waits forever (hang).',
      invalidLabel: "{{what}} {{path}} in {{variable}} of the {{container}} selects by the label {{label}}, which is not a valid Kubernetes label: the selector never parses, so kubernetes-entrypoint waits forever (hang).",
      apiVersion: 'Custom resource {{path}} in DEPENDENCY_CUSTOM_RESOURCE of the {{container}} has apiVersion {{value}}, not "group/version": kubernetes-entrypoint cannot look it up and waits forever (hang). Core kinds (apiVersion v1) cannot be waited for this way.',
      resourceIncomplete: 'Custom resource {{path}} in DEPENDENCY_CUSTOM_RESOURCE of the {{container}} has no "{{field}}": kubernetes-entrypoint never finds it and waits forever (hang).',
      fieldKey: 'Field check {{path}} in DEPENDENCY_CUSTOM_RESOURCE of the {{container}} has no "key": kubernetes-entrypoint never finds the field and waits forever (hang).'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const text = ctx.file.text;
    const reportLabels = (labels, variable, entryRange, data) => {
      if (!labels || Object.keys(labels.value).length === 0) {
        ctx.report({ span: spanIn(text, variable, entryRange), messageId: "emptyLabels", data });
        return;
      }
      const label = invalidLabel(labels.value);
      if (label !== void 0)
        ctx.report({ span: spanIn(text, variable, labels.range), messageId: "invalidLabel", data: { ...data, label } });
    };
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      const container = site.label;
      const common = (variable, read) => {
        if (!read) return void 0;
        const at = (range) => spanIn(text, read.variable, range);
        const failure2 = FAILURE[variable];
        const json = read.reading;
        if (json.syntaxError) {
          const { offset, message } = json.syntaxError;
          const end = Math.min(offset + 1, read.variable.value.length);
          ctx.report({
            span: at({ start: offset, end }),
            messageId: "syntax",
            data: { variable, container, error: message, offset: offset + 1, failure: failure2 }
          });
        }
        if (json.notAList)
          ctx.report({
            span: at(json.notAList.range),
            messageId: "notAList",
            data: { variable, container, got: json.notAList.got, failure: failure2 }
          });
        for (const mismatch of json.mismatches) {
          ctx.report({
            span: at(mismatch.range),
            messageId: "mismatch",
            data: { variable, container, path: mismatch.path, got: mismatch.got, expected: mismatch.expected, failure: failure2 }
          });
        }
        for (const unknown of json.unknownFields) {
          const near = nearestName(unknown.key, FIELDS2[variable]);
          ctx.report({
            span: at(unknown.range),
            messageId: "unknownField",
            data: { variable, container, key: unknown.key, hint: near ? ` Did you mean "${near}"?` : "" },
            // A newer kubernetes-entrypoint may read more fields: a likely typo, not a sure one.
            atMost: "warning"
          });
        }
        return json.failed ? void 0 : json;
      };
      const jobs = common("DEPENDENCY_JOBS_JSON", reading.jobsJson);
      for (const [i, entry] of (jobs?.entries ?? []).entries()) {
        const variable = reading.jobsJson.variable;
        const at = spanIn(text, variable, entry.range);
        const data = { container, path: `[${i}]`, variable: "DEPENDENCY_JOBS_JSON", what: "Job" };
        if (entry.name?.value && entry.labels) ctx.report({ span: at, messageId: "jobNameAndLabels", data });
        else if (!entry.name?.value && !entry.labels) ctx.report({ span: at, messageId: "jobNeither", data });
        else if (!entry.name?.value) reportLabels(entry.labels, variable, entry.range, data);
      }
      const pods = common("DEPENDENCY_POD_JSON", reading.podJson);
      for (const [i, entry] of (pods?.entries ?? []).entries()) {
        const data = { container, path: `[${i}]`, variable: "DEPENDENCY_POD_JSON", what: "Pod" };
        reportLabels(entry.labels, reading.podJson.variable, entry.range, data);
      }
      const resources = common("DEPENDENCY_CUSTOM_RESOURCE", reading.customResource);
      for (const [i, entry] of (resources?.entries ?? []).entries()) {
        const variable = reading.customResource.variable;
        const path16 = `[${i}]`;
        const apiVersion = entry.apiVersion?.value ?? "";
        const parts = apiVersion.split("/");
        if (parts.length !== 2 || parts.some((part) => part === "")) {
          ctx.report({
            span: spanIn(text, variable, entry.apiVersion?.range ?? entry.range),
            messageId: "apiVersion",
            data: { container, path: path16, value: entry.apiVersion ? `"${apiVersion}"` : "(none)" }
          });
        }
        for (const field2 of ["kind", "name"]) {
          if (!entry[field2]?.value)
            ctx.report({ span: spanIn(text, variable, entry.range), messageId: "resourceIncomplete", data: { container, path: path16, field: field2 } });
        }
        for (const [j, check] of entry.fields.entries()) {
          if (!check.key?.value)
            ctx.report({
              span: spanIn(text, variable, check.range),
              messageId: "fieldKey",
              data: { container, path: `${path16}.fields[${j}]` }
            });
        }
      }
    }
  }
});

// rules/entrypoint/env-list-syntax.ts
var env_list_syntax_default = defineRule({
  id: "entrypoint/env-list-syntax",
  meta: {
    description: "The comma lists of kubernetes-entrypoint (DEPENDENCY_SERVICE, _JOBS, _DAEMONSET, _CONTAINER, _CONFIG, _SOCKET) have no spaces, no empty items and only `name` or `namespace:name` items.",
    severity: "error",
    targets: ["manifests"],
    messages: {
      whitespace: 'Item "{{item}}" of {{variable}} in the {{container}} has whitespace, which kubernetes-entrypoint does not trim: it waits for the {{object}} "{{item}}", which never exists, forever (hang). Separate items with a comma alone.',
      whitespaceConfig: 'Item "{{item}}" of DEPENDENCY_CONFIG in the {{container}} has whitespace, which kubernetes-entrypoint does not trim: it writes the file "{{item}}", spaces included, so the config file meant is never written (silent drop). Separate items with a comma alone.',
      empty: "{{variable}} in the {{container}} has an empty item (a doubled, leading or trailing comma): kubernetes-entrypoint keeps it as a dependency with an empty name, which never resolves, so it waits forever (hang).",
      emptyName: 'Item "{{item}}" of {{variable}} in the {{container}} names a namespace and no {{object}}: kubernetes-entrypoint looks up an empty name, which never resolves, so it waits forever (hang).',
      tooManyParts: 'Item "{{item}}" of {{variable}} in the {{container}} has more than one ":": kubernetes-entrypoint skips it with the log line "Invalid format got {{item}}, expected namespace:name" and starts without waiting for it (silent drop).',
      missingNamespace: 'Item "{{item}}" of {{variable}} in the {{container}} starts with ":": kubernetes-entrypoint skips it with the log line "Invalid format, missing namespace {{item}}" and starts without waiting for it (silent drop).'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      for (const variable of LIST_NAMES) {
        const list = reading.lists[variable];
        if (!list) continue;
        for (const [index, item] of list.items.entries()) {
          const data = { item: item.text, variable, container: site.label, object: LIST_OBJECT[variable] };
          const at = (range = item.range) => spanIn(ctx.file.text, list.variable, range);
          if (item.outcome === "too-many-parts") ctx.report({ span: at(), messageId: "tooManyParts", data });
          else if (item.outcome === "missing-namespace") ctx.report({ span: at(), messageId: "missingNamespace", data });
          else if (item.text === "") {
            if (index > 0 && list.items[index - 1].text === "") continue;
            let last = index;
            while (list.items[last + 1]?.text === "") last++;
            const end = Math.min(list.variable.value.length, list.items[last].range.end + 1);
            ctx.report({ span: at({ start: Math.max(0, item.range.start - 1), end }), messageId: "empty", data });
          } else if (/\s/.test(item.text))
            ctx.report({ span: at(), messageId: variable === "DEPENDENCY_CONFIG" ? "whitespaceConfig" : "whitespace", data });
          else if (item.name === "") ctx.report({ span: at(), messageId: "emptyName", data });
        }
      }
    }
  }
});

// rules/entrypoint/env-namespace.ts
var NOT_A_NAMESPACE = /* @__PURE__ */ new Set([
  "metadata.name",
  "metadata.uid",
  "spec.nodeName",
  "spec.serviceAccountName",
  "status.hostIP",
  "status.hostIPs",
  "status.podIP",
  "status.podIPs"
]);
function lookups(reading) {
  const names2 = [];
  let ownPod = false;
  for (const dependency2 of reading.dependencies) {
    if (dependency2.kind === "container" || dependency2.kind === "daemonset" || dependency2.kind === "pod") ownPod = true;
    if (dependency2.namespace !== void 0 || dependency2.kind === "container") continue;
    if (dependency2.kind === "service" || dependency2.kind === "job" || dependency2.kind === "daemonset" || dependency2.kind === "pod") {
      const labels = dependency2.labels ? Object.entries(dependency2.labels).map(([k, v]) => `${k}=${v}`).join(",") : "";
      names2.push(`${dependency2.kind} ${dependency2.name ?? labels}`);
    }
  }
  return { names: names2, ownPod };
}
function what(found) {
  const parts = [...found.names.length > 0 ? [someNames(found.names)] : [], ...found.ownPod ? ["its own pod"] : []];
  return parts.join(" and ");
}
var env_namespace_default = defineRule({
  id: "entrypoint/env-namespace",
  meta: {
    description: "kubernetes-entrypoint looks its dependencies up in the namespace meant: NAMESPACE is set where names come without one, and DEPENDENCY_CONTAINER, _CONFIG and _SOCKET carry no `namespace:`.",
    severity: "error",
    targets: ["manifests"],
    messages: {
      containerNamespace: 'Item "{{item}}" of DEPENDENCY_CONTAINER in the {{container}} names a namespace, which containers do not take: kubernetes-entrypoint silently drops "{{namespace}}:" and waits for the container "{{name}}" of its own pod. Write the container name alone.',
      configTruncated: 'Path "{{item}}" in DEPENDENCY_CONFIG of the {{container}} has a ":", which kubernetes-entrypoint takes for a namespace separator: it uses only "{{name}}" (truncated), so the config file meant is never written (silent drop).',
      socketTruncated: 'Path "{{item}}" in DEPENDENCY_SOCKET of the {{container}} has a ":", which kubernetes-entrypoint takes for a namespace separator: it uses only "{{name}}" (truncated) and waits for a socket there that never appears (hang).',
      defaultNamespace: 'The {{container}} {{how}}, so kubernetes-entrypoint looks up {{what}} in namespace "default": {{outcome}}. Set NAMESPACE from the downward API (fieldRef metadata.namespace).',
      namespaceField: "NAMESPACE of the {{container}} comes from the downward API field {{field}}, which is not a namespace: kubernetes-entrypoint looks up {{what}} in a namespace of that name and waits forever (hang). Use fieldRef metadata.namespace.",
      namespaceMismatch: 'NAMESPACE of the {{container}} is "{{value}}" but its {{owner}} is in namespace "{{written}}": kubernetes-entrypoint looks for its own pod in "{{value}}", never finds it, and waits forever (hang). Use fieldRef metadata.namespace.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const text = ctx.file.text;
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      const container = site.label;
      for (const variable of ["DEPENDENCY_CONTAINER", "DEPENDENCY_CONFIG", "DEPENDENCY_SOCKET"]) {
        const list = reading.lists[variable];
        for (const item of list?.items ?? []) {
          if (item.outcome !== "dependency" || item.namespace === void 0 || item.name === "" || /\s/.test(item.text)) continue;
          if (variable !== "DEPENDENCY_CONTAINER" && !item.namespace.includes("/")) continue;
          const messageId = variable === "DEPENDENCY_CONTAINER" ? "containerNamespace" : variable === "DEPENDENCY_CONFIG" ? "configTruncated" : "socketTruncated";
          const data = { item: item.text, namespace: item.namespace, name: item.name, container };
          ctx.report({ span: spanIn(text, list.variable, item.namespaceRange), messageId, data });
        }
      }
      const found = lookups(reading);
      if (found.names.length === 0 && !found.ownPod) continue;
      const base = baseNamespace(reading);
      const written = writtenNamespace(site);
      const setting = reading.namespace;
      if (base.kind === "namespace" && base.name === "default" && written !== "default") {
        const first = reading.dependencies.find((d) => d.namespace === void 0) ?? reading.dependencies[0];
        const variable = setting.state === "set" ? setting.variable : first.variable;
        ctx.report({
          span: setting.state === "set" ? spanIn(text, variable) : variable.nameNode.span,
          messageId: "defaultNamespace",
          data: {
            container,
            how: setting.state === "set" ? "sets NAMESPACE empty" : "sets no NAMESPACE",
            what: what(found),
            outcome: written === void 0 ? "unless the pod runs there, it waits forever (hang)" : `its ${site.object} is in namespace "${written}", so it waits forever (hang)`
          },
          // Without a written namespace the pod may well run in default: a risk, not a sure hang.
          ...written === void 0 ? { atMost: "warning" } : {}
        });
      } else if (setting.state === "set" && setting.variable.source === "field" && NOT_A_NAMESPACE.has(setting.variable.fieldPath ?? "")) {
        ctx.report({
          span: setting.variable.item.span,
          messageId: "namespaceField",
          data: { container, field: setting.variable.fieldPath, what: what(found) }
        });
      } else if (base.kind === "namespace" && written !== void 0 && base.name !== written && found.ownPod && setting.state === "set") {
        ctx.report({
          span: spanIn(text, setting.variable),
          messageId: "namespaceMismatch",
          data: { container, value: base.name, owner: site.object, written }
        });
      }
    }
  }
});

// rules/entrypoint/env-required.ts
var NOT_THE_POD_NAME = /* @__PURE__ */ new Set([
  "metadata.namespace",
  "metadata.uid",
  "spec.nodeName",
  "spec.serviceAccountName",
  "status.hostIP",
  "status.hostIPs",
  "status.podIP",
  "status.podIPs"
]);
function droppable(reading) {
  const names2 = [];
  for (const item of reading.lists.DEPENDENCY_DAEMONSET?.items ?? [])
    if (item.outcome === "dependency") names2.push(`daemonset ${item.name}`);
  const pods = reading.podJson?.reading;
  if (pods && !pods.failed) {
    for (const entry of pods.entries) {
      names2.push(
        `pod ${Object.entries(entry.labels?.value ?? {}).map(([k, v]) => `${k}=${v}`).join(",")}`
      );
    }
  }
  return names2;
}
var env_required_default = defineRule({
  id: "entrypoint/env-required",
  meta: {
    description: "The variables kubernetes-entrypoint needs for the dependencies it is given are set: POD_NAME (from metadata.name) for container, daemonset and pod dependencies, INTERFACE_NAME for config ones.",
    severity: "error",
    targets: ["manifests"],
    messages: {
      podNameContainer: 'The {{container}} waits for {{names}} but {{how}}: kubernetes-entrypoint cannot look up its own pod ("environment variable POD_NAME not set") and waits forever (hang). Set POD_NAME from the downward API (fieldRef metadata.name).',
      podNameDropped: 'The {{container}} names {{names}} but {{how}}: kubernetes-entrypoint logs "Cannot initialize" and ignores these dependencies, so it starts without waiting for them (silent drop). Set POD_NAME from the downward API (fieldRef metadata.name).',
      podNameField: "POD_NAME of the {{container}} comes from the downward API field {{field}}, which is not the pod name: kubernetes-entrypoint looks up a pod of that name, never finds its own, and waits forever (hang). Use fieldRef metadata.name.",
      interfaceName: 'The {{container}} has DEPENDENCY_CONFIG but {{how}}: kubernetes-entrypoint cannot read its IP ("environment variable INTERFACE_NAME not set"), registers an empty config dependency and panics on it (crash, CrashLoopBackOff). Set INTERFACE_NAME, e.g. eth0.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const text = ctx.file.text;
    for (const { site, reading } of entrypointSites(ctx.containers())) {
      const container = site.label;
      const podName = reading.podName;
      const emptyPodName = podName.state === "set" ? podName.variable : void 0;
      const podNameHow = emptyPodName ? "sets POD_NAME empty" : "sets no POD_NAME";
      const containers = reading.dependencies.filter((d) => d.kind === "container");
      const dropped = droppable(reading);
      if (podNameMissing(reading)) {
        if (containers.length > 0) {
          ctx.report({
            span: emptyPodName ? spanIn(text, emptyPodName) : spanIn(text, containers[0].variable),
            messageId: "podNameContainer",
            data: {
              container,
              names: `the container${containers.length > 1 ? "s" : ""} ${someNames(containers.map((d) => d.name ?? ""))}`,
              how: podNameHow
            }
          });
        }
        if (dropped.length > 0) {
          const variable = reading.lists.DEPENDENCY_DAEMONSET?.items.some((i) => i.outcome === "dependency") ? reading.lists.DEPENDENCY_DAEMONSET.variable : reading.podJson.variable;
          ctx.report({
            span: emptyPodName ? spanIn(text, emptyPodName) : spanIn(text, variable),
            messageId: "podNameDropped",
            data: { container, names: someNames(dropped), how: podNameHow }
          });
        }
      } else if (podName.state === "set" && podName.variable.source === "field" && NOT_THE_POD_NAME.has(podName.variable.fieldPath ?? "") && (containers.length > 0 || dropped.length > 0)) {
        ctx.report({
          span: podName.variable.item.span,
          messageId: "podNameField",
          data: { container, field: podName.variable.fieldPath }
        });
      }
      const config = reading.dependencies.find((d) => d.kind === "config");
      const iface = reading.interfaceName;
      const missing = iface.state === "unset" || iface.state === "set" && iface.variable.value === "";
      if (config && missing) {
        ctx.report({
          span: iface.state === "set" ? spanIn(text, iface.variable) : spanIn(text, config.variable),
          messageId: "interfaceName",
          data: { container, how: iface.state === "set" ? "sets INTERFACE_NAME empty" : "sets no INTERFACE_NAME" }
        });
      }
    }
  }
});

// rules/entrypoint/jobs-shape.ts
var jobs_shape_default = defineRule({
  id: "entrypoint/jobs-shape",
  meta: {
    description: "A dependency's `jobs` is a list of job names: helm-toolkit fails the render on a string and on label maps, and a number or list item never names a job.",
    severity: "error",
    targets: ["values"],
    facts: [dependencyChartsFact],
    messages: {
      notAList: '"jobs" of "{{component}}" is a {{type}}, not a list: helm-toolkit cannot read it as a list of job names, and the render fails.',
      labelMap: 'A job given as a map (a label selector) makes helm-toolkit write DEPENDENCY_JOBS_JSON with its value glued to "value:", and the render fails; name the job instead.',
      notAName: "This jobs item is a {{type}}, not a job name: first in the list it makes helm-toolkit write DEPENDENCY_JOBS_JSON and the render fails; later, kubernetes-entrypoint waits for a job of that name, which never exists (the pod hangs in Init)."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    if (!toolkitReadsDependencies(ctx.chart)) return;
    const { components } = dependencyComponents(ctx.file.documents[0]?.root);
    const reads = ctx.chart ? ctx.fact(dependencyChartsFact)[ctx.chart.dir]?.reads : void 0;
    for (const component of components) {
      const jobs = component.map ? getEntry(component.map, "jobs")?.value : void 0;
      if (!jobs || jobs.kind === "scalar" && jobs.value === null) continue;
      if (jobs.kind === "map" || jobs.kind === "scalar" && typeof jobs.value !== "string") {
        ctx.report({
          node: jobs,
          messageId: "notAList",
          data: { component: component.name, type: jobs.kind === "map" ? "map" : typeof jobs.value }
        });
        continue;
      }
      if (jobs.kind === "scalar") {
        if (component.group !== "static" || !reads?.components || reads.stringJobs.includes(component.name)) continue;
        ctx.report({ node: jobs, messageId: "notAList", data: { component: component.name, type: "string" } });
        continue;
      }
      for (const item of jobs.items) {
        if (item.kind === "map") ctx.report({ node: item, messageId: "labelMap" });
        else if (item.kind === "seq" || item.kind === "scalar" && item.value !== null && typeof item.value !== "string")
          ctx.report({ node: item, messageId: "notAName", data: { type: item.kind === "seq" ? "list" : typeof item.value } });
      }
    }
  }
});

// rules/entrypoint/rbac.ts
var WHAT = {
  service: "a Service dependency",
  job: "a job dependency",
  daemonset: "a daemonset dependency",
  pod: "a pod dependency",
  container: "reading its own pod"
};
var rbac_default = defineDeploymentRule({
  id: "entrypoint/rbac",
  meta: {
    scope: "deployment",
    description: "The service account of a pod that runs kubernetes-entrypoint is granted, by the roles bound to it in the set, the API verbs its dependencies need.",
    severity: "warning",
    targets: ["manifests"],
    facts: [namespaceFact],
    messages: {
      missing: '{{workload}} (container "{{container}}", service account "{{account}}") needs {{missing}} in namespace "{{namespace}}" for {{what}} ({{variable}}), which its roles there ({{roles}}) do not grant: every check is refused and the pod hangs in Init.'
    },
    ...NO_OPTIONS
  },
  collect: (ctx) => collectSet(ctx),
  check(ctx) {
    const graph = setGraph(ctx);
    for (const grant of missingGrants(
      graph,
      ctx.summaries.map((s) => s.summary),
      ctx.fact(namespaceFact)
    )) {
      ctx.report({
        file: grant.node.file,
        at: grant.need.at,
        messageId: "missing",
        data: {
          workload: workloadLabel(grant.node),
          container: grant.need.container,
          account: grant.serviceAccount,
          missing: grant.missing.join(" and "),
          namespace: grant.namespace,
          what: WHAT[grant.need.kind],
          variable: grant.need.variable,
          roles: grant.roles.join(", ")
        }
      });
    }
  }
});

// rules/entrypoint/service-account-token.ts
var TOKEN_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";
function mountsTokenDir(container) {
  const mounts = getPath(container, ["volumeMounts"]);
  if (mounts?.kind !== "seq") return false;
  return mounts.items.some((mount) => {
    const at = scalarString(getPath(mount, ["mountPath"]))?.replace(/\/+$/, "");
    return at !== void 0 && at !== "" && (TOKEN_DIR === at || TOKEN_DIR.startsWith(`${at}/`));
  });
}
function accountsWithoutToken(roots) {
  const found = /* @__PURE__ */ new Map();
  const visit = (object) => {
    if (object?.kind !== "map") return;
    const kind = scalarString(getPath(object, ["kind"]));
    const items2 = getPath(object, ["items"]);
    if (kind === "List" && items2?.kind === "seq") return items2.items.forEach(visit);
    const automount = getEntry(object, "automountServiceAccountToken");
    if (kind !== "ServiceAccount" || booleanOf(automount?.value) !== false) return;
    const name = scalarString(getPath(object, ["metadata", "name"])) ?? "";
    found.set(`${scalarString(getPath(object, ["metadata", "namespace"])) ?? ""}
${name}`, automount.value);
  };
  roots.forEach(visit);
  return found;
}
var service_account_token_default = defineRule({
  id: "entrypoint/service-account-token",
  meta: {
    description: "A pod with a kubernetes-entrypoint container mounts its service-account token: without it kubernetes-entrypoint cannot reach the API and exits 1 before resolving anything.",
    severity: "error",
    targets: ["manifests"],
    messages: {
      podDisabled: 'The pod of the {{container}} sets automountServiceAccountToken: false, so kubernetes-entrypoint has no API token: it logs "Creating entrypoint failed" and exits 1 before resolving anything (crash). Mount the token, or set the option true for this pod.',
      accountDisabled: 'The {{container}} runs as the service account "{{account}}", which sets automountServiceAccountToken: false, and its pod does not turn it back on: kubernetes-entrypoint has no API token, logs "Creating entrypoint failed" and exits 1 (crash). Set automountServiceAccountToken: true in the pod spec.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    let accounts;
    const reported = /* @__PURE__ */ new Set();
    for (const { site } of entrypointSites(ctx.containers())) {
      if (reported.has(site.podSpec) || mountsTokenDir(site.node)) continue;
      const automount = getEntry(site.podSpec, "automountServiceAccountToken");
      const podSetting = booleanOf(automount?.value);
      if (podSetting === false) {
        ctx.report({ node: automount.value, messageId: "podDisabled", data: { container: site.label } });
        reported.add(site.podSpec);
        continue;
      }
      if (podSetting === true) continue;
      accounts ??= accountsWithoutToken(ctx.file.documents.map((document) => document.root));
      if (accounts.size === 0) continue;
      const accountEntry = getEntry(site.podSpec, "serviceAccountName") ?? getEntry(site.podSpec, "serviceAccount");
      const account = scalarString(accountEntry?.value) || "default";
      const namespace = scalarString(getPath(site.owner, ["metadata", "namespace"])) ?? "";
      if (!accounts.has(`${namespace}
${account}`)) continue;
      const at = accountEntry?.value ?? getEntry(site.node, "name")?.value ?? site.node;
      ctx.report({ node: at, messageId: "accountDisabled", data: { container: site.label, account } });
      reported.add(site.podSpec);
    }
  }
});

// rules/entrypoint/service-endpoint.ts
var ITEM_KEYS = ["endpoint", "service"];
var service_endpoint_default = defineRule({
  id: "entrypoint/service-endpoint",
  meta: {
    description: "Each `services` item of a dependency is `{endpoint, service}`: `service` names an entry of `endpoints:` and `endpoint` one of its hosts (or the entry has `hosts.default`).",
    severity: "error",
    targets: ["values"],
    facts: [dependencyChartsFact],
    messages: {
      unknownItemKey: '"{{key}}" is not read in a services item, which holds only "endpoint" and "service"{{near}}: helm-toolkit ignores it, and without "service" the dependency is dropped or hangs the pod.',
      noService: 'This services item has no "service": helm-toolkit renders nothing for it, which drops the dependency or, beside others, leaves an empty name in DEPENDENCY_SERVICE that never resolves (the pod hangs in Init).',
      unknownService: '"{{service}}" names no entry of endpoints: (helm-toolkit looks up endpoints.{{key}}): it renders nothing for it, which drops the dependency or, beside others, leaves an empty name in DEPENDENCY_SERVICE that never resolves (the pod hangs in Init).',
      unknownServiceNear: '"{{service}}" names no entry of endpoints: (helm-toolkit looks up endpoints.{{key}}); did you mean "{{near}}"? It renders nothing for it, which drops the dependency or, beside others, leaves an empty name in DEPENDENCY_SERVICE that never resolves (the pod hangs in Init).',
      unknownHost: 'endpoints.{{key}}.hosts has neither "{{endpoint}}" nor "default": helm-toolkit finds no host name for this dependency, and the render fails.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    if (!toolkitReadsDependencies(ctx.chart)) return;
    const root = ctx.file.documents[0]?.root;
    const { components } = dependencyComponents(root);
    if (components.length === 0) return;
    const known = dependencyContextOf(ctx.fact(dependencyChartsFact), ctx.chart?.dir, root, ctx.isChartDefaults);
    const entries = Object.keys(known.endpoints);
    for (const component of components) {
      const services = component.map ? getEntry(component.map, "services")?.value : void 0;
      if (services?.kind !== "seq") continue;
      for (const item of services.items) {
        if (item.kind !== "map") continue;
        let misspelt = false;
        for (const entry of item.entries) {
          if (ITEM_KEYS.includes(entry.key)) continue;
          misspelt = true;
          const near = closest(entry.key, ITEM_KEYS, 2);
          ctx.report({
            span: entry.keySpan,
            messageId: "unknownItemKey",
            data: { key: entry.key, near: near ? ` (did you mean "${near}"?)` : "" }
          });
        }
        const serviceNode = getEntry(item, "service")?.value;
        const service = scalarString(serviceNode);
        if (!serviceNode) {
          if (!misspelt) ctx.report({ node: item, messageId: "noService" });
          continue;
        }
        if (service === void 0) continue;
        const key = endpointKey(service);
        if (!Object.hasOwn(known.endpoints, key)) {
          if (!ctx.isChartDefaults || entries.length === 0) continue;
          const near = closest(key, entries, 2);
          if (near) ctx.report({ node: serviceNode, messageId: "unknownServiceNear", data: { service, key, near } });
          else ctx.report({ node: serviceNode, messageId: "unknownService", data: { service, key } });
          continue;
        }
        if (!ctx.isChartDefaults && !ctx.chart) continue;
        const hosts = known.endpoints[key];
        const endpointNode = getEntry(item, "endpoint")?.value;
        const endpoint = scalarString(endpointNode);
        if (!hosts || endpoint === void 0 || hosts.includes(endpoint) || hosts.includes("default")) continue;
        ctx.report({ node: endpointNode, messageId: "unknownHost", data: { key, endpoint } });
      }
    }
  }
});

// rules/entrypoint/unresolved-dependency.ts
var unresolved_dependency_default = defineDeploymentRule({
  id: "entrypoint/unresolved-dependency",
  meta: {
    scope: "deployment",
    description: "Every kubernetes-entrypoint dependency of the charts deployed together resolves inside the set (or is declared external): the Service (with pods behind it), Job, DaemonSet or pods it waits for.",
    severity: "warning",
    targets: ["manifests"],
    facts: [namespaceFact],
    messages: {
      service: '{{workload}} (container "{{container}}") waits for the Service "{{name}}" {{where}}, which is not in the set: the pod hangs in Init unless it is deployed separately (then declare it in options.external).',
      noEndpoints: '{{workload}} (container "{{container}}") waits for the Service "{{name}}" {{where}}, whose selector {{selector}} matches no pod template in the set: it never gets an endpoint and the pod hangs in Init.',
      externalName: '{{workload}} (container "{{container}}") waits for the Service "{{name}}" {{where}}, which is of type ExternalName and never has endpoints: the pod hangs in Init.',
      job: '{{workload}} (container "{{container}}") waits for the Job "{{name}}" {{where}}, which is not in the set: the pod hangs in Init until a Job of that name completes.',
      jobLabels: '{{workload}} (container "{{container}}") waits for Jobs labelled {{name}} {{where}}, and no Job in the set carries those labels: the pod hangs in Init.',
      daemonset: '{{workload}} (container "{{container}}") waits for the DaemonSet "{{name}}" {{where}}, which is not in the set: the pod hangs in Init.',
      pod: '{{workload}} (container "{{container}}") waits for a ready pod labelled {{name}} {{where}}, and no pod template in the set carries those labels: the pod hangs in Init.'
    },
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        external: {
          type: "array",
          items: { type: "string", minLength: 1 },
          description: "Dependencies deployed outside the set, as `namespace:name` globs (`openstack:mariadb*`); pods and label-selected jobs as `namespace:key=value,...` with the keys sorted."
        },
        alone: {
          type: "boolean",
          description: "Also judge a run that is not a set (one chart rendered alone), whose dependencies on other charts never resolve in it."
        }
      },
      required: []
    },
    defaultOptions: { external: [], alone: false }
  },
  collect: (ctx) => collectSet(ctx),
  check(ctx) {
    const graph = setGraph(ctx, ctx.options.external);
    if (!graph.isSet && !ctx.options.alone) return;
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    for (const d of graph.dependencies) {
      const { dependency: dependency2, resolution } = d;
      const node = byId.get(d.from);
      const data = {
        workload: workloadLabel(node),
        container: dependency2.container,
        name: dependency2.name ?? labelsTextOf(dependency2.labels),
        where: d.namespace ? `in namespace "${d.namespace}"` : "in the pod's own namespace, which the manifests do not name"
      };
      const at = { file: d.file, at: dependency2.at };
      if (resolution.state === "no-endpoints")
        ctx.report({ ...at, messageId: "noEndpoints", data: { ...data, selector: labelsTextOf(resolution.service.selector) } });
      else if (resolution.state === "external-name") ctx.report({ ...at, messageId: "externalName", data });
      else if (resolution.state === "missing") {
        const messageId = dependency2.kind === "job" ? dependency2.labels ? "jobLabels" : "job" : dependency2.kind === "daemonset" ? "daemonset" : dependency2.kind;
        ctx.report({ ...at, messageId, data });
      }
    }
  }
});
function labelsTextOf(labels) {
  const keys = Object.keys(labels ?? {}).sort();
  return `{${keys.map((key) => `${key}=${labels[key]}`).join(", ")}}`;
}

// rules/images/allowed-registries.ts
var allowed_registries_default = defineRule({
  id: "images/allowed-registries",
  meta: {
    description: "Images come only from the configured registries (and optional path prefixes); off until configured.",
    severity: "off",
    targets: ["values", "manifests", "tripleo"],
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
    targets: ["values", "manifests", "tripleo"],
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
      const { tag, digest } = image.parsed.ref;
      if (!tag || tag === "latest" || digest) continue;
      const moves = tag.toLowerCase() === "latest" || floating.some((re) => re.test(tag));
      if (!moves || allowed.some((re) => re.test(tag))) continue;
      ctx.report({ span: image.partSpan("tag"), messageId: "floating", data: { image: image.label, tag } });
    }
  }
});

// rules/images/fully-qualified.ts
var fully_qualified_default = defineRule({
  id: "images/fully-qualified",
  meta: {
    description: "Every image reference names its registry host (docker.io/..., quay.io/..., localhost:5000/...).",
    severity: "error",
    targets: ["values", "manifests", "tripleo"],
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
    targets: ["values", "manifests", "tripleo"],
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
      const { tag, digest } = image.parsed.ref;
      if (digest) continue;
      if (tag === "latest") ctx.report({ span: image.partSpan("tag"), messageId: "latest", data: { image: image.label } });
      else if (tag === null) {
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
    fixable: true,
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
      const fix = verdict.expected && node.kind === "scalar" ? scalarTextEdit(ctx.file.text, node, verdict.expected) : void 0;
      const suggest = verdict.expected && !fix ? [{ messageId: "useExpected", data: { expected: verdict.expected }, fix: { span: node.span, text: verdict.expected } }] : [];
      ctx.report({ node, messageId: verdict.problem, data: { key, value: verdict.value, expected: verdict.expected }, fix, suggest });
    }
  }
});

// rules/images/reference-syntax.ts
var reference_syntax_default = defineRule({
  id: "images/reference-syntax",
  meta: {
    description: "Image references parse under the distribution/reference grammar Kubernetes uses (lowercase repository, valid tag, well-formed digest, length).",
    severity: "error",
    targets: ["values", "manifests", "tripleo"],
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
      const names2 = need.accepted.length > 1 ? `${need.key} (or ${need.accepted.slice(1).join(", or ")})` : need.key;
      return need.by ? `${names2}, needed by ${need.by}` : names2;
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
    targets: ["values", "manifests", "tripleo"],
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
      const { domain, path: path16, tag } = image.parsed.ref;
      return [{ repository: `${domain}/${path16}`, tag, image: image.label, at: ctx.anchor(image.partSpan("tag")) }];
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
      const leaders = [...chartsByTag].filter(([, charts]) => charts.size === most).map(([tag]) => tag);
      for (const { file, pin } of pins) {
        if (leaders.length === 1 && pin.tag === leaders[0]) continue;
        const base = { image: pin.image, repository, tag: pin.tag };
        if (leaders.length === 1) ctx.report({ file, at: pin.at, messageId: "skew", data: { ...base, count: most, common: leaders[0] } });
        else {
          const others = [...chartsByTag.keys()].filter((tag) => tag !== pin.tag).sort().map((tag) => `"${tag}"`).join(", ");
          ctx.report({ file, at: pin.at, messageId: "noMajority", data: { ...base, others } });
        }
      }
    }
  }
});

// rules/kolla/command-required.ts
var command_required_default = defineRule({
  id: "kolla/command-required",
  meta: {
    description: 'A Kolla config.json is an object with a non-empty "command" string, the command the container runs.',
    severity: "error",
    targets: ["kolla", "manifests"],
    messages: {
      notObject: 'This Kolla config is {{type}}, not an object: kolla_set_configs needs an object with a "command" key, and stops (exit 2).',
      missing: 'This Kolla config has no "command" key: kolla_set_configs stops with "Config is missing required "command" key" (exit 1), and the container never starts.',
      notString: '"command" is {{type}}, not a string: kolla_set_configs cannot write it to /run_command, and stops (exit 2).',
      empty: `"command" is empty: the image's start script then runs nothing, and the container exits as soon as it starts.`
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      if (config.root.kind !== "map") {
        ctx.report({ ...config.place(config.root), messageId: "notObject", data: { type: jsonType(config.root) } });
        continue;
      }
      const command = entryOf(config, "command");
      if (!command) {
        ctx.report({ ...config.place(config.root), messageId: "missing" });
        continue;
      }
      const value = command.value;
      if (value.kind !== "scalar" || typeof value.value !== "string") {
        ctx.report({ ...config.place(value), messageId: "notString", data: { type: jsonType(value) } });
      } else if (value.value.trim() === "") {
        ctx.report({ ...config.place(value), messageId: "empty" });
      }
    }
  }
});

// rules/kolla/config-file-keys.ts
var config_file_keys_default = defineRule({
  id: "kolla/config-file-keys",
  meta: {
    description: `A Kolla config's "config_files" is a list of objects whose keys are only those kolla_set_configs accepts (source, dest, owner, perm, optional, preserve_properties, merge).`,
    severity: "error",
    targets: ["kolla", "manifests"],
    messages: {
      notList: '"config_files" is {{type}}, not a list of files to copy: kolla_set_configs cannot read it, and stops (exit 2).',
      notObject: '{{item}} is {{type}}, not an object with "source" and "dest": kolla_set_configs stops (exit 2).',
      unknownKey: '{{item}} has the key "{{key}}", which kolla_set_configs does not accept: the container stops with an unexpected error (exit 2).{{hint}}'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      const list = entryOf(config, "config_files")?.value;
      if (!list) continue;
      if (list.kind !== "seq") {
        if (!(list.kind === "map" && list.entries.length === 0)) {
          ctx.report({ ...config.place(list), messageId: "notList", data: { type: jsonType(list) } });
        }
        continue;
      }
      for (const item of list.items) {
        if (item.kind !== "map") {
          ctx.report({ ...config.place(item), messageId: "notObject", data: { item: shownPath(item), type: jsonType(item) } });
          continue;
        }
        for (const entry of item.entries) {
          if (CONFIG_FILE_KEYS.includes(entry.key)) continue;
          const key = safeName(entry.key);
          const near = key === void 0 ? void 0 : closest(key, CONFIG_FILE_KEYS, 3);
          ctx.report({
            ...config.place(entry.value),
            span: config.approximate ? entry.value.span : entry.keySpan,
            messageId: "unknownKey",
            data: { item: shownPath(item), key: key ?? "<key>", hint: near ? ` Did you mean "${near}"?` : "" }
          });
        }
      }
    }
  }
});

// rules/kolla/config-file-owner-perm.ts
var config_file_owner_perm_default = defineRule({
  id: "kolla/config-file-owner-perm",
  meta: {
    description: 'Every "config_files" item of a Kolla config sets "owner" and "perm", unless it sets "preserve_properties".',
    severity: "error",
    targets: ["kolla", "manifests"],
    messages: {
      missing: '{{item}} has no {{keys}} and no "preserve_properties": kolla_set_configs stops with "Config needs preserve_properties or owner and perm" (exit 1).'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      for (const item of mapItems(config, "config_files")) {
        if (truthy(getEntry(item, "preserve_properties")?.value)) continue;
        const missing = ["owner", "perm"].filter((key) => !getEntry(item, key)).map((key) => `"${key}"`);
        if (missing.length > 0)
          ctx.report({ ...config.place(item), messageId: "missing", data: { item: shownPath(item), keys: missing.join(" or ") } });
      }
    }
  }
});

// rules/kolla/config-file-source-dest.ts
var config_file_source_dest_default = defineRule({
  id: "kolla/config-file-source-dest",
  meta: {
    description: 'Every "config_files" item of a Kolla config names its "source" and its "dest" as strings.',
    severity: "error",
    targets: ["kolla", "manifests"],
    messages: {
      missing: '{{item}} has no {{keys}}: kolla_set_configs stops with "Config is missing required keys" (exit 1).',
      notString: "{{item}}.{{key}} is {{type}}, not a path: kolla_set_configs stops (exit 2)."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      for (const item of mapItems(config, "config_files")) {
        const missing = [];
        for (const key of ["source", "dest"]) {
          const value = getEntry(item, key)?.value;
          if (!value) missing.push(`"${key}"`);
          else if (!isString(value))
            ctx.report({ ...config.place(value), messageId: "notString", data: { item: shownPath(item), key, type: jsonType(value) } });
        }
        if (missing.length > 0)
          ctx.report({ ...config.place(item), messageId: "missing", data: { item: shownPath(item), keys: missing.join(" and ") } });
      }
    }
  }
});
function isString(node) {
  return node.kind === "scalar" && typeof node.value === "string";
}

// rules/kolla/config-strategy.ts
var NAME = "KOLLA_CONFIG_STRATEGY";
var config_strategy_default = defineRule({
  id: "kolla/config-strategy",
  meta: {
    description: `A rendered container that sets ${NAME} sets it to exactly ${CONFIG_STRATEGIES.join(" or ")}.`,
    severity: "error",
    targets: ["manifests"],
    messages: {
      empty: `The {{container}} sets ${NAME} to an empty value: kolla_set_configs stops with "${NAME} is not set properly" (exit 1). Set COPY_ALWAYS or COPY_ONCE.`,
      wrongCase: `The {{container}} sets ${NAME} to "{{value}}", but kolla_set_configs matches it exactly and stops (exit 1): write "{{expected}}".`,
      invalid: `The {{container}} sets ${NAME} to a value kolla_set_configs does not know: it stops with "${NAME} is not set properly" (exit 1). Set COPY_ALWAYS or COPY_ONCE.`
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const container of ctx.containers()) {
      const env = getEntry(container.node, "env")?.value;
      if (env?.kind !== "seq") continue;
      for (const variable of env.items) {
        if (variable.kind !== "map" || scalarString(getEntry(variable, "name")?.value) !== NAME) continue;
        if (getEntry(variable, "valueFrom")) continue;
        const value = getEntry(variable, "value")?.value;
        const raw = value?.kind === "scalar" ? value.value : void 0;
        if (value && raw !== null && typeof raw !== "string") continue;
        const text = typeof raw === "string" ? raw : "";
        const verdict = judgeStrategy(text);
        if (!verdict) continue;
        ctx.report({
          node: value ?? variable,
          messageId: verdict.problem,
          data: { container: container.label, value: text, ...verdict.problem === "wrongCase" ? { expected: verdict.expected } : {} }
        });
      }
    }
  }
});

// rules/kolla/perm-format.ts
var perm_format_default = defineRule({
  id: "kolla/perm-format",
  meta: {
    description: 'Every "perm" of a Kolla config is a 4-digit octal string such as "0600", the only form every Kolla release reads as meant.',
    severity: "error",
    targets: ["kolla", "manifests"],
    messages: {
      notString: '{{where}} is not a string: Kolla reads "perm" as a string, and anything else stops kolla_set_configs (exit 2). Write it quoted, such as "0600".',
      decimal: '{{where}} is "{{value}}": Kolla releases up to 2025.1 read a 3-digit perm as a decimal number, mode {{mode}} here, without any error. Write "{{fixed}}".',
      special: '{{where}} is "{{value}}": Kolla releases up to 2025.1 read a 4-digit perm that does not start with 0 as an invalid number and stop (exit 2); only newer ones take it.',
      prefixed: '{{where}} is "{{value}}": Kolla reads it, but `kolla_set_configs --check` compares the mode with the literal 4-digit string, so it always reports a change. Write "{{fixed}}".',
      notOctal: '{{where}} is not an octal mode Kolla reads ("Invalid permission"). Write a 4-digit octal string such as "0640".'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      for (const list of ["config_files", "permissions"]) {
        for (const item of mapItems(config, list)) {
          const perm = getEntry(item, "perm")?.value;
          if (!perm || perm.kind === "scalar" && (perm.value === null || perm.value === "")) continue;
          const verdict = judgePerm(perm);
          if (!verdict) continue;
          const where = `${shownPath(item)}.perm`;
          const data = "value" in verdict ? { ...verdict, where } : { where };
          ctx.report({
            ...config.place(perm),
            messageId: verdict.problem,
            data,
            // Right on current Kolla, wrong on older releases or for --check only: a risk, not a certain failure.
            ...verdict.problem === "special" || verdict.problem === "prefixed" ? { atMost: "warning" } : {}
          });
        }
      }
    }
  }
});

// rules/kolla/permissions.ts
var permissions_default = defineRule({
  id: "kolla/permissions",
  meta: {
    description: `A Kolla config's "permissions" is a list of objects, each with a "path" and an "owner", and no key Kolla ignores.`,
    severity: "error",
    targets: ["kolla", "manifests"],
    messages: {
      notList: '"permissions" is {{type}}, not a list of {"path", "owner"} objects: kolla_set_configs cannot read it, and stops (exit 2).',
      notObject: '{{item}} is {{type}}, not an object with "path" and "owner": kolla_set_configs stops (exit 2).',
      missing: "{{item}} has no {{keys}}: kolla_set_configs stops with an unexpected error (exit 2).",
      unknownKey: '{{item}} has the key "{{key}}", which Kolla ignores without a word: what it was meant to do does not happen.{{hint}}'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      const list = entryOf(config, "permissions")?.value;
      if (!list) continue;
      if (list.kind !== "seq") {
        if (!(list.kind === "map" && list.entries.length === 0)) {
          ctx.report({ ...config.place(list), messageId: "notList", data: { type: jsonType(list) } });
        }
        continue;
      }
      for (const item of list.items) {
        const data = { item: shownPath(item) };
        if (item.kind !== "map") {
          ctx.report({ ...config.place(item), messageId: "notObject", data: { ...data, type: jsonType(item) } });
          continue;
        }
        const missing = ["path", "owner"].filter((key) => !getEntry(item, key)).map((key) => `"${key}"`);
        if (missing.length > 0) ctx.report({ ...config.place(item), messageId: "missing", data: { ...data, keys: missing.join(" or ") } });
        for (const entry of item.entries) {
          if (PERMISSION_KEYS.includes(entry.key)) continue;
          const key = safeName(entry.key);
          const near = key === void 0 ? void 0 : closest(key, PERMISSION_KEYS, 3);
          ctx.report({
            ...config.place(entry.value),
            span: config.approximate ? entry.value.span : entry.keySpan,
            messageId: "unknownKey",
            data: { ...data, key: key ?? "<key>", hint: near ? ` Did you mean "${near}"?` : "" }
          });
        }
      }
    }
  }
});

// rules/kolla/top-level-keys.ts
var top_level_keys_default = defineRule({
  id: "kolla/top-level-keys",
  meta: {
    description: "A Kolla config has no misspelt top-level key (config_file, permission, commands), which kolla_set_configs would ignore.",
    severity: "error",
    targets: ["kolla", "manifests"],
    messages: {
      nearMiss: 'The config has the key "{{key}}", which kolla_set_configs ignores without a word: did you mean "{{near}}"? As written, {{effect}}.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const config of ctx.kolla().configs) {
      if (config.root.kind !== "map") continue;
      for (const entry of config.root.entries) {
        if (KOLLA_TOP_LEVEL_KEYS.includes(entry.key)) continue;
        const key = safeName(entry.key);
        const near = key === void 0 ? void 0 : closest(key, KOLLA_TOP_LEVEL_KEYS, 2);
        if (!key || !near || getEntry(config.root, near)) continue;
        ctx.report({
          ...config.place(entry.value),
          span: config.approximate ? entry.value.span : entry.keySpan,
          messageId: "nearMiss",
          data: { key, near, effect: EFFECTS2[near] ?? "what it says does not happen" }
        });
      }
    }
  }
});
var EFFECTS2 = {
  command: "the config has no command, and kolla_set_configs stops (exit 1)",
  config_files: "no configuration file is copied, and the service starts with the image defaults",
  permissions: "no ownership or mode is set",
  directories: "no directory is created",
  files: "no file is created"
};

// rules/manifests/deprecated-placement.ts
var deprecated_placement_default = defineRule({
  id: "manifests/deprecated-placement",
  meta: {
    description: "Rendered pods place themselves with the fields Kubernetes reads: no alpha scheduler annotations, no deprecated failure-domain.beta.kubernetes.io labels.",
    severity: "warning",
    targets: ["manifests"],
    messages: {
      alphaTolerations: 'The {{pod}} declares {{tolerations}} only in the annotation "{{annotation}}", which Kubernetes has ignored since 1.6: the pod does not tolerate them. Write them under the pod spec\'s `tolerations:`.',
      alphaTolerationsRepeated: 'The {{pod}} repeats its tolerations in the annotation "{{annotation}}", which Kubernetes has ignored since 1.6; the pod spec\'s `tolerations:` already holds them, so the annotation can go.',
      alphaAffinity: 'The {{pod}} sets the annotation "{{annotation}}", which Kubernetes no longer reads (affinity moved to the pod spec\'s `affinity:` field in 1.6), so the pod is scheduled without it.',
      failureDomain: 'The {{subject}} uses the node label "{{label}}" in its {{where}}; Kubernetes deprecated it in 1.17 for "{{replacement}}", and nodes labelled only with the new name do not match it. Use "{{replacement}}".'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const pod of findPods(ctx.file.documents)) {
      const annotations = pod.metadata?.kind === "map" ? getEntry(pod.metadata, "annotations")?.value : void 0;
      const tolerationsAnnotation = annotations?.kind === "map" ? getEntry(annotations, ALPHA_ANNOTATIONS.tolerations) : void 0;
      if (tolerationsAnnotation) {
        const data = { pod: pod.label, annotation: ALPHA_ANNOTATIONS.tolerations };
        const value = tolerationsAnnotation.value;
        const listed2 = value.kind === "scalar" && typeof value.value === "string" ? annotationTolerations(value.value) : void 0;
        const inSpec = specTolerations(getEntry(pod.spec, "tolerations")?.value);
        const missing = listed2?.filter((t) => !inSpec.some((s) => sameToleration(t, s)));
        const span = tolerationsAnnotation.keySpan;
        if (missing && missing.length === 0 && listed2.length > 0) ctx.report({ span, messageId: "alphaTolerationsRepeated", data });
        else if (!missing || missing.length > 0) {
          const tolerations = missing ? `the tolerations ${missing.map(describeToleration).join(", ")}` : "its tolerations";
          ctx.report({ span, messageId: "alphaTolerations", data: { ...data, tolerations } });
        }
      }
      const affinityAnnotation = annotations?.kind === "map" ? getEntry(annotations, ALPHA_ANNOTATIONS.affinity) : void 0;
      if (affinityAnnotation) {
        ctx.report({
          span: affinityAnnotation.keySpan,
          messageId: "alphaAffinity",
          data: { pod: pod.label, annotation: ALPHA_ANNOTATIONS.affinity }
        });
      }
      for (const use of podSpecLabelUses(pod.spec, pod.label)) ctx.report(labelReport(use));
    }
    for (const use of objectLabelUses(ctx.file.documents)) ctx.report(labelReport(use));
  }
});
function labelReport(use) {
  const { span, label, replacement, where, subject } = use;
  return { span, messageId: "failureDomain", data: { label, replacement, where, subject } };
}

// rules/manifests/hotfix-patch.ts
var hotfix_patch_default = defineRule({
  id: "manifests/hotfix-patch",
  meta: {
    description: 'Hot-fix patches (a chart\'s patches/*.patch, `*-patches` ConfigMaps) start with a "--- a/<path>" header the startup script can read, or it skips them silently.',
    severity: "error",
    targets: ["manifests", "patch"],
    facts: [chartPatchesFact],
    messages: {
      noHeader: '{{patch}} has no "--- " file header, so the startup script finds no file to patch and skips it silently.',
      newFile: '{{patch}} first creates a file ("--- /dev/null"); the startup script applies a patch only when its first file already exists, so it skips this one silently. Put a change to an existing file first.',
      characters: '{{patch}} names "{{path}}" in its first file header, but the startup script keeps only the characters A-Z a-z 0-9 \\ ] ^ _ / . of it and stops at {{character}}: it looks for "{{lookedFor}}" instead, and skips the patch silently when that is not a file.',
      prefix: '{{patch}} names "{{path}}" in its first file header without a one-letter prefix such as "a/"; the startup script drops its first two characters and looks for "{{lookedFor}}", so it skips the patch silently. Write the headers as "--- a/<path>", as git diff does.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const dataOf = (verdict, patch) => ({
      patch,
      path: verdict.path,
      lookedFor: verdict.lookedFor,
      character: verdict.character
    });
    if (ctx.kind === "patch") {
      const verdict = judgeFirstHeader(ctx.file.text);
      if (verdict) ctx.report({ span: verdict.span, messageId: verdict.problem, data: dataOf(verdict, "This patch") });
      return;
    }
    const shipped = ctx.chart ? ctx.fact(chartPatchesFact)[ctx.chart.dir] ?? [] : [];
    for (const { object, entry, value } of findPatchEntries(ctx.file.documents)) {
      if (shipped.includes(entry.key)) continue;
      const verdict = judgeFirstHeader(value.value);
      if (!verdict) continue;
      const span = verdict.problem === "noHeader" ? void 0 : sourceSpanOf(ctx.file.text, value, verdict.span);
      ctx.report({
        span: span ?? entry.keySpan,
        messageId: verdict.problem,
        data: dataOf(verdict, `The patch "${entry.key}" of ${object}`)
      });
    }
  }
});

// rules/manifests/image-empty.ts
function imageSetByTrigger(roots) {
  const set = /* @__PURE__ */ new Set();
  const visit = (object) => {
    if (object?.kind !== "map") return;
    const kind = scalarString(getPath(object, ["kind"]));
    const items2 = getPath(object, ["items"]);
    if (kind === "List" && items2?.kind === "seq") return items2.items.forEach(visit);
    const triggers = getPath(object, ["spec", "triggers"]);
    if (kind !== "DeploymentConfig" || triggers?.kind !== "seq") return;
    const owner = `${kind}/${scalarString(getPath(object, ["metadata", "name"])) ?? "(unnamed)"}`;
    for (const trigger of triggers.items) {
      const names2 = getPath(trigger, ["imageChangeParams", "containerNames"]);
      if (scalarString(getPath(trigger, ["type"])) !== "ImageChange" || names2?.kind !== "seq") continue;
      for (const name of names2.items) set.add(`${owner}
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

// rules/manifests/image-specific-entrypoint.ts
var image_specific_entrypoint_default = defineRule({
  id: "manifests/image-specific-entrypoint",
  meta: {
    description: "A rendered container's command and args do not rely on what only Kolla images carry (kolla_start, kolla_set_configs, extend_start.sh, /var/lib/kolla/config_files).",
    severity: "warning",
    targets: ["manifests"],
    messages: {
      reliesOn: "The {{container}} runs {{what}}, which only Kolla images carry: on a LOCI or distribution image it fails to start. Run a script the chart brings instead, as OpenStack-Helm charts do."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const container of ctx.containers()) {
      const found = [];
      let first;
      for (const key of ["command", "args"]) {
        const value = getEntry(container.node, key)?.value;
        const items2 = value?.kind === "seq" ? value.items : value ? [value] : [];
        for (const item of items2) {
          if (item.kind !== "scalar" || typeof item.value !== "string") continue;
          const names2 = imageSpecificUtilities(item.value).filter((name) => !found.includes(name));
          if (names2.length === 0) continue;
          first ??= item;
          found.push(...names2);
        }
      }
      if (first) ctx.report({ node: first, messageId: "reliesOn", data: { container: container.label, what: listed(found) } });
    }
  }
});
function listed(names2) {
  const quoted = names2.map((name) => `\`${name}\``);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}

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
    defaultOptions: { required: false, empty: true },
    fixable: true
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
      const value = container.pullPolicy.value;
      const fix = verdict.expected && value.kind === "scalar" ? scalarTextEdit(ctx.file.text, value, verdict.expected) : void 0;
      ctx.report({
        span,
        messageId: verdict.problem,
        fix,
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

// rules/manifests/toleration-without-selector.ts
var DEFAULT_TAINTS = ["species=hypervisor:NoSchedule", "species=network:NoSchedule", "species=swift-storage:NoSchedule"];
var toleration_without_selector_default = defineRule({
  id: "manifests/toleration-without-selector",
  meta: {
    description: "A pod that tolerates a dedicated-node taint also selects or requires those nodes, so it does not run anywhere else.",
    severity: "warning",
    targets: ["manifests"],
    messages: {
      unconfined: "The {{pod}} tolerates the dedicated-node taint {{taint}} but neither selects nor requires those nodes (no nodeSelector or required node affinity keeps it there), so it can be scheduled on any node.",
      everyNode: "The {{pod}} tolerates the dedicated-node taint {{taint}} but neither selects nor requires those nodes (no nodeSelector or required node affinity keeps it there), so the DaemonSet runs on every other node too.",
      preferredOnly: "The {{pod}} tolerates the dedicated-node taint {{taint}} and only prefers those nodes (preferredDuringSchedulingIgnoredDuringExecution), so it is still scheduled on other nodes; require them with a nodeSelector or required node affinity."
    },
    options: {
      type: "object",
      additionalProperties: false,
      properties: {
        taints: {
          type: "array",
          items: { type: "string", pattern: "^[^=:\\s]+(=[^:\\s]*)?:(NoSchedule|PreferNoSchedule|NoExecute)$" },
          description: "The taints of dedicated nodes, as `key=value:Effect` (or `key:Effect`)."
        }
      },
      required: []
    },
    defaultOptions: { taints: DEFAULT_TAINTS }
  },
  check(ctx) {
    const taints = ctx.options.taints.map(parseTaint).filter((t) => t !== void 0);
    if (taints.length === 0) return;
    for (const pod of findPods(ctx.file.documents)) {
      const list = getEntry(pod.spec, "tolerations")?.value;
      if (list?.kind !== "seq") continue;
      const tolerated = [];
      let meantForAll = false;
      for (const taint of taints) {
        const verdicts = list.items.map((item) => ({ item, verdict: toleration(item, taint) }));
        if (verdicts.some((v) => v.verdict === "by-key" || v.verdict === void 0)) meantForAll = true;
        const match = verdicts.find((v) => v.verdict === "by-value");
        if (match) tolerated.push({ taint, item: match.item });
      }
      if (meantForAll || tolerated.length === 0 || taints.length > 1 && tolerated.length === taints.length) continue;
      for (const { taint, item } of tolerated) {
        const placed = confinement(pod.spec, taint.key);
        if (placed === "confined") continue;
        const messageId = placed === "preferred" ? "preferredOnly" : pod.kind === "DaemonSet" ? "everyNode" : "unconfined";
        const at = item.kind === "map" ? getEntry(item, "key") : void 0;
        ctx.report({ ...at ? { span: at.keySpan } : { node: item }, messageId, data: { pod: pod.label, taint: taintText(taint) } });
      }
    }
  }
});

// rules/secrets/in-chart-defaults.ts
var REGION_PLACEHOLDER = /DEFINED?[-_]IN[-_]REGION/i;
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
    const inLayout = ctx.placement === "umbrella" || underUmbrella(topology, ctx.chart?.dir) || REGION_PLACEHOLDER.test(ctx.file.text);
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

// rules/secrets/registry-credentials.ts
var WRITTEN_AS_A_HOLE = /^\[[^\]]*\s[^\]]*\]$|(?:\.\.\.|…)$/;
var registry_credentials_default = defineRule({
  id: "secrets/registry-credentials",
  meta: {
    description: "A registry password written into a TripleO environment file (ContainerImageRegistryCredentials): whoever can read the repository can pull, or push, with it.",
    severity: "error",
    targets: ["tripleo"],
    messages: {
      literal: 'The password for registry "{{registry}}" is {{what}} written into the environment file; keep the credentials in a file outside the repository (or a vault) and pass it with -e at deploy time.',
      knownDefault: 'The password for registry "{{registry}}" is {{what}}: a registry that accepts it accepts anyone. Set a real password, kept outside the repository.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const secrets = ctx.secrets();
    for (const { registry, pair } of credentialItems(ctx.tripleo())) {
      const password = pair?.value;
      if (password?.kind !== "scalar") continue;
      if (typeof password.value === "string" && WRITTEN_AS_A_HOLE.test(password.value.trim())) continue;
      const verdict = secrets.classify(["password"], password.value);
      if (!verdict.sensitive) continue;
      ctx.report({
        node: password,
        path: credentialPath(registry.key),
        messageId: verdict.knownDefault ? "knownDefault" : "literal",
        data: { registry: registry.key, what: verdict.description }
      });
    }
  }
});

// rules/tripleo/credentials.ts
var DEFAULT_REGISTRIES = [
  "quay.io",
  "quay.rdoproject.org",
  "docker.io",
  "registry-1.docker.io",
  "registry.redhat.io",
  "registry.access.redhat.com",
  "registry.connect.redhat.com"
];
function registriesOf(file) {
  const hosts = /* @__PURE__ */ new Set();
  const local = file.parameterDefaults ? pyOf(file, getEntry(file.parameterDefaults, "LocalContainerRegistry")?.value) : void 0;
  if (local?.kind === "str" && local.str) hosts.add(`${local.str}:8787`);
  for (const param of file.params) {
    for (const entry of param.entries) {
      for (const family of FAMILIES) {
        const value = pyOf(file, entry.set ? getEntry(entry.set, family.namespace)?.value : void 0);
        if (value?.kind === "str" && value.str) hosts.add(registryOf(value.str));
      }
      for (const key of ["push_destination", "pull_source"]) {
        const value = pyOf(file, entry.key(key)?.value);
        if (value?.kind === "str" && value.str) hosts.add(registryOf(value.str.replace(/\/$/, "")));
      }
    }
  }
  return hosts;
}
var credentials_default = defineRule({
  id: "tripleo/credentials",
  meta: {
    description: "ContainerImageRegistryCredentials has the shape TripleO accepts ({registry: {username: password}}, one pair of strings each) and keys that name a registry its entries use.",
    severity: "error",
    targets: ["tripleo"],
    messages: {
      notMapping: 'ContainerImageRegistryCredentials{{where}} is {{what}}, not a mapping: the prepare fails ("Credentials data must be a dict").',
      notOnePair: 'The credentials for "{{registry}}" hold {{count}}: TripleO takes exactly one username and password pair per registry, and the prepare fails otherwise.',
      notString: 'The {{part}} for "{{registry}}" is {{what}}, not a string: the prepare fails ("Username and password must be strings"); quote it.',
      notHost: `"{{registry}}" is not a registry host: TripleO looks credentials up by the image's host ("quay.io", "192.0.2.1:8787") exactly, so these are never used.`,
      unmatched: `"{{registry}}" is no registry this file's entries pull from or push to ({{hosts}}): TripleO looks credentials up by the exact host, so these are never used.`
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const file = ctx.tripleo();
    const credentials = file.credentials;
    if (!credentials) return;
    const value = credentials.value;
    if (value.kind !== "map") {
      if (value.kind === "scalar" && file.py(value).kind === "null") return;
      ctx.report({ node: value, messageId: "notMapping", data: { where: "", what: describeNode(file, value) } });
      return;
    }
    const hosts = file.params.some((param) => param.entries.length > 0) ? registriesOf(file) : void 0;
    for (const { registry, pair } of credentialItems(file)) {
      const path16 = credentialPath(registry.key);
      const name = registry.key;
      if (registry.value.kind !== "map") {
        ctx.report({
          node: registry.value,
          path: path16,
          messageId: "notMapping",
          data: { where: ` "${name}"`, what: describeNode(file, registry.value) }
        });
        continue;
      }
      if (!pair) {
        const count2 = registry.value.entries.length;
        ctx.report({
          span: registry.keySpan,
          path: path16,
          messageId: "notOnePair",
          data: { registry: name, count: count2 === 0 ? "none" : `${count2} pairs` }
        });
      } else {
        const keyText = ctx.file.text.slice(pair.keySpan.start, pair.keySpan.end);
        const userKind = /^["']/.test(keyText) ? "str" : pyOf(file, { kind: "scalar", value: pair.key, style: "plain", span: pair.keySpan, parent: void 0, segment: void 0 })?.kind;
        if (userKind !== "str")
          ctx.report({
            span: pair.keySpan,
            path: path16,
            messageId: "notString",
            data: { part: "username", registry: name, what: userKind === "null" ? "null" : "not a string" }
          });
        const password = pair.value;
        const passwordKind = password.kind === "scalar" ? file.py(password).kind : void 0;
        if (passwordKind !== "str")
          ctx.report({
            span: password.span,
            path: path16,
            messageId: "notString",
            data: { part: "password", registry: name, what: describeNode(file, password) }
          });
      }
      if (/[/\s]|^[a-z][a-z0-9+.-]*:\/\//i.test(name)) {
        ctx.report({ span: registry.keySpan, path: path16, messageId: "notHost", data: { registry: name } });
        continue;
      }
      if (hosts && !hosts.has(name) && !DEFAULT_REGISTRIES.includes(name))
        ctx.report({
          span: registry.keySpan,
          path: path16,
          messageId: "unmatched",
          data: { registry: name, hosts: [...hosts].sort().join(", ") || "none" }
        });
    }
  }
});

// rules/tripleo/includes-with-excludes.ts
var includes_with_excludes_default = defineRule({
  id: "tripleo/includes-with-excludes",
  meta: {
    description: "includes and excludes in one ContainerImagePrepare entry: with a non-empty includes, TripleO ignores excludes entirely.",
    severity: "warning",
    targets: ["tripleo"],
    messages: {
      ignored: "excludes of {{entry}} is ignored because the entry has includes: only the includes patterns select its images. Move the excludes to an entry of their own, or narrow the includes."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    for (const param of ctx.tripleo().params) {
      for (const entry of param.entries) {
        const includes = entry.key("includes")?.value;
        const excludes = entry.key("excludes");
        const nonEmpty = (node) => node !== void 0 && (node.kind === "seq" ? node.items.length > 0 : node.kind === "scalar" && node.value !== null && node.value !== "");
        if (!excludes || !nonEmpty(includes) || !nonEmpty(excludes.value)) continue;
        ctx.report({ span: excludes.keySpan, messageId: "ignored", data: { entry: entry.label } });
      }
    }
  }
});

// rules/tripleo/key-type.ts
var STRING_KEYS = ["tag_from_label", "modify_role", "modify_append_tag", "pull_source"];
var PATTERN_KEYS = ["includes", "excludes"];
var LIST_KEYS = ["modify_only_with_labels", "modify_only_with_source"];
var HOST_PORT = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:]+\])(?::\d+)?(?:\/\S*)?$/;
var SWITCH_WORDS = /^(?:true|false|yes|no|on|off)$/i;
var key_type_default = defineRule({
  id: "tripleo/key-type",
  meta: {
    description: 'ContainerImagePrepare and its keys have the types TripleO reads: a list of entries, includes/excludes lists of valid regular expressions, push_destination true or "host[:port]", modify_vars and set mappings, string names and tags.',
    severity: "error",
    targets: ["tripleo"],
    messages: {
      notList: "{{param}} is {{what}}, not a list of entries: TripleO iterates it entry by entry and fails.",
      notMapping: '"{{key}}" of {{entry}} is {{what}}, not a mapping.',
      stringPatterns: '"{{key}}" of {{entry}} is a string, not a list: TripleO iterates it character by character, so every character becomes a pattern of its own. Write it as a list.',
      notStringItem: 'Item {{item}} of "{{key}}" in {{entry}} is {{what}}, not a string.',
      invalidPattern: 'Pattern {{item}} of "{{key}}" in {{entry}} is not a valid regular expression ({{problem}}): the prepare fails.',
      pushDestination: 'push_destination of {{entry}} is {{what}}: TripleO takes true (the undercloud registry) or a registry "host[:port]", and writes any other string in front of every image name.',
      quotedSwitch: 'push_destination of {{entry}} is the quoted string "{{word}}", which TripleO takes as a registry host named "{{word}}"; write it unquoted for a boolean.',
      notString: '"{{key}}" of {{entry}} is {{what}}, not a string.',
      quotedBoolean: '"set.{{key}}" of {{entry}} is the quoted string "{{word}}", which the image template reads as true (a non-empty string); write it unquoted for a boolean.',
      unknownSource: 'Item {{item}} of "modify_only_with_source" in {{entry}} is not an image source ({{known}}), so it selects no image to modify.'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const file = ctx.tripleo();
    const describe2 = (node) => describeNode(file, node);
    for (const param of file.params) {
      const list = param.entry.value;
      const empty = list.kind === "scalar" && !file.py(list).truthy;
      if (list.kind !== "seq" && !empty) {
        ctx.report({ node: list, messageId: "notList", data: { param: param.name, what: describe2(list) } });
        continue;
      }
      if (list.kind === "seq") {
        list.items.forEach((item, index) => {
          if (item.kind !== "map")
            ctx.report({
              node: item,
              messageId: "notMapping",
              data: { key: `${param.name}[${index}]`, entry: param.name, what: describe2(item) }
            });
        });
      }
      for (const entry of param.entries) checkEntry(ctx, file, entry, describe2);
    }
  }
});
function checkEntry(ctx, file, entry, describe2) {
  const data = (key, node) => ({ key, entry: entry.label, what: describe2(node) });
  for (const key of ["set", "modify_vars"]) {
    const node = entry.key(key)?.value;
    if (node && node.kind !== "map" && !(node.kind === "scalar" && file.py(node).kind === "null"))
      ctx.report({ node, messageId: "notMapping", data: data(key, node) });
  }
  for (const key of STRING_KEYS) {
    const node = entry.key(key)?.value;
    if (node && (node.kind !== "scalar" || !["str", "null"].includes(file.py(node).kind)))
      ctx.report({ node, messageId: "notString", data: data(key, node) });
  }
  for (const key of [...PATTERN_KEYS, ...LIST_KEYS]) {
    const node = entry.key(key)?.value;
    if (!node) continue;
    if (node.kind === "scalar") {
      const py = file.py(node);
      if (py.kind === "str" && py.truthy) ctx.report({ node, messageId: "stringPatterns", data: data(key, node) });
      else if (py.truthy) ctx.report({ node, messageId: "notStringItem", data: { ...data(key, node), item: 1 } });
      continue;
    }
    if (node.kind !== "seq") {
      ctx.report({ node, messageId: "stringPatterns", data: data(key, node) });
      continue;
    }
    node.items.forEach((item, index) => {
      const py = item.kind === "scalar" ? file.py(item) : void 0;
      if (py?.kind !== "str" || py.str === void 0) {
        ctx.report({ node: item, messageId: "notStringItem", data: { ...data(key, item), item: index + 1 } });
        return;
      }
      if (PATTERN_KEYS.includes(key)) {
        const problem = pythonRegexProblem(py.str);
        if (problem) ctx.report({ node: item, messageId: "invalidPattern", data: { key, entry: entry.label, item: index + 1, problem } });
      } else if (key === "modify_only_with_source" && !IMAGE_SOURCES.includes(py.str)) {
        ctx.report({
          node: item,
          messageId: "unknownSource",
          data: { entry: entry.label, item: index + 1, known: IMAGE_SOURCES.join(", ") }
        });
      }
    });
  }
  const push = entry.key("push_destination")?.value;
  if (push) {
    const py = push.kind === "scalar" ? file.py(push) : void 0;
    if (py?.kind === "str" && py.str !== void 0 && push.kind === "scalar" && push.style !== "plain" && SWITCH_WORDS.test(py.str))
      ctx.report({ node: push, messageId: "quotedSwitch", data: { entry: entry.label, word: py.str } });
    else if (py?.kind === "str" && py.str !== void 0 && py.truthy && !HOST_PORT.test(py.str))
      ctx.report({ node: push, messageId: "pushDestination", data: { entry: entry.label, what: 'not a registry "host[:port]"' } });
    else if (!py || py.kind === "int" || py.kind === "float")
      ctx.report({ node: push, messageId: "pushDestination", data: { entry: entry.label, what: describe2(push) } });
  }
  for (const item of entry.set?.entries ?? []) {
    if ((item.key === "ceph_images" || item.key === "rhel_containers") && item.value.kind === "scalar") {
      const py = file.py(item.value);
      if (py.kind === "str" && py.str !== void 0 && /^(?:false|no|off)$/i.test(py.str))
        ctx.report({ node: item.value, messageId: "quotedBoolean", data: { key: item.key, entry: entry.label, word: py.str } });
      continue;
    }
    if ((item.key === "tag" || item.key.endsWith("_tag")) && item.value.kind !== "scalar") {
      ctx.report({
        node: item.value,
        messageId: "notString",
        data: { key: `set.${item.key}`, entry: entry.label, what: describe2(item.value) }
      });
      continue;
    }
    const isName = ["namespace", "name_prefix", "name_suffix"].includes(item.key) || FAMILY_KEY.test(item.key) && /_(?:namespace|image)$/.test(item.key);
    if (!isName) continue;
    const node = item.value;
    if (node.kind !== "scalar" || !["str", "null"].includes(file.py(node).kind))
      ctx.report({ node, messageId: "notString", data: { key: `set.${item.key}`, entry: entry.label, what: describe2(node) } });
  }
}

// rules/tripleo/label-template.ts
var label_template_default = defineRule({
  id: "tripleo/label-template",
  meta: {
    description: `A tag_from_label template ("{version}-{release}") that Python's str.format cannot fill from the image labels.`,
    severity: "error",
    targets: ["tripleo"],
    messages: {
      malformed: "tag_from_label of {{entry}} is not a valid template ({{reason}}): the prepare fails with a ValueError.",
      positional: 'tag_from_label of {{entry}} has the field {{field}}, which names no label: labels fill fields by name ("{version}"), so the prepare fails.',
      attribute: "tag_from_label of {{entry}} has the field {{field}}, which reads an attribute of a label's text: the prepare fails."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const file = ctx.tripleo();
    for (const param of file.params) {
      for (const entry of param.entries) {
        const node = entry.key("tag_from_label")?.value;
        if (node?.kind !== "scalar") continue;
        const py = file.py(node);
        if (py.kind !== "str" || py.str === void 0 || !py.str.includes("{")) continue;
        const problem = labelTemplateProblem(py.str);
        if (!problem) continue;
        if (problem.kind === "malformed")
          ctx.report({ node, messageId: "malformed", data: { entry: entry.label, reason: problem.reason } });
        else ctx.report({ node, messageId: problem.kind, data: { entry: entry.label, field: problem.field } });
      }
    }
  }
});

// rules/tripleo/modify-without-push.ts
var modify_without_push_default = defineRule({
  id: "tripleo/modify-without-push",
  meta: {
    description: "modify_role without push_destination: the modified images go to the undercloud registry, but the parameters keep naming the original registry with the modified tag, an image that does not exist.",
    severity: "error",
    targets: ["tripleo"],
    messages: {
      noPush: "{{entry}} modifies its images (modify_role) but sets no push_destination: the parameters will name the images at their original registry with the modified tag, which exists nowhere. Set push_destination (true for the undercloud registry)."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const file = ctx.tripleo();
    for (const param of file.params) {
      for (const entry of param.entries) {
        const role = entry.key("modify_role");
        if (!role || !(pyOf(file, role.value)?.truthy ?? true)) continue;
        const push = entry.key("push_destination")?.value;
        if (push && (pyOf(file, push)?.truthy ?? true)) continue;
        ctx.report({ span: role.keySpan, messageId: "noPush", data: { entry: entry.label } });
      }
    }
  }
});

// rules/tripleo/multi-arch.ts
var multi_arch_default = defineRule({
  id: "tripleo/multi-arch",
  meta: {
    description: "With AdditionalArchitectures set in the file: a modify_role entry that would prepare multi-arch images (the prepare fails), and an entry whose multi_arch key turns multi-arch off for it and every later entry.",
    severity: "error",
    targets: ["tripleo"],
    messages: {
      modifyRole: '{{entry}} runs modify_role on multi-arch images (AdditionalArchitectures is set): the prepare fails with "Cannot run a modify role on multi-arch image".',
      entryKey: "The multi_arch key of {{entry}} turns multi-arch preparation off for this entry and every later one, whatever its value: TripleO only checks that the key is there."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const file = ctx.tripleo();
    const architectures = file.parameterDefaults ? getEntry(file.parameterDefaults, "AdditionalArchitectures")?.value : void 0;
    if (architectures?.kind !== "seq" || architectures.items.length === 0) return;
    const main = file.params.find((param) => param.name === "ContainerImagePrepare");
    let multiArch = true;
    for (const entry of main?.entries ?? []) {
      const key = entry.key("multi_arch");
      if (key) {
        if (multiArch) ctx.report({ span: key.keySpan, messageId: "entryKey", data: { entry: entry.label }, atMost: "warning" });
        multiArch = false;
      }
      const role = entry.key("modify_role");
      if (multiArch && role && (pyOf(file, role.value)?.truthy ?? true))
        ctx.report({ span: role.keySpan, messageId: "modifyRole", data: { entry: entry.label } });
    }
  }
});

// rules/tripleo/shadowed-entry.ts
function patterns(file, entry, key) {
  const node = entry.key(key)?.value;
  if (!node || node.kind === "scalar" && !file.py(node).truthy) return [];
  if (node.kind !== "seq") return void 0;
  const found = [];
  for (const item of node.items) {
    const py = item.kind === "scalar" ? file.py(item) : void 0;
    if (py?.kind !== "str" || py.str === void 0) return void 0;
    found.push(py.str);
  }
  return found;
}
function switches(file, entry) {
  const values = [];
  for (const key of TEMPLATE_SWITCHES) {
    const node = entry.set ? getEntry(entry.set, key)?.value : void 0;
    if (node && node.kind !== "scalar") return void 0;
    values.push(node ? `${file.py(node).kind}:${file.py(node).str}` : "");
  }
  return values.join("\0");
}
function covers2(later, earlier) {
  if (later.includes.length > 0)
    return earlier.includes.length > 0 && earlier.includes.every((pattern) => later.includes.includes(pattern));
  if (later.excludes.length === 0) return true;
  return earlier.includes.length === 0 && later.excludes.every((pattern) => earlier.excludes.includes(pattern));
}
var shadowed_entry_default = defineRule({
  id: "tripleo/shadowed-entry",
  meta: {
    description: "A ContainerImagePrepare entry whose every image a later entry selects again: later entries override earlier ones, so it sets no parameter.",
    severity: "warning",
    targets: ["tripleo"],
    messages: {
      shadowed: "{{entry}} sets no image parameter: {{later}} selects every image it selects, and later entries override earlier ones. Remove it, or narrow {{later}} with includes or excludes."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const file = ctx.tripleo();
    for (const param of file.params) {
      const read = param.entries.map((entry) => {
        const includes = patterns(file, entry, "includes");
        const excludes = patterns(file, entry, "excludes");
        const known = includes && excludes && switches(file, entry) !== void 0;
        return known ? { entry, includes, excludes, switches: switches(file, entry) } : void 0;
      });
      read.forEach((earlier, i) => {
        if (!earlier) return;
        const later = read.slice(i + 1).find((candidate) => candidate && candidate.switches === earlier.switches && covers2(candidate, earlier));
        if (!later) return;
        const at = earlier.entry.node.entries[0];
        ctx.report({
          span: at ? at.keySpan : earlier.entry.node.span,
          messageId: "shadowed",
          data: { entry: earlier.entry.label, later: later.entry.label }
        });
      });
    }
  }
});

// rules/tripleo/tag-from-label-ignored.ts
var tag_from_label_ignored_default = defineRule({
  id: "tripleo/tag-from-label-ignored",
  meta: {
    description: "tag_from_label beside a `set.tag`: TripleO then ignores tag_from_label and every image gets the set tag.",
    severity: "warning",
    targets: ["tripleo"],
    messages: {
      ignored: "tag_from_label of {{entry}} is ignored because set.tag is set: every image of the entry gets that tag instead of one read from its labels. Remove set.tag to resolve tags from the label, or remove tag_from_label."
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const file = ctx.tripleo();
    for (const param of file.params) {
      for (const entry of param.entries) {
        const label = entry.key("tag_from_label");
        if (!label || !entry.set || !getEntry(entry.set, "tag") || !setsTag(file, entry)) continue;
        ctx.report({ span: label.keySpan, messageId: "ignored", data: { entry: entry.label } });
      }
    }
  }
});

// rules/tripleo/unknown-key.ts
var unknown_key_default = defineRule({
  id: "tripleo/unknown-key",
  meta: {
    description: "A ContainerImagePrepare entry or its `set` has a key TripleO does not read (a typo such as push_destionation): it is silently ignored.",
    severity: "error",
    targets: ["tripleo"],
    messages: {
      entryKey: 'Key "{{key}}" of {{entry}} is not one TripleO reads, so it is ignored.{{hint}}',
      setKey: 'Key "{{key}}" of {{entry}}.set is not one the image templates read, so it is ignored.{{hint}}'
    },
    ...NO_OPTIONS
  },
  check(ctx) {
    const hint = (key, known) => {
      const near = closest(key, known, Math.max(2, Math.floor(key.length / 4)));
      return near ? ` Did you mean "${near}"?` : "";
    };
    for (const param of ctx.tripleo().params) {
      for (const entry of param.entries) {
        for (const item of entry.node.entries) {
          if (ENTRY_KEYS.includes(item.key)) continue;
          ctx.report({
            span: item.keySpan,
            messageId: "entryKey",
            data: { key: item.key, entry: entry.label, hint: hint(item.key, ENTRY_KEYS) }
          });
        }
        for (const item of entry.set?.entries ?? []) {
          if (SET_KEYS.includes(item.key)) continue;
          const near = hint(item.key, SET_KEYS);
          if (FAMILY_KEY.test(item.key) && !near) continue;
          ctx.report({ span: item.keySpan, messageId: "setKey", data: { key: item.key, entry: entry.label, hint: near } });
        }
      }
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
  NESTING_LIMIT: "unreadable",
  JSON_SYNTAX: "jsonSyntax"
};
var syntax_default = defineRule({
  id: "yaml/syntax",
  meta: {
    description: "The file is readable YAML (a Kolla config.json, JSON): no syntax errors, duplicate keys, tab indentation, alias bombs, binary or oversized content.",
    severity: "error",
    targets: ["values", "chart-metadata", "manifests", "kolla", "tripleo", "patch"],
    messages: {
      syntax: "YAML syntax error: {{problem}}.",
      jsonSyntax: 'JSON syntax error, so kolla_set_configs stops with "Invalid json file" (exit 1): {{problem}}.',
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
    const embedded = ctx.kind === "manifests" ? ctx.kolla().problems : [];
    for (const problem of [...documents.flatMap((d) => d.problems), ...embedded]) {
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
  dead_component_default,
  dependency_cycle_default,
  dependency_keys_default,
  disabled_job_default,
  env_command_default,
  env_container_default,
  env_ignored_default,
  env_json_default,
  env_list_syntax_default,
  env_namespace_default,
  env_required_default,
  jobs_shape_default,
  rbac_default,
  service_account_token_default,
  service_endpoint_default,
  unresolved_dependency_default,
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
  command_required_default,
  config_file_keys_default,
  config_file_owner_perm_default,
  config_file_source_dest_default,
  config_strategy_default,
  perm_format_default,
  permissions_default,
  top_level_keys_default,
  deprecated_placement_default,
  hotfix_patch_default,
  image_empty_default,
  image_specific_entrypoint_default,
  pull_policy_default2,
  render_failed_default,
  toleration_without_selector_default,
  in_chart_defaults_default,
  in_shared_globals_default,
  literal_in_manifest_default,
  placeholder_unresolved_default,
  region_scope_default,
  registry_credentials_default,
  credentials_default,
  includes_with_excludes_default,
  key_type_default,
  label_template_default,
  modify_without_push_default,
  multi_arch_default,
  shadowed_entry_default,
  tag_from_label_ignored_default,
  unknown_key_default,
  global_scope_default,
  syntax_default
].sort((a, b) => a.id.localeCompare(b.id));

export {
  isDeploymentRule,
  parseDirectives,
  applyDirectives,
  coverSuppresses,
  templateFile,
  rendersFact,
  forEachLeaf,
  standaloneConfig,
  embeddedConfig,
  findContainers,
  chartPatchFiles,
  FAMILIES,
  readTripleoFile,
  pyOf,
  resolvesTagFromLabel,
  allRules
};
