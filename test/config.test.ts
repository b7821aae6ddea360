import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, lint } from '../src/index.js';
import { CHART, makeTree } from './helpers/tree.js';

const VALUES = 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:nightly\n    api: nginx:1.25\n  pull_policy: IfNotPresent\n';

async function configError(config: string): Promise<string> {
  const root = makeTree({ '.chartlint.yaml': config, 'svc/Chart.yaml': CHART('svc'), 'svc/values.yaml': VALUES });
  const error = await lint({ paths: ['svc'], cwd: root }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigError);
  return (error as Error).message.replace(root + path.sep, '');
}

describe('config validation', () => {
  it('names the position, JSON path and problem of a bad severity', async () => {
    expect(await configError('rules:\n  images/no-latest: fatal\n')).toBe(
      '.chartlint.yaml:2:21: rules["images/no-latest"]: must be one of off, info, warning, error',
    );
  });

  it('suggests the closest rule for an unknown rule id', async () => {
    expect(await configError('rules:\n  images/no-lates: error\n')).toBe(
      '.chartlint.yaml:2:3: rules["images/no-lates"]: unknown rule "images/no-lates"; did you mean "images/no-latest"?',
    );
  });

  it('checks rule options against the rule schema', async () => {
    expect(await configError('rules:\n  images/floating-tag:\n    options:\n      tags: [ok, 3]\n')).toBe(
      '.chartlint.yaml:4:18: rules["images/floating-tag"].options.tags[1]: must be string',
    );
    expect(await configError('rules:\n  images/floating-tag:\n    options:\n      tag: [x]\n')).toMatch(/options\.tag: unknown key "tag"$/);
  });

  it('rejects unknown top-level keys, bad overrides and broken YAML', async () => {
    expect(await configError('rulez: {}\n')).toBe('.chartlint.yaml:1:1: rulez: unknown key "rulez"');
    expect(await configError('overrides:\n  - rules: {}\n')).toMatch(/overrides\[0\]: must have required property 'files'/);
    expect(await configError('rules: [\n')).toMatch(/^\.chartlint\.yaml:2:1: invalid YAML: /);
  });
});

describe('config in effect', () => {
  it('is found from the working folder, even below it, and applies severities, options, overrides and ignores', async () => {
    const root = makeTree({
      '.chartlint.yaml': [
        'rules:',
        '  images/floating-tag: error',
        '  images/fully-qualified: off',
        'ignore: ["legacy/**"]',
        'overrides:',
        '  - files: ["strict/**"]',
        '    rules:',
        '      images/fully-qualified: warning',
        '      images/allowed-registries: {options: {registries: [quay.io]}}',
        '',
      ].join('\n'),
      'svc/Chart.yaml': CHART('svc'),
      'svc/values.yaml': VALUES,
      'strict/Chart.yaml': CHART('strict'),
      'strict/values.yaml': VALUES,
      'legacy/Chart.yaml': CHART('legacy'),
      'legacy/values.yaml': VALUES,
    });
    const result = await lint({ paths: ['.'], cwd: root });
    const found = result.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId} ${d.severity}`);
    expect(found).toEqual([
      'strict/values.yaml:3 images/floating-tag error',
      'strict/values.yaml:4 images/allowed-registries error',
      'strict/values.yaml:4 images/fully-qualified warning',
      'svc/values.yaml:3 images/floating-tag error',
    ]);
    expect(result.configFile).toBe(path.join(root, '.chartlint.yaml'));

    const fromInside = await lint({ paths: ['.'], cwd: path.join(root, 'svc') });
    expect(fromInside.configFile).toBe(path.join(root, '.chartlint.yaml'));
    expect(fromInside.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId} ${d.severity}`)).toEqual([
      'values.yaml:3 images/floating-tag error',
    ]);
  });

  it('uses --config instead of searching, and only the rules it sets change', async () => {
    const root = makeTree({
      'ci/strict.yaml': 'rules:\n  images/digest-pinned: error\n',
      'svc/Chart.yaml': CHART('svc'),
      'svc/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:v1\n  pull_policy: Never\n',
    });
    const result = await lint({ paths: ['svc'], cwd: root, configFile: 'ci/strict.yaml' });
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['3:16 images/digest-pinned']);
  });

  it('refuses a string where a mapping belongs', async () => {
    expect(await configError('rules: off\n')).toBe('.chartlint.yaml:1:8: rules: must be object');
    expect(await configError('limits: 5\n')).toBe('.chartlint.yaml:1:9: limits: must be object');
  });

  it('never quotes a name or value shaped like a secret', async () => {
    const planted = 'Xq7vC0nf1gK3y';
    for (const config of [
      `${planted}: 1\n`,
      `rules:\n  ${planted}: error\n`,
      `limits:\n  ${planted}: 3\n`,
      `rules:\n  images/no-latest: ${planted}\n`,
      `  password: ${planted}\nrules: {}\n`,
      `rules: !${planted} {}\n`,
      `rules: *${planted}\n`,
    ]) {
      const message = await configError(config);
      expect(message).toMatch(/^\.chartlint\.yaml:\d+:\d+: /);
      expect(message, config).not.toContain('Xq7v');
    }
  });
});
