/**
 * The fuzzer's judge (scripts/fuzz/judge.mjs) on crafted outputs: each kind of failure is caught, and a
 * clean run passes. Uses the SARIF schema copied into test/data, never ../shared.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge, makeSarifValidator, xmlError, type RunResult } from '../scripts/fuzz/judge.mjs';
import { goTitle, needlesOf, type Secret } from '../scripts/fuzz/plant.mjs';

const validateSarif = makeSarifValidator(path.resolve(import.meta.dirname, 'data/sarif-2.1.0-rtm.5.json'));

const SECRET: Secret = { kind: 'long', value: 'zk3fQ9wLmT7vBx2NpR5sYh8', cores: ['zk3fQ9wLmT7vBx2NpR5sYh8'] };
const PEM_LINES = [
  'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun',
  'VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK',
];
const PEM: Secret = {
  kind: 'pem',
  value: `-----BEGIN RSA PRIVATE KEY-----\n${PEM_LINES.join('\n')}\n-----END RSA PRIVATE KEY-----`,
  cores: PEM_LINES,
};

const SARIF = `${JSON.stringify({
  version: '2.1.0',
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  runs: [{ tool: { driver: { name: 'chartlint', rules: [] } }, results: [] }],
})}\n`;
const JUNIT = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="chartlint" tests="0" failures="0">\n</testsuites>\n';
const STYLISH =
  'fuzzchart/values.yaml\n  3:14  error  A literal sensitive value: a 23-character literal.  secrets/in-chart-defaults\n\n1 problem\n';

/** A clean run with every output written; `change` overrides parts of it. */
function run(change: Partial<RunResult> = {}): RunResult {
  return {
    exitCode: 1,
    stdoutFormat: 'stylish',
    stdout: STYLISH,
    stderr: '',
    outputs: {
      compact: 'fuzzchart/values.yaml:3:14: error: A literal sensitive value. [secrets/in-chart-defaults]\n',
      github: '::error file=fuzzchart/values.yaml,line=3,col=14,title=secrets/in-chart-defaults::A literal sensitive value.\n',
      json: '[]\n',
      junit: JUNIT,
      sarif: SARIF,
    },
    cacheFiles: [{ name: 'results/x.json', text: '{"entries":{}}' }],
    tmpLeftovers: [],
    inputBefore: 'h1',
    inputAfter: 'h1',
    needles: [...needlesOf(SECRET, 0), ...needlesOf(PEM, 1)],
    ...change,
  };
}

const classes = (r: RunResult) => [...new Set(judge(r, validateSarif).map((f) => f.class))];

describe('fuzz judge', () => {
  it('passes a clean run, and a clean exit 0 with nothing to report', () => {
    expect(judge(run(), validateSarif)).toEqual([]);
    expect(judge(run({ exitCode: 0, stdout: '' }), validateSarif)).toEqual([]);
  });

  it('catches a raw leak anywhere: stdout, stderr, an -o file, the cache', () => {
    expect(classes(run({ stdout: `${STYLISH}value ${SECRET.value}\n` }))).toEqual(['leak']);
    expect(classes(run({ stderr: `helm: bad ${SECRET.value}` }))).toEqual(['leak']);
    expect(classes(run({ outputs: { ...run().outputs, json: JSON.stringify([{ message: SECRET.value }]) } }))).toEqual(['leak']);
    expect(classes(run({ cacheFiles: [{ name: 'renders/k.yaml', text: `password: ${SECRET.value}` }] }))).toEqual(['leak']);
    // One line of a PEM block is enough.
    expect(classes(run({ stdout: `${STYLISH}  ${PEM_LINES[1]}\n` }))).toEqual(['leak']);
  });

  it('catches the transformed forms helm templates produce', () => {
    for (const form of [
      SECRET.value.toUpperCase(),
      SECRET.value.toLowerCase(),
      goTitle(SECRET.value),
      Buffer.from(SECRET.value).toString('base64'),
      JSON.stringify(PEM.value),
      PEM_LINES[0]!.toUpperCase(),
    ]) {
      const failures = judge(run({ stdout: `${STYLISH}cannot render with ${form}\n` }), validateSarif);
      expect(
        failures.map((f) => f.class),
        form,
      ).toEqual(['leak']);
    }
    expect(goTitle('ab cd-ef_gh')).toBe('Ab Cd-Ef_gh');
  });

  it('catches stack traces and crashes', () => {
    const trace =
      'TypeError: Cannot read properties of undefined\n    at parse (file:///x/dist/cli/chunk.js:12:5)\n    at node:internal/main:1:1\n';
    expect(classes(run({ exitCode: 2, stdout: '', stderr: trace }))).toEqual(['crash', 'stack-trace']);
    expect(classes(run({ stdout: `${STYLISH}  1:1  error  YAML syntax error: Maximum call stack size exceeded.\n` }))).toEqual([
      'stack-trace',
    ]);
    expect(classes(run({ exitCode: 134, signal: null }))).toEqual(['crash']);
    expect(classes(run({ exitCode: 1, stdout: '' }))).toEqual(['crash']);
    expect(classes(run({ outputs: { ...run().outputs, sarif: null } }))).toEqual(['crash']);
    expect(classes(run({ timedOut: true, exitCode: null }))).toEqual(['hang']);
  });

  it('catches invalid JSON, SARIF and JUnit', () => {
    expect(classes(run({ outputs: { ...run().outputs, json: '[{"a": 1}' } }))).toEqual(['invalid-json']);
    expect(classes(run({ outputs: { ...run().outputs, sarif: '{"version": "2.1.0", "runs": [{}]}' } }))).toEqual(['invalid-sarif']);
    expect(classes(run({ outputs: { ...run().outputs, sarif: '{"version": ' } }))).toEqual(['invalid-sarif']);
    expect(classes(run({ outputs: { ...run().outputs, junit: '<testsuites><testcase name="a & b"/></testsuites>' } }))).toEqual([
      'invalid-junit',
    ]);
    expect(xmlError(JUNIT)).toBeUndefined();
    expect(xmlError('<a message="x=1 y=2" type=\'t\'/>')).toBeUndefined();
    expect(xmlError('<a x="1" x="2"/>')).toMatch(/duplicate attribute/);
    expect(xmlError('<a><b></a></b>')).toMatch(/mismatched/);
    expect(xmlError('<a m="x\u0001"/>')).toMatch(/forbidden character/);
    expect(xmlError('<a/><b/>')).toMatch(/root/);
  });

  it('catches output injection: "::" lines in stylish or compact, broken github commands, terminal escapes', () => {
    expect(classes(run({ stdout: `${STYLISH}::error file=a::injected\n` }))).toEqual(['injection']);
    expect(classes(run({ outputs: { ...run().outputs, compact: 'a:1:1: error: Image "x\n::warning::y" [r]\n' } }))).toEqual(['injection']);
    expect(classes(run({ outputs: { ...run().outputs, github: '::error file=a::first line\nsecond line\n' } }))).toEqual(['injection']);
    expect(classes(run({ stdout: `${STYLISH}key "\u001b[2J" is unused\n` }))).toEqual(['injection']);
  });

  it('catches files left in TMPDIR and a modified input tree', () => {
    expect(classes(run({ tmpLeftovers: ['chartlint-render-abc/'] }))).toEqual(['tmp-leftover']);
    expect(classes(run({ inputAfter: 'h2' }))).toEqual(['modified-input']);
  });
});
