/** Fixes, suggestions and fingerprints through the public engine API, with rules defined by the test. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { defineRule, lint, NO_OPTIONS, type Diagnostic } from '../src/index.js';
import type { YamlNode, YamlScalar } from '../src/sources/yaml-view.js';
import { CHART, makeTree } from './helpers/tree.js';

const roots: string[] = [];
const tree = (files: Record<string, string>): string => {
  const root = makeTree(files);
  roots.push(root);
  return root;
};
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Every `pull_policy` scalar of a values file's tree. */
function pullPolicies(root: YamlNode | undefined): YamlScalar[] {
  const found: YamlScalar[] = [];
  const walk = (node: YamlNode | undefined): void => {
    if (!node) return;
    if (node.kind === 'map') {
      for (const entry of node.entries) {
        if (entry.key === 'pull_policy' && entry.value.kind === 'scalar') found.push(entry.value);
        else walk(entry.value);
      }
    } else if (node.kind === 'seq') node.items.forEach(walk);
  };
  walk(root);
  return found;
}

/** A rule that rewrites every `pull_policy: always` as `replacement` (a fixer good or bad). */
const policyFixer = (id: string, description: string, replacement: string) =>
  defineRule<Record<string, never>, 'lowercase', 'values'>({
    id,
    meta: {
      description,
      severity: 'error',
      targets: ['values'],
      fixable: true,
      messages: { lowercase: 'Spell the pull policy "Always".' },
      ...NO_OPTIONS,
    },
    check(ctx) {
      for (const node of pullPolicies(ctx.file.documents[0]?.root)) {
        if (node.value === 'always') ctx.report({ node, messageId: 'lowercase', fix: { span: node.span, text: replacement } });
      }
    },
  });

const casing = policyFixer('test/pull-policy-case', 'pull_policy: always is spelled Always.', 'Always');

/** Overlaps `casing`: quotes every plain pull_policy scalar, over the same span. */
const quoting = defineRule<Record<string, never>, 'plain', 'values'>({
  id: 'test/pull-policy-quoted',
  meta: {
    description: 'pull_policy values are double-quoted.',
    severity: 'warning',
    targets: ['values'],
    fixable: true,
    messages: { plain: 'Quote the pull policy.' },
    ...NO_OPTIONS,
  },
  check(ctx) {
    for (const node of pullPolicies(ctx.file.documents[0]?.root)) {
      if (node.style === 'plain') ctx.report({ node, messageId: 'plain', fix: { span: node.span, text: `"${String(node.value)}"` } });
    }
  },
});

const VALUES = `# values
images:
  tags:
    api: quay.io/airshipit/api:1.0
  pull_policy: always
jobs:
  sync:
    pull_policy: always
  other:
    pull_policy: IfNotPresent
`;
const FIXED = VALUES.replaceAll('pull_policy: always', 'pull_policy: Always');

describe('fix: true', () => {
  it('returns the fixed text, leaves the file alone, and re-lints the fixed text', async () => {
    const root = tree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': VALUES });
    const file = path.join(root, 'c/values.yaml');
    const before = readFileSync(file);
    const plain = await lint({ paths: ['.'], cwd: root, rules: [casing] });
    expect(plain.diagnostics.filter((d) => d.ruleId === casing.id).map((d) => d.line)).toEqual([5, 8]);
    expect(plain.diagnostics.every((d) => d.fix?.text === 'Always')).toBe(true);
    expect(plain.fixes).toEqual([]);

    const result = await lint({ paths: ['.'], cwd: root, rules: [casing], fix: true });
    expect(result.internalErrors).toEqual([]);
    expect(result.fixes).toMatchObject([
      { path: file, file: 'c/values.yaml', input: VALUES, output: FIXED, byRule: { 'test/pull-policy-case': 2 } },
    ]);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(result.diagnostics.filter((d) => d.ruleId === casing.id)).toEqual([]);

    // Idempotent: the fixed text has nothing left to fix.
    const again = tree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': FIXED });
    const second = await lint({ paths: ['.'], cwd: again, rules: [casing], fix: true });
    expect(second.fixes).toEqual([]);
    expect(second.diagnostics).toEqual([]);
  });

  it('overlapping fixes of one pass: the later waits for a later pass; the text is never corrupted', async () => {
    const root = tree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': VALUES });
    const result = await lint({ paths: ['.'], cwd: root, rules: [casing, quoting], fix: true });
    expect(result.internalErrors).toEqual([]);
    expect(result.fixes).toHaveLength(1);
    const output = result.fixes[0]!.output;
    // Either order ends in the same text: both edits applied, each once.
    expect(output).toBe(
      VALUES.replaceAll('pull_policy: always', 'pull_policy: "Always"').replace('pull_policy: IfNotPresent', 'pull_policy: "IfNotPresent"'),
    );
    expect(parse(output)).toEqual({
      images: { tags: { api: 'quay.io/airshipit/api:1.0' }, pull_policy: 'Always' },
      jobs: { sync: { pull_policy: 'Always' }, other: { pull_policy: 'IfNotPresent' } },
    });
    expect(result.diagnostics.filter((d) => d.file === 'c/values.yaml')).toEqual([]);
  });
});

/** A broken fixer: "fixes" the policy with an unclosed quote, which turns the rest of the file into one string. */
const breaking = policyFixer('test/pull-policy-broken', 'pull_policy: always, fixed badly.', '"Always');

describe('a fix that would break the YAML', () => {
  it('is not applied: the file has no fixed text, and its findings stay', async () => {
    const root = tree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': VALUES });
    const result = await lint({ paths: ['.'], cwd: root, rules: [breaking], fix: true });
    expect(result.internalErrors).toEqual([]);
    expect(result.fixes).toEqual([]);
    expect(result.diagnostics.filter((d) => d.ruleId === breaking.id).map((d) => d.line)).toEqual([5, 8]);
  });
});

describe('rules that break the contract', () => {
  it('a fix from a rule whose meta does not say fixable is an internal error', async () => {
    const unfixable = defineRule<Record<string, never>, 'm', 'values'>({
      id: 'test/sneaky-fix',
      meta: { description: 'x', severity: 'warning', targets: ['values'], messages: { m: 'm' }, ...NO_OPTIONS },
      check(ctx) {
        const node = pullPolicies(ctx.file.documents[0]?.root)[0];
        if (node) ctx.report({ node, messageId: 'm', fix: { span: node.span, text: 'X' } });
      },
    });
    const root = tree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': VALUES });
    const result = await lint({ paths: ['.'], cwd: root, rules: [unfixable], fix: true });
    expect(result.internalErrors.length).toBeGreaterThan(0);
    expect(result.internalErrors.join('\n')).toContain('test/sneaky-fix');
    expect(result.fixes).toEqual([]);
    expect(readFileSync(path.join(root, 'c/values.yaml'), 'utf8')).toBe(VALUES);
  });

  it('an unknown message id is an internal error', async () => {
    const unknown = defineRule<Record<string, never>, 'm', 'values'>({
      id: 'test/unknown-message',
      meta: { description: 'x', severity: 'warning', targets: ['values'], messages: { m: 'm' }, ...NO_OPTIONS },
      check(ctx) {
        const node = pullPolicies(ctx.file.documents[0]?.root)[0];
        if (node) ctx.report({ node, messageId: 'nope' as 'm' });
      },
    });
    const root = tree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': VALUES });
    const result = await lint({ paths: ['.'], cwd: root, rules: [unknown] });
    expect(result.internalErrors.length).toBeGreaterThan(0);
    expect(result.internalErrors.join('\n')).toContain('test/unknown-message');
    expect(result.internalErrors.join('\n')).toContain('nope');
  });
});

describe('suggestions', () => {
  const suggesting = defineRule<Record<string, never>, 'always' | 'useIfNotPresent', 'values'>({
    id: 'test/suggest-if-not-present',
    meta: {
      description: 'Always pulls on every start.',
      severity: 'warning',
      targets: ['values'],
      hasSuggestions: true,
      messages: { always: 'The pull policy {{policy}} pulls on every start.', useIfNotPresent: 'Use IfNotPresent instead of {{policy}}.' },
      ...NO_OPTIONS,
    },
    check(ctx) {
      for (const node of pullPolicies(ctx.file.documents[0]?.root)) {
        if (String(node.value).toLowerCase() !== 'always') continue;
        const data = { policy: String(node.value) };
        ctx.report({
          node,
          messageId: 'always',
          data,
          suggest: [{ messageId: 'useIfNotPresent', data, fix: { span: node.span, text: 'IfNotPresent' } }],
        });
      }
    },
  });

  it('appear on the diagnostic with desc, and fix: true never applies them', async () => {
    const root = tree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': VALUES });
    const result = await lint({ paths: ['.'], cwd: root, rules: [suggesting], fix: true });
    expect(result.internalErrors).toEqual([]);
    expect(result.fixes).toEqual([]);
    const found = result.diagnostics.filter((d) => d.ruleId === suggesting.id);
    expect(found).toHaveLength(2);
    for (const d of found) {
      expect(d.fix).toBeUndefined();
      expect(d.suggestions).toHaveLength(1);
      const [s] = d.suggestions!;
      expect(s!.messageId).toBe('useIfNotPresent');
      expect(s!.desc).toBe('Use IfNotPresent instead of always.');
      expect(s!.fix.text).toBe('IfNotPresent');
      expect(VALUES.slice(...s!.fix.range)).toBe('always');
    }
  });
});

describe('fingerprints', () => {
  const BUILT_IN_VALUES = `images:
  tags:
    api: docker.io/openstackhelm/api:latest
    worker: docker.io/openstackhelm/worker:latest
    sync: quay.io/a/sync:nightly
  pull_policy: always
`;
  const byIdentity = (ds: readonly Diagnostic[]) =>
    ds.map((d) => ({ ruleId: d.ruleId, path: d.path, messageId: d.messageId, line: d.line, fingerprint: d.fingerprint }));

  it('every diagnostic has one; inserting lines above keeps them; different findings differ', async () => {
    const root = tree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': BUILT_IN_VALUES });
    const first = await lint({ paths: ['.'], cwd: root });
    expect(first.internalErrors).toEqual([]);
    expect(first.diagnostics.length).toBeGreaterThanOrEqual(3);
    for (const d of first.diagnostics) expect(d.fingerprint, `${d.ruleId} at ${d.line}`).toMatch(/\S/);
    const prints = first.diagnostics.map((d) => d.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);

    writeFileSync(path.join(root, 'c/values.yaml'), `# a comment\n# and another\n${BUILT_IN_VALUES}`);
    const second = await lint({ paths: ['.'], cwd: root });
    const shifted = byIdentity(second.diagnostics).map((d) => ({ ...d, line: d.line - 2 }));
    expect(shifted).toEqual(byIdentity(first.diagnostics));
  });

  it('two findings of the same rule and message on different keys differ', async () => {
    const root = tree({ 'c/Chart.yaml': CHART('c'), 'c/values.yaml': VALUES });
    const result = await lint({ paths: ['.'], cwd: root, rules: [casing] });
    const [a, b] = result.diagnostics;
    expect(a!.messageId).toBe(b!.messageId);
    expect(a!.fingerprint).not.toBe(b!.fingerprint);
  });
});
