/** Runs chartlint once over charts-fixtures/ and holds every file to the expectations written inside it. */
import fg from 'fast-glob';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules, lint, type LintResult } from '../src/index.js';
import { compare, readExpectations } from './helpers/expectations.js';

const root = path.resolve(import.meta.dirname, '..');
const fixtureFiles = fg.sync('charts-fixtures/**/*.{yaml,yml}', { cwd: root, ignore: ['**/templates/**'] }).sort();
// Rendered only by test/render.test.ts: the failure a render gives is not in any file to expect it in.
const coveredByRenderTests = new Set(['manifests/render-failed/failed']);

let result: LintResult;
beforeAll(async () => {
  result = await lint({ paths: ['charts-fixtures'], manifests: ['charts-fixtures/manifests'], cwd: root });
});

describe('charts-fixtures', () => {
  it('finds the fixture files', () => {
    expect(fixtureFiles.length).toBeGreaterThan(20);
  });

  it('lints every fixture values file', () => {
    const linted = new Set(result.diagnostics.map((d) => d.file));
    const withExpectations = fixtureFiles.filter((file) => readExpectations(path.join(root, file)).length > 0);
    for (const file of withExpectations) expect(linted, `${file} has expectations but no findings`).toContain(file);
    expect(result.files).toBe(fixtureFiles.length);
  });

  it.each(fixtureFiles)('%s', (file) => {
    const expected = readExpectations(path.join(root, file));
    if (file.split('/')[1]!.startsWith('valid-')) expect(expected, 'valid-* fixtures carry no expectations').toEqual([]);
    const actual = result.diagnostics.filter((d) => d.file === file);
    const { missing, unexpected } = compare(expected, actual);
    const describeMissing = missing.map((e) => `missing  ${e.line}:${e.column ?? '*'} ${e.ruleId}${e.messageId ? `/${e.messageId}` : ''}`);
    const describeUnexpected = unexpected.map(
      (a) => `unexpected ${a.line}:${a.column}-${a.endColumn} ${a.ruleId}/${a.messageId}: ${a.message}`,
    );
    expect([...describeMissing, ...describeUnexpected]).toEqual([]);
  });

  it('covers every message id of every rule somewhere in the fixtures or unit tests', () => {
    // Message ids reached only through unit tests (binary, oversized and unreadable files; config-driven cases).
    const coveredElsewhere = new Set([
      'yaml/syntax/unreadable',
      'yaml/syntax/tooManyFindings',
      'images/allowed-registries/noneConfigured',
      'images/required-keys/noSection',
      // Kolla configs are JSON, which has no comments to carry expectations: test/kolla.test.ts covers these.
      ...allRules
        .filter((rule) => rule.id.startsWith('kolla/') || rule.id === 'manifests/image-specific-entrypoint')
        .flatMap((rule) => Object.keys(rule.meta.messages).map((id) => `${rule.id}/${id}`)),
      'yaml/syntax/jsonSyntax',
      // The deployment-set rules: test/entrypoint-graph.test.ts, over streams written there.
      'entrypoint/dependency-cycle/cycle',
      'entrypoint/dependency-cycle/more',
      'entrypoint/rbac/missing',
      'entrypoint/unresolved-dependency/service',
      'entrypoint/unresolved-dependency/noEndpoints',
      'entrypoint/unresolved-dependency/externalName',
      'entrypoint/unresolved-dependency/job',
      'entrypoint/unresolved-dependency/jobLabels',
      'entrypoint/unresolved-dependency/daemonset',
      'entrypoint/unresolved-dependency/pod',
      // Issue 15's placement and hot-fix rules: every message asserted with its line in test/placement-patches.test.ts.
      ...['unconfined', 'everyNode', 'preferredOnly'].map((id) => `manifests/toleration-without-selector/${id}`),
      ...['alphaTolerations', 'alphaTolerationsRepeated', 'alphaAffinity', 'failureDomain'].map(
        (id) => `manifests/deprecated-placement/${id}`,
      ),
      ...['noHeader', 'newFile', 'characters', 'prefix'].map((id) => `manifests/hotfix-patch/${id}`),
    ]);
    // A suggestion's message is seen where it is offered.
    const seen = new Set(
      result.diagnostics.flatMap((d) => [`${d.ruleId}/${d.messageId}`, ...(d.suggestions ?? []).map((s) => `${d.ruleId}/${s.messageId}`)]),
    );
    // Rules of TripleO files only are held to every message id by test/tripleo.test.ts, which writes its fixtures.
    const uncovered = allRules.flatMap((rule) =>
      (rule.meta.targets.every((kind) => kind === 'tripleo') ? [] : Object.keys(rule.meta.messages))
        .map((id) => `${rule.id}/${id}`)
        .filter((id) => !seen.has(id) && !coveredElsewhere.has(id) && !coveredByRenderTests.has(id)),
    );
    expect(uncovered).toEqual([]);
  });
});
