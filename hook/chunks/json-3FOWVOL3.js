import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  countBySeverity
} from "./chunk-UKPP2GBR.js";
import {
  ruleDocUrl
} from "./chunk-YT7LJYZK.js";
import "./chunk-FUMSRPZC.js";

// src/formatters/json.ts
var entry = (d) => ({
  file: d.file,
  line: d.line,
  column: d.column,
  endLine: d.endLine,
  endColumn: d.endColumn,
  ruleId: d.ruleId,
  severity: d.severity,
  message: d.message,
  messageId: d.messageId,
  docs: ruleDocUrl(d.ruleId),
  ...d.path ? { path: d.path } : {},
  ...d.fingerprint ? { fingerprint: d.fingerprint } : {},
  ...d.related ? { related: d.related } : {},
  ...d.fix ? { fix: d.fix } : {},
  ...d.suggestions ? { suggestions: d.suggestions } : {},
  ...d.suppressions ? { suppressions: d.suppressions } : {}
});
var json = (diagnostics, context) => `${JSON.stringify(
  {
    diagnostics: diagnostics.map(entry),
    summary: { ...countBySeverity(diagnostics), charts: context.charts, files: context.files },
    ...context.suppressed?.length ? { suppressed: context.suppressed.map(entry) } : {}
  },
  null,
  2
)}
`;
export {
  json
};
