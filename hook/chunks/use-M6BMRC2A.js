import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  OutputError,
  writeOutput
} from "./chunk-TDIT3WP5.js";
import {
  DEFAULT_LIMITS
} from "./chunk-IP4BP2MU.js";
import "./chunk-RAUX2H2J.js";
import "./chunk-YWTYFYTE.js";
import {
  readTextFile
} from "./chunk-5IVMD4BG.js";
import "./chunk-I66P5KS3.js";
import "./chunk-JV4EHBS5.js";
import "./chunk-QKXT3NSU.js";
import "./chunk-FUMSRPZC.js";

// src/baseline/use.ts
import { existsSync, mkdirSync } from "node:fs";
import path2 from "node:path";

// src/baseline/baseline.ts
import path from "node:path";
var BASELINE_FORMAT = "chartlint-baseline/v1";
var keyOf = (entry) => `${entry.rule}\0${entry.path ?? ""}\0${entry.messageId ?? ""}\0${entry.value ?? ""}`;
var entryOf = (d) => ({
  rule: d.ruleId,
  ...d.path !== void 0 ? { path: d.path } : {},
  ...d.messageId !== void 0 ? { messageId: d.messageId } : {},
  ...d.valueHash !== void 0 ? { value: d.valueHash } : {}
});
function fileKey(place, file) {
  return path.relative(place.dir, path.resolve(place.cwd, file)).split(path.sep).join("/");
}
function applyBaseline(diagnostics, baseline, place) {
  const remaining = /* @__PURE__ */ new Map();
  for (const [file, entries] of Object.entries(baseline.files)) {
    const byKey = /* @__PURE__ */ new Map();
    for (const entry of entries) {
      const key = keyOf(entry);
      const known = byKey.get(key);
      if (known) known.left += entry.count;
      else byKey.set(key, { entry, left: entry.count });
    }
    remaining.set(file, byKey);
  }
  const kept = [];
  const held = [];
  for (const d of diagnostics) {
    const slot = remaining.get(fileKey(place, d.file))?.get(keyOf(entryOf(d)));
    if (slot && slot.left > 0) {
      slot.left--;
      held.push(d);
    } else {
      kept.push(d);
    }
  }
  const judged = new Set(place.lintedFiles.map((file) => fileKey(place, file)));
  let stale = 0;
  const files = {};
  for (const [file, byKey] of remaining) {
    const entries = [];
    for (const { entry, left } of byKey.values()) {
      const total = baselineCount(baseline.files[file], entry);
      if (!judged.has(file)) {
        entries.push({ ...entry, count: total });
        continue;
      }
      stale += left;
      if (total - left > 0) entries.push({ ...entry, count: total - left });
    }
    if (entries.length > 0) files[file] = entries;
  }
  return { kept, held, hidden: held.length, stale, pruned: { format: BASELINE_FORMAT, files } };
}
function baselineCount(entries, like) {
  const key = keyOf(like);
  return entries.filter((entry) => keyOf(entry) === key).reduce((sum, entry) => sum + entry.count, 0);
}
function baselineOf(diagnostics, place, previous) {
  const judged = new Set(place.lintedFiles.map((file) => fileKey(place, file)));
  const counts = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const file = fileKey(place, d.file);
    judged.add(file);
    const entry = entryOf(d);
    const byKey = counts.get(file) ?? /* @__PURE__ */ new Map();
    counts.set(file, byKey);
    const known = byKey.get(keyOf(entry));
    if (known) known.count++;
    else byKey.set(keyOf(entry), { ...entry, count: 1 });
  }
  const files = {};
  for (const [file, entries] of Object.entries(previous?.files ?? {})) if (!judged.has(file)) files[file] = entries;
  for (const [file, byKey] of counts) files[file] = [...byKey.values()];
  return { format: BASELINE_FORMAT, files };
}
function serializeBaseline(baseline) {
  const files = Object.keys(baseline.files).sort();
  const lines = [`{`, `  "format": ${JSON.stringify(BASELINE_FORMAT)},`, `  "files": {`];
  files.forEach((file, i) => {
    const entries = [...baseline.files[file]].sort((a, b) => keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);
    lines.push(`    ${JSON.stringify(file)}: [`);
    entries.forEach((entry, j) => {
      const ordered = { rule: entry.rule, path: entry.path, messageId: entry.messageId, value: entry.value, count: entry.count };
      lines.push(`      ${JSON.stringify(ordered)}${j < entries.length - 1 ? "," : ""}`);
    });
    lines.push(`    ]${i < files.length - 1 ? "," : ""}`);
  });
  lines.push("  }", "}");
  return `${lines.join("\n")}
`;
}
function parseBaseline(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not JSON (${error.message})`;
  }
  if (!isObject(data) || data.format !== BASELINE_FORMAT || !isObject(data.files)) {
    return `not a chartlint baseline: it needs "format": "${BASELINE_FORMAT}" and a "files" object (chartlint --write-baseline writes one)`;
  }
  for (const [file, entries] of Object.entries(data.files)) {
    if (!Array.isArray(entries)) return `files[${JSON.stringify(file)}] must be a list of entries`;
    for (const [i, entry] of entries.entries()) {
      const where = `files[${JSON.stringify(file)}][${i}]`;
      if (!isObject(entry) || typeof entry.rule !== "string") return `${where} needs a "rule"`;
      if (!Number.isInteger(entry.count) || entry.count < 1) return `${where}: "count" must be a whole number of 1 or more`;
      for (const key of ["path", "messageId", "value"])
        if (entry[key] !== void 0 && typeof entry[key] !== "string") return `${where}: "${key}" must be a string`;
    }
  }
  return data;
}
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

// src/baseline/use.ts
function loadBaseline(file, shown) {
  if (!existsSync(file))
    return { problem: `baseline ${shown} does not exist; chartlint --write-baseline ${shown} records today's findings in it` };
  const read = readTextFile(file, DEFAULT_LIMITS);
  if (!read.ok) return { problem: `baseline ${shown}: ${read.message}` };
  const parsed = parseBaseline(read.text);
  return typeof parsed === "string" ? { problem: `baseline ${shown}: ${parsed}` } : parsed;
}
function write(file, baseline, run, what) {
  try {
    mkdirSync(path2.dirname(file), { recursive: true });
    writeOutput(file, serializeBaseline(baseline), [...run.inputFiles]);
    return void 0;
  } catch (error) {
    if (error instanceof OutputError) return { problem: `${what}: ${error.message}` };
    throw error;
  }
}
function useBaseline(named, prune, run, cwd) {
  const file = named !== void 0 ? path2.resolve(cwd, named) : run.configBaseline;
  if (!file)
    return prune ? { problem: "--prune-baseline needs a baseline: --baseline FILE, or baseline: in the config" } : { kept: [...run.diagnostics], held: [] };
  const shown = named ?? path2.relative(cwd, file);
  const baseline = loadBaseline(file, shown);
  if ("problem" in baseline) return baseline;
  const outcome = applyBaseline(run.diagnostics, baseline, { cwd, dir: path2.dirname(file), lintedFiles: run.lintedFiles });
  const relative = path2.relative(cwd, file).split(path2.sep).join("/");
  const suppression = { kind: "baseline", justification: `In the baseline ${relative}.`, baseline: relative };
  const held = outcome.held.map((d) => ({ ...d, suppressions: [suppression] }));
  if (prune && outcome.stale > 0) {
    const failed = write(file, outcome.pruned, run, "--prune-baseline");
    if (failed) return failed;
    return {
      kept: outcome.kept,
      held,
      note: `baseline ${shown}: hid ${outcome.hidden} findings; removed ${outcome.stale} entries that no longer occur.`
    };
  }
  if (outcome.hidden === 0 && outcome.stale === 0) return { kept: outcome.kept, held };
  const stale = outcome.stale > 0 ? `; ${outcome.stale} of its entries no longer occur (--prune-baseline removes them)` : "";
  return { kept: outcome.kept, held, note: `baseline ${shown}: hid ${outcome.hidden} findings${stale}.` };
}
function recordBaseline(named, run, cwd) {
  const file = path2.resolve(cwd, named);
  const previous = existsSync(file) ? loadBaseline(file, named) : void 0;
  if (previous && "problem" in previous) return previous;
  const baseline = baselineOf(run.diagnostics, { cwd, dir: path2.dirname(file), lintedFiles: run.lintedFiles }, previous);
  const failed = write(file, baseline, run, "--write-baseline");
  if (failed) return failed;
  const files = new Set(run.diagnostics.map((d) => d.file)).size;
  return { note: `wrote the baseline ${named}: ${run.diagnostics.length} findings in ${files} files.` };
}
export {
  recordBaseline,
  useBaseline
};
