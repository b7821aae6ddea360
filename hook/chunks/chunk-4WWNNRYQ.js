import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);

// src/engine/merge.ts
import { createHash } from "node:crypto";
var SAME_PROBLEM = { "manifests/pull-policy": "images/pull-policy" };
var EXPLAINED_BY = { "manifests/image-empty": ["images/undefined-key", "images/required-keys"] };
function mergeSameProblem(diagnostics, rendered) {
  const kept = [];
  const byPlace = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const d of diagnostics) {
    const place = `${d.file}\0${d.line}\0${d.column}\0${SAME_PROBLEM[d.ruleId] ?? d.ruleId}`;
    const existing = byPlace.get(place);
    if (existing && rendered.has(d)) {
      existing.related = [...existing.related ?? [], ...d.related ?? []];
      continue;
    }
    const exact = `${place}\0${d.message}`;
    if (seen.has(exact)) continue;
    seen.add(exact);
    byPlace.set(place, d);
    kept.push(d);
  }
  return foldExplained(kept, rendered);
}
function foldExplained(diagnostics, rendered) {
  return diagnostics.filter((d) => {
    const explainers = EXPLAINED_BY[d.ruleId];
    if (!explainers || !rendered.has(d)) return true;
    const explainer = diagnostics.find((e) => explainers.includes(e.ruleId) && e.related?.some((r) => r.file === d.file));
    if (!explainer) return true;
    const { file, line, column, endLine, endColumn, message } = d;
    explainer.related = [...explainer.related, { file, line, column, endLine, endColumn, message }];
    return false;
  });
}
function sortDiagnostics(diagnostics) {
  return diagnostics.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
function assignFingerprints(sorted) {
  const occurrences = /* @__PURE__ */ new Map();
  for (const d of sorted) {
    const identity = `${d.ruleId}\0${d.file}\0${d.path ?? ""}\0${d.messageId ?? ""}`;
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    d.fingerprint = `${createHash("sha256").update(identity).digest("hex")}:${occurrence}`;
  }
}

export {
  mergeSameProblem,
  sortDiagnostics,
  assignFingerprints
};
