import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  assignFingerprints,
  sortDiagnostics
} from "./chunk-4WWNNRYQ.js";
import {
  readRuleDocs
} from "./chunk-XWDWMWQO.js";
import {
  allRules
} from "./chunk-WPM34UCD.js";
import "./chunk-UI2GMOTG.js";
import "./chunk-B6XQKK7L.js";
import "./chunk-42C2RQSY.js";
import "./chunk-6ZEC5CHF.js";
import "./chunk-YWTYFYTE.js";
import "./chunk-5IVMD4BG.js";
import "./chunk-I66P5KS3.js";
import "./chunk-JV4EHBS5.js";
import {
  VERSION
} from "./chunk-ZS2WGVDX.js";
import "./chunk-GUD4XOZF.js";
import {
  CONFIG_ERROR_RULE_ID
} from "./chunk-QKXT3NSU.js";
import {
  DOCS_BASE,
  REPOSITORY,
  ruleDocUrl
} from "./chunk-YT7LJYZK.js";
import "./chunk-FUMSRPZC.js";

// src/formatters/sarif.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
var LEVEL = { error: "error", warning: "warning", info: "note", off: "none" };
var pascalName = (id) => id.replace(/(?:^|[-/])([a-z0-9])/g, (_, c) => c.toUpperCase());
var SECURITY_SEVERITY = { error: "8.0", warning: "5.0", info: "3.0", off: "3.0" };
function ruleDescriptors() {
  const docs = readRuleDocs(allRules.map((rule) => rule.id));
  return allRules.map((rule) => {
    const helpUri = ruleDocUrl(rule.id);
    const { description, severity } = rule.meta;
    const group = rule.id.split("/", 1)[0];
    const security = group === "secrets";
    const doc = docs.get(rule.id);
    const full = doc && doc.summary !== "" && doc.summary !== description ? doc.summary : `${description} See ${helpUri}`;
    return {
      id: rule.id,
      name: pascalName(rule.id),
      shortDescription: { text: description },
      fullDescription: { text: full },
      helpUri,
      help: {
        text: `${doc?.summary || description} See ${helpUri}`,
        markdown: doc ? `${doc.markdown}

[The rule's page](${helpUri})` : `${description}

[The rule's page](${helpUri})`
      },
      defaultConfiguration: { level: LEVEL[severity], ...severity === "off" ? { enabled: false } : {} },
      properties: {
        tags: security ? ["security", group] : [group],
        precision: security ? "high" : "very-high",
        ...security ? { "security-severity": SECURITY_SEVERITY[severity] } : {}
      }
    };
  });
}
var ruleIndex = new Map(allRules.map((rule, index) => [rule.id, index]));
var ENGINE_RESULTS = {
  [CONFIG_ERROR_RULE_ID]: {
    description: "The config file cannot be used, so nothing was linted.",
    helpUri: `${REPOSITORY}#configuration`
  }
};
function engineDescriptor(id) {
  const { description, helpUri } = ENGINE_RESULTS[id];
  return {
    id,
    name: pascalName(id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} See ${helpUri}` },
    helpUri,
    help: { text: `${description} See ${helpUri}`, markdown: `${description}

[Configuration](${helpUri})` },
    defaultConfiguration: { level: LEVEL.error },
    properties: { tags: ["chartlint"], precision: "very-high" }
  };
}
var uri = (file) => file === "<stdin>" ? "stdin" : file.split("/").map(encodeURIComponent).join("/");
var atLeastOne = (n) => Number.isInteger(n) && n >= 1 ? n : 1;
function regionOf(at) {
  const startLine = atLeastOne(at.line);
  const startColumn = atLeastOne(at.column);
  const endLine = Math.max(startLine, atLeastOne(at.endLine));
  const endColumn = endLine === startLine ? Math.max(startColumn, atLeastOne(at.endColumn)) : atLeastOne(at.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}
var physicalLocation = (at) => ({
  artifactLocation: { uri: uri(at.file), uriBaseId: "%SRCROOT%" },
  region: regionOf(at)
});
var GITHUB_LIMITS = { resultsPerRun: 25e3, relatedLocationsPerResult: 100 };
var RANK = { error: 0, warning: 1, info: 2 };
var rank = (d) => RANK[d.severity] + (d.suppressions ? 3 : 0);
var insideWorkingFolder = (file) => file === "<stdin>" || !/^(?:\/|[A-Za-z]:[\\/])/.test(file) && !file.split("/").includes("..");
var sarifSuppression = (s, file) => s.kind === "baseline" ? (
  // A baseline is no comment in the file: an external suppression, naming the baseline file.
  { kind: "external", justification: s.justification, properties: { baseline: s.baseline } }
) : {
  kind: "inSource",
  ...s.justification ? { justification: s.justification } : {},
  ...insideWorkingFolder(file) ? { location: { physicalLocation: physicalLocation({ file, ...s.region }) } } : {},
  properties: { directive: `chartlint-${s.kind}` }
};
var sarif = (diagnostics, context) => {
  const entries = [...diagnostics, ...context?.suppressed ?? []];
  const fingerprinted = entries.some((d) => !d.fingerprint) ? withFingerprints(entries) : entries;
  const notes = [];
  let outside = 0;
  let relatedOutside = 0;
  const placed = fingerprinted.flatMap((d) => {
    const related = d.related?.filter((r) => insideWorkingFolder(r.file));
    relatedOutside += (d.related?.length ?? 0) - (related?.length ?? 0);
    const suppressedIn = d.suppressions ? d.file : void 0;
    if (insideWorkingFolder(d.file)) return [{ ...d, related, suppressedIn }];
    const [first, ...rest] = related ?? [];
    if (!first) {
      outside++;
      return [];
    }
    const { file, line, column, endLine, endColumn } = first;
    return [{ ...d, file, line, column, endLine, endColumn, related: rest, fix: void 0, suggestions: void 0, suppressedIn }];
  });
  if (outside > 0) notes.push(`${outside} result(s) placed outside the working folder were left out.`);
  if (relatedOutside > 0) notes.push(`${relatedOutside} related location(s) outside the working folder were left out.`);
  const kept = placed.length > GITHUB_LIMITS.resultsPerRun ? placed.map((d, i) => ({ d, i })).sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i).slice(0, GITHUB_LIMITS.resultsPerRun).sort((a, b) => a.i - b.i).map(({ d }) => d) : placed;
  const resultsOmitted = placed.length - kept.length;
  if (resultsOmitted > 0) {
    notes.push(
      `${resultsOmitted} of ${placed.length} results were left out: GitHub code scanning takes at most ${GITHUB_LIMITS.resultsPerRun} per run (errors were kept first).`
    );
  }
  let relatedOmitted = 0;
  const rules = ruleDescriptors();
  const engineIndex = /* @__PURE__ */ new Map();
  for (const d of kept) {
    if (ruleIndex.has(d.ruleId) || !Object.hasOwn(ENGINE_RESULTS, d.ruleId) || engineIndex.has(d.ruleId)) continue;
    engineIndex.set(d.ruleId, rules.length);
    rules.push(engineDescriptor(d.ruleId));
  }
  const results = kept.map((d) => {
    const index = ruleIndex.get(d.ruleId) ?? engineIndex.get(d.ruleId);
    const fixes = [...d.fix ? [{ desc: d.message, fix: d.fix }] : [], ...d.suggestions ?? []].map(({ desc, fix }) => ({
      description: { text: desc },
      artifactChanges: [
        {
          artifactLocation: { uri: uri(d.file), uriBaseId: "%SRCROOT%" },
          replacements: [{ deletedRegion: regionOf(fix.region), insertedContent: { text: fix.text } }]
        }
      ]
    }));
    const related = d.related?.slice(0, GITHUB_LIMITS.relatedLocationsPerResult) ?? [];
    relatedOmitted += (d.related?.length ?? 0) - related.length;
    return {
      ruleId: d.ruleId,
      // Rules passed to lint() beyond the built-in ones have no descriptor to point at.
      ...index === void 0 ? {} : { ruleIndex: index },
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: physicalLocation(d) }],
      ...related.length > 0 ? {
        relatedLocations: related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r), message: { text: r.message } }))
      } : {},
      // The engine's fingerprint: rule, file, logical path, message id and occurrence, never a line or the message.
      partialFingerprints: { "chartlintFinding/v2": d.fingerprint },
      ...fixes.length > 0 ? { fixes } : {},
      ...d.suppressions ? { suppressions: d.suppressions.map((s) => sarifSuppression(s, d.suppressedIn)) } : {}
    };
  });
  if (relatedOmitted > 0) {
    notes.push(
      `${relatedOmitted} related location(s) were left out: GitHub code scanning shows at most ${GITHUB_LIMITS.relatedLocationsPerResult} locations of a result.`
    );
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "chartlint", version: VERSION, informationUri: REPOSITORY, rules } },
        invocations: [
          {
            // The formatter runs once the lint has finished; a rule that threw is reported by the exit code.
            executionSuccessful: true,
            // Every location is relative to this folder (the `%SRCROOT%` of the results).
            workingDirectory: { uri: pathToFileURL(`${process.cwd()}${path.sep}`).href },
            ...notes.length > 0 ? { toolExecutionNotifications: notes.map((text) => ({ level: "warning", message: { text } })) } : {}
          }
        ],
        results,
        columnKind: "utf16CodeUnits",
        ...notes.length > 0 ? {
          properties: {
            chartlint: {
              resultsFound: fingerprinted.length,
              resultsOmitted: resultsOmitted + outside,
              relatedLocationsOmitted: relatedOmitted + relatedOutside
            }
          }
        } : {}
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
};
function withFingerprints(diagnostics) {
  const copies = diagnostics.map((d) => ({ ...d }));
  assignFingerprints(sortDiagnostics([...copies]));
  return copies;
}
export {
  DOCS_BASE,
  GITHUB_LIMITS,
  insideWorkingFolder,
  sarif
};
