#!/usr/bin/env node
/**
 * Runs chartlint over ../shared/corpus (when present): the values corpus, and the rendered corpus with
 * --manifests, and compares the findings per rule with the catalogue in ../shared/research/openstack-helm.md.
 * Not part of `npm test`: the project's own tests never read ../shared.
 * Exit 0 when the counts agree (or the corpus is absent), 1 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus/openstack-helm');
const rendered = path.resolve(root, '../shared/corpus/openstack-helm-rendered');

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
  // openstack-helm.md §3: 74 of 80 charts ship credentials in values.yaml, almost all the literal `password`
  // (376 leaves, of which 9 are ${ENV} references, not literals): 374 findings in values.yaml (360 well-known
  // defaults, 14 other literals) and 9 in override files (the {{ ... }} references of mariadb-operator.yaml
  // are not literals). Of those, the 68 `endpoints.oci_image_registry.auth.<user>.password` beside
  // `auth.enabled: false` are a login that is off by default and not reported: 315 findings, and 19 charts
  // whose only credentials are those; etcd's `initial_cluster_token` is a public cluster identifier, and
  // freezer's `secret:` beside `secretNamespace:` names a Secret: 313 findings, and 54 charts with secrets
  // in values.yaml. Then (issue 12) ceph-rgw's `access_key` is an S3 access key ID (an identifier, the
  // `secret_key` beside it is the secret), backend_pure.yaml's `pure-api-token-value` spells its own key (a
  // placeholder), and trove's rally test scenario password is a test's throwaway input: 310 findings.
  'secrets/in-chart-defaults': 310,
  // openstack-helm.md §2: cloudkitty's storage_init.servcies and designate's api.service and central.service
  // (ignored kinds); nagios's jobs and services straight under dependencies.dynamic.common, and keystone's
  // services straight under dependencies.dynamic.rabbit_init (a kind where a component belongs).
  'entrypoint/dependency-keys': 6,
  // Services with no endpoints entry in the chart's values.yaml: ceilometer oslo_db (central, compute, ipmi,
  // notification; its render shows "openstack:keystone-api,,openstack:gnocchi-api") and metering (tests),
  // cyborg placement (agent), prometheus-blackbox-exporter identity, and local_image_registry in
  // kubernetes-keystone-webhook, prometheus-blackbox-exporter (twice) and skyline (hangs once
  // images.local_registry.active is set).
  'entrypoint/service-endpoint': 11,
};
const EXPECTED_SECRET_CHARTS = 54;
const EXPECTED_SYNTAX_FILES = 14;

// The default renders (openstack-helm.md §1, §4): exactly two empty images (ceilometer db-sync, manila rally
// test); 939 imagePullPolicy lines, all IfNotPresent or Always; ldap's two images have no registry host; of the
// three :latest images, elasticsearch's templates job and redis's helm test render by default (libvirt's
// kubectl does not). 411 rendered containers use latest-* tags (every dep_check init container among them).
const EXPECTED_RENDERED = {
  'manifests/image-empty': 2,
  'images/fully-qualified': 2,
  'images/no-latest': 2,
  'images/floating-tag': 411,
  // Env vars given literally: ldap's admin password (the default), rabbitmq's erlang cookie (etcd's initial
  // cluster token is a public cluster identifier, not a secret); rabbitmq's RABBITMQ_ADMIN_CONNECTION URL with
  // the default password in its test Pod and its cluster-wait Job (found by shape, under a name that says
  // nothing); registry's config.yml secret (not-so-secret-secret); swift's proxy-server.conf with its memcache
  // secret key and the default password. nagios's selenium script builds its URL from `{1}`, a format field
  // filled from NAGIOS_PASSWORD at run time: not a password.
  'secrets/literal-in-manifest': 7,
  // ceilometer's compute, central and notification pods list the service oslo_db, which ceilometer's endpoints
  // lack: helm-toolkit renders DEPENDENCY_SERVICE "openstack:keystone-api,,openstack:gnocchi-api", whose empty
  // item never resolves. Every other of the 376 kubernetes-entrypoint init containers is clean.
  'entrypoint/env-list-syntax': 3,
  // The 78 streams as one deployment set, no --namespace given (objects written without one answer wherever
  // they are waited for). Real defects: ceilometer's compute, central and notification pods wait for a
  // ceilometer-ks-endpoints Job the chart does not render (helm-toolkit keeps the entry: no manifests flag
  // drops it), and elasticsearch's create-elasticsearch-templates waits for elasticsearch-s3-bucket, which
  // renders only with snapshots on. Expected from outside: mariadb-backup and the mariadb-cluster test wait
  // for mariadb-server-primary, which mariadb-operator creates (declare "openstack:mariadb-server-primary").
  'entrypoint/unresolved-dependency': 6,
};

if (!existsSync(corpus)) {
  console.log(`corpus check skipped: ${corpus} is absent`);
  process.exit(0);
}

const cli = path.join(root, 'dist/cli/cli.js');
let failures = 0;

function chartlint(args) {
  const run = spawnSync(process.execPath, [cli, '--format', 'json', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0 && run.status !== 1) {
    console.log(`FAIL chartlint ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    process.exit(1);
  }
  return JSON.parse(run.stdout);
}

function check(name, actual, expected) {
  const ok = actual === expected;
  if (!ok) failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(40)} ${String(actual).padStart(4)} (expected ${expected})`);
}

function compare(title, diagnostics, expected) {
  console.log(title);
  const counts = {};
  for (const d of diagnostics) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
  for (const id of new Set([...Object.keys(expected), ...Object.keys(counts)])) check(id, counts[id] ?? 0, expected[id] ?? 0);
}

const values = chartlint([corpus]);
compare('values corpus (openstack-helm):', values.diagnostics, EXPECTED);
const syntaxFiles = new Set(values.diagnostics.filter((d) => d.ruleId === 'yaml/syntax').map((d) => d.file)).size;
check('files with yaml/syntax', syntaxFiles, EXPECTED_SYNTAX_FILES);
const secretCharts = new Set(
  values.diagnostics
    .filter((d) => d.ruleId.startsWith('secrets/') && d.file.endsWith('/values.yaml'))
    .map((d) => path.basename(path.dirname(d.file))),
).size;
check('charts with secrets in values.yaml', secretCharts, EXPECTED_SECRET_CHARTS);
console.log(`  ${values.summary.charts} charts, ${values.summary.files} files linted`);

if (existsSync(rendered)) {
  const manifests = chartlint(['--manifests', rendered]);
  compare('rendered corpus (openstack-helm-rendered, --manifests):', manifests.diagnostics, EXPECTED_RENDERED);
  const empty = manifests.diagnostics.filter((d) => d.ruleId === 'manifests/image-empty').map((d) => `${path.basename(d.file)}:${d.line}`);
  check('empty images at ceilometer.yaml:1367, manila.yaml:2394', empty.join(' '), 'ceilometer.yaml:1367 manila.yaml:2394');
  console.log(`  ${manifests.summary.files} streams linted`);
}
// The SAP umbrella/region layout (seed-systems.md §4): chart defaults and the umbrella's globals hold only
// placeholders, so no secret is reported there; its openstack/values.yaml repeats keys (yaml/syntax); the
// example region's stand-in values for every chart's passwords, `YourOwnSecret!` and `add your own`, are
// placeholders (issue 12: "Your..." spellings), not secrets, so region-scope has nothing to move.
// SAP's charts do not depend on helm-toolkit, so each gets chartlint:recommended by default, where
// values/global-scope is off (opt-in); it is judged in a second run that extends chartlint:openstack-helm.
const sap = path.resolve(root, '../shared/corpus/sapcc-openstack-helm');
if (existsSync(sap)) {
  const expected = {
    'yaml/syntax': 10,
    'secrets/region-scope': 0,
    'images/fully-qualified': 5,
    // Their `image:` beside `imageTag:` (mysql_metrics, pg_metrics, rabbitmq_notifications) is pinned by the tag.
    'images/no-latest': 0,
  };
  compare('umbrella/region corpus (sapcc-openstack-helm):', chartlint([sap]).diagnostics, expected);
  const scratch = mkdtempSync(path.join(tmpdir(), 'chartlint-corpus-'));
  const config = path.join(scratch, 'openstack-helm.yaml');
  writeFileSync(config, 'extends: chartlint:openstack-helm\n');
  try {
    compare('umbrella/region corpus, extends: chartlint:openstack-helm:', chartlint(['--config', config, sap]).diagnostics, {
      ...expected,
      'values/global-scope': 24,
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// The real charts with their templates and helm-toolkit (values only, no render): the dependencies: rules,
// now with entrypoint/dead-component, which needs the templates. Its 22 are components no template passes:
// ldap server (the statefulset passes "ldap"), swift tests ("test"), ceph-adapter-rook namespace_client_key
// ("namespace-client-key"), neutron rpc_server (its deployment resolves "server"), ceph-provisioners
// csi_rbd_provisioner ("rbd_provisioner"), elasticsearch snapshot_repository ("verify_repositories"), and
// leftovers no template uses: image_repo_sync of blazar, ovn, prometheus-blackbox-exporter and
// prometheus-mysql-exporter, ceilometer api and tests, ceph-client's cephfs_client_key_generator and
// namespace_client_key_{cleaner,generator}, ceph-provisioners cephfs_provisioner, kube-dns kube_dns,
// kubernetes-keystone-webhook api, mariadb-backup mariadb_server_ks_user and tests,
// prometheus-blackbox-exporter prometheus_blackbox_exporter, prometheus-mysql-exporter
// prometheus_mysql_exporter_tests. atmosphere vendors the same designate, keystone, neutron, ovn and
// ceph-provisioners defects, plus staffeln's oslo_messaging with no endpoints entry. No bitnami or StarlingX
// chart has a finding: bitnami charts are not built on helm-toolkit, StarlingX's dependencies are clean.
// entrypoint/disabled-job has none: elasticsearch's local-storage override switches off the jobs its
// verify_repositories, tests and s3_bucket components wait for, but also the cron job, test pod and job that
// wait, and no values.yaml switches off the only job a rendered component waits for.
const realCorpus = path.resolve(root, '../shared/corpus/real');
const ENTRYPOINT_REAL = {
  'openstack-helm': { 'entrypoint/dependency-keys': 6, 'entrypoint/service-endpoint': 11, 'entrypoint/dead-component': 22 },
  atmosphere: { 'entrypoint/dependency-keys': 3, 'entrypoint/service-endpoint': 1, 'entrypoint/dead-component': 3 },
  'starlingx-openstack-armada-app': {},
  bitnami: {},
};
for (const [name, expected] of Object.entries(ENTRYPOINT_REAL)) {
  const dir = path.join(realCorpus, name);
  if (!existsSync(dir)) continue;
  const found = chartlint([dir]).diagnostics.filter((d) => d.ruleId.startsWith('entrypoint/'));
  compare(`dependencies: values rules over real/${name}:`, found, expected);
}
process.exit(failures === 0 ? 0 : 1);
