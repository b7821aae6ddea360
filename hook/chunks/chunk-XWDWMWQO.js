import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);

// src/formatters/rule-docs.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var MAX_SUMMARY = 1e3;
var MAX_HELP = 1e4;
function docsRoot(probeId, from = path.dirname(fileURLToPath(import.meta.url))) {
  for (let dir = from, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "rules", `${probeId}.md`))) return path.join(dir, "rules");
    if (path.dirname(dir) === dir) break;
  }
  return void 0;
}
function readRuleDocs(ids, root = ids[0] === void 0 ? void 0 : docsRoot(ids[0])) {
  const docs = /* @__PURE__ */ new Map();
  if (!root) return docs;
  for (const id of ids) {
    let text;
    try {
      text = readFileSync(path.join(root, `${id}.md`), "utf8");
    } catch {
      continue;
    }
    docs.set(id, parseRuleDoc(text));
  }
  return docs;
}
function parseRuleDoc(text) {
  const body = text.replace(/\r\n?/g, "\n").replace(/<!--[\s\S]*?-->\n?/g, "").replace(/^# [^\n]*\n/, "").trim();
  const first = body.split(/\n\s*\n/, 1)[0] ?? "";
  return { summary: bound(first.replace(/\s*\n\s*/g, " "), MAX_SUMMARY, ""), markdown: bound(body, MAX_HELP, "\n\n") };
}
function bound(text, max, paragraph) {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 2);
  const at = paragraph ? room.lastIndexOf(paragraph) : -1;
  const sentence = Math.max(room.lastIndexOf(". "), room.lastIndexOf(".\n"));
  const cut = at > max / 2 ? at : sentence > max / 2 ? sentence + 1 : room.length;
  return `${text.slice(0, cut).trimEnd()} \u2026`;
}

export {
  MAX_SUMMARY,
  MAX_HELP,
  docsRoot,
  readRuleDocs,
  parseRuleDoc
};
