import { describe, expect, it } from 'vitest';
import { lint, UsageError } from '../src/index.js';
import { CHART, makeTree, TOOLKIT_CHART } from './helpers/tree.js';

// dep_check missing (required-keys, values.yaml only, where the templates read it) and an unqualified image (any values file).
const INCOMPLETE = 'images:\n  tags:\n    api: nginx:1.25\n  pull_policy: IfNotPresent\n';

function repo(): string {
  return makeTree({
    'keystone/Chart.yaml': TOOLKIT_CHART('keystone'),
    'keystone/values.yaml': INCOMPLETE,
    'keystone/values-site.yaml': INCOMPLETE,
    'keystone/values_overrides/deep/tls.yaml': INCOMPLETE,
    'keystone/templates/deployment.yaml':
      'kind: Deployment\nimage: {{ .Values.images.tags.api }}\ninit: {{ .Values.images.tags.dep_check }}\n',
    'keystone/charts/helm-toolkit-1.0.0.tgz': 'not a folder',
    'keystone/charts/sub/Chart.yaml': TOOLKIT_CHART('sub'),
    'keystone/charts/sub/values.yaml': INCOMPLETE,
    'values_overrides/keystone/2026.1.yaml': INCOMPLETE,
    'values_overrides/keystone/nested/skip.yaml': INCOMPLETE,
    'node_modules/x/Chart.yaml': CHART('x'),
    'node_modules/x/values.yaml': INCOMPLETE,
    '.git/y/Chart.yaml': CHART('y'),
    'loose.yaml': INCOMPLETE,
    'extra/region.yaml': INCOMPLETE,
  });
}

const summary = (diagnostics: { file: string; ruleId: string }[]): string[] => diagnostics.map((d) => `${d.file} ${d.ruleId}`);

describe('discovery', () => {
  it('finds every chart below a folder, its values files and repository-level overrides', async () => {
    const root = repo();
    const result = await lint({ paths: ['.'], cwd: root });
    expect(result.charts).toBe(2);
    expect(summary(result.diagnostics)).toEqual([
      'keystone/charts/sub/values.yaml images/required-keys',
      'keystone/charts/sub/values.yaml images/fully-qualified',
      'keystone/values-site.yaml images/fully-qualified',
      'keystone/values.yaml images/required-keys',
      'keystone/values.yaml images/fully-qualified',
      'keystone/values_overrides/deep/tls.yaml images/fully-qualified',
      'values_overrides/keystone/2026.1.yaml images/fully-qualified',
    ]);
  });

  it('lints a chart named by its Chart.yaml, one of its templates, or a folder inside it', async () => {
    const root = repo();
    for (const arg of ['keystone/Chart.yaml', 'keystone/templates/deployment.yaml', 'keystone/templates']) {
      const result = await lint({ paths: [arg], cwd: root });
      expect(result.files, arg).toBe(5);
    }
  });

  it('lints a single values file in its chart context: completeness only for values.yaml', async () => {
    const root = repo();
    const defaults = await lint({ paths: ['keystone/values.yaml'], cwd: root });
    expect(summary(defaults.diagnostics)).toEqual([
      'keystone/values.yaml images/required-keys',
      'keystone/values.yaml images/fully-qualified',
    ]);
    const override = await lint({ paths: ['values_overrides/keystone/2026.1.yaml'], cwd: root });
    expect(summary(override.diagnostics)).toEqual(['values_overrides/keystone/2026.1.yaml images/fully-qualified']);
    const loose = await lint({ paths: ['loose.yaml'], cwd: root });
    expect(summary(loose.diagnostics)).toEqual(['loose.yaml images/fully-qualified']);
  });

  it('lints --values files as partial overrides', async () => {
    const root = repo();
    const result = await lint({ paths: ['keystone/values.yaml'], values: ['extra/region.yaml'], cwd: root });
    expect(summary(result.diagnostics)).toContain('extra/region.yaml images/fully-qualified');
    expect(summary(result.diagnostics)).not.toContain('extra/region.yaml images/required-keys');
  });

  it('refuses paths that name nothing', async () => {
    const root = repo();
    await expect(lint({ paths: ['nope'], cwd: root })).rejects.toThrow(UsageError);
    await expect(lint({ paths: ['.'], values: ['missing.yaml'], cwd: root })).rejects.toThrow(/missing\.yaml/);
    const empty = makeTree({ 'README.md': '# nothing here\n' });
    await expect(lint({ paths: ['.'], cwd: empty })).rejects.toThrow(/No chart or file found at: \./);
  });
});
