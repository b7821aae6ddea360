/**
 * Secrets never reach the output. The fixtures plant unique secret strings (all starting "Xq7v"); every
 * output format, stderr, a broken YAML file and a helm error that quotes a value are searched for them.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { testHelm } from './helpers/helm.js';
import { makeTree } from './helpers/tree.js';

const root = path.resolve(import.meta.dirname, '..');
const PLANTED_PREFIX = 'Xq7v';

function plantedSecrets(dir: string): string[] {
  const found = new Set<string>();
  for (const file of fg.sync('**/*.{yaml,yml}', { cwd: dir })) {
    for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/Xq7v[A-Za-z0-9]+/g)) found.add(match[0]);
  }
  return [...found];
}

/** A chart whose broken override and failing template would quote a secret if anything let them. */
function leakyChart(): string {
  const dir = makeTree({
    'leaky/Chart.yaml': 'apiVersion: v2\nname: leaky\nversion: 0.1.0\n',
    'leaky/values.yaml': 'db_password: Xq7vHelmFailPlanted\nimages:\n  tags:\n    dep_check: quay.io/a/b:1\n  pull_policy: Always\n',
    'leaky/values_overrides/broken.yaml': 'auth:\n  password: "Xq7vBrokenQuotePlanted\n  other: [Xq7vFlowPlanted\n',
    'leaky/templates/job.yaml': '{{ fail (printf "cannot use %s" .Values.db_password) }}\n',
    'off.yaml': 'rules:\n  secrets/in-chart-defaults: off\n  secrets/in-shared-globals: off\n  secrets/region-scope: off\n',
  });
  return dir;
}

describe('no secret in any output', () => {
  const fixtures = makeTree({});
  cpSync(path.join(root, 'charts-fixtures'), path.join(fixtures, 'charts-fixtures'), { recursive: true });
  cpSync(path.join(root, '.chartlint.yaml'), path.join(fixtures, '.chartlint.yaml'));
  const planted = plantedSecrets(path.join(fixtures, 'charts-fixtures'));

  it('plants enough secrets to mean something', () => {
    expect(planted.length).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ['stylish', { FORCE_COLOR: '1' }],
    ['stylish', {}],
    ['compact', {}],
    ['json', {}],
    ['github', {}],
    ['sarif', {}],
    ['junit', {}],
  ] as const)('%s output over every fixture holds none of them', (format, env) => {
    const run = runCli(['-f', format, 'charts-fixtures', '--manifests', 'charts-fixtures/manifests'], { cwd: fixtures, env });
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBeGreaterThan(1000);
    expect(run.stdout + run.stderr).not.toContain(PLANTED_PREFIX);
  });

  it('reports secrets at their lines without their values', () => {
    const run = runCli(['-f', 'json', 'charts-fixtures/secrets-umbrella', 'charts-fixtures/secrets-osh'], { cwd: fixtures });
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: { ruleId: string; message: string }[] };
    const secretFindings = diagnostics.filter((d) => d.ruleId.startsWith('secrets/'));
    expect(secretFindings.length).toBeGreaterThan(10);
    expect(secretFindings.map((d) => d.message).join('\n')).toMatch(/a \d+-character literal|a PEM private key|a JSON Web Token/);
  });

  it('keeps secrets out of parser errors and helm errors too', () => {
    const dir = leakyChart();
    for (const format of ['compact', 'json', 'stylish', 'github', 'sarif', 'junit']) {
      const run = runCli(['--render', '-f', format, 'leaky'], {
        cwd: dir,
        env: { CHARTLINT_HELM: testHelm(), CHARTLINT_CACHE_DIR: path.join(dir, '.cache') },
      });
      expect(run.stdout).toContain('render-failed');
      expect(run.stdout).toContain('yaml/syntax');
      expect(run.stdout + run.stderr, format).not.toContain(PLANTED_PREFIX);
    }
  });
});

describe('scrubbing does not depend on the secrets rules', () => {
  it('keeps a value helm quotes out of the output with every secrets rule off', () => {
    const dir = leakyChart();
    const run = runCli(['--render', '--debug', '-f', 'compact', '-c', 'off.yaml', 'leaky'], {
      cwd: dir,
      env: { CHARTLINT_HELM: testHelm(), CHARTLINT_CACHE_DIR: path.join(dir, '.cache') },
    });
    expect(run.stdout).toContain('[redacted]');
    expect(run.stdout).not.toContain(PLANTED_PREFIX);
  });
});

/** Everything a run left where a user could read it: stdout, stderr and every file of its cache folder. */
function everything(run: { stdout: string; stderr: string }, cacheDir: string): string {
  const cached = existsSync(cacheDir)
    ? fg.sync('**/*', { cwd: cacheDir, dot: true }).map((f) => readFileSync(path.join(cacheDir, f), 'utf8'))
    : [];
  return [run.stdout, run.stderr, ...cached].join('\n');
}

/** The planted value in every form a template can print it (re-cased, base64) must be absent. */
function expectNoForm(text: string, secret: string, label: string): void {
  expect(text.toLowerCase(), label).not.toContain(secret.toLowerCase());
  expect(text, label).not.toContain(Buffer.from(secret).toString('base64').replace(/=+$/, ''));
}

describe("helm's fail message, in every transform and from every values source", () => {
  const LONG = 'Xq7vHelmTransformPlanted';
  const SHORT = 'Xq7vS';
  const PEM = [
    '-----BEGIN RSA PRIVATE KEY-----',
    'Xq7vPemBodyLineOne0123456789',
    'Xq7vPemBodyLineTwo0123456789',
    '-----END RSA PRIVATE KEY-----',
  ];
  const values = [
    `db_password: ${LONG}`,
    `short_password: ${SHORT}`,
    'tls_key: |',
    ...PEM.map((line) => `  ${line}`),
    'secrets:',
    '  oslo_db:',
    '    password: Xq7vUnderSecretsPlanted',
    'images:',
    '  registry_password: Xq7vUnderImagesPlanted',
    '',
  ].join('\n');

  function chartFailing(expression: string): string {
    return makeTree({
      'c/Chart.yaml':
        'apiVersion: v2\nname: c\nversion: 0.1.0\ndependencies:\n  - name: dep\n    version: 0.1.0\n    repository: file://../dep\n',
      'c/values.yaml': values,
      'c/templates/job.yaml': `{{ fail (printf "cannot use %s" ${expression}) }}\n`,
      'dep/Chart.yaml': 'apiVersion: v2\nname: dep\nversion: 0.1.0\n',
      'dep/values.yaml': 'dep_token: Xq7vDependencyPlanted\n',
      'dep/templates/x.yaml': expression.includes('dep_token') ? '{{ fail .Values.dep_token }}\n' : 'kind: ConfigMap\n',
    });
  }

  function render(dir: string, extra: string[] = []): { text: string; stdout: string } {
    const cacheDir = path.join(dir, '.cache');
    const run = runCli(['--render', '--cache', '-f', 'json', ...extra, 'c'], {
      cwd: dir,
      env: { CHARTLINT_HELM: testHelm(), CHARTLINT_CACHE_DIR: cacheDir },
    });
    expect(run.stdout, run.stderr).toContain('manifests/render-failed');
    return { text: everything(run, cacheDir), stdout: run.stdout };
  }

  it.each(['', '| upper', '| lower', '| title', '| quote', '| squote', '| toJson', '| b64enc', '| trim', '| toString | upper | quote'])(
    'scrubs .Values.db_password %s, with and without --debug',
    (transform) => {
      const dir = chartFailing(`(.Values.db_password ${transform})`);
      for (const flags of [[], ['--debug']]) {
        const { text, stdout } = render(dir, flags);
        expectNoForm(text, LONG, `${transform} ${flags.join(' ')}`);
        if (flags.length > 0) expect(stdout).toContain('helm said: ');
        else expect(stdout).toContain("a template's fail or required call stopped the render");
      }
    },
  );

  it.each([
    ['a short value', '.Values.short_password', SHORT],
    ['a PEM key, line by line', '.Values.tls_key', PEM[1]!],
    ['a PEM key, its last body line', '.Values.tls_key', PEM[2]!],
    ['a value under secrets:', '.Values.secrets.oslo_db.password', 'Xq7vUnderSecretsPlanted'],
    ['a value under images:', '.Values.images.registry_password', 'Xq7vUnderImagesPlanted'],
    ['a --set value', '.Values.admin_password', 'Xq7vSetPlanted'],
    ["a local dependency's value", '.Values.dep_token', 'Xq7vDependencyPlanted'],
  ])('scrubs %s under --debug', (_name, expression, secret) => {
    const dir = chartFailing(expression);
    const { text, stdout } = render(dir, ['--debug', '--set', 'admin_password=Xq7vSetPlanted']);
    expect(stdout).toContain('helm said: ');
    expectNoForm(text, secret, expression);
  });

  it('scrubs before it cuts: a value straddling the 800th character is still scrubbed', () => {
    const dir = chartFailing(`(printf "%s%s" (repeat 790 "x") .Values.db_password)`);
    const { text } = render(dir, ['--debug']);
    expectNoForm(text, LONG, 'cut');
    expect(text).not.toContain('Xq7vHelm');
  });
});

describe('rules that quote what they judge', () => {
  it('never quote a password put where an image or a tag belongs, however short', () => {
    const dir = makeTree({
      'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n',
      'c/values.yaml': [
        'images:',
        '  registry_password: Xq7vFlatImagePlanted',
        '  tags:',
        '    db_password: Xq7vTagSlotPlanted',
        '    api_token: quay.io/a/b:Xq7vTagPlanted',
        // Short values too: reference-syntax quotes the repository name it reads (library/Xq7vQ).
        '    rabbit_pass: Xq7vQ',
        // A folded PEM block: the grammar's message would quote a piece of it (fuzz seed 20261202, case 1066).
        '    tls: >-',
        '      -----BEGIN RSA PRIVATE KEY-----',
        '      MIIEXq7vPemHostPart/Xq7vPemBodyUPPER+rest0123456789',
        '      -----END RSA PRIVATE KEY-----',
        '  pull_policy: IfNotPresent',
        '',
      ].join('\n'),
    });
    for (const format of ['compact', 'json', 'sarif', 'github', 'junit', 'stylish']) {
      const run = runCli(['-f', format, 'c'], { cwd: dir });
      expect(run.stdout).toContain('images/');
      expectNoForm(run.stdout + run.stderr, 'Xq7v', format);
    }
  });
});

describe('scrubbing keeps what is not a secret', () => {
  it('leaves a key path alone when a password is spelled like one of its keys (manila: {password: manila})', () => {
    const dir = makeTree({
      'manila/Chart.yaml': 'apiVersion: v2\nname: manila\nversion: 0.1.0\n',
      'manila/values.yaml': 'endpoints:\n  identity:\n    auth:\n      manila:\n        password: manila\n',
    });
    const run = runCli(['-f', 'compact', 'manila'], { cwd: dir });
    expect(run.stdout).toContain('"endpoints.identity.auth.manila.password"');
    expect(run.stdout).not.toContain('[redacted]');
  });
});
