/**
 * The CLI's subcommands: `chartlint explain RULE` prints a rule's doc page for the terminal, and
 * `chartlint init` writes a commented config for the repository it surveys (and, asked, the pre-commit and
 * workflow files), never over a file that exists.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { renderMarkdown, PLAIN_STYLE } from '../src/commands/terminal-markdown.js';
import { runCli } from './helpers/cli.js';

import { CHART, makeTree, TOOLKIT_CHART, toolkitFiles } from './helpers/tree.js';

/** The built CLI, run from `cwd` (a folder of no project, by default). */
const cli = (args: string[], cwd = tmpdir()) => runCli(args, { cwd });

const version = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../package.json'), 'utf8')) as { version: string }).version;

describe('chartlint explain', () => {
  it("prints the rule's doc page with its severities, whether it fixes, and how to suppress it", () => {
    const run = cli(['explain', 'images/fully-qualified', '--no-color']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^IMAGES\/FULLY-QUALIFIED\n/);
    expect(run.stdout).toContain('- Severity by profile: recommended warning, openstack-helm error, strict error.');
    expect(run.stdout).toContain('- Fixable: yes');
    expect(run.stdout).toContain('https://github.com/chartlint/chartlint/blob/main/rules/images/fully-qualified.md');
    for (const heading of ['WHY', 'EXAMPLES', 'OPTIONS', 'HOW TO SUPPRESS IT']) expect(run.stdout).toContain(`\n${heading}\n`);
    expect(run.stdout).toContain('`# chartlint-disable-next-line images/fully-qualified -- why`');
    // Code blocks are indented, their fences gone.
    expect(run.stdout).not.toContain('```');
    expect(run.stdout).toMatch(/\n {4}images:\n/);
  });

  it('renders every rule doc without a fence left open or a line past the width', () => {
    for (const rule of allRules) {
      const run = cli(['explain', rule.id, '--no-color']);
      expect(run.status, `${rule.id}: ${run.stderr}`).toBe(0);
      const prose = run.stdout.split('\n').filter((line) => !line.startsWith('    '));
      const long = prose.filter((line) => line.length > 100 && line.includes(' ', 100));
      expect(long, rule.id).toEqual([]);
    }
  }, 120_000);

  it('lists a family, and names the nearest rule for a mistyped id', () => {
    const family = cli(['explain', 'secrets']);
    expect(family.status).toBe(0);
    expect(
      family.stdout
        .split('\n')
        .filter(Boolean)
        .every((line) => line.startsWith('secrets/')),
    ).toBe(true);
    const typo = cli(['explain', 'images/no-latst']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('no rule "images/no-latst"; did you mean images/no-latest?');
    expect(cli(['explain']).status).toBe(2);
  });

  it('wraps list items with a hanging indent and writes links as text <url>', () => {
    const text = renderMarkdown('- a [doc](https://x.test/doc) ' + 'word '.repeat(30) + '\n', { ...PLAIN_STYLE, width: 40 });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('- a doc <https://x.test/doc> word word');
    expect(lines.slice(1).every((line) => line.startsWith('  word'))).toBe(true);
    expect(lines.every((line) => line.length <= 40)).toBe(true);
  });
});

describe('chartlint init', () => {
  const openstackHelm = () =>
    makeTree({
      ...toolkitFiles(),
      'keystone/Chart.yaml': TOOLKIT_CHART('keystone'),
      'keystone/values.yaml':
        'images:\n  tags:\n    keystone_api: quay.io/airshipit/keystone:2025.1\n    dep_check: quay.io/airshipit/kubernetes-entrypoint:v1\n',
      'glance/Chart.yaml': TOOLKIT_CHART('glance'),
      'glance/values.yaml': 'images:\n  tags:\n    glance_api: docker.io/openstackhelm/glance:2025.1\n',
      'ingress/Chart.yaml': CHART('ingress'),
      'ingress/charts/common/Chart.yaml': CHART('common'),
    });

  it('writes a commented config that loads, naming what it found, with the schema modeline', () => {
    const root = openstackHelm();
    const run = cli(['init', root]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      '.chartlint.yaml: found 3 charts (and 1 library chart), 2 of them built on helm-toolkit; the OpenStack-Helm layout.',
    );
    const config = readFileSync(path.join(root, '.chartlint.yaml'), 'utf8');
    expect(config.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=https://raw.githubusercontent.com/chartlint/chartlint/v${version}/schemas/config.schema.json`,
    );
    expect(config).toContain('# Found: 3 charts (and 1 library chart), 2 of them built on helm-toolkit; the OpenStack-Helm layout.');
    // The registries the values name, most used first, and the vendored sub-chart.
    expect(config).toMatch(/# {9}- quay\.io {3}# 2\n#{1} {9}- docker\.io {3}# 1\n/);
    expect(config).toContain('#   - ingress/charts/common/**');
    // Nothing is active in this layout: the defaults already fit it. The config loads without an error.
    expect(config.split('\n').filter((line) => line.trim() && !line.startsWith('#'))).toEqual([]);
    const lint = cli([root]);
    expect(lint.stderr).not.toContain('invalid config');
  });

  it('turns on the openstack-helm profile for an umbrella chart with region charts', () => {
    const root = makeTree({
      'openstack/Chart.yaml': `${CHART('openstack')}dependencies:\n  - name: keystone\n    repository: file://../keystone\n    version: 0.1.0\n  - name: glance\n    repository: file://../glance\n    version: 0.1.0\n`,
      'keystone/Chart.yaml': CHART('keystone'),
      'glance/Chart.yaml': CHART('glance'),
      'region-a/Chart.yaml': `${CHART('region-a')}dependencies:\n  - name: openstack\n    repository: file://../openstack\n    version: 0.1.0\n`,
      'openstack/values.yaml': 'global:\n  db_password: hunter2hunter2\n',
    });
    expect(cli(['init', root]).status).toBe(0);
    const config = readFileSync(path.join(root, '.chartlint.yaml'), 'utf8');
    expect(config).toContain('\nextends: chartlint:openstack-helm\n');
    expect(config).toContain('The umbrella chart (openstack) and its region charts (region-a)');
    // With it, a secret in the umbrella's shared globals is reported.
    const lint = cli(['-f', 'json', root]);
    const rules = (JSON.parse(lint.stdout) as { diagnostics: { ruleId: string }[] }).diagnostics.map((d) => d.ruleId);
    expect(rules).toContain('secrets/in-shared-globals');
  });

  it('names the TripleO prepare files and Kolla configs it finds, so that a lint of the folder reads them', () => {
    const root = makeTree({
      'environments/containers-prepare.yaml':
        'parameter_defaults:\n  ContainerImagePrepare:\n    - set:\n        namespace: quay.io/tripleomastercentos9\n        tag: current-tripleo\n',
      'environments/network.yaml': 'parameter_defaults:\n  NeutronBridgeMappings: datacentre:br-ex\n',
      'kolla/nova-api/config.json':
        '{"command": "nova-api", "config_files": [{"source": "/a", "dest": "/b", "owner": "nova", "perm": "600"}]}\n',
      'kolla/other.json': '{"name": "not kolla"}\n',
    });
    const run = cli(['init', root]);
    expect(run.stdout).toContain('found no chart yet; 1 TripleO prepare file(s), 1 Kolla config(s).');
    const config = readFileSync(path.join(root, '.chartlint.yaml'), 'utf8');
    expect(config).toContain('\ntripleo:\n  files:\n    - "environments/containers-prepare.yaml"\n');
    expect(config).toContain('\nkolla:\n  files:\n    - "kolla/nova-api/config.json"\n');
    const lint = cli(['-f', 'json', '.'], root);
    expect(lint.stderr).toBe('');
    const rules = (JSON.parse(lint.stdout) as { diagnostics: { file: string; ruleId: string }[] }).diagnostics;
    expect(rules).toContainEqual(expect.objectContaining({ file: 'kolla/nova-api/config.json', ruleId: 'kolla/perm-format' }));
    expect(rules).toContainEqual(expect.objectContaining({ file: 'environments/containers-prepare.yaml', ruleId: 'images/floating-tag' }));
    expect(rules.filter((d) => d.file === 'environments/network.yaml')).toEqual([]);
  });

  it('never replaces a config without --force, and prints one with --stdout without writing', () => {
    const root = openstackHelm();
    writeFileSync(path.join(root, '.chartlint.yaml'), 'rules: {}\n');
    const refused = cli(['init', root]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('.chartlint.yaml exists already; --force replaces it');
    expect(readFileSync(path.join(root, '.chartlint.yaml'), 'utf8')).toBe('rules: {}\n');
    const printed = cli(['init', root, '--stdout']);
    expect(printed.stdout).toContain('# yaml-language-server: $schema=');
    expect(readFileSync(path.join(root, '.chartlint.yaml'), 'utf8')).toBe('rules: {}\n');
    expect(cli(['init', root, '--force']).status).toBe(0);
    expect(readFileSync(path.join(root, '.chartlint.yaml'), 'utf8')).toContain('# Found: 3 charts');
  });

  it('writes the pre-commit config and the workflow where none exist, and leaves existing ones alone', () => {
    const root = openstackHelm();
    const run = cli(['init', root, '--pre-commit', '--workflow']);
    expect(run.status, run.stderr).toBe(0);
    const hook = readFileSync(path.join(root, '.pre-commit-config.yaml'), 'utf8');
    expect(hook).toContain(`rev: v${version}\n`);
    expect(hook).toContain('- id: chartlint\n');
    const workflow = readFileSync(path.join(root, '.github/workflows/chartlint.yml'), 'utf8');
    expect(workflow).toContain(`uses: chartlint/chartlint@v${version}`);
    expect(workflow).toContain('paths: .\n');

    const other = openstackHelm();
    writeFileSync(path.join(other, '.pre-commit-config.yaml'), 'repos: []\n');
    const again = cli(['init', other, '--pre-commit']);
    expect(again.stdout).toContain('.pre-commit-config.yaml exists already and was left alone; add this to it:');
    expect(again.stdout).toContain('- repo: https://github.com/chartlint/chartlint');
    expect(readFileSync(path.join(other, '.pre-commit-config.yaml'), 'utf8')).toBe('repos: []\n');
    expect(existsSync(path.join(other, '.github'))).toBe(false);
  });
});
