#!/usr/bin/env node
/**
 * Runs chartlint over the peers' own fixtures (../shared/peer-fixtures, when present) and compares, object by
 * object, with what each peer's test suite asserts (../shared/peer-fixtures/EXPECTED.md). Each peer check is
 * mapped to the chartlint rule of the same meaning, turned on with the row's options; checks whose meaning
 * differs (most peers require `imagePullPolicy: Always`; chartlint requires a valid value) or that flag
 * something chartlint asks for (a Secret read into env) are listed as not comparable.
 * Not part of `npm test`: the project's own tests never read ../shared.
 * Prints the comparable rows, the agreements and every disagreement with a reason. Exit 0 always (a measure,
 * not a gate), 2 when chartlint itself fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseAllDocuments } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.resolve(root, '../shared/peer-fixtures');
const cli = path.join(root, 'dist/cli/cli.js');

if (!existsSync(path.join(fixtures, 'EXPECTED.md'))) {
  console.log(`peer check skipped: ${fixtures}/EXPECTED.md is absent`);
  process.exit(0);
}

/** The rows of EXPECTED.md's main table: file, object index, object text, check, expected. */
function readRows() {
  const rows = [];
  for (const line of readFileSync(path.join(fixtures, 'EXPECTED.md'), 'utf8').split('\n')) {
    if (!line.startsWith('| ')) continue;
    const cells = line
      .slice(2, -2)
      .split(/(?<!\\) \| /)
      .map((cell) => cell.trim());
    if (cells.length < 5 || !/^#\d+/.test(cells[1])) continue;
    const [file, object, check, expected] = cells;
    rows.push({ file, index: Number(/^#(\d+)/.exec(object)[1]), object, check, expected });
  }
  return rows;
}

/** The `; config {...}` a row gives its peer, if any. */
function peerConfig(object) {
  const at = object.indexOf('; config {');
  return at === -1 ? {} : JSON.parse(object.slice(at + '; config '.length));
}

/** kyverno's restrict-image-registries pattern (`eu.foo.io/* | bar.io/*`) as allowed-registries entries. */
function kyvernoRegistries() {
  const policy = readFileSync(
    path.join(fixtures, 'kyverno/policies/best-practices/restrict-image-registries/restrict-image-registries.yaml'),
    'utf8',
  );
  const pattern = /image:\s*"([^"]+)"/.exec(policy)[1];
  return pattern.split('|').map((entry) => entry.trim().replace(/\/\*$/, ''));
}

const LATEST = ['latest'];
const UNTAGGED = ['untagged'];
const BOTH = ['latest', 'untagged'];
const DIFFERENT_PULL = 'different meaning: the peer requires imagePullPolicy Always; manifests/pull-policy requires a valid value';

/** The chartlint rule (and message ids) of the same meaning as a row's peer check, or why there is none. */
function mapRow(row) {
  const { check, expected, object } = row;
  if (/expected OUTPUT/.test(expected)) return { none: 'a mutation output, not a check result' };
  if (/^UNKNOWN/.test(expected)) return { none: 'the peer does not count it' };
  const config = peerConfig(object);
  if (/^latest-tag\b/.test(check)) return { rule: 'images/no-latest', messageIds: LATEST };
  if (/^tagNotSpecified/.test(check) || /^CKV_K8S_14\b/.test(check) || /^container-image-tag\b/.test(check))
    return { rule: 'images/no-latest', messageIds: BOTH };
  if (/^disallow-latest-tag/.test(check)) {
    if (/require-image-tag/.test(check)) return { rule: 'images/no-latest', messageIds: UNTAGGED };
    if (/validate-image-tag/.test(check)) return { rule: 'images/no-latest', messageIds: LATEST };
    return { rule: 'images/no-latest', messageIds: BOTH };
  }
  if (/^CKV_K8S_43\b/.test(check) || /^require-image-checksum/.test(check)) return { rule: 'images/digest-pinned' };
  if (/^C-0306\b/.test(check)) {
    const exempt = config.imageDigestExemptRepositories;
    return { rule: 'images/digest-pinned', options: exempt ? { exempt } : undefined };
  }
  if (/^restrict-image-registries/.test(check)) return { rule: 'images/allowed-registries', options: { registries: kyvernoRegistries() } };
  if (/^C-0078\b/.test(check)) return { rule: 'images/allowed-registries', options: { registries: config.imageRepositoryAllowList } };
  if (/^(?:pullPolicyNotAlways|CKV_K8S_15|container-image-pull-policy|imagepullpolicy-always|C-0075)\b/.test(check))
    return { none: DIFFERENT_PULL };
  if (/^read-secret-from-env-var/.test(check) || /^CKV_K8S_35\b/.test(check))
    return { none: 'different meaning: the peer flags a Secret read into env, which is what chartlint asks for' };
  if (/^C-0012 credentials in env/.test(check) && /envFrom\.secretRef/.test(expected))
    return { none: 'different meaning: the peer flags envFrom.secretRef, a Secret read into env' };
  if (/^(?:env-var-secret|sensitiveContainerEnvVar|sensitiveConfigmapContent)\b/.test(check) || /^C-0012\b/.test(check))
    // A secret-named setting left at a placeholder (`AWS_SECRET_ACCESS_KEY: xxxxx`) is chartlint's
    // placeholder-unresolved on the same object: the same meaning, "this value must not ship as it is".
    return { rule: 'secrets/literal-in-manifest', also: ['secrets/placeholder-unresolved'] };
  return { none: `no chartlint rule of the same meaning as ${check}` };
}

/** What the peer asserts for the object: true = a finding, false = none. */
function peerFails(expected) {
  if (/^(?:FAIL|REJECTED)/.test(expected)) return true;
  if (/^(?:pass|admitted)/.test(expected)) return false;
  return undefined;
}

// My judgement of each disagreement, by "file #index" (the rows where chartlint and the peer differ).
const INVALID =
  'chartlint right: the reference does not parse (images/reference-syntax reports it), so the runtime refuses it: an error, not an image without a digest';
const AKIA =
  "peer wrong: AKIAIOSFODNN7EXAMPLE is an AWS access key ID (AWS's documented example), an identifier that is of no use without its secret key; the peer flags it only when configured with the AKIA pattern";
const REASONS = {
  'kubescape/regolibrary/rules/image-not-pinned-to-digest/test/pod-blake3-invalid/input/pod.yaml #0': `${INVALID} (unsupported digest algorithm)`,
  'kubescape/regolibrary/rules/image-not-pinned-to-digest/test/pod-sha256-short/input/pod.yaml #0': `${INVALID} (a sha256 digest has 64 hex digits)`,
  'kubescape/regolibrary/rules/image-not-pinned-to-digest/test/pod-sha512-short/input/pod.yaml #0': `${INVALID} (a sha512 digest has 128 hex digits)`,
  'kubescape/regolibrary/rules/image-not-pinned-to-digest/test/pod-short-digest/input/pod.yaml #0': `${INVALID} ("sha256:abc")`,
  'kubescape/regolibrary/rules/image-not-pinned-to-digest/test/pod-sha256-uppercase/input/pod.yaml #0': `${INVALID} (digest hex is lowercase)`,
  'kubescape/regolibrary/rules/rule-credentials-in-env-var/test/deployment/input/deployment.yaml #0':
    'peer wrong: the only candidate is some-name=JWT, the word "JWT", not a token; the peer matches values by substring',
  'kubescape/regolibrary/rules/rule-credentials-in-env-var/test/pod/input/pod.yaml #0':
    'peer wrong: the only candidate is some-name=my_key_value, not a credential; the peer matches the value substring "_key_"',
  'kubescape/regolibrary/rules/rule-credentials-in-env-var/test/env-value-akia-key/input/pod.yaml #0': AKIA,
  'kubescape/regolibrary/rules/rule-credentials-configmap/test/env-value-akia-key/input/configmap.yaml #0': AKIA,
};

function runChartlint(file, rule, options) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chartlint-peers-'));
  try {
    const config = path.join(dir, 'config.json');
    const settings = options ? { severity: 'error', options } : 'error';
    writeFileSync(config, JSON.stringify({ rules: { [rule]: settings } }));
    const run = spawnSync(process.execPath, [cli, '-c', config, '--manifests', file, '-f', 'json'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    if (run.status === 2) return { error: run.stderr.trim().split('\n')[0] };
    const diagnostics = JSON.parse(run.stdout).diagnostics.map((d) => ({ ...d, file: path.resolve(dir, d.file) }));
    return { diagnostics };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The 0-based document index of each 1-based line of a stream. */
function documentOfLine(text) {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines });
  const starts = (Array.isArray(documents) ? documents : [documents]).map((doc) => lines.linePos(doc.range[0]).line);
  return (line) => {
    let index = 0;
    for (let i = 0; i < starts.length; i++) if (starts[i] <= line) index = i;
    return index;
  };
}

const rows = readRows();
const cache = new Map();
const results = [];
for (const row of rows) {
  const mapping = mapRow(row);
  const peer = peerFails(row.expected);
  if (mapping.none || peer === undefined) {
    results.push({ row, comparable: false, reason: mapping.none ?? `expectation "${row.expected}" is not a result` });
    continue;
  }
  const file = path.join(fixtures, row.file);
  const key = JSON.stringify([file, mapping.rule, mapping.options]);
  if (!cache.has(key)) {
    let run = runChartlint(file, mapping.rule, mapping.options);
    let note = '';
    if (run.error && mapping.options) {
      note = `options not accepted by this build (${run.error}); run without them`;
      run = runChartlint(file, mapping.rule, undefined);
    }
    if (run.error) {
      console.error(`chartlint failed on ${row.file}: ${run.error}`);
      process.exit(2);
    }
    cache.set(key, { ...run, note, documentOf: documentOfLine(readFileSync(file, 'utf8')) });
  }
  const { diagnostics, note, documentOf } = cache.get(key);
  const findings = diagnostics.filter(
    (d) =>
      (d.ruleId === mapping.rule || mapping.also?.includes(d.ruleId)) &&
      (!mapping.messageIds || mapping.messageIds.includes(d.messageId)) &&
      d.file === file &&
      documentOf(d.line) === row.index,
  );
  const ours = findings.length > 0;
  results.push({ row, comparable: true, rule: mapping.rule, ours, peer, agree: ours === peer, note, findings: findings.length });
}

const comparable = results.filter((r) => r.comparable);
const agreements = comparable.filter((r) => r.agree);
const label = (r) => `${r.row.file} #${r.row.index}`;
console.log(`rows in EXPECTED.md: ${results.length}`);
console.log(`comparable rows:     ${comparable.length}`);
console.log(`agreements:          ${agreements.length}`);
console.log(`disagreements:       ${comparable.length - agreements.length}\n`);
console.log('| fixture object | peer check | peer | chartlint rule | chartlint | reason |');
console.log('|---|---|---|---|---|---|');
for (const r of comparable.filter((x) => !x.agree)) {
  const reason = [REASONS[label(r)] || 'unexplained', r.note].filter(Boolean).join('; ');
  console.log(
    `| ${label(r)} | ${r.row.check} | ${r.peer ? 'FAIL' : 'pass'} | ${r.rule} | ${r.ours ? `FAIL (${r.findings})` : 'pass'} | ${reason} |`,
  );
}
const notComparable = new Map();
for (const r of results.filter((x) => !x.comparable)) notComparable.set(r.reason, (notComparable.get(r.reason) ?? 0) + 1);
console.log('\nnot comparable:');
for (const [reason, count] of notComparable) console.log(`  ${String(count).padStart(3)}  ${reason}`);
