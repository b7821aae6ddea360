import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  visible,
  workflowData,
  workflowProperty
} from "./chunk-CRQ7OQOT.js";
import "./chunk-FUMSRPZC.js";

// src/formatters/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function message(d) {
  const related = (d.related ?? []).map((r) => ` (see also ${r.file}:${r.line}:${r.column})`).join("");
  return workflowData(visible(d.message + related));
}
var ANNOTATIONS_PER_KIND = 10;
var RANK = { error: 0, warning: 1, info: 2 };
function annotation(d) {
  return `::${COMMAND[d.severity]} file=${workflowProperty(d.file)},line=${d.line},endLine=${d.endLine},col=${d.column},endColumn=${d.endColumn},title=${workflowProperty(visible(d.ruleId))}::${message(d)}
`;
}
var github = (diagnostics, context) => {
  const perRule = /* @__PURE__ */ new Map();
  for (const d of diagnostics) perRule.set(d.ruleId, (perRule.get(d.ruleId) ?? 0) + 1);
  const changed = context?.changedFiles;
  const unchanged = (d) => changed && !changed.has(d.file) ? 1 : 0;
  const ordered = diagnostics.map((d, index) => ({ d, index })).sort(
    (a, b) => RANK[a.d.severity] - RANK[b.d.severity] || unchanged(a.d) - unchanged(b.d) || perRule.get(a.d.ruleId) - perRule.get(b.d.ruleId) || a.index - b.index
  ).map(({ d }) => d);
  const shown = [];
  const rest = [];
  const used = { error: 0, warning: 0, info: 0 };
  for (const d of ordered) {
    if (used[d.severity] < ANNOTATIONS_PER_KIND) {
      used[d.severity]++;
      shown.push(d);
    } else rest.push(d);
  }
  const inOrder = diagnostics.filter((d) => shown.includes(d));
  let out = inOrder.map(annotation).join("");
  if (rest.length > 0) {
    out += `chartlint: ${rest.length} more finding${rest.length === 1 ? "" : "s"} not shown as annotations (GitHub shows ${ANNOTATIONS_PER_KIND} of each kind per step); all of them are below, in the job summary and in the SARIF file:
`;
    for (const d of rest)
      out += `  ${visible(d.file)}:${d.line}:${d.column}: ${d.severity}: ${visible(d.message)} [${visible(d.ruleId)}]
`;
  }
  return out;
};
export {
  ANNOTATIONS_PER_KIND,
  github
};
