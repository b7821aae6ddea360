import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  discoverCharts
} from "./chunk-JRETDTRM.js";
import {
  assignFingerprints,
  mergeSameProblem,
  sortDiagnostics
} from "./chunk-4WWNNRYQ.js";
import {
  FILE_TYPES,
  STDIN_PATH,
  Scrubber,
  collectContainerImages,
  collectingConfig,
  fileScrubber,
  formatMessage,
  lintSourceFile,
  loadFile,
  locate,
  manifestPaths,
  parseFile,
  redactQuoted,
  regionOf,
  relativePath,
  runFileRules,
  scrubFindings
} from "./chunk-MAZRHRX7.js";
import {
  loadConfig
} from "./chunk-6N42ZVYK.js";
import "./chunk-IP4BP2MU.js";
import {
  allRules,
  coverSuppresses,
  findContainers,
  forEachLeaf,
  isDeploymentRule,
  rendersFact,
  templateFile
} from "./chunk-WPM34UCD.js";
import {
  PRIVATE_FILE_MODE,
  SecretClassifier,
  collectImages,
  defaultCacheDir,
  imagesContextOf,
  namesRegistryHost,
  parseNormalizedReference,
  privateDir,
  topologyFact
} from "./chunk-UI2GMOTG.js";
import {
  statKind
} from "./chunk-B6XQKK7L.js";
import {
  namespaceFact
} from "./chunk-42C2RQSY.js";
import "./chunk-6ZEC5CHF.js";
import "./chunk-RAUX2H2J.js";
import {
  parseYamlValues
} from "./chunk-YWTYFYTE.js";
import {
  readRegularFile,
  readStreamText,
  readTextFile,
  readTextOrUndefined
} from "./chunk-5IVMD4BG.js";
import {
  LineIndex,
  scalarSubSpan
} from "./chunk-I66P5KS3.js";
import "./chunk-JV4EHBS5.js";
import {
  VERSION
} from "./chunk-ZS2WGVDX.js";
import "./chunk-GUD4XOZF.js";
import {
  UsageError
} from "./chunk-QKXT3NSU.js";
import "./chunk-FUMSRPZC.js";

// src/lint.ts
import { existsSync as existsSync2 } from "node:fs";
import { fileURLToPath } from "node:url";

// src/engine/lint.ts
import path4 from "node:path";

// src/facts/index.ts
import { createHash } from "node:crypto";
var CORE_FACTS = [topologyFact, rendersFact];
async function buildFacts(wanted, input) {
  const values = {};
  const read = (fact) => {
    if (!(fact.id in values)) throw new Error(`fact "${fact.id}" read before it was built`);
    return values[fact.id];
  };
  const build = async (fact, path5) => {
    if (fact.id in values) return;
    if (path5.includes(fact.id)) throw new Error(`facts need each other in a circle: ${[...path5, fact.id].join(" -> ")}`);
    for (const need of fact.needs ?? []) await build(need, [...path5, fact.id]);
    values[fact.id] = await fact.build(input, read);
  };
  for (const fact of wanted) await build(fact, []);
  return values;
}
function hashFacts(values) {
  const digest = createHash("sha256");
  for (const id of Object.keys(values).sort()) digest.update(`${id}\0${JSON.stringify(values[id])}\0`);
  return digest.digest("hex");
}

// src/secrets/values-scrubber.ts
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
async function scrubberForValues(sources, settings, limits) {
  const classifier = new SecretClassifier(settings);
  const scrubber = new Scrubber((key) => classifier.isSensitiveKey(key), { isPublic: (text) => classifier.isPublic(text) });
  for (const file of valuesFilesOf(sources)) {
    const read = readTextFile(file, limits);
    if (!read.ok) continue;
    const document = await parseYamlValues(read.text, limits);
    if (document.root) forEachLeaf(document.root, (leafPath, leaf) => scrubber.consider(leafPath, leaf.value));
    else considerLines(read.text, scrubber);
  }
  for (const argument of sources.set) {
    for (const pair of splitUnescaped(argument, ",")) {
      const equals = pair.indexOf("=");
      if (equals === -1) continue;
      const value = pair.slice(equals + 1).replace(/\\(.)/g, "$1");
      scrubber.consider(pair.slice(0, equals).split("."), value);
      for (const item of value.replace(/^\{|\}$/g, "").split(",")) scrubber.consider(pair.slice(0, equals).split("."), item);
    }
  }
  return scrubber;
}
function valuesFilesOf(sources) {
  const files = /* @__PURE__ */ new Set();
  for (const dir of sources.chartDirs) {
    files.add(path.join(dir, "values.yaml"));
    const charts = path.join(dir, "charts");
    if (!existsSync(charts)) continue;
    try {
      for (const entry of readdirSync(charts, { withFileTypes: true })) {
        if (entry.isDirectory()) files.add(path.join(charts, entry.name, "values.yaml"));
      }
    } catch {
    }
  }
  for (const file of sources.valuesFiles) files.add(file);
  return [...files].filter((file) => existsSync(file));
}
function considerLines(text, scrubber) {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const match = /^\s*-?\s*["']?([^\s"':]+)["']?\s*:\s+(.+?)\s*$/.exec(line);
    if (match) scrubber.consider([match[1]], match[2].replace(/^(["'])(.*)\1$/, "$2"));
  }
}
function splitUnescaped(text, separator) {
  const parts = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\\" && i + 1 < text.length) {
      current += text[i] + text[i + 1];
      i++;
    } else if (text[i] === separator) {
      parts.push(current);
      current = "";
    } else current += text[i];
  }
  parts.push(current);
  return parts;
}

// src/engine/deployment.ts
function runDeploymentRules(results, targets, run) {
  const diagnostics = [];
  const suppressed = [];
  const internalErrors = [];
  const suppression = new SuppressionState(results);
  const ordered = [...results].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const rule of run.rules) {
    if (!isDeploymentRule(rule)) continue;
    const baseSetting = run.config.settingsFor(run.cwd, void 0).get(rule.id);
    const summaries = ordered.flatMap((result) => {
      if (!(rule.id in result.summaries)) return [];
      const target = targets.get(result.path);
      return [{ file: result.path, chart: target?.chart?.dir, role: target?.role ?? "override", summary: result.summaries[rule.id] }];
    });
    if (summaries.length === 0) continue;
    const report = (descriptor) => {
      const setting = run.config.settingsFor(descriptor.file, targets.get(descriptor.file)?.chart).get(rule.id);
      if (!setting || setting.severity === "off") return;
      const template = rule.meta.messages[descriptor.messageId];
      if (template === void 0) throw new Error(`rule ${rule.id} reported the unknown message id "${descriptor.messageId}"`);
      const { region, path: path5 } = descriptor.at;
      const file = descriptor.at.file ?? descriptor.file;
      const diagnostic = {
        file: relativePath(run.cwd, file),
        ...region,
        ruleId: rule.id,
        severity: setting.severity,
        message: formatMessage(template, descriptor.data ?? {}),
        messageId: descriptor.messageId,
        ...path5 ? { path: path5 } : {}
      };
      const covering = suppression.suppresses(file, rule.id, region.line);
      if (covering.length > 0) suppressed.push({ ...diagnostic, suppressions: covering });
      else diagnostics.push(diagnostic);
    };
    try {
      rule.check({
        options: baseSetting?.options ?? rule.meta.defaultOptions,
        fact: (fact) => run.facts[fact.id],
        summaries,
        report
      });
    } catch (error) {
      internalErrors.push(`rule ${rule.id} failed: ${error.message}`);
    }
  }
  return { diagnostics, suppressed, internalErrors, withdrawn: suppression.withdrawn };
}
var SuppressionState = class {
  /** File findings to drop: unused-disable findings of comments that deployment findings used. */
  withdrawn = /* @__PURE__ */ new Set();
  byPath;
  used = /* @__PURE__ */ new Set();
  constructor(results) {
    this.byPath = new Map(results.map((result) => [result.path, result]));
  }
  /** The comments that suppress this finding (each once); none when it is kept. */
  suppresses(file, ruleId, line) {
    const result = this.byPath.get(file);
    if (!result) return [];
    const covering = result.covers.filter((cover) => coverSuppresses(cover, ruleId, line));
    const by = /* @__PURE__ */ new Map();
    for (const cover of covering) {
      by.set(`${cover.line}:${cover.column}`, cover.suppression);
      if (cover.used || this.used.has(cover)) continue;
      this.used.add(cover);
      for (const d of result.diagnostics) if (reportsUnused(d, cover)) this.withdrawn.add(d);
    }
    return [...by.values()].map((s) => structuredClone(s));
  }
};
function reportsUnused(d, cover) {
  if (d.ruleId !== "chartlint/unused-disable" || d.line !== cover.line || d.column !== cover.column) return false;
  return cover.rule === void 0 ? d.messageId === "unusedAll" : d.messageId === "unused" && d.message.includes(`"${cover.rule}"`);
}

// src/engine/fixes.ts
var MAX_PASSES = 10;
function applyEditList(text, edits) {
  const ordered = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = "";
  let at = 0;
  const applied = [];
  for (const edit of ordered) {
    const [start, end] = edit.range;
    if (start < at || end > text.length || start > end) continue;
    output += text.slice(at, start) + edit.text;
    at = end;
    applied.push(edit);
  }
  return { output: output + text.slice(at), applied };
}
async function fixFile(target, text, first, env, config, cwd) {
  let output = text;
  let result = first;
  let passes = 0;
  let file;
  let shape;
  const byRule = {};
  while (passes < MAX_PASSES) {
    const edits = result.diagnostics.flatMap((d) => d.fix ? [{ ...d.fix, ruleId: d.ruleId }] : []);
    if (edits.length === 0) break;
    const next = applyEditList(output, edits);
    if (next.applied.length === 0 || next.output === output) break;
    const parsed = await parseFile(target, next.output, config);
    shape ??= shapeOf(await parseFile(target, text, config));
    if (shapeOf(parsed) !== shape) break;
    for (const edit of next.applied) byRule[edit.ruleId] = (byRule[edit.ruleId] ?? 0) + 1;
    output = next.output;
    passes++;
    file = parsed;
    result = lintSourceFile(file, env, config, cwd);
  }
  return passes === 0 || !file ? void 0 : { output, result, passes, byRule, file };
}
function shapeOf(file) {
  return file.documents.map((d) => d.problems.map((p) => p.code).join(",")).join("|") + `#${file.documents.length}`;
}
function lineRedactor(files, secrets) {
  const scrubber = new Scrubber((key) => secrets.isSensitiveKey(key), { isPublic: (value) => secrets.isPublic(value) });
  for (const file of files) {
    for (const document of file.documents) forEachLeaf(document.root, (path5, leaf) => scrubber.consider(path5, leaf.value));
  }
  return (line) => scrubber.scrub(line);
}

// src/engine/parallel.ts
import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var MIN_CORES_FOR_AUTOMATIC = 4;
var BYTES_PER_THREAD = 4 * 1024 * 1024;
function planWorkers(targets, jobs) {
  const cores = availableParallelism();
  if ((jobs ?? cores) <= 1 || jobs === void 0 && cores < MIN_CORES_FOR_AUTOMATIC || targets.length <= 1) return [];
  const sizes = targets.map((target) => ({ target, bytes: fileSize(target.path) }));
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  const threads = Math.min(jobs ?? Math.min(cores, Math.floor(total / BYTES_PER_THREAD)), targets.length);
  if (threads <= 1) return [];
  const shares = Array.from({ length: threads }, () => ({ bytes: 0, targets: [] }));
  for (const { target, bytes } of sizes.sort((a, b) => b.bytes - a.bytes)) {
    const lightest = shares.reduce((a, b) => b.bytes < a.bytes ? b : a);
    lightest.bytes += bytes;
    lightest.targets.push(target);
  }
  return shares.slice(1).map((share) => share.targets);
}
async function runWorkers(script, shares, context) {
  if (!script || shares.length === 0) return [];
  const results = await Promise.all(
    shares.map(
      (targets) => new Promise((resolve, reject) => {
        const input = { ...context, targets };
        const worker = new Worker(script, { workerData: input });
        worker.once("message", resolve);
        worker.once("error", reject);
      })
    )
  );
  return results.flat();
}
function fileSize(file) {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

// src/engine/renders.ts
import path2 from "node:path";

// src/engine/render-judge.ts
function nameOf(reference) {
  const at = reference.indexOf("@");
  const name = at === -1 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(":");
  return colon > name.lastIndexOf("/") ? name.slice(0, colon) : name;
}
function tagOf(reference) {
  const at = reference.indexOf("@");
  const name = at === -1 ? reference : reference.slice(0, at);
  const colon = name.lastIndexOf(":");
  return colon > name.lastIndexOf("/") ? name.slice(colon + 1) : void 0;
}
function renderedFrom(values, rendered) {
  if (values.templated || values.reference === "") return false;
  const name = nameOf(values.reference);
  const renderedName = nameOf(rendered);
  if (name === "" || renderedName !== name && !renderedName.endsWith(`/${name}`)) return false;
  const tag = values.tagFromTemplate ? void 0 : tagOf(values.reference);
  return tag === void 0 || tagOf(rendered) === void 0 || tagOf(rendered) === tag;
}
var PASSES = {
  "images/fully-qualified": (rendered) => rendered.templated || namesRegistryHost(rendered.reference),
  "images/no-latest": (rendered) => {
    if (!rendered.parsed.ok) return false;
    const { tag, digest } = rendered.parsed.ref;
    return digest !== null || tag !== null && tag !== "latest";
  },
  "images/reference-syntax": (rendered) => rendered.parsed.ok
};
function contradictedRules(site, rendered) {
  const from = rendered.filter((image) => renderedFrom(site, image.reference));
  if (from.length === 0) return [];
  return Object.keys(PASSES).filter((rule) => from.every(PASSES[rule]));
}

// src/engine/provenance.ts
import { realpathSync } from "node:fs";
import nodePath from "node:path";
function traceRendered(findings, rendered, render, sources) {
  const trace = renderTracer(rendered, render, sources);
  return findings.map((finding) => ({ finding, ...trace(finding.span) }));
}
function renderTracer(rendered, render, sources) {
  const containers = findContainers(rendered.documents);
  const searchOrder = [...sources].reverse().map((file) => ({
    file,
    index: collectImages(file.documents[0]?.root, imagesContextOf(file))
  }));
  const templateLines = /* @__PURE__ */ new Map();
  const roots = rendered.chart ? [rendered.chart.dir, ...render.dependencies.map((d) => d.dir)].map(realPath) : [];
  const inChart = (file) => {
    const real = realPath(file);
    return roots.some((root) => real === root || real.startsWith(root + nodePath.sep));
  };
  const templateAt = (renderedSpan) => {
    const document = rendered.documents.find(
      (d) => d.root && d.root.span.start <= renderedSpan.start && renderedSpan.start <= d.root.span.end
    );
    const container = containers.find((c) => c.node.span.start <= renderedSpan.start && renderedSpan.start <= c.node.span.end);
    const template = document?.sourceTemplate;
    const path5 = template && rendered.chart ? templateFile(template, rendered.chart, render.dependencies) : void 0;
    if (!path5 || !inChart(path5)) return void 0;
    const line = container ? void 0 : renderedLine(rendered, renderedSpan.start);
    const key = `${path5}\0${container?.container ?? ""}\0${container?.list ?? ""}\0${line ?? ""}`;
    if (!templateLines.has(key))
      templateLines.set(key, line ? literalLineOf(path5, line) : lineOf(path5, container?.container, container?.list));
    return { path: path5, ...templateLines.get(key), column: 1 };
  };
  return (renderedSpan) => {
    const template = templateAt(renderedSpan);
    const scalar = scalarAt(rendered, renderedSpan.start);
    if (scalar && typeof scalar.value === "string" && scalar.value !== "") {
      const origin = findInValues(scalar, renderedSpan, rendered.text, searchOrder);
      if (origin) return { file: origin.file, span: origin.span, at: void 0, renderedSpan, template };
    }
    if (template) return { file: void 0, span: void 0, at: template, renderedSpan, template };
    return { file: rendered, span: renderedSpan, at: void 0, renderedSpan, template };
  };
}
function realPath(file) {
  try {
    return realpathSync(file);
  } catch {
    return nodePath.resolve(file);
  }
}
function findInValues(scalar, renderedSpan, renderedText, sources) {
  const value = scalar.value;
  for (const { file, index } of sources) {
    const image = index.images.find((site) => site.source !== "image-object" && site.reference === value);
    if (image) {
      const offset = bodyStart(renderedText, scalar);
      const valueNode = nodeAtSpan(file, image.span);
      if (offset !== void 0 && valueNode) {
        return { file, span: scalarSubSpan(file.text, valueNode, renderedSpan.start - offset, renderedSpan.end - offset) };
      }
      return { file, span: image.span };
    }
    const built = index.images.find((site) => site.source === "image-object" && site.reference === value) ?? index.images.find((site) => renderedFrom(site, value));
    if (built) {
      const part = partAt(
        value,
        renderedSpan.start - (bodyStart(renderedText, scalar) ?? Number.NaN),
        renderedSpan.end - renderedSpan.start
      );
      return { file, span: part ? built.partSpan(part) : built.span };
    }
    const policy = index.pullPolicies.find((site) => site.node.kind === "scalar" && String(site.node.value) === value);
    if (policy) return { file, span: policy.node.span };
  }
  return void 0;
}
function partAt(reference, offset, length) {
  const parsed = parseNormalizedReference(reference);
  if (!parsed.ok || Number.isNaN(offset) || offset <= 0 && length >= reference.length) return void 0;
  const parts = ["domain", "path", "tag", "digest"];
  return parts.find((part) => {
    const at = parsed.ref.spans[part];
    return at !== null && at[0] <= offset && offset + length <= at[1];
  });
}
function bodyStart(text, scalar) {
  const quote = scalar.style === "single" || scalar.style === "double" ? 1 : 0;
  const start = scalar.span.start + quote;
  return text.slice(start, start + String(scalar.value).length) === scalar.value ? start : void 0;
}
function nodeAtSpan(file, span) {
  const found = scalarAt(file, span.start);
  return found && found.span.start === span.start ? found : void 0;
}
function scalarAt(file, offset) {
  for (const document of file.documents) {
    const root = document.root;
    if (!root || offset < root.span.start || offset > root.span.end) continue;
    return descend(root, offset);
  }
  return void 0;
}
function descend(node, offset) {
  if (node.kind === "scalar") return node.span.start <= offset && offset <= node.span.end ? node : void 0;
  const children = node.kind === "map" ? node.entries.map((e) => e.value) : node.items;
  for (const child of children) {
    if (child.span.start <= offset && offset <= child.span.end) {
      const found = descend(child, offset);
      if (found) return found;
    }
  }
  return void 0;
}
function lineOf(path5, containerName, list) {
  if (!containerName) return { line: 1 };
  const text = readTextOrUndefined(path5, TEMPLATE_LIMITS);
  if (text === void 0) return { line: 1 };
  const name = containerName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const item = new RegExp(`-\\s+name:\\s*["']?${name}["']?\\s*$`, "m").exec(text);
  const match = item ?? new RegExp(`name:\\s*["']?${name}["']?\\s*$`, "m").exec(text);
  if (match) return { line: new LineIndex(text).position(match.index).line };
  const lists = list ? [...text.matchAll(new RegExp(`^[ \\t]*${list}:`, "gm"))] : [];
  return { line: lists.length === 1 ? new LineIndex(text).position(lists[0].index).line : 1 };
}
function renderedLine(file, offset) {
  const { line } = file.lines.position(offset);
  const start = file.lines.lineStart(line);
  const end = file.text.indexOf("\n", start);
  const text = file.text.slice(start, end === -1 ? file.text.length : end).trim();
  return text.length >= 8 && /[A-Za-z]/.test(text) ? text : void 0;
}
function literalLineOf(path5, text) {
  const template = readTextOrUndefined(path5, TEMPLATE_LIMITS);
  if (template === void 0) return { line: 1 };
  const lines = template.split("\n");
  const found = lines.flatMap((candidate, index) => candidate.trim() === text ? [index + 1] : []);
  return { line: found.length === 1 ? found[0] : 1 };
}
var TEMPLATE_LIMITS = { maxFileBytes: 8 * 1024 * 1024 };

// src/engine/renders.ts
async function lintRenders(renders, charts, valuesFiles, run) {
  const diagnostics = [];
  const internalErrors = [];
  const withdrawn = /* @__PURE__ */ new Set();
  const results = [];
  for (const [dir, outcome] of Object.entries(renders)) {
    if (!outcome.ok) continue;
    try {
      await lintRender(dir, outcome, charts, valuesFiles, run, { diagnostics, internalErrors, withdrawn, results });
    } catch (error) {
      internalErrors.push(`linting the render of ${dir} failed: ${error.message}`);
    }
  }
  return { diagnostics, internalErrors, withdrawn, results };
}
function tracedAnchor(rendered, traced) {
  if (traced.file && traced.span) {
    const region = regionOf(traced.file, traced.span);
    return { region, path: void 0, ...traced.file === rendered ? {} : { file: traced.file.path } };
  }
  const at = traced.at ?? { path: rendered.path, line: 1, column: 1 };
  return { region: { line: at.line, column: at.column, endLine: at.line, endColumn: at.column }, path: void 0, file: at.path };
}
function withdrawalKey(d) {
  return `${d.file}\0${d.line}\0${d.column}\0${d.ruleId}`;
}
async function lintRender(dir, outcome, charts, valuesFiles, run, into) {
  const { diagnostics, internalErrors } = into;
  const chart = charts.find((c) => c.dir === dir);
  const file = await parseFile({ path: outcome.manifestPath, kind: "manifests", role: "manifests", chart }, outcome.text, run.config);
  const sources = renderSources(dir, outcome, valuesFiles);
  const trace = renderTracer(file, outcome, sources);
  const fileRun = runFileRules(file, run.env, {
    settings: run.config.settingsFor(dir, chart),
    judgeDirectives: false,
    maxFindings: run.config.limits.maxFindingsPerFile,
    // Deployment rules' places, traced back to the chart as its findings are.
    anchor: (span) => tracedAnchor(file, trace(span))
  });
  for (const message of fileRun.internalErrors) internalErrors.push(message);
  into.results.push({ path: file.path, chart, summaries: fileRun.summaries });
  const name = chart?.name ?? path2.basename(dir);
  const chartDiagnostics = [];
  for (const traced of traceRendered(fileRun.findings, file, outcome, sources)) {
    const diagnostic = locate({ ...traced.finding, fix: void 0, suggestions: void 0 }, traced.file, traced.span, traced.at, run.cwd);
    const template = traced.template;
    if (template && !(traced.at && traced.at.path === template.path && traced.at.line === template.line)) {
      const place = { file: relativePath(run.cwd, template.path), line: template.line, column: 1, endLine: template.line, endColumn: 1 };
      diagnostic.related = [{ ...place, message: `In the rendered ${name} chart: ${traced.finding.message}` }];
    }
    chartDiagnostics.push(diagnostic);
  }
  judgeValues(file, sources, run.cwd, into.withdrawn);
  scrubFindings(chartDiagnostics, fileRun.scrubber);
  for (const source of sources) scrubFindings(chartDiagnostics, fileScrubber(source, run.env.secrets));
  for (const diagnostic of chartDiagnostics) diagnostics.push(diagnostic);
}
function judgeValues(rendered, sources, cwd, withdrawn) {
  const containers = collectContainerImages(findContainers(rendered.documents), rendered.text).images;
  for (const source of sources) {
    for (const site of collectImages(source.documents[0]?.root, imagesContextOf(source)).images) {
      for (const ruleId of contradictedRules(site, containers)) {
        for (const span of [site.span, site.partSpan("path"), site.partSpan("tag")]) {
          const { line, column } = regionOf(source, span);
          withdrawn.add(withdrawalKey({ file: relativePath(cwd, source.path), line, column, ruleId }));
        }
      }
    }
  }
}
function renderSources(dir, outcome, files) {
  const defaults = files.find((f) => f.chart?.dir === dir && f.role === "defaults");
  const extras = outcome.valuesFiles.map((p) => files.find((f) => f.path === p)).filter((f) => f !== void 0);
  return defaults ? [defaults, ...extras] : extras;
}

// src/engine/results-cache.ts
import { createHash as createHash2 } from "node:crypto";
import { readFileSync, renameSync, statSync as statSync2, writeFileSync } from "node:fs";
import path3 from "node:path";
var RESULT_FORMAT = 2;
var KEYED_FILE_LIMITS = { maxFileBytes: 256 * 1024 * 1024 };
var ResultsCache = class {
  file;
  data;
  chartKeys = /* @__PURE__ */ new Map();
  /** Results of this run, hashed when saved: the engine may still add to them (fingerprints) until then. */
  fresh = /* @__PURE__ */ new Map();
  /** `runIdentity` covers what invalidates everything: chartlint's version, the rules, the config text, the facts. */
  constructor(cacheDir, cwd, runIdentity) {
    this.file = path3.join(cacheDir, "results", `${hash(cwd)}.json`);
    const identity = `results/${RESULT_FORMAT}\0${runIdentity}`;
    let data;
    try {
      data = JSON.parse(readFileSync(this.file, "utf8"));
    } catch {
      data = void 0;
    }
    this.data = isCacheFile(data) && data.identity === identity ? data : { identity, entries: {} };
  }
  /**
   * The key of a file as it is now, under the profile its chart gets (which the config text alone does
   * not say); undefined when it cannot be read (such a file is linted, and reported).
   */
  keyOf(target, profile) {
    const read = readRegularFile(target.path, KEYED_FILE_LIMITS);
    if (!read.ok) return void 0;
    const content = read.bytes;
    const { chart, ...rest } = target;
    return hash(`${JSON.stringify(rest)}\0${chart ? this.chartKey(chart) : ""}\0${profile}\0`, content);
  }
  /** The cached result of the file as it is now; undefined for a missing, stale or untrustworthy entry. */
  get(target, key) {
    const entry = Object.hasOwn(this.data.entries, target.path) ? this.data.entries[target.path] : void 0;
    if (!isEntry(entry) || entry.key !== key || entry.result.path !== target.path) return void 0;
    if (entry.hash !== entryHash(this.data.identity, target.path, entry.key, entry.result)) return void 0;
    return structuredClone(entry.result);
  }
  set(path5, key, result) {
    this.fresh.set(path5, { key, result });
  }
  save() {
    if (this.fresh.size === 0) return;
    for (const [file, { key, result }] of this.fresh) {
      const entry = { key, result, hash: entryHash(this.data.identity, file, key, result) };
      this.data.entries[file] = entry;
    }
    try {
      privateDir(path3.dirname(this.file));
      const partial = `${this.file}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify(this.data), { mode: PRIVATE_FILE_MODE });
      renameSync(partial, this.file);
    } catch {
    }
  }
  chartKey(chart) {
    let key = this.chartKeys.get(chart.dir);
    if (key === void 0) {
      const parts = [chart.dir, chart.name, chart.appVersion ?? "", String(chart.library)];
      parts.push(fileStamp(path3.join(chart.dir, "Chart.yaml")), fileStamp(path3.join(chart.dir, "requirements.yaml")));
      for (const template of [...chart.templates].sort()) parts.push(template, fileStamp(path3.join(chart.dir, "templates", template)));
      key = hash(parts.join("\0"));
      this.chartKeys.set(chart.dir, key);
    }
    return key;
  }
};
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function isCacheFile(value) {
  return isObject(value) && typeof value.identity === "string" && isObject(value.entries);
}
var isPosition = (value) => typeof value === "number" && Number.isInteger(value);
function isDiagnostic(value) {
  return isObject(value) && ["file", "ruleId", "severity", "message"].every((field) => typeof value[field] === "string") && ["line", "column", "endLine", "endColumn"].every((field) => isPosition(value[field]));
}
function isEntry(value) {
  if (!isObject(value) || typeof value.key !== "string" || typeof value.hash !== "string" || !isObject(value.result)) return false;
  const { path: file, diagnostics, suppressed, covers, summaries, internalErrors } = value.result;
  return typeof file === "string" && Array.isArray(diagnostics) && diagnostics.every(isDiagnostic) && Array.isArray(suppressed) && suppressed.every((d) => isDiagnostic(d) && Array.isArray(d.suppressions)) && Array.isArray(covers) && covers.every(isObject) && isObject(summaries) && Array.isArray(internalErrors) && internalErrors.length === 0;
}
function entryHash(identity, file, key, result) {
  const digest = createHash2("sha256");
  for (const part of [identity, file, key, JSON.stringify(result)]) digest.update(`${part.length}\0${part}\0`);
  return digest.digest("hex");
}
function fileStamp(file) {
  try {
    const info = statSync2(file);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return "missing";
  }
}
function hash(text, content) {
  const digest = createHash2("sha1").update(text);
  if (content) digest.update(content);
  return digest.digest("hex");
}

// src/engine/lint.ts
async function lintWith(options) {
  const run = await prepare(options);
  const found = await discover(run);
  const facts = await buildRunFacts(run, found);
  const env = { rules: options.rules, facts, secrets: new SecretClassifier(run.config.secrets), memo: /* @__PURE__ */ new Map() };
  const collecting = collectingConfig(run.config, options.rules, options.collect ?? []);
  const files = await lintFiles({ ...run, config: collecting }, found, env);
  const rendered = await lintRenders(facts[rendersFact.id], found.charts.wholeCharts, files.renderSources, {
    env,
    config: collecting,
    cwd: run.cwd
  });
  const fixes = options.fix ? await fixFiles(run, files, env) : [];
  const set = deploymentSet(files.results, rendered.results, found.targets);
  const deployment = runDeploymentRules(set.results, set.targets, { rules: options.rules, facts, config: run.config, cwd: run.cwd });
  const collected = options.collect ? collectedOf(options.collect, run, set, facts[namespaceFact.id]) : void 0;
  const fileDiagnostics = files.results.flatMap((r) => r.diagnostics).filter((d) => !deployment.withdrawn.has(d) && !rendered.withdrawn.has(withdrawalKey(d)));
  const fileSuppressed = files.results.flatMap((r) => r.suppressed).filter((d) => !rendered.withdrawn.has(withdrawalKey(d)));
  return finish(
    run,
    found,
    {
      diagnostics: [...fileDiagnostics, ...rendered.diagnostics, ...deployment.diagnostics],
      suppressed: [...fileSuppressed, ...deployment.suppressed],
      rendered: rendered.diagnostics,
      internalErrors: [...files.results.flatMap((r) => r.internalErrors), ...rendered.internalErrors, ...deployment.internalErrors],
      secrets: env.secrets,
      fixes
    },
    collected
  );
}
function deploymentSet(results, rendered, targets) {
  const places = new Map(targets.map((t) => [t.path, t]));
  for (const r of rendered) places.set(r.path, { chart: r.chart, role: "manifests" });
  const streams = rendered.map((r) => ({
    path: r.path,
    diagnostics: [],
    suppressed: [],
    covers: [],
    summaries: r.summaries,
    internalErrors: []
  }));
  return { results: [...results, ...streams], targets: places };
}
function collectedOf(ids, run, set, namespace) {
  const rules = run.options.rules;
  const summaries = (id) => set.results.filter((r) => id in r.summaries).map((r) => {
    const place = set.targets.get(r.path);
    return { file: r.path, chart: place?.chart?.dir, role: place?.role ?? "manifests", summary: r.summaries[id] };
  });
  const optionsOf = (id) => run.config.settingsFor(run.cwd, void 0).get(id)?.options ?? rules.find((r) => r.id === id)?.meta.defaultOptions;
  return {
    summaries: Object.fromEntries(ids.map((id) => [id, summaries(id)])),
    namespace,
    options: Object.fromEntries(ids.map((id) => [id, optionsOf(id)]))
  };
}
async function prepare(options) {
  const cwd = path4.resolve(options.cwd ?? process.cwd());
  const config = await loadConfig({ cwd, configFile: options.configFile, rules: options.rules });
  const cacheDir = config.helm.cacheDir ? path4.resolve(cwd, config.helm.cacheDir) : defaultCacheDir(options.env ?? process.env);
  const regionValues = new Set((options.regionValues ?? []).map((file) => path4.resolve(cwd, file)));
  const extraValues = [...config.extraValues, ...(options.values ?? []).map((file) => path4.resolve(cwd, file)), ...regionValues];
  const buffer = options.stdinFilename ? path4.resolve(cwd, options.stdinFilename) : void 0;
  const stdin = options.stdin !== void 0 ? { ok: true, text: options.stdin } : options.stdinStream ? await readStreamText(options.stdinStream, config.limits) : void 0;
  return { options, cwd, config, cacheDir, regionValues, extraValues, buffer, stdin };
}
async function discover(run) {
  const { options, cwd, config, buffer } = run;
  const charts = await discoverCharts(buffer ? [buffer] : options.paths, {
    cwd,
    isIgnored: config.isIgnored,
    virtualFiles: new Set(buffer ? [buffer] : []),
    kindOf: config.fileKindOf
  });
  const streams = manifestPaths(options.manifests ?? [], cwd);
  const missingExtras = run.extraValues.filter((file) => statKind(file) !== "file").map((file) => path4.relative(cwd, file) || file);
  const missing = [...charts.missing, ...missingExtras, ...streams.missing];
  if (missing.length > 0) throw new UsageError(`No chart or file found at: ${missing.join(", ")}`);
  const input = {
    ...charts,
    extraValues: run.extraValues,
    manifestStreams: streams.paths,
    valuesGlobs: config.valuesGlobs,
    isRegionFile: (file) => run.regionValues.has(file) || config.isRegionFile(file)
  };
  const targets = /* @__PURE__ */ new Map();
  for (const fileType of FILE_TYPES) {
    for (const target of fileType.discover(input)) {
      if (!targets.has(target.path) && (target.kind === "manifests" || !config.isIgnored(target.path))) targets.set(target.path, target);
    }
  }
  return { charts, targets: [...targets.values()] };
}
async function buildRunFacts(run, found) {
  const { options, config, cwd } = run;
  const wanted = [...CORE_FACTS, ...options.rules.flatMap((rule) => rule.meta.facts ?? [])];
  const render = options.render ? {
    helm: { flag: options.helm, config: config.helm.binary, cwd, env: options.env ?? process.env },
    releaseName: options.releaseName ?? config.helm.releaseName,
    namespace: options.namespace ?? config.helm.namespace,
    valuesFiles: run.extraValues,
    set: options.set ?? [],
    timeoutMs: config.helm.timeoutSeconds * 1e3,
    cacheDir: run.cacheDir,
    version: VERSION,
    debug: options.debug ?? false,
    scrubberFor: async (sources) => {
      const scrubber = await scrubberForValues(sources, config.secrets, config.limits);
      return (text) => scrubber.scrub(text);
    },
    maxOutputBytes: config.limits.maxRenderBytes,
    maxFileBytes: config.limits.maxFileBytes,
    cleanup: options.cleanup
  } : void 0;
  return buildFacts(wanted, {
    charts: found.charts.charts,
    wholeCharts: found.charts.wholeCharts,
    render,
    // Only a namespace someone named: without one, the namespace fact tells a render (helm's default) from streams (unknown).
    namespace: options.namespace ?? config.helm.namedNamespace
  });
}
async function lintFiles(run, found, env) {
  const { options, cwd, config, buffer } = run;
  const renders = env.facts[rendersFact.id];
  const rendering = Object.keys(renders).length > 0;
  const isVirtual = (target) => target.path === STDIN_PATH || target.path === buffer;
  const cache = options.cache && !rendering && !options.fix ? new ResultsCache(
    run.cacheDir,
    cwd,
    [VERSION, options.rules.map((r) => r.id).join(","), config.text, hashFacts(env.facts)].join("\0")
  ) : void 0;
  const results = [];
  const keys = /* @__PURE__ */ new Map();
  const pending = found.targets.filter((target) => {
    const key = cache && !isVirtual(target) ? cache.keyOf(target, config.profileFor(target.chart)) : void 0;
    if (!key) return true;
    keys.set(target.path, key);
    const hit = cache.get(target, key);
    if (hit) results.push(hit);
    return !hit;
  });
  const remember = (result) => {
    const key = keys.get(result.path);
    if (cache && key && result.internalErrors.length === 0) cache.set(result.path, key, result);
  };
  const threaded = !rendering && !buffer && !options.fix && options.workerScript ? planWorkers(pending, options.jobs) : [];
  const inWorkers = new Set(threaded.flat());
  const parallel = runWorkers(options.workerScript, threaded, {
    cwd,
    configFile: options.configFile,
    facts: env.facts,
    collect: options.collect
  });
  const renderSources2 = [];
  const toFix = /* @__PURE__ */ new Map();
  for (const target of pending) {
    if (inWorkers.has(target)) continue;
    const preloaded = isVirtual(target) ? run.stdin ?? "" : void 0;
    const file = await loadFile(target, config, preloaded, found.charts.chartFiles.get(target.path));
    const result = lintSourceFile(file, env, config, cwd);
    results.push(result);
    remember(result);
    if (file.chart && renders[file.chart.dir] && file.kind === "values") renderSources2.push(file);
    if (options.fix && target.path !== STDIN_PATH && result.diagnostics.some((d) => d.fix)) toFix.set(result, file);
  }
  for (const result of await parallel) {
    results.push(result);
    remember(result);
  }
  cache?.save();
  return { results, renderSources: renderSources2, toFix };
}
async function fixFiles(run, files, env) {
  const fixed = [];
  for (const [index, result] of files.results.entries()) {
    const file = files.toFix.get(result);
    const outcome = file && await fixFile(file, file.text, result, env, run.config, run.cwd);
    if (!outcome) continue;
    files.results[index] = outcome.result;
    fixed.push({
      path: file.path,
      file: relativePath(run.cwd, file.path),
      input: file.text,
      output: outcome.output,
      byRule: outcome.byRule,
      redact: lineRedactor([file, outcome.file], env.secrets)
    });
  }
  return fixed;
}
function finish(run, found, all, collected) {
  redactQuoted(all.diagnostics, all.secrets);
  redactQuoted(all.suppressed, all.secrets);
  const diagnostics = sortDiagnostics(mergeSameProblem(all.diagnostics, new Set(all.rendered)));
  const suppressed = sortDiagnostics(all.suppressed);
  assignFingerprints(sortDiagnostics([...diagnostics, ...suppressed]));
  return {
    diagnostics,
    suppressed,
    charts: found.charts.charts.length,
    chartList: found.charts.charts.map((chart) => ({ name: chart.name, dir: relativePath(run.cwd, chart.dir) })),
    files: found.targets.length,
    configFile: run.config.file,
    configBaseline: run.config.baseline,
    internalErrors: all.internalErrors.map((message) => all.secrets.redact(message)),
    fixes: all.fixes,
    lintedFiles: [
      .../* @__PURE__ */ new Set([
        ...found.targets.map((target) => relativePath(run.cwd, target.path)),
        ...run.options.render ? found.charts.wholeCharts.flatMap(
          (chart) => chart.templates.map((name) => relativePath(run.cwd, path4.join(chart.dir, "templates", name)))
        ) : []
      ])
    ],
    ...collected ? { collected } : {},
    inputFiles: [
      .../* @__PURE__ */ new Set([
        ...found.targets.map((target) => target.path),
        ...run.extraValues,
        ...run.config.file ? [path4.resolve(run.cwd, run.config.file)] : [],
        ...found.charts.charts.flatMap((chart) => chart.templates.map((name) => path4.join(chart.dir, "templates", name)))
      ])
    ]
  };
}

// src/lint.ts
function lint(options) {
  return lintWith({ ...options, rules: options.rules ?? allRules, workerScript: options.rules ? void 0 : builtWorker() });
}
function builtWorker() {
  for (const candidate of ["./worker.js", "../worker.js"]) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync2(file)) return file;
  }
  return void 0;
}
export {
  lint
};
