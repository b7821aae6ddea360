import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/index.js';
import { allRules, lint, loadFormatter } from '../src/index.js';
import { DOCS_BASE, GITHUB_LIMITS, insideWorkingFolder } from '../src/formatters/sarif.js';
import { docsRoot, MAX_HELP, MAX_SUMMARY, parseRuleDoc, readRuleDocs } from '../src/formatters/rule-docs.js';
import { VERSION } from '../src/common/version.js';
import { DIAGNOSTICS } from './helpers/diagnostics.js';
import { testHelm } from './helpers/helm.js';
import { CHART, makeTree } from './helpers/tree.js';
import { expectWellFormed } from './helpers/xml.js';

const CONTEXT = { colorLevel: 0 as const, charts: 2, files: 3 };
async function format(name: string, diagnostics: readonly Diagnostic[]): Promise<string> {
  const formatter = await loadFormatter(name);
  if (!formatter) throw new Error(`no formatter ${name}`);
  return formatter(diagnostics, CONTEXT);
}

describe('github formatter', () => {
  it('prints one escaped workflow command per diagnostic', async () => {
    const diagnostics: Diagnostic[] = [
      DIAGNOSTICS[0]!,
      { ...DIAGNOSTICS[1]!, file: 'we,ird:dir/values.yaml', endLine: 13, endColumn: 1, message: '100% sure: tag "a,b"\r\nfloats' },
      {
        ...DIAGNOSTICS[2]!,
        related: [
          { file: 'b/templates/dep.yaml', line: 5, column: 9, endLine: 5, endColumn: 20, message: 'Rendered here.' },
          { file: 'b/templates/job.yaml', line: 7, column: 3, endLine: 7, endColumn: 9, message: 'And here.' },
        ],
      },
    ];
    expect(await format('github', diagnostics)).toBe(
      '::error file=a/values.yaml,line=2,endLine=2,col=3,endColumn=7,title=images/required-keys::Missing.\n' +
        '::warning file=we%2Cird%3Adir/values.yaml,line=12,endLine=13,col=30,endColumn=1,title=images/floating-tag::100%25 sure: tag "a,b"\\r\\nfloats\n' +
        '::notice file=b/values.yaml,line=1,endLine=1,col=1,endColumn=1,title=images/templated-reference::' +
        'Templated. (see also b/templates/dep.yaml:5:9) (see also b/templates/job.yaml:7:3)\n',
    );
    expect(await format('github', [])).toBe('');
  });
});

interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: { name: string; version: string; rules: { id: string; name: string; helpUri: string; defaultConfiguration: object }[] };
    };
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: SarifLocation[];
      relatedLocations?: (SarifLocation & { id: number; message: { text: string } })[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}

/**
 * test/data/sarif-2.1.0-rtm.5.json is the schema the npm package @microsoft/jest-sarif ships as
 * lib/schemas/sarif-2.1.0-rtm.5.json, and test/data/sarif-schema-2.1.0.json the final OASIS schema
 * (docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/), copied so the tests need neither that
 * package nor the network.
 * The SARIF schemas are draft-04 (`id`, draft-04 `$schema`), which plain Ajv 8 refuses, hence ajv-draft-04.
 * ajv-formats makes `uri-reference` checked rather than ignored. The rtm.5 schema has a `language` pattern
 * that is invalid as a Unicode regular expression, hence `unicodeRegExp: false`.
 */
function sarifValidator(schemaFile: string | URL) {
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
}

describe('sarif formatter', () => {
  const finding: Diagnostic = {
    file: 'a/values.yaml',
    line: 2,
    column: 3,
    endLine: 2,
    endColumn: 17,
    ruleId: 'images/no-latest',
    severity: 'error',
    message: 'Image nginx uses ":latest".',
    messageId: 'latest',
  };
  const diagnostics: Diagnostic[] = [
    finding,
    { ...finding, line: 9, endLine: 9 },
    // Another finding of the same rule is another logical path: the identity never hashes the message text.
    { ...finding, line: 11, endLine: 11, message: 'Image redis uses ":latest".', path: 'images.tags.redis' },
    {
      ...DIAGNOSTICS[2]!,
      file: 'my charts/values.yaml',
      related: [{ file: 'my charts/templates/dep.yaml', line: 5, column: 9, endLine: 5, endColumn: 20, message: 'Rendered here.' }],
    },
    { ...DIAGNOSTICS[1]!, file: '<stdin>' },
    // helm's errors name `file:0:0`; SARIF lines and columns start at 1.
    {
      ...DIAGNOSTICS[0]!,
      ruleId: 'manifests/render-failed',
      line: 0,
      column: 0,
      endLine: 0,
      endColumn: 0,
      related: [{ file: 'a/templates/x.yaml', line: 0, column: 0, endLine: -1, endColumn: Number.NaN, message: 'Here.' }],
    },
  ];

  it('writes a schema-valid SARIF 2.1.0 log', async () => {
    const text = await format('sarif', diagnostics);
    const log = JSON.parse(text) as SarifLog;
    expect(text).toBe(`${JSON.stringify(log, null, 2)}\n`);

    const validate = sarifValidator(new URL('./data/sarif-2.1.0-rtm.5.json', import.meta.url));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(await format('sarif', [])))).toBe(true);
    // The validator really checks URIs: an unencoded space is rejected.
    const spaced = structuredClone(log);
    spaced.runs[0]!.results[3]!.locations[0]!.physicalLocation.artifactLocation.uri = 'my charts/values.yaml';
    expect(validate(spaced)).toBe(false);

    // The final OASIS schema (errata 01), as GitHub's code scanning reads it.
    const validateOfficial = sarifValidator(new URL('./data/sarif-schema-2.1.0.json', import.meta.url));
    expect(validateOfficial(log), JSON.stringify(validateOfficial.errors)).toBe(true);
    expect(validateOfficial(spaced)).toBe(false);
  });

  it('describes every rule and points results at them', async () => {
    const run = (JSON.parse(await format('sarif', diagnostics)) as SarifLog).runs[0]!;
    const { driver } = run.tool;
    expect(driver.name).toBe('chartlint');
    expect(driver.version).toBe(VERSION);
    expect(driver.rules.map((r) => r.id)).toEqual(allRules.map((r) => r.id));
    for (const rule of driver.rules) expect(rule.helpUri).toBe(`${DOCS_BASE}${rule.id}.md`);
    expect(driver.rules.find((r) => r.id === 'images/no-latest')).toMatchObject({
      name: 'ImagesNoLatest',
      defaultConfiguration: { level: 'error' },
    });
    expect(driver.rules.find((r) => r.id === 'images/digest-pinned')?.defaultConfiguration).toEqual({ level: 'none', enabled: false });

    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results.map((r) => r.level)).toEqual(['error', 'error', 'error', 'note', 'warning', 'error']);
    const clamped = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    expect(run.results[5]!.locations[0]!.physicalLocation.region).toEqual(clamped);
    expect(run.results[5]!.relatedLocations![0]!.physicalLocation.region).toEqual(clamped);
    for (const result of run.results) expect(driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(run.results[0]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'a/values.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 17 },
    });
    expect(run.results[3]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('my%20charts/values.yaml');
    expect(run.results[3]!.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'my%20charts/templates/dep.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 5, startColumn: 9, endLine: 5, endColumn: 20 },
        },
        message: { text: 'Rendered here.' },
      },
    ]);
    expect(run.results[4]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('stdin');
  });

  it('describes rules as code scanning reads them: tags, security severity, precision, docs', async () => {
    interface Descriptor {
      id: string;
      shortDescription: { text: string };
      fullDescription: { text: string };
      help: { text: string; markdown: string };
      helpUri: string;
      properties: { tags: string[]; precision: string; 'security-severity'?: string };
    }
    const rules = (JSON.parse(await format('sarif', [])) as { runs: { tool: { driver: { rules: Descriptor[] } } }[] }).runs[0]!.tool.driver
      .rules;
    for (const rule of rules) {
      const group = rule.id.split('/')[0]!;
      expect(rule.properties.tags).toContain(group);
      expect(['high', 'very-high']).toContain(rule.properties.precision);
      expect(rule.fullDescription.text).not.toBe(rule.shortDescription.text);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(MAX_SUMMARY);
      expect(rule.help.markdown.length).toBeLessThanOrEqual(MAX_HELP + 200);
      expect(rule.help.markdown).toContain(rule.helpUri);
      if (group === 'secrets') {
        expect(rule.properties.tags).toContain('security');
        expect(Number(rule.properties['security-severity'])).toBeGreaterThan(0);
      } else {
        expect(rule.properties.tags).not.toContain('security');
        expect(rule.properties['security-severity']).toBeUndefined();
      }
    }
    const secrets = rules.find((r) => r.id === 'secrets/in-chart-defaults')!;
    expect(secrets.properties).toEqual({ tags: ['security', 'secrets'], precision: 'high', 'security-severity': '8.0' });
    // The doc's first paragraph, cut at a sentence, and the page itself, without its title or HTML comments.
    const doc = readFileSync(new URL('../rules/secrets/in-chart-defaults.md', import.meta.url), 'utf8');
    expect(secrets.fullDescription.text).toMatch(/^Reports literal secrets in the values that ship with the charts\..*\. …$/);
    expect(secrets.help.markdown).toMatch(/^Reports literal secrets/);
    expect(secrets.help.markdown).toContain('## Why');
    expect(secrets.help.markdown).not.toContain('<!--');
    expect(doc.length).toBeGreaterThan(MAX_HELP);
    const noLatest = rules.find((r) => r.id === 'images/no-latest')!;
    expect(noLatest.properties).toEqual({ tags: ['images'], precision: 'very-high' });
    expect(noLatest.fullDescription.text).toBe(
      parseRuleDoc(readFileSync(new URL('../rules/images/no-latest.md', import.meta.url), 'utf8')).summary,
    );
  });

  it('finds the rule docs from every place the formatter is built to', () => {
    const repo = path.resolve(import.meta.dirname, '..');
    for (const from of ['src/formatters', 'dist/src/formatters', 'dist/cli', 'hook', 'action/dist']) {
      expect(docsRoot('images/no-latest', path.join(repo, from))).toBe(path.join(repo, 'rules'));
    }
    expect(docsRoot('images/no-latest', tmpdir())).toBeUndefined();
    expect(readRuleDocs(['images/no-latest'], tmpdir()).size).toBe(0);
  });

  it('names the working folder and keeps every location inside it', async () => {
    const here = { line: 3, column: 5, endLine: 3, endColumn: 9 };
    const cache = `${path.relative(process.cwd(), tmpdir())}/chartlint/renders/0123abcd.yaml`;
    const list: Diagnostic[] = [
      // A values finding whose rendered place lies in the render cache, beside the template inside the repository.
      {
        ...finding,
        related: [
          { file: cache, ...here, message: 'Rendered here.' },
          { file: 'a/templates/dep.yaml', ...here, message: 'Templated here.' },
        ],
      },
      // A rendered finding placed in the cache moves to the template; one with nowhere inside is left out.
      {
        ...finding,
        ruleId: 'manifests/image-empty',
        file: cache,
        related: [{ file: 'a/templates/job.yaml', ...here, message: 'In the template.' }],
      },
      { ...finding, ruleId: 'manifests/image-empty', file: '/abs/elsewhere.yaml' },
    ];
    const log = JSON.parse(await format('sarif', list)) as SarifLog & {
      runs: {
        invocations: {
          executionSuccessful: boolean;
          workingDirectory: { uri: string };
          toolExecutionNotifications: { message: { text: string } }[];
        }[];
      }[];
    };
    const run = log.runs[0]!;
    expect(run.invocations[0]!.executionSuccessful).toBe(true);
    expect(run.invocations[0]!.workingDirectory.uri).toBe(`${pathToFileURL(process.cwd()).href}/`);
    const uris = run.results.flatMap((r) =>
      [...r.locations, ...(r.relatedLocations ?? [])].map((l) => l.physicalLocation.artifactLocation.uri),
    );
    expect(uris).toEqual(['a/values.yaml', 'a/templates/dep.yaml', 'a/templates/job.yaml']);
    expect(run.results[0]!.relatedLocations![0]!.id).toBe(1);
    expect(run.results[1]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 5, endLine: 3, endColumn: 9 });
    expect(run.results[1]!.relatedLocations).toBeUndefined();
    expect(run.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text)).toEqual([
      '1 result(s) placed outside the working folder were left out.',
      '1 related location(s) outside the working folder were left out.',
    ]);
    const validate = sarifValidator(new URL('./data/sarif-schema-2.1.0.json', import.meta.url));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    for (const file of ['a/b.yaml', 'a:b/values.yaml', 'back\\slash/x.yaml', '..a/b.yaml']) expect(insideWorkingFolder(file)).toBe(true);
    for (const file of ['../a.yaml', 'a/../../b.yaml', '/a.yaml', 'C:/a.yaml', 'C:\\a.yaml']) expect(insideWorkingFolder(file)).toBe(false);
  });

  it('with --render, points only into the repository, never into the render cache', async () => {
    const root = makeTree({ '.chartlint.yaml': 'extends: chartlint:openstack-helm\n' });
    cpSync(path.resolve(import.meta.dirname, '../charts-fixtures/render'), path.join(root, 'render'), { recursive: true });
    // The cache outside the working folder, as the default ~/.cache/chartlint is.
    const cache = makeTree({});
    const env = { CHARTLINT_CACHE_DIR: cache, CHARTLINT_HELM: testHelm(), PATH: '' };
    const { diagnostics } = await lint({ paths: ['render/orbit'], render: true, cwd: root, env });
    expect(diagnostics.some((d) => d.related?.length)).toBe(true);
    const log = JSON.parse(await format('sarif', diagnostics)) as SarifLog;
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(diagnostics.length);
    const uris = run.results.flatMap((r) =>
      [...r.locations, ...(r.relatedLocations ?? [])].map((l) => l.physicalLocation.artifactLocation.uri),
    );
    expect(uris.some((u) => u.startsWith('render/orbit/templates/'))).toBe(true);
    for (const u of uris) expect(u.startsWith('render/'), u).toBe(true);
    for (const u of uris) expect(existsSync(path.join(root, decodeURIComponent(u))), u).toBe(true);
  });

  it("stays within GitHub's documented limits, and says what it left out", async () => {
    const many: Diagnostic[] = Array.from({ length: GITHUB_LIMITS.resultsPerRun + 5 }, (_, i) => ({
      ...finding,
      severity: 'warning' as const,
      path: `images.tags.k${i}`,
      line: i + 1,
      endLine: i + 1,
    }));
    // An error at the end is kept before warnings; a result with too many related places is cut.
    many.push({
      ...finding,
      file: 'z/values.yaml',
      related: Array.from({ length: 150 }, (_, i) => ({
        file: `z/templates/t${i}.yaml`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        message: 'Here.',
      })),
    });
    const text = await format('sarif', many);
    const log = JSON.parse(text) as SarifLog & {
      runs: { invocations: { toolExecutionNotifications: { message: { text: string } }[] }[]; properties: object }[];
    };
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(GITHUB_LIMITS.resultsPerRun);
    expect(run.results.at(-1)!.level).toBe('error');
    expect(run.results.at(-1)!.relatedLocations).toHaveLength(100);
    for (const result of run.results) expect(result.locations.length + (result.relatedLocations?.length ?? 0)).toBeLessThanOrEqual(1000);
    expect(run.tool.driver.rules.length).toBeLessThanOrEqual(25_000);
    for (const rule of run.tool.driver.rules as unknown as { properties: { tags: string[] } }[])
      expect(rule.properties.tags.length).toBeLessThanOrEqual(10);
    expect(run.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text)).toEqual([
      '6 of 25006 results were left out: GitHub code scanning takes at most 25000 per run (errors were kept first).',
      '50 related location(s) were left out: GitHub code scanning shows at most 100 locations of a result.',
    ]);
    expect(run.properties).toEqual({ chartlint: { resultsFound: 25_006, resultsOmitted: 6, relatedLocationsOmitted: 50 } });
    // The upload limit is 10 MB of gzip-compressed SARIF.
    expect(gzipSync(text).length).toBeLessThan(10 * 1024 * 1024);
  });

  it('fingerprints findings without their line numbers, telling identical findings apart', async () => {
    const fingerprints = async (list: Diagnostic[]) =>
      (JSON.parse(await format('sarif', list)) as SarifLog).runs[0]!.results.map((r) => r.partialFingerprints['chartlintFinding/v2']);
    // The same finding, moved by an edit above it, between two commits.
    const [before] = await fingerprints([finding]);
    const [after] = await fingerprints([{ ...finding, line: 9, endLine: 9 }]);
    expect(before).toMatch(/^[0-9a-f]{64}:1$/);
    expect(after).toBe(before);
    // Two identical findings in one file, and a different one.
    const [first, second, other] = await fingerprints(diagnostics.slice(0, 3));
    expect(second).not.toBe(first);
    expect(second!.split(':')[0]).toBe(first!.split(':')[0]);
    expect(other!.split(':')[0]).not.toBe(first!.split(':')[0]);
  });

  it('keeps the fingerprint of a linted finding when lines are inserted above it', async () => {
    const values = 'images:\n  tags:\n    api: quay.io/a/api:latest\n    db: quay.io/a/db:latest\n';
    const root = makeTree({ 'svc/Chart.yaml': CHART('svc'), 'svc/values.yaml': values });
    const run = async () => {
      const { diagnostics } = await lint({ paths: ['svc'], cwd: root });
      const results = (JSON.parse(await format('sarif', diagnostics)) as SarifLog).runs[0]!.results;
      return results
        .filter((r) => r.ruleId === 'images/no-latest')
        .map((r) => ({
          line: r.locations[0]!.physicalLocation.region.startLine,
          fingerprint: r.partialFingerprints['chartlintFinding/v2'],
        }));
    };
    const before = await run();
    expect(before.map((r) => r.line)).toEqual([3, 4]);
    writeFileSync(path.join(root, 'svc/values.yaml'), `# one\n# two\n# three\n${values}`);
    const after = await run();
    expect(after.map((r) => r.line)).toEqual([6, 7]);
    expect(after.map((r) => r.fingerprint)).toEqual(before.map((r) => r.fingerprint));
    // The two findings (two logical paths) differ.
    expect(before[0]!.fingerprint).not.toBe(before[1]!.fingerprint);
  });
});

describe('junit formatter', () => {
  it('prints a suite per file and a test case per diagnostic', async () => {
    const xml = await format('junit', DIAGNOSTICS);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="chartlint" tests="3" failures="2" errors="0">',
        '  <testsuite name="a/values.yaml" tests="2" failures="2">',
        '    <testcase classname="a/values.yaml" name="images/required-keys at 2:3">',
        '      <failure type="images/required-keys" message="Missing.">error: Missing. (a/values.yaml:2:3)</failure>',
        '    </testcase>',
        '    <testcase classname="a/values.yaml" name="images/floating-tag at 12:30">',
        '      <failure type="images/floating-tag" message="Floats.">warning: Floats. (a/values.yaml:12:30)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="b/values.yaml" tests="1" failures="0">',
        '    <testcase classname="b/values.yaml" name="images/templated-reference at 1:1">',
        '      <system-out>info: Templated. (b/values.yaml:1:1)</system-out>',
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    expectWellFormed(xml);
  });

  it('escapes markup and shows control characters as escapes', async () => {
    const xml = await format('junit', [{ ...DIAGNOSTICS[0]!, message: `Tag "<none>" & 'x'\u0007 is bad.` }]);
    expect(xml).toContain(
      '<failure type="images/required-keys" message="Tag &quot;&lt;none&gt;&quot; &amp; &apos;x&apos;\\x07 is bad.">' +
        'error: Tag &quot;&lt;none&gt;&quot; &amp; &apos;x&apos;\\x07 is bad. (a/values.yaml:2:3)</failure>',
    );
    expectWellFormed(xml);
  });

  it('does not count infos as failures', async () => {
    const xml = await format('junit', [DIAGNOSTICS[2]!]);
    expect(xml).toContain('<testsuites name="chartlint" tests="1" failures="0" errors="0">');
    expect(xml).not.toContain('<failure');
  });

  it('reports one passing test case when there is nothing to report', async () => {
    const xml = await format('junit', []);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="chartlint" tests="1" failures="0" errors="0">',
        '  <testsuite name="chartlint" tests="1" failures="0">',
        '    <testcase classname="chartlint" name="no problems"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
    expectWellFormed(xml);
  });
});

describe('github formatter under GitHub annotation cap', () => {
  it('shows at most 10 of each kind, errors and rare rules first, and lists the rest as plain indented lines', async () => {
    const base = DIAGNOSTICS[0]!;
    const noisy: Diagnostic[] = Array.from({ length: 14 }, (_, i) => ({
      ...base,
      file: `a${String(i).padStart(2, '0')}/values.yaml`,
      ruleId: 'secrets/in-chart-defaults',
    }));
    const rare: Diagnostic = { ...base, file: 'z/values.yaml', ruleId: 'images/no-latest' };
    const warning: Diagnostic = { ...DIAGNOSTICS[1]!, file: '::error::x/values.yaml' };
    const out = await format('github', [...noisy, rare, warning]);
    const annotations = out.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations.filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(annotations.filter((line) => line.startsWith('::warning '))).toHaveLength(1);
    // The one finding of the rare rule is shown although it comes last.
    expect(out).toContain('::error file=z/values.yaml');
    expect(out).toContain('chartlint: 5 more findings not shown as annotations (GitHub shows 10 of each kind per step)');
    const plain = out.split('\n').filter((line) => line.startsWith('  '));
    expect(plain).toHaveLength(5);
    expect(plain.every((line) => line.includes('[secrets/in-chart-defaults]'))).toBe(true);
  });

  it("annotates findings in the pull request's changed files before the others of their kind, errors still first", async () => {
    const warning = DIAGNOSTICS[1]!;
    // 12 warnings of one rule in unchanged files, sorted before the changed file's 3; and one error there.
    const unchanged: Diagnostic[] = Array.from({ length: 12 }, (_, i) => ({
      ...warning,
      file: `a${String(i).padStart(2, '0')}/values.yaml`,
    }));
    const changedWarnings: Diagnostic[] = [1, 2, 3].map((line) => ({ ...warning, file: 'z/values.yaml', line, endLine: line }));
    const error: Diagnostic = { ...DIAGNOSTICS[0]!, file: 'a00/values.yaml' };
    const all = [error, ...unchanged, ...changedWarnings];
    const shownWarnings = (out: string) =>
      out
        .split('\n')
        .filter((line) => line.startsWith('::warning '))
        .map((line) => /file=([^,]+),line=(\d+)/.exec(line)!.slice(1).join(':'));
    const formatter = (await loadFormatter('github'))!;
    const withChanges = formatter(all, { ...CONTEXT, changedFiles: new Set(['z/values.yaml']) });
    expect(shownWarnings(withChanges)).toEqual([
      'a00/values.yaml:12',
      'a01/values.yaml:12',
      'a02/values.yaml:12',
      'a03/values.yaml:12',
      'a04/values.yaml:12',
      'a05/values.yaml:12',
      'a06/values.yaml:12',
      'z/values.yaml:1',
      'z/values.yaml:2',
      'z/values.yaml:3',
    ]);
    // The error in an unchanged file is shown all the same: errors come first, changed files or not.
    expect(withChanges).toContain('::error file=a00/values.yaml');
    expect(withChanges).toContain('chartlint: 5 more findings not shown as annotations');
    // Without the changed files (or with none known), the first ten in order are shown.
    expect(shownWarnings(formatter(all, CONTEXT))).not.toContain('z/values.yaml:1');
  });
});
