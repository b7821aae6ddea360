/**
 * Kolla config.json: the file type (named files, kolla.files globs, ConfigMap and Secret keys in manifest
 * streams), the kolla/* rules, manifests/image-specific-entrypoint, and JSON syntax errors through yaml/syntax.
 */
import { describe, expect, it } from 'vitest';
import { allRules, lint, type LintResult } from '../src/index.js';
import { parseJson } from '../src/kolla/json.js';
import { runCli } from './helpers/cli.js';
import { CHART, makeTree } from './helpers/tree.js';

const OURS = /^(kolla\/|manifests\/image-specific-entrypoint$|yaml\/syntax$)/;

type Found = { file: string; line: number; column: number; endColumn: number; rule: string; message: string };

async function run(
  files: Record<string, string>,
  options: { paths?: string[]; manifests?: string[] } = {},
): Promise<{ found: Found[]; result: LintResult }> {
  const root = makeTree(files);
  const result = await lint({ paths: options.paths ?? [], manifests: options.manifests ?? [], cwd: root, jobs: 1 });
  expect(result.internalErrors).toEqual([]);
  const found = result.diagnostics
    .filter((d) => OURS.test(d.ruleId))
    .map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      endColumn: d.endColumn,
      rule: `${d.ruleId}/${d.messageId}`,
      message: d.message,
    }));
  return { found, result };
}

/** `file:line rule/messageId`, sorted: what most assertions compare. */
const brief = (found: readonly Found[]): string[] => found.map((f) => `${f.file}:${f.line} ${f.rule}`).sort();

// Every message id the tests below see, to check at the end that none is left uncovered.
const seen = new Set<string>();
const record = (found: readonly Found[]): Found[] => {
  for (const f of found) seen.add(f.rule);
  return [...found];
};

const GOOD = `{
  "command": "nova-api --config-file /etc/nova/nova.conf",
  "config_files": [
    {
      "source": "/var/lib/kolla/config_files/nova.conf",
      "dest": "/etc/nova/nova.conf",
      "owner": "nova",
      "perm": "0600"
    },
    {
      "source": "/var/lib/kolla/config_files/ceph",
      "dest": "/etc/ceph",
      "preserve_properties": true,
      "merge": true,
      "optional": true
    }
  ],
  "permissions": [
    { "path": "/var/log/kolla/nova", "owner": "nova:nova", "recurse": true, "exclude": ["/var/log/kolla/nova/x"] },
    { "path": "/var/lib/nova", "owner": "nova:", "perm": null }
  ]
}
`;

// Each mistake kolla_set_configs meets, one per line (line numbers in the comments).
const BAD = `{
  "config_files": [
    {
      "source": "/var/lib/kolla/config_files/nova.conf",
      "dest": "/etc/nova/nova.conf",
      "onwer": "nova",
      "perm": "600"
    },
    {
      "dest": "/etc/nova/policy.yaml",
      "owner": "nova",
      "perm": 384
    },
    "/var/lib/kolla/config_files/api-paste.ini",
    {
      "source": 7,
      "dest": "/etc/nova/x",
      "owner": "nova",
      "perm": "2755"
    },
    {
      "source": "/a",
      "dest": "/b",
      "owner": "nova",
      "perm": "0o640"
    },
    {
      "source": "/a",
      "dest": "/c",
      "perm": "0999"
    }
  ],
  "permissions": [
    { "path": "/var/log/kolla/nova", "recursive": true },
    "/var/lib/nova",
    { "owner": "nova" }
  ]
}
`;

describe('kolla/* on a config.json named on the command line', () => {
  it('reports each mistake at its line, with the message naming the item', async () => {
    const { found } = await run({ 'config.json': BAD }, { paths: ['config.json'] });
    record(found);
    expect(brief(found)).toEqual(
      [
        'config.json:1 kolla/command-required/missing',
        'config.json:3 kolla/config-file-owner-perm/missing',
        'config.json:6 kolla/config-file-keys/unknownKey',
        'config.json:7 kolla/perm-format/decimal',
        'config.json:9 kolla/config-file-source-dest/missing',
        'config.json:12 kolla/perm-format/notString',
        'config.json:14 kolla/config-file-keys/notObject',
        'config.json:16 kolla/config-file-source-dest/notString',
        'config.json:19 kolla/perm-format/special',
        'config.json:25 kolla/perm-format/prefixed',
        'config.json:27 kolla/config-file-owner-perm/missing',
        'config.json:30 kolla/perm-format/notOctal',
        'config.json:34 kolla/permissions/missing',
        'config.json:34 kolla/permissions/unknownKey',
        'config.json:35 kolla/permissions/notObject',
        'config.json:36 kolla/permissions/missing',
      ].sort(),
    );
    const message = (rule: string, line: number): string => found.find((f) => f.rule === rule && f.line === line)!.message;
    expect(message('kolla/config-file-keys/unknownKey', 6)).toBe(
      'config_files[0] has the key "onwer", which kolla_set_configs does not accept: the container stops with an unexpected error (exit 2). Did you mean "owner"?',
    );
    expect(message('kolla/perm-format/decimal', 7)).toContain('config_files[0].perm is "600"');
    expect(message('kolla/perm-format/decimal', 7)).toContain('mode 01130 here');
    expect(message('kolla/perm-format/decimal', 7)).toContain('Write "0600".');
    expect(message('kolla/perm-format/prefixed', 25)).toContain('Write "0640".');
    expect(message('kolla/config-file-source-dest/missing', 9)).toMatch(/^config_files\[1\] has no "source":/);
    expect(message('kolla/config-file-source-dest/notString', 16)).toMatch(/^config_files\[3\]\.source is a number, not a path/);
    expect(message('kolla/config-file-owner-perm/missing', 3)).toMatch(/^config_files\[0\] has no "owner" and no "preserve_properties"/);
    expect(message('kolla/config-file-owner-perm/missing', 27)).toMatch(/^config_files\[5\] has no "owner" and/);
    expect(message('kolla/config-file-keys/notObject', 14)).toMatch(/^config_files\[2\] is a string, not an object/);
    expect(message('kolla/permissions/unknownKey', 34)).toContain('Did you mean "recurse"?');
    expect(message('kolla/permissions/missing', 34)).toMatch(/^permissions\[0\] has no "owner":/);
    expect(message('kolla/permissions/missing', 36)).toMatch(/^permissions\[2\] has no "path":/);
  });

  it('pins columns: an unknown key at the key, a perm at its value', async () => {
    const { found } = await run({ 'config.json': BAD }, { paths: ['config.json'] });
    const at = (rule: string, line: number): [number, number] => {
      const f = found.find((x) => x.rule === rule && x.line === line)!;
      return [f.column, f.endColumn];
    };
    expect(at('kolla/config-file-keys/unknownKey', 6)).toEqual([7, 14]);
    expect(at('kolla/perm-format/decimal', 7)).toEqual([15, 20]);
    expect(at('kolla/permissions/unknownKey', 34)).toEqual([38, 49]);
  });

  it('leaves warnings at most for perms only older releases or --check refuse', async () => {
    const root = makeTree({ 'config.json': BAD });
    const result = await lint({ paths: ['config.json'], cwd: root, jobs: 1 });
    const severity = (messageId: string): string =>
      result.diagnostics.find((d) => d.messageId === messageId && d.ruleId === 'kolla/perm-format')!.severity;
    expect([severity('special'), severity('prefixed'), severity('decimal'), severity('notString')]).toEqual([
      'warning',
      'warning',
      'error',
      'error',
    ]);
  });

  it('finds nothing in a correct config', async () => {
    expect((await run({ 'config.json': GOOD }, { paths: ['config.json'] })).found).toEqual([]);
  });

  it('reports a config that is not an object, and a command that is no string or is blank', async () => {
    const { found } = await run(
      {
        // A list is no Kolla config by its looks: it is one here because the config says so.
        '.chartlint.yaml': 'kolla:\n  files: ["a/*.json"]\n',
        'a/config.json': '[1, 2]\n',
        'b/config.json': '{\n  "command": ["nova-api"]\n}\n',
        'c/config.json': '{\n  "command": "   ",\n  "config_files": {}\n}\n',
      },
      { paths: ['a/config.json', 'b/config.json', 'c/config.json'] },
    );
    record(found);
    expect(brief(found)).toEqual([
      'a/config.json:1 kolla/command-required/notObject',
      'b/config.json:2 kolla/command-required/notString',
      'c/config.json:2 kolla/command-required/empty',
    ]);
    expect(found[0]!.message).toContain('is a list, not an object');
  });

  it('reports a misspelt top-level key, not a note or a near miss of a key that is there', async () => {
    const { found } = await run(
      {
        'config.json': '{\n  "command": "x",\n  "comment": "made by hand",\n  "config_file": [],\n  "_note": "x",\n  "permisions": []\n}\n',
      },
      { paths: ['config.json'] },
    );
    record(found);
    expect(found.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.rule}`)).toEqual([
      '4:3-16 kolla/top-level-keys/nearMiss',
      '6:3-15 kolla/top-level-keys/nearMiss',
    ]);
    expect(found[0]!.message).toContain('did you mean "config_files"? As written, no configuration file is copied');
  });

  it('reports config_files and permissions that are not lists', async () => {
    const { found } = await run(
      { 'config.json': '{\n  "command": "x",\n  "config_files": "nova.conf",\n  "permissions": {"path": "/x"}\n}\n' },
      { paths: ['config.json'] },
    );
    record(found);
    expect(brief(found)).toEqual(['config.json:3 kolla/config-file-keys/notList', 'config.json:4 kolla/permissions/notList']);
  });

  it('takes a named .json file for a Kolla config only when it reads as one', async () => {
    const { found, result } = await run(
      {
        'nova-api.json':
          '{\n  "command": "nova-api",\n  "config_files": [{"source": "/a", "dest": "/b", "owner": "nova", "perm": "644"}]\n}\n',
        'values.json': '{"images": {"tags": {"api": "quay.io/x/api:1.0"}}}\n',
        // A chart's schema describes a `command` value deeper down: it is no Kolla config.
        'values.schema.json': '{"type": "object", "properties": {"command": {"type": "array"}, "config_files": {}}}\n',
        'broken.json': '{"command": "x",}\n',
        // Another tool's config.json (hpe-csi-driver's checks) is not one either.
        'csi/config.json': '{\n  "Nimble": {"Default": [{"category": "iscsi", "severity": "warning"}]}\n}\n',
        'kolla/config.json': '{\n  "permissions": [{"path": "/var/log/kolla"}]\n}\n',
      },
      { paths: ['nova-api.json', 'values.json', 'values.schema.json', 'broken.json', 'csi/config.json', 'kolla/config.json'] },
    );
    expect(brief(found)).toEqual([
      'broken.json:1 yaml/syntax/jsonSyntax',
      'kolla/config.json:1 kolla/command-required/missing',
      'kolla/config.json:2 kolla/permissions/missing',
      'nova-api.json:3 kolla/perm-format/decimal',
    ]);
    expect(result.files).toBe(6);
  });
});

describe('malformed JSON', () => {
  it('is a located yaml/syntax finding (never the text itself), and the other files are still linted', async () => {
    const { found, result } = await run(
      {
        '.chartlint.yaml': 'kolla:\n  files: ["*/config.json"]\n',
        'broken/config.json':
          '{\n  "command": "nova-api",\n  "config_files": [\n    {"source": "/a", "dest": "/b", "owner": "nova", "perm": "0600",}\n  ]\n}\n',
        'quotes/config.json': "{\n  'command': 'x'\n}\n",
        'comment/config.json': '{\n  "command": "x" // the API\n}\n',
        'dup/config.json': '{\n  "command": "x",\n  "command": "y"\n}\n',
        'good/config.json': '{\n  "command": "x",\n  "config_files": [{"source": "/a", "dest": "/b", "owner": "nova", "perm": "600"}]\n}\n',
      },
      { paths: ['.'] },
    );
    record(found);
    expect(found.map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}`).sort()).toEqual([
      'broken/config.json:4:68 yaml/syntax/jsonSyntax',
      'comment/config.json:2:18 yaml/syntax/jsonSyntax',
      'dup/config.json:3:3 yaml/syntax/duplicateKey',
      'good/config.json:3:76 kolla/perm-format/decimal',
      'quotes/config.json:2:3 yaml/syntax/jsonSyntax',
    ]);
    const broken = found.find((f) => f.file === 'broken/config.json')!;
    expect(broken.message).toBe(
      'JSON syntax error, so kolla_set_configs stops with "Invalid json file" (exit 1): a comma stands before the closing brace (JSON has no trailing commas).',
    );
    expect(result.files).toBe(5);
  });

  it('reads what Python reads, and refuses what it refuses', () => {
    const limits = { maxNestingDepth: 8 };
    const root = parseJson('{"a": [1, -2.5e3, NaN, -Infinity, true, null], "b": "\\u00e9\\n"}', limits).root;
    expect(root?.kind === 'map' && root.entries.map((e) => e.key)).toEqual(['a', 'b']);
    for (const bad of ['{"a": 1,}', '[1 2]', '{"a" 1}', '"a\nb"', '01', '{"a": 1} x', '', '[[[[[[[[[1]]]]]]]]]', '"\\x"']) {
      const parsed = parseJson(bad, limits);
      expect(parsed.root, bad).toBeUndefined();
      expect(
        parsed.problems.map((p) => p.code),
        bad,
      ).toEqual(['JSON_SYNTAX']);
    }
  });

  it('prints a located finding from the CLI, never a stack trace', () => {
    const root = makeTree({ 'config.json': '{\n  "command": "x",\n  "config_files": [\n' });
    const cli = runCli(['-f', 'json', 'config.json'], { cwd: root });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toBe('');
    const diagnostics = (JSON.parse(cli.stdout) as { diagnostics: { ruleId: string; messageId: string; line: number }[] }).diagnostics;
    expect(diagnostics.map((d) => `${d.line} ${d.ruleId}/${d.messageId}`)).toEqual(['4 yaml/syntax/jsonSyntax']);
  });
});

describe('kolla.files globs', () => {
  const tree = {
    '.chartlint.yaml': 'kolla:\n  files:\n    - "kolla/**/*.json"\n',
    'kolla/nova/api.json': '{\n  "command": "nova-api",\n  "config_files": [{"source": "/a", "dest": "/b", "owner": "nova"}]\n}\n',
    'kolla/glance/api.json': '{\n  "config_files": []\n}\n',
    'other/api.json': '{\n  "config_files": []\n}\n',
  };

  it('lints matching files inside the paths the run names, even in a folder without a chart', async () => {
    const { found } = await run(tree, { paths: ['.'] });
    expect(brief(found)).toEqual([
      'kolla/glance/api.json:1 kolla/command-required/missing',
      'kolla/nova/api.json:3 kolla/config-file-owner-perm/missing',
    ]);
    const narrower = await run(tree, { paths: ['kolla/nova'] });
    expect(brief(narrower.found)).toEqual(['kolla/nova/api.json:3 kolla/config-file-owner-perm/missing']);
  });

  it('leaves a folder without charts or matching files a usage error', async () => {
    const root = makeTree(tree);
    await expect(lint({ paths: ['other'], cwd: root })).rejects.toThrow(/No chart or file found at: other/);
  });

  it('lints them beside charts, whose values stay values', async () => {
    const { found, result } = await run(
      { ...tree, 'nova/Chart.yaml': CHART('nova'), 'nova/values.yaml': 'images:\n  tags:\n    api: quay.io/x/nova:1\n' },
      { paths: ['.'] },
    );
    expect(brief(found)).toHaveLength(2);
    expect(result.files).toBe(4);
  });

  it('refuses a key the kolla section does not know', async () => {
    const root = makeTree({ '.chartlint.yaml': 'kolla:\n  file: ["*.json"]\n', 'config.json': GOOD });
    await expect(lint({ paths: ['config.json'], cwd: root })).rejects.toThrow(/kolla/);
  });
});

const configMap = (key: string, body: string, kind = 'ConfigMap', section = 'data'): string =>
  `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: nova-etc\n${section}:\n  ${key}: |\n${body.replace(/^(?=.)/gm, '    ')}`;

describe('Kolla configs in manifest streams', () => {
  it('reports inside a ConfigMap block scalar at the exact line and column', async () => {
    const body =
      '{\n  "command": "nova-api",\n  "config_files": [\n    {"source": "/a", "dest": "/b", "owner": "nova", "perm": "640"}\n  ]\n}\n';
    const { found, result } = await run({ 'rendered.yaml': configMap('config.json', body) }, { manifests: ['rendered.yaml'] });
    expect(found.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.rule}`)).toEqual(['10:65-70 kolla/perm-format/decimal']);
    expect(result.diagnostics.find((d) => d.ruleId === 'kolla/perm-format')?.path).toBe(
      'ConfigMap/nova-etc:data.config.json.config_files[0].perm',
    );
  });

  it('finds a config under any key when it has command and config_files, and only then', async () => {
    const kolla = '{"command": "nova-conductor", "config_files": [{"source": "/a", "dest": "/b"}]}\n';
    const notKolla = '{"command": "something else"}\n';
    const stream = `${configMap('nova-conductor.json', kolla)}---\n${configMap('settings.json', notKolla)}`;
    const { found } = await run({ 'rendered.yaml': stream }, { manifests: ['rendered.yaml'] });
    expect(brief(found)).toEqual(['rendered.yaml:7 kolla/config-file-owner-perm/missing']);
  });

  it('leaves other config.json files alone (a ceph-csi list, an unrelated object)', async () => {
    const stream = `${configMap('config.json', '[\n  {"clusterID": "openstack", "monitors": []}\n]\n')}---\n${configMap('config.json', '{"auths": {}}\n')}---\n${configMap('config.json', 'not json at all\n')}`;
    expect((await run({ 'rendered.yaml': stream }, { manifests: ['rendered.yaml'] })).found).toEqual([]);
  });

  it('reports malformed JSON in a config.json key at its line inside the block', async () => {
    const { found } = await run(
      { 'rendered.yaml': configMap('config.json', '{\n  "command": "nova-api",\n  "config_files": [\n  ]\n  "permissions": []\n}\n') },
      { manifests: ['rendered.yaml'] },
    );
    record(found);
    expect(found.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual(['11:7 yaml/syntax/jsonSyntax']);
  });

  it('reads a Secret: base64 data at the value, stringData exactly', async () => {
    const json =
      '{\n  "command": "tacker-server",\n  "config_files": [{"source": "/a", "dest": "/b", "owner": "tacker", "perm": "600"}]\n}';
    const base64 = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tacker-etc\ntype: Opaque\ndata:\n  config.json: ${Buffer.from(json).toString('base64')}\n`;
    const stream = `${base64}---\n${configMap('config.json', `${json}\n`, 'Secret', 'stringData')}`;
    const { found, result } = await run({ 'rendered.yaml': stream }, { manifests: ['rendered.yaml'] });
    expect(found.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual([
      '7:16 kolla/perm-format/decimal',
      '17:82 kolla/perm-format/decimal',
    ]);
    // The decoded Secret is never shown: the message names only the item and the perm.
    expect(result.diagnostics.find((d) => d.line === 7)?.message).toMatch(/^config_files\[0\]\.perm is "600"/);
  });
});

const deployment = (container: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nova-api\nspec:\n  template:\n    spec:\n      containers:\n${container}`;

describe('kolla/config-strategy', () => {
  it('reports an empty, wrongly cased or unknown KOLLA_CONFIG_STRATEGY, not one taken from elsewhere', async () => {
    const env = (entries: string): string =>
      `        - name: api\n          image: quay.io/kolla/nova-api:2025.1\n          env:\n${entries}`;
    const stream = deployment(
      env(
        [
          '            - name: KOLLA_CONFIG_STRATEGY\n              value: copy_once',
          '            - name: KOLLA_CONFIG_STRATEGY\n              value: ""',
          '            - name: KOLLA_CONFIG_STRATEGY',
          '            - name: KOLLA_CONFIG_STRATEGY\n              value: COPY_NEVER',
          '            - name: KOLLA_CONFIG_STRATEGY\n              value: COPY_ALWAYS',
          '            - name: KOLLA_CONFIG_STRATEGY\n              valueFrom:\n                configMapKeyRef: {name: k, key: s}',
          '            - name: OTHER\n              value: copy_once',
        ].join('\n') + '\n',
      ),
    );
    const { found } = await run({ 'rendered.yaml': stream }, { manifests: ['rendered.yaml'] });
    record(found);
    expect(brief(found)).toEqual([
      'rendered.yaml:13 kolla/config-strategy/wrongCase',
      'rendered.yaml:15 kolla/config-strategy/empty',
      'rendered.yaml:16 kolla/config-strategy/empty',
      'rendered.yaml:18 kolla/config-strategy/invalid',
    ]);
    expect(found[0]!.message).toContain('write "COPY_ONCE"');
    expect(found[0]!.message).toContain('The container "api" in Deployment/nova-api');
  });
});

describe('manifests/image-specific-entrypoint', () => {
  it('names everything a container relies on, at the first command or args item naming one', async () => {
    const stream = deployment(
      [
        '        - name: api',
        '          image: quay.io/kolla/nova-api:2025.1',
        '          command: ["/bin/bash", "-c"]',
        '          args:',
        '            - sudo -E kolla_set_configs && exec /usr/local/bin/kolla_start',
        '        - name: conductor',
        '          image: quay.io/kolla/nova-conductor:2025.1',
        '          command:',
        '            - /var/lib/kolla/config_files/run.sh',
        '            - /usr/local/bin/kolla_nova_extend_start.sh',
        '        - name: scheduler',
        '          image: quay.io/airshipit/nova:2025.1',
        '          command: ["/tmp/nova-scheduler.sh"]',
        '          args: ["--kolla_start_compat", "my_kolla_start"]',
      ].join('\n') + '\n',
    );
    const { found } = await run({ 'rendered.yaml': stream }, { manifests: ['rendered.yaml'] });
    record(found);
    expect(found.map((f) => `${f.line}:${f.column} ${f.rule}`)).toEqual([
      '13:15 manifests/image-specific-entrypoint/reliesOn',
      '17:15 manifests/image-specific-entrypoint/reliesOn',
    ]);
    expect(found[0]!.message).toContain('runs `kolla_start` and `kolla_set_configs`, which only Kolla images carry');
    expect(found[1]!.message).toContain('runs `/var/lib/kolla/config_files`, which only');
  });

  it('is a warning', async () => {
    const root = makeTree({
      'rendered.yaml': deployment('        - name: api\n          image: quay.io/kolla/nova-api:1\n          command: [kolla_start]\n'),
    });
    const result = await lint({ paths: [], manifests: ['rendered.yaml'], cwd: root });
    expect(result.diagnostics.filter((d) => d.ruleId === 'manifests/image-specific-entrypoint').map((d) => d.severity)).toEqual([
      'warning',
    ]);
  });
});

describe('the new rules', () => {
  it('are listed by --list-rules', () => {
    const cli = runCli(['--list-rules'], { cwd: process.cwd() });
    expect(cli.status).toBe(0);
    for (const rule of allRules.filter((r) => OURS.test(r.id) && r.id !== 'yaml/syntax')) expect(cli.stdout).toContain(rule.id);
  });

  it('have every message id covered by the tests above', () => {
    const ids = allRules
      .filter((rule) => /^kolla\/|^manifests\/image-specific-entrypoint$/.test(rule.id))
      .flatMap((rule) => Object.keys(rule.meta.messages).map((id) => `${rule.id}/${id}`));
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter((id) => !seen.has(id))).toEqual([]);
    expect(seen.has('yaml/syntax/jsonSyntax')).toBe(true);
  });
});
