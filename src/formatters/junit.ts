import type { Diagnostic } from '../common/diagnostic.js';
import { xmlText } from './escape.js';
import { groupBy, type Formatter } from './types.js';

const isFailure = (d: Diagnostic): boolean => d.severity !== 'info';

function testcase(d: Diagnostic): string {
  const open = `    <testcase classname="${xmlText(d.file)}" name="${xmlText(`${d.ruleId} at ${d.line}:${d.column}`)}">`;
  const body = xmlText(`${d.severity}: ${d.message} (${d.file}:${d.line}:${d.column})`);
  // Infos are reported but must not fail the build, so they go to system-out.
  const inner = isFailure(d)
    ? `<failure type="${xmlText(d.ruleId)}" message="${xmlText(d.message)}">${body}</failure>`
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
  const byFile = groupBy(diagnostics, (d) => d.file);

  const suites = [...byFile].flatMap(([file, list]) => [
    `  <testsuite name="${xmlText(file)}" tests="${list.length}" failures="${list.filter(isFailure).length}">`,
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
