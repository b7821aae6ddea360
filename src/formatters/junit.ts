import type { Diagnostic } from '../common/diagnostic.js';
import type { Formatter } from './types.js';

/**
 * Escapes text for element content and attribute values alike. Tab, newline and carriage return become
 * character references so attribute values keep them; characters XML 1.0 forbids are dropped (with the
 * `u` flag a lone surrogate matches the range, a well-formed pair does not).
 */
function xml(text: string): string {
  return text
    .replace(/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

const isFailure = (d: Diagnostic): boolean => d.severity !== 'info';

function testcase(d: Diagnostic): string {
  const open = `    <testcase classname="${xml(d.file)}" name="${xml(`${d.ruleId} at ${d.line}:${d.column}`)}">`;
  const body = xml(`${d.severity}: ${d.message} (${d.file}:${d.line}:${d.column})`);
  // Infos are reported but must not fail the build, so they go to system-out.
  const inner = isFailure(d)
    ? `<failure type="${xml(d.ruleId)}" message="${xml(d.message)}">${body}</failure>`
    : `<system-out>${body}</system-out>`;
  return `${open}\n      ${inner}\n    </testcase>`;
}

/** A passing placeholder: some CI systems treat a report without test cases as an error. */
const NO_PROBLEMS = [
  '  <testsuite name="chartlint" tests="1" failures="0">',
  '    <testcase classname="chartlint" name="no problems"/>',
  '  </testsuite>',
];

/** JUnit XML, one test suite per file with findings and one test case per finding. */
export const junit: Formatter = (diagnostics) => {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);

  const suites = [...byFile].flatMap(([file, list]) => [
    `  <testsuite name="${xml(file)}" tests="${list.length}" failures="${list.filter(isFailure).length}">`,
    ...list.map(testcase),
    '  </testsuite>',
  ]);
  const tests = Math.max(diagnostics.length, 1);
  const failures = diagnostics.filter(isFailure).length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="chartlint" tests="${tests}" failures="${failures}" errors="0">`,
    ...(suites.length > 0 ? suites : NO_PROBLEMS),
    '</testsuites>',
    '',
  ].join('\n');
};
