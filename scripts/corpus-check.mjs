#!/usr/bin/env node
/**
 * Runs chartlint over ../shared/corpus/openstack-helm (when present) and compares the findings per rule
 * with the catalogue in ../shared/research/openstack-helm.md. Not part of `npm test`: the project's own
 * tests never read ../shared. Exit 0 when the counts agree (or the corpus is absent), 1 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus/openstack-helm');

// Expected findings per rule, from the research catalogue (openstack-helm.md §1, §7 and SOURCE.md).
const EXPECTED = {
  // 104 latest-* refs in values.yaml + 62 in overrides.
  'images/floating-tag': 166,
  // ldap bootstrap + ldap (values.yaml:68-69), and libvirt's vexxhost_exporter override, whose
  // extraContainers image the catalogue (images.tags only) does not count.
  'images/fully-qualified': 3,
  // elasticsearch, libvirt, redis (exact :latest in images.tags) + the same vexxhost_exporter override.
  'images/no-latest': 4,
  // cert-rotation has no images.pull_policy.
  'images/pull-policy': 1,
  // ceilometer (ceilometer_db_sync), gnocchi and skyline (db_drop), prometheus-blackbox-exporter (dep_check).
  'images/required-keys': 4,
  // The 14 netpol.yaml overrides with %%%REPLACE_*%%% placeholders: 29 placeholder positions.
  'yaml/syntax': 29,
};
const EXPECTED_SYNTAX_FILES = 14;

if (!existsSync(corpus)) {
  console.log(`corpus check skipped: ${corpus} is absent`);
  process.exit(0);
}

const cli = path.join(root, 'dist/src/cli.js');
const run = spawnSync(process.execPath, [cli, '--format', 'json', corpus], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
if (run.status !== 0 && run.status !== 1) {
  console.log(`chartlint exited ${run.status}: ${run.stderr}`);
  process.exit(1);
}
const { diagnostics, summary } = JSON.parse(run.stdout);
const counts = {};
for (const d of diagnostics) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
const syntaxFiles = new Set(diagnostics.filter((d) => d.ruleId === 'yaml/syntax').map((d) => d.file)).size;

let failures = 0;
for (const id of new Set([...Object.keys(EXPECTED), ...Object.keys(counts)])) {
  const ok = (counts[id] ?? 0) === (EXPECTED[id] ?? 0);
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${id.padEnd(26)} ${String(counts[id] ?? 0).padStart(4)} (expected ${EXPECTED[id] ?? 0})`);
}
const filesOk = syntaxFiles === EXPECTED_SYNTAX_FILES;
if (!filesOk) failures++;
console.log(`${filesOk ? 'ok  ' : 'FAIL'} ${'files with yaml/syntax'.padEnd(26)} ${String(syntaxFiles).padStart(4)} (expected ${EXPECTED_SYNTAX_FILES})`);
console.log(`${summary.charts} charts, ${summary.files} files linted`);
process.exit(failures === 0 ? 0 : 1);
