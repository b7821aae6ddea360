/**
 * TripleO ContainerImagePrepare files: recognised by content or config, every tripleo/* message, the image
 * rules over the references the entries produce, the TripleO documentation's own examples (each with exactly
 * the findings its semantics imply), bad input, and credentials that never reach any output.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, lint, type Diagnostic } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { compare, readExpectations } from './helpers/expectations.js';
import { makeTree } from './helpers/tree.js';

/** Every rule/messageId the fixtures of this file produced. */
const seen = new Set<string>();

/** Lints each file of the tree, named on the command line, and holds it to the expectations written in it. */
async function expectFixtures(files: Record<string, string>, extra: Record<string, string> = {}): Promise<Diagnostic[]> {
  const root = makeTree({ ...files, ...extra });
  const result = await lint({ paths: Object.keys(files), cwd: root, jobs: 1 });
  expect(result.internalErrors).toEqual([]);
  for (const d of result.diagnostics) seen.add(`${d.ruleId}/${d.messageId}`);
  for (const file of Object.keys(files)) {
    const { missing, unexpected } = compare(
      readExpectations(path.join(root, file)),
      result.diagnostics.filter((d) => d.file === file),
    );
    const shown = [
      ...missing.map((e) => `missing ${file}:${e.line}:${e.column ?? '*'} ${e.ruleId}${e.messageId ? `/${e.messageId}` : ''}`),
      ...unexpected.map((a) => `unexpected ${file}:${a.line}:${a.column}-${a.endColumn} ${a.ruleId}/${a.messageId}: ${a.message}`),
    ];
    expect(shown).toEqual([]);
  }
  return result.diagnostics;
}

// The TripleO documentation's examples (tripleo-docs deploy-guide container_image_prepare.rst), and the
// defaults file of tripleo-common master (container_image_prepare_defaults.yaml).
const MASTER_DEFAULTS = `parameter_defaults:
  ContainerImagePrepare:
  - push_destination: true
    set:
      namespace: quay.io/tripleomastercentos9
      name_prefix: openstack-
      name_suffix: ''
      tag: current-tripleo  # expect: images/floating-tag/floating
      #    ^^^^^^^^^^^^^^^
      rhel_containers: false
      neutron_driver: 'ovn'
      ceph_namespace: quay.rdoproject.org/tripleomastercentos9
      ceph_image: daemon
      ceph_tag: current-ceph
      ceph_prometheus_namespace: quay.io/prometheus
      ceph_prometheus_image: prometheus
      ceph_prometheus_tag: v2.33.4
      ceph_alertmanager_namespace: quay.io/prometheus
      ceph_alertmanager_image: alertmanager
      ceph_alertmanager_tag: v0.23.0
      ceph_node_exporter_namespace: quay.io/prometheus
      ceph_node_exporter_image: node-exporter
      ceph_node_exporter_tag: v1.3.1
      ceph_grafana_namespace: quay.io/ceph
      ceph_grafana_image: ceph-grafana
      ceph_grafana_tag: 6.7.4
      ceph_haproxy_namespace: quay.io/ceph
      ceph_haproxy_image: haproxy
      ceph_haproxy_tag: '2.3'
      ceph_keepalived_namespace: quay.io/ceph
      ceph_keepalived_image: keepalived
      ceph_keepalived_tag: 2.1.5
      pushgateway_namespace: quay.io/prometheus
      pushgateway_image: pushgateway
      pushgateway_tag: v1.4.2
`;

const DOCS_DEFAULT = `parameter_defaults:
  ContainerImagePrepare:
  - set:
      ceph_image: daemon
      ceph_namespace: docker.io/ceph
      ceph_tag: v4.0.0-stable-4.0-nautilus-centos-7-x86_64
      name_prefix: centos-binary-
      name_suffix: ''
      namespace: docker.io/tripleomaster
      neutron_driver: null
      tag: current-tripleo  # expect: images/floating-tag
    tag_from_label: rdo_version  # expect: tripleo/tag-from-label-ignored/ignored
   #^^^^^^^^^^^^^^
`;

const DOCS_PUSH = `parameter_defaults:
  ContainerImagePrepare:
  - push_destination: 192.168.24.1:8787
    set:
      namespace: docker.io/tripleomaster
`;

const DOCS_CREDENTIALS = `parameter_defaults:
  ContainerImagePrepare:
  - push_destination: 192.168.24.1:8787
    set:
      namespace: quay.io/tripleomastercentos9
  ContainerImageRegistryCredentials:
    'quay.io': {'<your_quay_username>': '<your_quay_password>'}
`;

const DOCS_LAYERING = `parameter_defaults:
  ContainerImagePrepare:
  - tag_from_label: rdo_version  # expect: tripleo/tag-from-label-ignored
    push_destination: true
    excludes:
    - nova-api
    set:
      namespace: docker.io/tripleomaster
      name_prefix: centos-binary-
      name_suffix: ''
      tag: current-tripleo  # expect: images/floating-tag
  - push_destination: true
    includes:
    - nova-api
    set:
      namespace: mylocal  # expect: images/fully-qualified/unqualified
      #          ^^^^^^^
      tag: myhotfix
`;

const DOCS_CEPH = `parameter_defaults:
  ContainerImagePrepare:
  - push_destination: true
    set:
      namespace: docker.io/tripleomaster
      name_prefix: centos-binary-
      name_suffix: ''
      tag: current-tripleo  # expect: images/floating-tag
    tag_from_label: '{version}-{release}'  # expect: tripleo/tag-from-label-ignored
    excludes: [ceph]
  - push_destination: true
    set:
      ceph_image: ceph
      ceph_namespace: docker.io/ceph
      ceph_tag: latest  # expect: images/no-latest/latest
      #         ^^^^^^
    includes: [ceph]
`;

const DOCS_MODIFY = `parameter_defaults:
  ContainerImagePrepare:
  - push_destination: true
    set:
      namespace: docker.io/tripleomaster
    modify_role: tripleo-modify-image
    modify_append_tag: "-updated"
    modify_vars:
      tasks_from: yum_update.yml
      compare_host_packages: true
      yum_repos_dir_path: /etc/yum.repos.d
`;

const DOCS_MODIFY_RPM = `parameter_defaults:
  ContainerImagePrepare:
  - push_destination: true
    includes:
    - nova-compute
    modify_role: tripleo-modify-image
    modify_append_tag: "-hotfix"
    modify_vars:
      tasks_from: rpm_install.yml
      rpms_path: /home/stack/nova-hotfix-pkgs
`;

const DOCS_MODIFY_DOCKERFILE = `parameter_defaults:
  ContainerImagePrepare:
  - push_destination: true
    includes:
    - nova-compute
    modify_role: tripleo-modify-image
    modify_append_tag: "-hotfix"
    modify_vars:
      tasks_from: modify_image.yml
      modify_dir_path: /home/stack/nova-custom
`;

describe('the TripleO documentation examples', () => {
  it('the master defaults file gives only the floating current-tripleo tag', async () => {
    const found = await expectFixtures({ 'containers-prepare-parameter.yaml': MASTER_DEFAULTS });
    expect(found.map((d) => d.ruleId)).toEqual(['images/floating-tag']);
  });

  it('the generated default, the push, credentials, layering, ceph and modify examples give what their semantics imply', async () => {
    const found = await expectFixtures({
      'default.yaml': DOCS_DEFAULT,
      'push.yaml': DOCS_PUSH,
      'credentials.yaml': DOCS_CREDENTIALS,
      'layering.yaml': DOCS_LAYERING,
      'ceph.yaml': DOCS_CEPH,
      'modify.yaml': DOCS_MODIFY,
      'modify-rpm.yaml': DOCS_MODIFY_RPM,
      'modify-dockerfile.yaml': DOCS_MODIFY_DOCKERFILE,
    });
    const quiet = ['push.yaml', 'credentials.yaml', 'modify.yaml', 'modify-rpm.yaml', 'modify-dockerfile.yaml'];
    expect(found.filter((d) => quiet.includes(d.file))).toEqual([]);
    expect(found.filter((d) => d.file === 'layering.yaml').map((d) => d.ruleId)).toEqual([
      'tripleo/tag-from-label-ignored',
      'images/floating-tag',
      'images/fully-qualified',
    ]);
  });

  it('a tag that tag_from_label resolves is not judged; one the entry leaves to the defaults neither', async () => {
    await expectFixtures({
      'resolved.yaml': `parameter_defaults:
  ContainerImagePrepare:
  - tag_from_label: rdo_version
    set:
      namespace: docker.io/tripleomaster
      ceph_namespace: docker.io/ceph
      ceph_tag: latest
  - includes: [nova-api]
    set:
      namespace: registry.example.com/tripleo
`,
    });
  });
});

describe('tripleo rules', () => {
  it('reports every mistake at its key, with its message', async () => {
    await expectFixtures({
      'mistakes.yaml': `parameter_defaults:
  AdditionalArchitectures: [ppc64le]
  ContainerImagePrepare:
  - set: {namespace: quay.io/tripleomastercentos9, tag: '17.1'}  # expect: tripleo/shadowed-entry/shadowed
  - push_destination: 8787  # expect: tripleo/key-type/pushDestination
    set: {namespace: quay.io/tripleomastercentos9, tag: 16.10}  # expect: images/reference-syntax/numericTag
  - push_destionation: true  # expect: tripleo/unknown-key/entryKey
   #^^^^^^^^^^^^^^^^^
    exclude: [nova]  # expect: tripleo/unknown-key/entryKey
    includes: nova-api  # expect: tripleo/key-type/stringPatterns
    excludes: ['(unclosed', 7]  # expect: tripleo/key-type/invalidPattern, tripleo/key-type/notStringItem, tripleo/includes-with-excludes/ignored
    tag_from_label: '{version}-{}'  # expect: tripleo/label-template/positional, tripleo/tag-from-label-ignored/ignored
    modify_role: tripleo-modify-image  # expect: tripleo/modify-without-push/noPush, tripleo/multi-arch/modifyRole
    modify_vars: [a]  # expect: tripleo/key-type/notMapping
    modify_only_with_source: [tripleo, rpm]  # expect: tripleo/key-type/unknownSource
    set:
      namspace: quay.io/x  # expect: tripleo/unknown-key/setKey
      tag: '1'
      name_prefix: 7  # expect: tripleo/key-type/notString
  - push_destination: 'true'  # expect: tripleo/key-type/quotedSwitch
    includes: [keystone]
    tag_from_label: '{version'  # expect: tripleo/label-template/malformed, tripleo/tag-from-label-ignored
    set:
      namespace: quay.io/tripleomastercentos9
      tag: latest  # expect: images/no-latest/latest
      ceph_images: 'false'  # expect: tripleo/key-type/quotedBoolean
      ceph_tag: [v1]  # expect: tripleo/key-type/notString
  - push_destination: https://192.0.2.1:8787  # expect: tripleo/key-type/pushDestination
    includes: [glance]
    tag_from_label: '{version.major}'  # expect: tripleo/label-template/attribute
    multi_arch: true  # expect: tripleo/multi-arch/entryKey
    set:
      namespace: Quay.io/TripleO  # expect: images/reference-syntax/invalid
  ComputeContainerImagePrepare: {a: b}  # expect: tripleo/key-type/notList
`,
    });
  });

  it('judges credentials by the shape TripleO accepts and the registries the entries use', async () => {
    const found = await expectFixtures({
      'creds.yaml': `parameter_defaults:
  LocalContainerRegistry: 192.0.2.1
  ContainerImagePrepare:
  - push_destination: true
    set:
      namespace: registry.example.com/tripleo
      tag: '17.1'
  ContainerImageRegistryCredentials:
    registry.example.com:
      operator: 73917395  # expect: tripleo/credentials/notString, secrets/registry-credentials/literal
    192.0.2.1:8787:
      admin: admin  # expect: secrets/registry-credentials/knownDefault
    https://mirror.example.com:  # expect: tripleo/credentials/notHost
      operator: '<password>'
    other.example.com:  # expect: tripleo/credentials/notOnePair, tripleo/credentials/unmatched
      a: '<one>'
      b: '<two>'
    quay.io: {operator: '<quay-password>'}
    registry.redhat.io: {'[service account username]': '[service account password]'}
    registry.connect.redhat.com: {'123|svc': eyJhbGciOiJSUzUxMi...}
    broken.example.com: just-a-string  # expect: tripleo/credentials/notMapping
`,
    });
    // No finding names the username (the logical path stops at the registry).
    expect(JSON.stringify(found)).not.toContain('operator');
  });

  it('says nothing of credentials kept in a file of their own but their shape', async () => {
    await expectFixtures({
      'creds-only.yaml': `parameter_defaults:
  ContainerImageRegistryCredentials:
    registry.example.com:
      operator: '<password>'
`,
    });
  });
});

describe('tripleo files: discovery and bad input', () => {
  it('recognises a named file by content, and lints other YAML as values', async () => {
    const root = makeTree({ 'env/prepare.yaml': DOCS_LAYERING, 'env/other.yaml': 'parameter_defaults:\n  NtpServer: pool.ntp.org\n' });
    const result = await lint({ paths: ['env/prepare.yaml', 'env/other.yaml'], cwd: root, jobs: 1 });
    expect(result.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual([
      'env/prepare.yaml tripleo/tag-from-label-ignored',
      'env/prepare.yaml images/floating-tag',
      'env/prepare.yaml images/fully-qualified',
    ]);
  });

  it('lints the files the config names (tripleo.files) in a named folder, whatever their content', async () => {
    const root = makeTree({
      '.chartlint.yaml': 'tripleo:\n  files: ["env/**/*.yaml"]\n',
      'env/a/prepare.yaml': 'parameter_defaults:\n  ContainerImagePrepare:\n  - set: {namespace: quay.io/x, tag: latest}\n',
      'env/empty.yaml': '',
      'notes/ignored.yaml': 'a: b\n',
    });
    const result = await lint({ paths: ['env'], cwd: root, jobs: 1 });
    expect(result.files).toBe(2);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual(['env/a/prepare.yaml:3 images/no-latest']);
    await expect(lint({ paths: ['notes'], cwd: root, jobs: 1 })).rejects.toThrow(/No chart or file found at: notes/);
  });

  it('gives malformed YAML a located yaml/syntax finding and lints the other files', () => {
    const root = makeTree({
      'broken.yaml': 'parameter_defaults:\n  ContainerImagePrepare:\n  - set: {namespace: quay.io/x, tag: [latest\n',
      'good.yaml': 'parameter_defaults:\n  ContainerImagePrepare:\n  - set: {namespace: quay.io/x, tag: latest}\n',
    });
    const run = runCli(['-f', 'json', 'broken.yaml', 'good.yaml'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual([
      'broken.yaml:4 yaml/syntax',
      'broken.yaml:4 yaml/syntax',
      'good.yaml:3 images/no-latest',
    ]);
  });

  it('--list-rules shows the tripleo family', () => {
    const run = runCli(['--list-rules'], { cwd: makeTree({}) });
    for (const id of [
      'tripleo/unknown-key',
      'tripleo/key-type',
      'tripleo/credentials',
      'tripleo/shadowed-entry',
      'secrets/registry-credentials',
    ])
      expect(run.stdout).toContain(id);
  });
});

describe('registry credentials in output', () => {
  const PLANTED = 'Xq7v';
  const tree = {
    'containers-prepare-parameter.yaml': `parameter_defaults:
  ContainerImagePrepare:
  - push_destination: true
    set:
      namespace: registry.example.com/tripleo
      tag: latest
  ContainerImageRegistryCredentials:
    registry.example.com:
      Xq7vUserPlanted: Xq7vRegistryPassPlanted
    unused.example.com:
      Xq7vOtherUserPlanted: 'Xq7vOtherPassPlanted'
      second: Xq7vSecondPassPlanted
    https://Xq7vHostPlanted.example.com:
      x: Xq7vThirdPassPlanted
`,
    'broken.yaml': `parameter_defaults:
  ContainerImageRegistryCredentials:
    quay.io: {Xq7vBrokenUserPlanted: "Xq7vBrokenPassPlanted
`,
  };

  it.each(['stylish', 'compact', 'json', 'github', 'sarif', 'junit'])('%s output holds no username or password', (format) => {
    const root = makeTree(tree);
    const run = runCli(['-f', format, 'containers-prepare-parameter.yaml', 'broken.yaml'], { cwd: root });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('registry-credentials');
    expect(run.stdout).toContain('yaml/syntax');
    const withoutHost = (run.stdout + run.stderr).replaceAll('Xq7vHostPlanted', '');
    expect(withoutHost).not.toContain(PLANTED);
  });
});

// Last in the file: the fixtures above have run.
describe('coverage', () => {
  it('the fixtures above produce every message of the rules made for TripleO files (charts-fixtures holds none)', () => {
    const tripleoOnly = allRules.filter((rule) => rule.meta.targets.every((kind) => kind === 'tripleo'));
    const all = tripleoOnly.flatMap((rule) => Object.keys(rule.meta.messages).map((id) => `${rule.id}/${id}`));
    expect(all.length).toBeGreaterThan(25);
    expect(all.filter((id) => !seen.has(id))).toEqual([]);
  });
});
