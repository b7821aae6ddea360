/** Profiles: every rule has a decision in each, each chart gets its own by default, `extends` picks one. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { ConfigError, lint } from '../src/index.js';
import { PROFILE_DECISIONS, PROFILE_NAMES, profileSetting } from '../src/config/profiles.js';
import { renderProfilesDoc } from '../src/config/profiles-doc.js';
import { runCli } from './helpers/cli.js';
import { CHART, makeTree, TOOLKIT_CHART, toolkitFiles } from './helpers/tree.js';

const root = path.resolve(import.meta.dirname, '..');

// `spare` is read by no template: images/unused-key's; `nginx:1.25` names no registry: images/fully-qualified's.
const VALUES = ['images:', '  tags:', '    api: nginx:1.25', '    spare: quay.io/a/spare:1.0', '  pull_policy: IfNotPresent', ''].join(
  '\n',
);
const TEMPLATE = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: api',
  '          image: {{ .Values.images.tags.api }}',
  '          imagePullPolicy: {{ .Values.images.pull_policy }}',
  '',
].join('\n');

/** A chart built on helm-toolkit (`osh`) and a generic one (`web`), with the same values and template. */
function mixedTree(extra: Record<string, string> = {}): string {
  return makeTree({
    ...toolkitFiles(),
    'osh/Chart.yaml': TOOLKIT_CHART('osh'),
    'osh/values.yaml': VALUES,
    'osh/templates/deployment.yaml': TEMPLATE,
    'web/Chart.yaml': CHART('web'),
    'web/values.yaml': VALUES,
    'web/templates/deployment.yaml': TEMPLATE,
    ...extra,
  });
}

const PICKED = new Set(['images/fully-qualified', 'images/unused-key', 'images/digest-pinned']);
const found = (diagnostics: readonly { file: string; line: number; ruleId: string; severity: string }[]): string[] =>
  diagnostics.filter((d) => PICKED.has(d.ruleId)).map((d) => `${d.file}:${d.line} ${d.ruleId} ${d.severity}`);

describe('the profile decisions', () => {
  it('decide every rule, and only rules, in every profile', () => {
    expect(Object.keys(PROFILE_DECISIONS).sort()).toEqual(allRules.map((rule) => rule.id).sort());
    for (const rule of allRules) {
      for (const name of PROFILE_NAMES)
        expect(['off', 'info', 'warning', 'error'], `${rule.id} in ${name}`).toContain(profileSetting(rule, name).severity);
      // openstack-helm is the rule's own severity: what its doc page states as the default.
      expect(profileSetting(rule, 'openstack-helm')).toEqual({ severity: rule.meta.severity });
    }
  });

  it('make recommended quieter than openstack-helm, and strict at least as loud', () => {
    const rank = { off: 0, info: 1, warning: 2, error: 3 } as const;
    for (const rule of allRules) {
      const [recommended, osh, strict] = PROFILE_NAMES.map((name) => rank[profileSetting(rule, name).severity]);
      expect(recommended, rule.id).toBeLessThanOrEqual(osh!);
      // allowed-registries stays off until its registries are configured.
      if (rule.id !== 'images/allowed-registries') expect(strict, rule.id).toBeGreaterThanOrEqual(Math.max(osh!, 2));
    }
    expect(
      profileSetting(
        allRules.find((r) => r.id === 'images/fully-qualified')!,
        'recommended',
      ).severity,
    ).toBe('warning');
    for (const id of ['images/required-keys', 'images/undefined-key', 'images/unused-key', 'values/global-scope']) {
      expect(
        profileSetting(
          allRules.find((r) => r.id === id)!,
          'recommended',
        ).severity,
        id,
      ).toBe('off');
    }
  });

  it('are published in docs/profiles.md (`npm run gen:schema` writes it)', () => {
    expect(readFileSync(path.join(root, 'docs/profiles.md'), 'utf8'), 'run `npm run gen:schema`').toBe(renderProfilesDoc(allRules));
  });
});

describe('the default profile', () => {
  it('is chosen per chart: openstack-helm for a chart on helm-toolkit, recommended for any other', async () => {
    const tree = mixedTree();
    const result = await lint({ paths: ['osh', 'web'], cwd: tree });
    expect(found(result.diagnostics)).toEqual([
      'osh/values.yaml:3 images/fully-qualified error',
      'osh/values.yaml:4 images/unused-key info',
      'web/values.yaml:3 images/fully-qualified warning',
    ]);
    // The generic chart is quieter because of its profile, not because the rules skip it.
    const asOsh = await lint({ paths: ['web'], cwd: mixedTree({ '.chartlint.yaml': 'extends: chartlint:openstack-helm\n' }) });
    expect(found(asOsh.diagnostics)).toEqual([
      'web/values.yaml:3 images/fully-qualified error',
      'web/values.yaml:4 images/unused-key info',
    ]);
  });

  it('follows a helm-toolkit dependency added in requirements.yaml, also through the results cache', async () => {
    const tree = makeTree({ ...toolkitFiles(), 'app/Chart.yaml': CHART('app'), 'app/values.yaml': VALUES });
    const env = { ...process.env, CHARTLINT_CACHE_DIR: path.join(tree, '.cache') };
    const severity = async (): Promise<string[]> =>
      (await lint({ paths: ['app'], cwd: tree, env, cache: true })).diagnostics
        .filter((d) => d.ruleId === 'images/fully-qualified')
        .map((d) => d.severity);
    expect(await severity()).toEqual(['warning']);
    writeFileSync(
      path.join(tree, 'app/requirements.yaml'),
      'dependencies:\n  - name: helm-toolkit\n    repository: file://../helm-toolkit\n    version: ">= 0.1.0"\n',
    );
    expect(await severity()).toEqual(['error']);
  });

  it('is the same in worker threads', () => {
    const files: Record<string, string> = { ...toolkitFiles() };
    for (let i = 0; i < 12; i++) {
      files[`c${i}/Chart.yaml`] = i % 2 === 0 ? TOOLKIT_CHART(`c${i}`) : CHART(`c${i}`);
      files[`c${i}/values.yaml`] = VALUES;
    }
    const tree = makeTree(files);
    const charts = Array.from({ length: 12 }, (_, i) => `c${i}`);
    const one = runCli(['-f', 'json', '--jobs', '1', ...charts], { cwd: tree });
    const two = runCli(['-f', 'json', '--jobs', '2', ...charts], { cwd: tree });
    expect(two.stderr).toBe('');
    const severities = (stdout: string): string[] =>
      (JSON.parse(stdout) as { diagnostics: { file: string; ruleId: string; severity: string }[] }).diagnostics
        .filter((d) => d.ruleId === 'images/fully-qualified')
        .map((d) => `${d.file} ${d.severity}`);
    expect(severities(two.stdout)).toEqual(severities(one.stdout));
    expect(severities(one.stdout)).toContain('c0/values.yaml error');
    expect(severities(one.stdout)).toContain('c1/values.yaml warning');
  });
});

describe('extends', () => {
  it('sets the profile of every chart; rules and overrides apply on top', async () => {
    const config = [
      'extends: chartlint:strict',
      'rules:',
      '  images/fully-qualified: info',
      'overrides:',
      '  - files: ["web/**"]',
      '    extends: chartlint:recommended',
      '',
    ].join('\n');
    const result = await lint({ paths: ['osh', 'web'], cwd: mixedTree({ '.chartlint.yaml': config }) });
    expect(found(result.diagnostics)).toEqual([
      'osh/values.yaml:3 images/digest-pinned error',
      'osh/values.yaml:3 images/fully-qualified info',
      'osh/values.yaml:4 images/unused-key warning',
      'osh/values.yaml:4 images/digest-pinned error',
      // The override's profile replaces the top level's, its rules: included, as in ESLint.
      'web/values.yaml:3 images/fully-qualified warning',
    ]);
  });

  it('applies a list in order, each later profile replacing the earlier severities', async () => {
    const later = await lint({
      paths: ['osh'],
      cwd: mixedTree({ '.chartlint.yaml': 'extends: [chartlint:strict, chartlint:recommended]\n' }),
    });
    expect(found(later.diagnostics)).toEqual(['osh/values.yaml:3 images/fully-qualified warning']);
    const options = await lint({
      paths: ['osh'],
      cwd: mixedTree({ '.chartlint.yaml': 'extends: chartlint:recommended\nrules:\n  images/digest-pinned: warning\n' }),
    });
    expect(found(options.diagnostics)).toEqual([
      'osh/values.yaml:3 images/digest-pinned warning',
      'osh/values.yaml:3 images/fully-qualified warning',
      'osh/values.yaml:4 images/digest-pinned warning',
    ]);
  });

  it('rejects an unknown profile with its place in the config', async () => {
    const message = async (config: string): Promise<string> => {
      const tree = mixedTree({ '.chartlint.yaml': config });
      const error = await lint({ paths: ['web'], cwd: tree }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message.replace(tree + path.sep, '');
    };
    expect(await message('extends: chartlint:strct\n')).toBe(
      '.chartlint.yaml:1:10: extends: unknown profile "chartlint:strct"; did you mean "chartlint:strict"?',
    );
    expect(await message('extends: [chartlint:strict, recommended]\n')).toBe(
      '.chartlint.yaml:1:29: extends[1]: unknown profile "recommended"; did you mean "chartlint:recommended"?',
    );
    expect(await message('overrides:\n  - files: [web/**]\n    extends: eslint:all\n')).toBe(
      '.chartlint.yaml:3:14: overrides[0].extends: is not a chartlint profile; the built-in profiles are chartlint:recommended, chartlint:openstack-helm, chartlint:strict',
    );
    // The name is input text: one shaped like a secret is not quoted.
    expect(await message('extends: chartlint:Xq7vC0nf1gK3y\n')).not.toContain('Xq7v');
  });
});

describe('an empty rendered imagePullPolicy', () => {
  const STREAM = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    'spec:',
    '  containers:',
    '    - name: web',
    '      image: quay.io/a/web:1.0',
    '      imagePullPolicy: ""',
    '',
  ].join('\n');
  const emptyFindings = async (config?: string): Promise<string[]> => {
    const cwd = makeTree({ 'rendered.yaml': STREAM, ...(config ? { '.chartlint.yaml': config } : {}) });
    const result = await lint({ paths: [], manifests: ['rendered.yaml'], cwd });
    return result.diagnostics.filter((d) => d.ruleId === 'manifests/pull-policy').map((d) => `${d.line} ${d.severity} ${d.messageId}`);
  };

  it("is Kubernetes' default, left alone in chartlint:recommended, and named where a written policy is the convention", async () => {
    expect(await emptyFindings()).toEqual([]);
    expect(await emptyFindings('extends: chartlint:openstack-helm\n')).toEqual(['9 warning empty']);
    expect(await emptyFindings('rules:\n  manifests/pull-policy:\n    options: {empty: true}\n')).toEqual(['9 warning empty']);
    expect(await emptyFindings('extends: chartlint:strict\n')).toEqual(['9 warning empty']);
  });
});
