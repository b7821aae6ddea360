import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  plainPath,
  plainText
} from "./chunk-CRQ7OQOT.js";
import "./chunk-FUMSRPZC.js";

// src/formatters/compact.ts
var compact = (diagnostics) => diagnostics.map((d) => `${plainPath(d.file)}:${d.line}:${d.column}: ${d.severity}: ${plainText(d.message)} [${plainText(d.ruleId)}]
`).join("");
export {
  compact
};
