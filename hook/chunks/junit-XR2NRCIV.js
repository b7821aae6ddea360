import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  groupBy
} from "./chunk-UKPP2GBR.js";
import {
  xmlText
} from "./chunk-CRQ7OQOT.js";
import "./chunk-FUMSRPZC.js";

// src/formatters/junit.ts
var isFailure = (d) => d.severity !== "info";
function testcase(d) {
  const open = `    <testcase classname="${xmlText(d.file)}" name="${xmlText(`${d.ruleId} at ${d.line}:${d.column}`)}">`;
  const body = xmlText(`${d.severity}: ${d.message} (${d.file}:${d.line}:${d.column})`);
  const inner = isFailure(d) ? `<failure type="${xmlText(d.ruleId)}" message="${xmlText(d.message)}">${body}</failure>` : `<system-out>${body}</system-out>`;
  return `${open}
      ${inner}
    </testcase>`;
}
var NO_PROBLEMS = [
  '  <testsuite name="chartlint" tests="1" failures="0">',
  '    <testcase classname="chartlint" name="no problems"/>',
  "  </testsuite>"
];
var junit = (diagnostics) => {
  const byFile = groupBy(diagnostics, (d) => d.file);
  const suites = [...byFile].flatMap(([file, list]) => [
    `  <testsuite name="${xmlText(file)}" tests="${list.length}" failures="${list.filter(isFailure).length}">`,
    ...list.map(testcase),
    "  </testsuite>"
  ]);
  const tests = Math.max(diagnostics.length, 1);
  const failures = diagnostics.filter(isFailure).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="chartlint" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.length > 0 ? suites : NO_PROBLEMS,
    "</testsuites>",
    ""
  ].join("\n");
};
export {
  junit
};
