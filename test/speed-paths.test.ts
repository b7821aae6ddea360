/** The paths taken for speed give exactly the findings of the plain path: the results cache and worker threads. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, defineRule, lint, NO_OPTIONS, type AnyRule } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { CHART, makeTree } from './helpers/tree.js';

function repo(charts: number): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < charts; i++) {
    files[`c${i}/Chart.yaml`] = CHART(`c${i}`);
    files[`c${i}/values.yaml`] =
      `images:\n  tags:\n    dep_check: quay.io/a/entrypoint:${i % 3 === 0 ? 'latest' : 'v1'}\n    api: nginx:1.${i}\n  pull_policy: ${i % 5 === 0 ? 'always' : 'Always'}\n`;
    files[`c${i}/values_overrides/site.yaml`] = `images:\n  tags:\n    api: quay.io/a/api:${i % 4 === 0 ? 'nightly' : '2026.1'}\n`;
  }
  return makeTree(files);
}

/** A rule that counts the files it is asked to check. */
function countingRules(): { rules: AnyRule[]; checked: () => number } {
  let count = 0;
  const counter = defineRule<Record<string, never>, 'seen'>({
    id: 'test/counter',
    meta: { description: 'Counts.', severity: 'info', targets: ['values'], messages: { seen: 'Seen.' }, ...NO_OPTIONS },
    check: () => {
      count++;
    },
  });
  return { rules: [...allRules, counter], checked: () => count };
}

describe('--cache', () => {
  it('reuses the findings of unchanged files and relints what changed', async () => {
    const root = repo(6);
    const env = { ...process.env, CHARTLINT_CACHE_DIR: path.join(root, '.cache') };
    const { rules, checked } = countingRules();
    const plain = await lint({ paths: ['.'], cwd: root, rules, env });
    const first = await lint({ paths: ['.'], cwd: root, rules, env, cache: true });
    const afterFirst = checked();
    const second = await lint({ paths: ['.'], cwd: root, rules, env, cache: true });
    expect(checked()).toBe(afterFirst);
    expect(second.diagnostics).toEqual(plain.diagnostics);
    expect(first.diagnostics).toEqual(plain.diagnostics);

    writeFileSync(
      path.join(root, 'c1/values.yaml'),
      'images:\n  tags:\n    dep_check: quay.io/a/entrypoint:latest\n  pull_policy: Always\n',
    );
    const third = await lint({ paths: ['.'], cwd: root, rules, env, cache: true });
    expect(checked()).toBe(afterFirst + 1);
    expect(third.diagnostics.filter((d) => d.file === 'c1/values.yaml').map((d) => d.ruleId)).toEqual(['images/no-latest']);

    // A file named as region values is judged anew, not answered from the cache.
    const asRegion = await lint({ paths: ['.'], cwd: root, rules, env, cache: true, regionValues: ['c2/values_overrides/site.yaml'] });
    expect(checked()).toBe(afterFirst + 2);
    expect(asRegion.diagnostics.filter((d) => d.file === 'c2/values_overrides/site.yaml')).toEqual(
      third.diagnostics.filter((d) => d.file === 'c2/values_overrides/site.yaml'),
    );

    // A new config invalidates everything.
    writeFileSync(path.join(root, '.chartlint.yaml'), 'rules:\n  images/floating-tag: error\n');
    await lint({ paths: ['.'], cwd: root, rules, env, cache: true });
    expect(checked()).toBe(afterFirst + 2 + 12);
  });
});

describe('--jobs', () => {
  it('gives the same output with worker threads as in one thread', () => {
    const root = repo(40);
    const one = runCli(['-f', 'json', '--jobs', '1', '.'], { cwd: root });
    const two = runCli(['-f', 'json', '--jobs', '2', '.'], { cwd: root });
    expect(two.stderr).toBe('');
    expect(two.status).toBe(one.status);
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(JSON.parse(one.stdout).diagnostics.length).toBeGreaterThan(60);
  });

  it('refuses a bad --jobs', () => {
    expect(runCli(['--jobs', '0', '.'], { cwd: repo(1) }).status).toBe(2);
  });
});
