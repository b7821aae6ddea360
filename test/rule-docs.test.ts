/**
 * Every rule's doc examples run as tests, so a doc page cannot drift from its rule.
 *
 * The convention, in rules/<family>/<name>.md (only the `## Examples` section is read; `## Options` and the
 * rest are not examples):
 *
 * - Each `### Incorrect` and each `### Correct` section is one example: one folder, linted in one run with
 *   the public `lint()`. Every ```yaml block in the section is a file of that folder.
 * - A block is the values file `svc/values.yaml` unless an HTML comment right before it (blank lines
 *   allowed, nothing else) says otherwise: `<!-- example: file=keystone/values.yaml -->`. Options, joined
 *   with `;`: `file=PATH` (where the block goes), `manifests` (the block is a rendered manifest stream,
 *   linted with `manifests:`; its default path is `rendered.yaml`), `render` (lint the example with
 *   `render: true`, using the test helm).
 * - Every folder that holds a `values.yaml` or a `templates/` folder and no `Chart.yaml` gets
 *   `apiVersion: v2`, `name: <folder>`, `version: 0.1.0`.
 * - Context readers need not see (a Chart.yaml with dependencies, templates that read a global, a config)
 *   is a hidden file, an HTML comment whose first line names it and whose last line is `-->`:
 *       <!-- example-file: openstack/Chart.yaml
 *       apiVersion: v2
 *       ...
 *       -->
 * - `<!-- example-charts: keystone, nova, openstack(keystone, nova) -->` is short for hidden Chart.yaml files:
 *   one per folder named, with a `file://../<dep>` dependency on each chart in brackets (an umbrella or
 *   region layout).
 * - Blocks and hidden files written under `## Examples` before the first `###` section belong to every
 *   example of the page (such as the umbrella layout); a section's file of the same path replaces them.
 * - Expected messages: in an Incorrect block, an end-of-line comment after code, `value  # Message.`, is
 *   the message the rule reports starting on that line. A full-line comment is an explanation. A
 *   suppression comment (`# chartlint-disable...`) counts as code, so its expected message follows it
 *   after a second `  # `. The expected-message comments are removed before the file is linted. Any other
 *   block (Correct, shared) must have no end-of-line comment at all.
 * - The rule under test is the only rule on: the example's `.chartlint.yaml` (a block or a hidden file
 *   with `file=.chartlint.yaml`), if it has one, is kept, and every rule it does not name is turned off.
 *   The rule under test is kept at its default severity, or `error` when it is off by default.
 *
 * Why a config and not `lint({ rules: [rule] })`: with a reduced rule set, chartlint/unused-disable takes
 * every other rule named in a suppression comment for an unknown rule, and a config naming another rule
 * fails validation. With the config, every rule is loaded and only the severities change.
 *
 * Assertions: in an Incorrect example, the set of (file, line, message) findings of the rule equals the set
 * of expected messages; a Correct example has no finding of the rule. Every rule has at least one of each.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { allRules, lint, type AnyRule } from '../src/index.js';
import { exampleTree, parseDocExamples, type Example } from './helpers/doc-examples.js';
import { testHelm } from './helpers/helm.js';
import { makeTree } from './helpers/tree.js';

const RULES_DIR = path.resolve(import.meta.dirname, '../rules');
const CONFIG = '.chartlint.yaml';

/**
 * Examples whose doc is right but whose rule is not: `it.fails` until the rule is fixed. Key: `<rule id>
 * <Incorrect|Correct> <n>`; value: the bug.
 */
const KNOWN_BUGS: Record<string, string> = {};

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** The example's config, with every rule but the one under test (and those it names) turned off. */
function isolatingConfig(rule: AnyRule, own: string | undefined): string {
  const config = (own ? parse(own) : {}) as { rules?: Record<string, unknown> };
  const rules: Record<string, unknown> = { ...config.rules };
  for (const other of allRules) if (!(other.id in rules)) rules[other.id] = 'off';
  if (!(rule.id in (config.rules ?? {}))) rules[rule.id] = rule.meta.severity === 'off' ? 'error' : rule.meta.severity;
  return stringify({ ...config, rules });
}

async function findingsOf(rule: AnyRule, example: Example): Promise<string[]> {
  const tree = exampleTree(example);
  tree[CONFIG] = isolatingConfig(rule, tree[CONFIG]);
  const root = makeTree(tree);
  roots.push(root);
  const hasCharts = Object.keys(tree).some((file) => file.endsWith('Chart.yaml'));
  // TripleO examples are found through the config's `tripleo.files`, in the folder named.
  const hasTripleo = /^tripleo:/m.test(tree[CONFIG] ?? '');
  const result = await lint({
    paths: hasCharts || hasTripleo ? ['.'] : [],
    cwd: root,
    configFile: CONFIG,
    manifests: example.files.filter((f) => f.manifests).map((f) => f.path),
    jobs: 1,
    ...(example.render ? { render: true, helm: testHelm() } : {}),
  });
  expect(result.internalErrors).toEqual([]);
  return sorted(result.diagnostics.filter((d) => d.ruleId === rule.id));
}

/** `file:line: message`, deduplicated, by file, then line, then message. */
function sorted(findings: readonly { file: string; line: number; message: string }[]): string[] {
  const order = [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message));
  return [...new Set(order.map((f) => `${f.file}:${f.line}: ${f.message}`))];
}

describe.each(allRules.map((rule) => [rule.id, rule] as const))('%s doc examples', (id, rule) => {
  const doc = `${id}.md`;
  let examples: Example[] = [];
  let problem: unknown;
  try {
    examples = parseDocExamples(readFileSync(path.join(RULES_DIR, doc), 'utf8'), `rules/${doc}`);
  } catch (error) {
    problem = error;
  }

  it('follows the example convention', () => {
    if (problem) throw problem;
  });

  it('has at least one Incorrect example with expected messages, and one Correct example', () => {
    expect(examples.filter((e) => e.kind === 'Incorrect' && e.expected.length > 0).length).toBeGreaterThan(0);
    expect(examples.filter((e) => e.kind === 'Correct').length).toBeGreaterThan(0);
  });

  for (const example of examples) {
    const name = `${example.kind} ${example.index}`;
    const bug = KNOWN_BUGS[`${id} ${name}`];
    (bug ? it.fails : it)(`${name} (rules/${doc}:${example.docLine})${bug ? ` fails: ${bug}` : ''}`, async () => {
      expect(await findingsOf(rule, example)).toEqual(example.kind === 'Incorrect' ? sorted(example.expected) : []);
    });
  }
});
