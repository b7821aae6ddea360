import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);

// src/formatters/escape.ts
var CONTROL = /[\0-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeControl(char) {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
var visible = (text) => text.replace(CONTROL, escapeControl);
var plainText = (text) => visible(text).replace(/##\[/g, "##\\x5b");
var UNSAFE_PATH = /[\s"'\\\0-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|:\d|##\[|^:/u;
function plainPath(file) {
  if (file !== "" && !UNSAFE_PATH.test(file)) return file;
  const inner = visible(file.replace(/\\/g, "\\\\").replace(/"/g, '\\"')).replace(/##\[/g, "##\\x5b").replace(/: /g, ":\\x20");
  return `"${inner}"`;
}
var workflowData = (text) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var workflowProperty = (text) => workflowData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
function xmlText(text) {
  return visible(text).replace(/[\uFFFE\uFFFF\uD800-\uDFFF]/gu, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export {
  visible,
  plainText,
  plainPath,
  workflowData,
  workflowProperty,
  xmlText
};
