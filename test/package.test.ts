/**
 * What the published package holds and exports, and that it works once installed: the tarball `npm pack`
 * makes is installed into an empty folder and run there, as `npx chartlint` and through its API.
 * The install takes its dependencies from the npm registry (or npm's cache).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installPacked, packProject } from './helpers/packed.js';
import { CHART, makeTree } from './helpers/tree.js';

const root = path.resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('the package', () => {
  it('ships the licence it declares, and says where it lives', () => {
    expect(manifest.license).toBe('Apache-2.0');
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toContain(
      'Apache License\n                           Version 2.0, January 2004',
    );
    expect(manifest.repository).toMatchObject({ type: 'git' });
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs).toMatchObject({ url: expect.stringMatching(/^https:\/\/.*\/issues$/) as unknown });
  });

  it("names its release tag in the README's pre-commit and Action snippets (the tag each release creates)", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const tag = `v${manifest.version as string}`;
    const revs = [...readme.matchAll(/^\s*rev: (\S+)$/gm)].map((m) => m[1]);
    const uses = [...readme.matchAll(/uses: chartlint\/chartlint@(\S+)/g)].map((m) => m[1]);
    expect(revs.length).toBeGreaterThan(0);
    expect(uses.length).toBeGreaterThan(0);
    expect([...new Set([...revs, ...uses])]).toEqual([tag]);
  });

  it('builds in prepack, not prepare, so installing it runs no script of ours', () => {
    const scripts = manifest.scripts as Record<string, string>;
    expect(scripts.prepack).toContain('npm run build');
    for (const hook of ['prepare', 'preinstall', 'install', 'postinstall']) expect(scripts[hook], hook).toBeUndefined();
  });
});

describe('the bundles', () => {
  it('committed ones are the ones the sources build (the Action and the hook run the committed files)', () => {
    const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root, encoding: 'utf8' });
    // Outside a git checkout (an unpacked tarball) there is no committed file to compare.
    if (inGit.status !== 0) return;
    const status = spawnSync('git', ['status', '--porcelain', '--', 'action/dist', 'hook'], { cwd: root, encoding: 'utf8' });
    expect(status.stdout, 'run npm run build and commit action/dist and hook').toBe('');
  });

  // esbuild (not minified) names each bundled module in a `// node_modules/<package>/...` comment.
  const bundled = (file: string): string[] => [
    ...new Set([...readFileSync(file, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)].map((m) => m[1]!)),
  ];

  it.each([
    ['action/dist/index.js', 'action/dist/licenses.txt'],
    ['hook/cli.js', 'hook/licenses.txt'],
  ])('%s: every package inside it has its licence in %s', (bundle, notices) => {
    const text = readFileSync(path.join(root, notices), 'utf8');
    const files = bundle.startsWith('hook/') ? chunkFiles('hook') : [path.join(root, bundle)];
    const packages = [...new Set(files.flatMap(bundled))];
    expect(packages).toEqual(expect.arrayContaining(['yaml', 'ajv']));
    for (const name of packages) {
      const version = (JSON.parse(readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
        .version;
      expect(text, name).toContain(`${name} ${version}\nLicense: `);
    }
    // The MIT and ISC texts themselves, not only the names.
    expect(text).toMatch(/Permission is hereby granted, free of charge/);
  });
});

function chunkFiles(dir: string): string[] {
  const listing = spawnSync('find', [path.join(root, dir), '(', '-name', '*.js', '-o', '-name', '*.cjs', ')'], { encoding: 'utf8' }).stdout;
  return listing.split('\n').filter(Boolean);
}

describe('the packed tarball, installed into an empty folder', () => {
  let project: string;
  let tarball: string;
  beforeAll(() => {
    tarball = packProject();
    project = makeTree({
      'package.json': '{ "name": "user-project", "private": true, "type": "module" }\n',
      'charts/svc/Chart.yaml': CHART('svc'),
      'charts/svc/values.yaml': 'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:latest\n  pull_policy: Always\n',
    });
    installPacked(project, tarball);
  }, 300_000);

  it('holds what users need and nothing of the repository', () => {
    const list = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.split('\n');
    for (const file of [
      'package/LICENSE',
      'package/dist/cli/cli.js',
      'package/dist/cli/licenses.txt',
      'package/dist/src/index.js',
      'package/schemas/config.schema.json',
      'package/.github/chartlint-problem-matcher.json',
      'package/rules/images/no-latest.md',
    ])
      expect(list, file).toContain(file);
    expect(list.filter((f) => /^package\/(test|src|hook|action|scripts)\//.test(f))).toEqual([]);
  });

  it('runs as `npx chartlint`, reporting at file, line and column', () => {
    const version = spawnSync('npx', ['--no-install', 'chartlint', '--version'], { cwd: project, encoding: 'utf8' });
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toContain(manifest.version as string);
    const run = spawnSync('npx', ['--no-install', 'chartlint', '-f', 'compact', 'charts'], { cwd: project, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('charts/svc/values.yaml:3:37: error:');
  });

  it('serves its API and its exported files by package name', () => {
    writeFileSync(
      path.join(project, 'use-api.js'),
      [
        "import { lint } from 'chartlint';",
        "import { createRequire } from 'node:module';",
        'const require = createRequire(import.meta.url);',
        "const result = await lint({ paths: ['charts'] });",
        "const schema = require('chartlint/config.schema.json');",
        "const matcher = require('chartlint/problem-matcher.json');",
        'console.log(JSON.stringify({ rules: result.diagnostics.map((d) => d.ruleId), schema: schema.title, owners: matcher.problemMatcher.map((m) => m.owner) }));',
      ].join('\n'),
    );
    const run = spawnSync('node', ['use-api.js'], { cwd: project, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { rules: string[]; schema: string; owners: string[] };
    expect(out.rules).toEqual(['images/no-latest']);
    expect(out.schema).toContain('chartlint');
    expect(out.owners).toContain('chartlint');
  });
});
