/**
 * Issue 15, items 4 and 5: node placement on rendered pods (manifests/toleration-without-selector,
 * manifests/deprecated-placement) and SAP's hot-fix patches (manifests/hotfix-patch) in `*-patches`
 * ConfigMaps and in a chart's patches/*.patch files (the `patch` file type).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint, type Diagnostic } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { testHelm } from './helpers/helm.js';
import { CHART, makeTree } from './helpers/tree.js';

const brief = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column}-${d.endColumn} ${d.ruleId}/${d.messageId}`;

/** The findings of one rule over manifest streams (files named rendered*) and chart paths. */
async function findings(rule: string, files: Record<string, string>, options: { paths?: string[]; config?: string } = {}) {
  const root = makeTree({ ...files, ...(options.config ? { '.chartlint.yaml': options.config } : {}) });
  const manifests = Object.keys(files).filter((file) => path.basename(file).startsWith('rendered'));
  const result = await lint({ paths: options.paths ?? [], manifests, cwd: root });
  return { root, result, found: result.diagnostics.filter((d) => d.ruleId === rule) };
}

/** A Deployment (or another kind) whose pod spec is `spec`, indented for the pod spec. */
function workload(spec: string, kind = 'Deployment', name = 'nova-compute'): string {
  const indented = spec.replace(/^(?=.)/gm, '      ');
  return `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: quay.io/a/b:1\n${indented}`;
}

const HYPERVISOR = 'tolerations:\n  - key: species\n    value: hypervisor\n    effect: NoSchedule\n';

describe('manifests/toleration-without-selector', () => {
  const rule = 'manifests/toleration-without-selector';

  it('reports a pod that tolerates a dedicated taint and selects nothing, at the toleration', async () => {
    const { found } = await findings(rule, { 'rendered.yaml': `# Source: nova/templates/deployment.yaml\n${workload(HYPERVISOR)}` });
    expect(found.map(brief)).toEqual(['rendered.yaml:13:11-14 manifests/toleration-without-selector/unconfined']);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toBe(
      'The pod of Deployment/nova-compute (nova/templates/deployment.yaml) tolerates the dedicated-node taint species=hypervisor:NoSchedule but neither selects nor requires those nodes (no nodeSelector or required node affinity keeps it there), so it can be scheduled on any node.',
    );
  });

  it('says what a DaemonSet does, and what only a preferred affinity does', async () => {
    const daemon = await findings(rule, { 'rendered.yaml': workload(HYPERVISOR, 'DaemonSet') });
    expect(daemon.found.map(brief)).toEqual(['rendered.yaml:12:11-14 manifests/toleration-without-selector/everyNode']);
    expect(daemon.found[0]!.message).toContain('so the DaemonSet runs on every other node too.');
    const preferred = `${HYPERVISOR}affinity:\n  nodeAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution:\n      - weight: 1\n        preference:\n          matchExpressions:\n            - key: species\n              operator: In\n              values: [hypervisor]\n`;
    const { found } = await findings(rule, { 'rendered.yaml': workload(preferred) });
    expect(found.map(brief)).toEqual(['rendered.yaml:12:11-14 manifests/toleration-without-selector/preferredOnly']);
  });

  it('accepts a pod kept to some nodes: nodeSelector, nodeName, required affinity', async () => {
    const confined = [
      `${HYPERVISOR}nodeSelector:\n  species: hypervisor\n`,
      // SAP's README pins pods to a host as well.
      `${HYPERVISOR}nodeSelector:\n  kubernetes.io/hostname: minion1\n`,
      `${HYPERVISOR}nodeName: minion1\n`,
      `${HYPERVISOR}affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - matchExpressions:\n            - key: species\n              operator: In\n              values: [hypervisor]\n`,
    ];
    for (const spec of confined) expect((await findings(rule, { 'rendered.yaml': workload(spec) })).found.map(brief), spec).toEqual([]);
  });

  it('does not take labels every node carries for a selection of the dedicated nodes', async () => {
    const broad = [
      `${HYPERVISOR}nodeSelector:\n  kubernetes.io/os: linux\n`,
      // Terms are ORed: one that names only the zone lets the pod onto any node of it.
      `${HYPERVISOR}affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - matchExpressions:\n            - key: species\n              operator: In\n              values: [hypervisor]\n        - matchExpressions:\n            - key: topology.kubernetes.io/zone\n              operator: In\n              values: [eu-de-1a]\n`,
    ];
    for (const spec of broad) {
      expect(
        (await findings(rule, { 'rendered.yaml': workload(spec) })).found.map((d) => `${d.line} ${d.messageId}`),
        spec,
      ).toEqual(['12 unconfined']);
    }
  });

  it('says nothing where the pod is meant for every node, or does not tolerate the taint', async () => {
    const silent = [
      // Every value of the key, and every taint: a pod meant for all nodes.
      'tolerations:\n  - key: species\n    operator: Exists\n',
      `tolerations:\n  - operator: Exists\n  - key: species\n    value: hypervisor\n`,
      // Each dedicated taint by name: the same.
      'tolerations:\n  - {key: species, value: hypervisor}\n  - {key: species, value: network}\n  - {key: species, value: swift-storage}\n',
      // Another effect, value or key tolerates nothing dedicated.
      'tolerations:\n  - {key: species, value: hypervisor, effect: NoExecute}\n',
      'tolerations:\n  - {key: species, value: compute}\n',
      'tolerations:\n  - {key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}\n',
      // A field the render did not make plain text: the rule cannot know.
      'tolerations:\n  - {key: species, value: [hypervisor]}\n',
    ];
    for (const spec of silent) expect((await findings(rule, { 'rendered.yaml': workload(spec) })).found.map(brief), spec).toEqual([]);
  });

  it('matches as Kubernetes does: no effect tolerates every effect, Equal is the default operator', async () => {
    const spec = 'tolerations:\n  - key: species\n    operator: Equal\n    value: network\n';
    const { found } = await findings(rule, { 'rendered.yaml': workload(spec) });
    expect(found.map((d) => `${d.line}:${d.column} ${d.message.match(/taint (\S+)/)![1]}`)).toEqual(['12:11 species=network:NoSchedule']);
  });

  it('reads the pods of CronJobs, bare Pods and Lists, and takes the taints from the options', async () => {
    const cron = `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: gpu-job\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          tolerations:\n            - key: dedicated\n              value: gpu\n              effect: NoSchedule\n`;
    const pod = `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: p\n    spec:\n      tolerations:\n        - {key: dedicated, value: gpu}\n`;
    const config = 'rules:\n  manifests/toleration-without-selector:\n    options:\n      taints: ["dedicated=gpu:NoSchedule"]\n';
    const { found } = await findings(
      rule,
      { 'rendered.yaml': cron, 'rendered-2.yaml': pod, 'rendered-3.yaml': workload(HYPERVISOR) },
      { config },
    );
    expect(found.map(brief)).toEqual([
      'rendered-2.yaml:10:12-15 manifests/toleration-without-selector/unconfined',
      'rendered.yaml:11:15-18 manifests/toleration-without-selector/unconfined',
    ]);
    expect(found[0]!.message).toContain('The pod Pod/p tolerates the dedicated-node taint dedicated=gpu:NoSchedule');
    expect(found[1]!.message).toContain('The pod of CronJob/gpu-job tolerates');
  });

  it('refuses a taint option that is not key=value:Effect', async () => {
    const config = 'rules:\n  manifests/toleration-without-selector:\n    options:\n      taints: ["species=hypervisor"]\n';
    await expect(findings(rule, { 'rendered.yaml': workload(HYPERVISOR) }, { config })).rejects.toThrow(/taints/);
  });
});

describe('manifests/deprecated-placement', () => {
  const rule = 'manifests/deprecated-placement';
  const annotated = (annotations: string, spec = ''): string =>
    `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: nova-compute\nspec:\n  template:\n    metadata:\n      annotations:\n${annotations}    spec:\n${spec.replace(/^(?=.)/gm, '      ')}      containers:\n        - name: c\n          image: quay.io/a/b:1\n`;

  it("reports the alpha tolerations annotation of SAP's README, naming what the pod fails to tolerate", async () => {
    const stream = annotated(`        scheduler.alpha.kubernetes.io/tolerations: '[{"key":"species","value":"hypervisor"}]'\n`);
    const { found } = await findings(rule, { 'rendered.yaml': stream });
    expect(found.map(brief)).toEqual(['rendered.yaml:9:9-50 manifests/deprecated-placement/alphaTolerations']);
    expect(found[0]!.message).toBe(
      'The pod of DaemonSet/nova-compute declares the tolerations species=hypervisor only in the annotation "scheduler.alpha.kubernetes.io/tolerations", which Kubernetes has ignored since 1.6: the pod does not tolerate them. Write them under the pod spec\'s `tolerations:`.',
    );
  });

  it('says when the spec already holds the tolerations, and when the annotation cannot be read', async () => {
    const annotation = `        scheduler.alpha.kubernetes.io/tolerations: '[{"key":"species","value":"hypervisor"}]'\n`;
    const repeated = await findings(rule, {
      'rendered.yaml': annotated(annotation, 'tolerations:\n  - key: species\n    value: hypervisor\n'),
    });
    expect(repeated.found.map((d) => `${d.line} ${d.messageId}`)).toEqual(['9 alphaTolerationsRepeated']);
    const broken = await findings(rule, { 'rendered.yaml': annotated(`        scheduler.alpha.kubernetes.io/tolerations: '[{"key":'\n`) });
    expect(broken.found.map((d) => d.message.slice(0, 60))).toEqual(['The pod of DaemonSet/nova-compute declares its tolerations o']);
  });

  it('reports the alpha affinity annotation', async () => {
    const { found } = await findings(rule, { 'rendered.yaml': annotated(`        scheduler.alpha.kubernetes.io/affinity: '{}'\n`) });
    expect(found.map(brief)).toEqual(['rendered.yaml:9:9-47 manifests/deprecated-placement/alphaAffinity']);
  });

  it('reports failure-domain.beta labels wherever a pod chooses nodes by them, with the replacement', async () => {
    const spec = [
      'nodeSelector:',
      '  failure-domain.beta.kubernetes.io/zone: eu-de-1a',
      'affinity:',
      '  nodeAffinity:',
      '    requiredDuringSchedulingIgnoredDuringExecution:',
      '      nodeSelectorTerms:',
      '        - matchExpressions:',
      '            - key: failure-domain.beta.kubernetes.io/region',
      '              operator: In',
      '              values: [eu-de-1]',
      '    preferredDuringSchedulingIgnoredDuringExecution:',
      '      - weight: 1',
      '        preference:',
      '          matchExpressions:',
      '            - {key: failure-domain.beta.kubernetes.io/zone, operator: In, values: [eu-de-1b]}',
      '  podAntiAffinity:',
      '    preferredDuringSchedulingIgnoredDuringExecution:',
      '      - weight: 10',
      '        podAffinityTerm:',
      '          topologyKey: failure-domain.beta.kubernetes.io/zone',
      '          labelSelector: {matchLabels: {app: nova}}',
      'topologySpreadConstraints:',
      '  - maxSkew: 1',
      '    topologyKey: failure-domain.beta.kubernetes.io/zone',
      '    whenUnsatisfiable: DoNotSchedule',
      '',
    ].join('\n');
    const { found } = await findings(rule, { 'rendered.yaml': workload(spec) });
    expect(found.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.messageId}`)).toEqual([
      '12:9-47 failureDomain',
      '18:26-66 failureDomain',
      '25:27-65 failureDomain',
      '30:30-68 failureDomain',
      '34:24-62 failureDomain',
    ]);
    expect(found[0]!.message).toBe(
      'The pod of Deployment/nova-compute uses the node label "failure-domain.beta.kubernetes.io/zone" in its nodeSelector; Kubernetes deprecated it in 1.17 for "topology.kubernetes.io/zone", and nodes labelled only with the new name do not match it. Use "topology.kubernetes.io/zone".',
    );
    expect(found[1]!.message).toContain('"failure-domain.beta.kubernetes.io/region" in its required node affinity');
    expect(found[1]!.message).toContain('Use "topology.kubernetes.io/region".');
    expect(found[3]!.message).toContain('in its pod anti-affinity topologyKey');
    expect(found[4]!.message).toContain('in its topologySpreadConstraints topologyKey');
  });

  it('reports them in StorageClass topologies and PersistentVolume node affinity, and leaves the new labels alone', async () => {
    const storage = [
      'apiVersion: storage.k8s.io/v1',
      'kind: StorageClass',
      'metadata:',
      '  name: local',
      'provisioner: kubernetes.io/no-provisioner',
      'allowedTopologies:',
      '  - matchLabelExpressions:',
      '      - key: failure-domain.beta.kubernetes.io/zone',
      '        values: [eu-de-1a]',
      '---',
      'apiVersion: v1',
      'kind: PersistentVolume',
      'metadata:',
      '  name: pv',
      'spec:',
      '  nodeAffinity:',
      '    required:',
      '      nodeSelectorTerms:',
      '        - matchExpressions:',
      '            - key: failure-domain.beta.kubernetes.io/region',
      '              operator: In',
      '              values: [eu-de-1]',
      '---',
      workload('nodeSelector:\n  topology.kubernetes.io/zone: eu-de-1a\n'),
    ].join('\n');
    const { found } = await findings(rule, { 'rendered.yaml': storage });
    expect(found.map((d) => `${d.line}:${d.column} ${d.message.slice(0, 40)}`)).toEqual([
      '8:14 The StorageClass/local uses the node lab',
      '20:20 The PersistentVolume/pv uses the node la',
    ]);
  });
});

const HUNK = '@@ -1 +1 @@\n-old\n+new\n';
const GOOD = `--- a/nova/compute/manager.py\n+++ b/nova/compute/manager.py\n${HUNK}`;

describe("manifests/hotfix-patch in a chart's patches/*.patch files", () => {
  const rule = 'manifests/hotfix-patch';
  const chart = (patches: Record<string, string>): Record<string, string> => ({
    'nova/Chart.yaml': CHART('nova'),
    'nova/values.yaml': 'pod: {}\n',
    ...Object.fromEntries(Object.entries(patches).map(([name, text]) => [`nova/patches/${name}`, text])),
  });

  it('reads the first file header as the startup script does, reporting exactly where it goes wrong', async () => {
    const { found } = await findings(
      rule,
      chart({
        'good.patch': GOOD,
        'timestamp.patch': `--- a/nova/x.py\t2016-11-28 10:00:00.000000000 +0100\n+++ b/nova/x.py\t2016-11-28 10:00:00.000000000 +0100\n${HUNK}`,
        // Only the first header counts: the later new file is applied with the rest.
        'later-new.patch': `${GOOD}--- /dev/null\n+++ b/nova/new.py\n@@ -0,0 +1 @@\n+x\n`,
        'no-prefix.patch': `From 1234 Mon Sep 17 00:00:00 2001\nSubject: fix\n\n--- nova/compute/manager.py\n+++ nova/compute/manager.py\n${HUNK}`,
        'new-file.patch': `--- /dev/null\n+++ b/nova/new.py\n@@ -0,0 +1 @@\n+x\n${GOOD}`,
        'hyphen.patch': `--- a/nova_dvs-agent/x.py\n+++ b/nova_dvs-agent/x.py\n${HUNK}`,
        'quoted.patch': `--- "a/nova/sp ace.py"\n+++ "b/nova/sp ace.py"\n${HUNK}`,
        'none.patch': 'nothing to apply here\n',
        'empty.patch': '',
      }),
      { paths: ['nova'] },
    );
    expect(found.map(brief)).toEqual([
      'nova/patches/empty.patch:1:1-1 manifests/hotfix-patch/noHeader',
      'nova/patches/hyphen.patch:1:15-16 manifests/hotfix-patch/characters',
      'nova/patches/new-file.patch:1:5-14 manifests/hotfix-patch/newFile',
      'nova/patches/no-prefix.patch:4:5-28 manifests/hotfix-patch/prefix',
      'nova/patches/none.patch:1:1-1 manifests/hotfix-patch/noHeader',
      'nova/patches/quoted.patch:1:5-6 manifests/hotfix-patch/characters',
    ]);
    const message = (file: string): string => found.find((d) => d.file.endsWith(file))!.message;
    expect(message('hyphen.patch')).toBe(
      'This patch names "a/nova_dvs-agent/x.py" in its first file header, but the startup script keeps only the characters A-Z a-z 0-9 \\ ] ^ _ / . of it and stops at the hyphen "-": it looks for "nova_dvs" instead, and skips the patch silently when that is not a file.',
    );
    expect(message('no-prefix.patch')).toContain('the startup script drops its first two characters and looks for "va/compute/manager.py"');
    expect(message('new-file.patch')).toContain('first creates a file ("--- /dev/null")');
    expect(message('quoted.patch')).toContain('stops at the quote git puts around a name with unusual characters: it looks for ""');
    expect(found.every((d) => d.severity === 'warning')).toBe(true); // recommended: not a helm-toolkit chart
  });

  it('claims only the files the ConfigMap glob takes, and a .patch file named on the command line', async () => {
    const files = {
      ...chart({ 'sub/deep.patch': 'x\n', 'notes.diff': 'x\n', 'README.md': 'x\n' }),
      'debian/deb_folder/patches/0001-x.patch': 'x\n',
      'loose/fix.patch': 'x\n',
    };
    const whole = await findings(rule, files, { paths: ['.'] });
    expect(whole.result.diagnostics.map(brief)).toEqual([]);
    const named = await findings(rule, files, { paths: ['loose/fix.patch'] });
    // A patch, not a values file: no YAML is expected of it.
    expect(named.result.diagnostics.map(brief)).toEqual(['loose/fix.patch:1:1-1 manifests/hotfix-patch/noHeader']);
  });

  it('honours a suppression comment in the patch, and reports an unreadable patch without stopping the others', async () => {
    const { result } = await findings(
      rule,
      chart({
        'accepted.patch': `# chartlint-disable-file manifests/hotfix-patch -- applied by hand\n--- nova/x.py\n+++ nova/x.py\n${HUNK}`,
        'binary.patch': '--- a/x\0\0\0',
        'bad.patch': '--- x.py\n',
      }),
      { paths: ['nova'] },
    );
    expect(result.diagnostics.map(brief)).toEqual([
      'nova/patches/bad.patch:1:5-9 manifests/hotfix-patch/prefix',
      'nova/patches/binary.patch:1:1-1 yaml/syntax/unreadable',
    ]);
  });
});

describe('manifests/hotfix-patch in *-patches ConfigMaps', () => {
  const rule = 'manifests/hotfix-patch';
  const configMap = (name: string, data: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n${data}`;

  it('reports at the line and column inside the block scalar', async () => {
    const data = [
      '  good.patch: |',
      '    --- a/nova/x.py',
      '    +++ b/nova/x.py',
      '  no-prefix.patch: |',
      '    From: someone',
      '',
      '    --- nova/x.py',
      '    +++ nova/x.py',
      '  hyphen.patch: |-',
      '      --- a/ironic-inspector/x.py',
      '  new.patch: |',
      '    --- /dev/null',
      '  none.patch: |',
      '    just text',
      // The f5 agent applies its *.diff files itself: not the startup script's to judge.
      '  f5.diff: |',
      '    --- nova/x.py',
      '  quoted.patch: "--- nova/x.py\\n+++ nova/x.py\\n"',
      '',
    ].join('\n');
    const other = configMap('nova-etc', '  x.patch: |\n    --- nova/x.py\n');
    const { found } = await findings(rule, { 'rendered.yaml': `${configMap('nova-patches', data)}---\n${other}` });
    expect(found.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.messageId}`)).toEqual([
      '12:9-18 prefix',
      '15:19-20 characters',
      '17:9-18 newFile',
      '18:3-13 noHeader',
      // Written with escapes, the value's characters are not where its text is: the key stands for it.
      '22:3-15 prefix',
    ]);
    expect(found[0]!.message).toBe(
      'The patch "no-prefix.patch" of ConfigMap/nova-patches names "nova/x.py" in its first file header without a one-letter prefix such as "a/"; the startup script drops its first two characters and looks for "va/x.py", so it skips the patch silently. Write the headers as "--- a/<path>", as git diff does.',
    );
    expect(found[0]!.severity).toBe('warning');
  });

  it('reports a malformed stream where it breaks and still lints its other documents', async () => {
    const broken = `${configMap('nova-patches', '  bad.patch: |\n    --- x.py\n')}---\nkind: ConfigMap\nmetadata: {name: [\n`;
    const { result } = await findings(rule, {
      'rendered.yaml': broken,
      'rendered-other.yaml': configMap('x-patches', '  a.patch: "--- x"\n'),
    });
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual([
      'rendered-other.yaml:6 manifests/hotfix-patch',
      'rendered.yaml:7 manifests/hotfix-patch',
      'rendered.yaml:11 yaml/syntax',
      'rendered.yaml:11 yaml/syntax',
    ]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'yaml/syntax').map((d) => d.message)).toEqual([
      'YAML syntax error: A flow sequence ([...]) inside a block collection must be indented past its key and end with "]".',
      'YAML syntax error: A flow map ({...}) inside a block collection must be indented past its key and end with "}".',
    ]);
  });
});

describe('--render: a chart that ships patches/ and the ConfigMap built from them', () => {
  beforeAll(() => {
    testHelm();
  });

  it('reports each patch once, at the patch file', async () => {
    const root = makeTree({
      '.chartlint.yaml': 'extends: chartlint:openstack-helm\n',
      'nova/Chart.yaml': CHART('nova'),
      'nova/values.yaml': 'pod: {}\n',
      'nova/patches/bad.patch': `--- nova/x.py\n+++ nova/x.py\n${HUNK}`,
      'nova/patches/good.patch': GOOD,
      'nova/templates/patches-configmap.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nova-patches\ndata:\n{{ (.Files.Glob "patches/*.patch").AsConfig | indent 2 }}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra-patches\ndata:\n  extra.patch: |\n    --- /dev/null\n`,
    });
    const env = { CHARTLINT_CACHE_DIR: path.join(root, '.cache'), CHARTLINT_HELM: testHelm(), PATH: '' };
    const result = await lint({ paths: ['nova'], render: true, cwd: root, env });
    expect(
      result.diagnostics.filter((d) => d.ruleId === 'manifests/hotfix-patch').map((d) => `${d.file}:${d.line} ${d.messageId}`),
    ).toEqual(['nova/patches/bad.patch:1 prefix', 'nova/templates/patches-configmap.yaml:14 newFile']);
  });
});

describe('--render: placement findings outside containers', () => {
  it('are reported at the template line that spells out the rendered line', async () => {
    const deployment = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ .Release.Name }}-dns',
      'spec:',
      '  template:',
      '    metadata:',
      '      annotations:',
      '        {{- if .Values.clusterService }}',
      `        scheduler.alpha.kubernetes.io/tolerations: '[{"key":"CriticalAddonsOnly", "operator":"Exists"}]'`,
      '        {{- end }}',
      '    spec:',
      '      affinity:',
      '        podAntiAffinity:',
      '          requiredDuringSchedulingIgnoredDuringExecution:',
      '            - topologyKey: {{ .Values.zoneLabel }}',
      '              labelSelector: {matchLabels: {app: dns}}',
      '      containers:',
      '        - name: dns',
      '          image: quay.io/a/dns:1.0',
      '',
    ].join('\n');
    const root = makeTree({
      'dns/Chart.yaml': CHART('dns'),
      'dns/values.yaml': 'clusterService: true\nzoneLabel: failure-domain.beta.kubernetes.io/zone\n',
      'dns/templates/deployment.yaml': deployment,
    });
    const env = { CHARTLINT_CACHE_DIR: path.join(root, '.cache'), CHARTLINT_HELM: testHelm(), PATH: '' };
    const result = await lint({ paths: ['dns'], render: true, cwd: root, env });
    const found = result.diagnostics.filter((d) => d.ruleId === 'manifests/deprecated-placement');
    // The annotation is literal in the template; the topology key comes from the values, so the template is all there is.
    expect(found.map((d) => `${d.file}:${d.line} ${d.messageId}`)).toEqual([
      'dns/templates/deployment.yaml:1 failureDomain',
      'dns/templates/deployment.yaml:10 alphaTolerations',
    ]);
    expect(found[1]!.message).toContain('declares the tolerations CriticalAddonsOnly (any value) only in the annotation');
  });
});

describe('the CLI', () => {
  it('lists the new rules, and lints patches and streams end to end in JSON', () => {
    const list = runCli(['--list-rules'], { cwd: process.cwd() });
    expect(list.stdout).toMatch(/^manifests\/deprecated-placement\s+warning\s+warning\s+error\s+-$/m);
    expect(list.stdout).toMatch(/^manifests\/hotfix-patch\s+warning\s+error\s+error\s+-$/m);
    expect(list.stdout).toMatch(/^manifests\/toleration-without-selector\s+warning\s+warning\s+warning\s+-$/m);
    const root = makeTree({ 'fix.patch': '--- fix.py\n', 'rendered.yaml': workload(HYPERVISOR) });
    const run = runCli(['-f', 'json', '--manifests', 'rendered.yaml', 'fix.patch'], { cwd: root });
    // Both are warnings outside helm-toolkit charts (chartlint:recommended).
    expect(run.status).toBe(0);
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { file: string; line: number; column: number; ruleId: string }[] };
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      'fix.patch:1:5 manifests/hotfix-patch',
      'rendered.yaml:12:11 manifests/toleration-without-selector',
    ]);
  });
});
