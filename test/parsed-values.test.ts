/** Values files the facts parse are handed on to their lint: parsed once, linted as if parsed again. */
import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import { ParsedValues } from '../src/engine/parsed-values.js';
import { parseYamlValues } from '../src/sources/yaml.js';
import { CHART, makeTree, TOOLKIT_CHART, toolkitFiles } from './helpers/tree.js';

const LIMITS = { maxExpandedNodes: 100_000, maxNestingDepth: 256 };

describe('the store of parsed values files', () => {
  it('hands a document on once, and only for the text it was parsed from', async () => {
    const store = new ParsedValues(LIMITS);
    const document = await parseYamlValues('a: 1\n', LIMITS);
    store.offer('/c/values.yaml', 'a: 1\n', document, LIMITS);
    expect(store.take('/c/values.yaml', 'a: 1\n')).toBe(document);
    expect(store.take('/c/values.yaml', 'a: 1\n')).toBeUndefined();
    store.offer('/c/values.yaml', 'a: 1\n', document, LIMITS);
    // The file changed between the facts and the lint: the lint parses what it read.
    expect(store.take('/c/values.yaml', 'a: 2\n')).toBeUndefined();
  });

  it('keeps no document parsed under other limits than the lint parses with', async () => {
    const store = new ParsedValues(LIMITS);
    const other = { maxExpandedNodes: 200_000, maxNestingDepth: 64 };
    store.offer('/c/values.yaml', 'a: 1\n', await parseYamlValues('a: 1\n', other), other);
    expect(store.take('/c/values.yaml', 'a: 1\n')).toBeUndefined();
  });

  it('holds no more text than its budget, whatever the number of files', async () => {
    const store = new ParsedValues(LIMITS, 10);
    const text = 'key: 12\n';
    for (const name of ['a', 'b', 'c']) store.offer(`/${name}/values.yaml`, text, await parseYamlValues(text, LIMITS), LIMITS);
    expect(store.take('/a/values.yaml', text)).toBeDefined();
    expect(store.take('/b/values.yaml', text)).toBeUndefined();
    // Taking one frees its share of the budget.
    store.offer('/c/values.yaml', text, await parseYamlValues(text, LIMITS), LIMITS);
    expect(store.take('/c/values.yaml', text)).toBeDefined();
  });
});

describe('a values file the facts parsed first', () => {
  // Two documents, a repeated key and an image: what the lint reports of it, wherever the parse came from.
  const values =
    'images:\n  tags:\n    dep_check: quay.io/airshipit/kubernetes-entrypoint:latest\n  pull_policy: IfNotPresent\n  pull_policy: Always\n---\nb: 2\n';
  const findings = async (chart: string): Promise<string[]> => {
    const result = await lint({
      paths: ['app'],
      cwd: makeTree({ 'app/Chart.yaml': chart, 'app/values.yaml': values, 'app/templates/a.yaml': 'kind: Job\n', ...toolkitFiles() }),
    });
    return result.diagnostics.filter((d) => d.file === 'app/values.yaml').map((d) => `${d.line}:${d.column} ${d.ruleId}/${d.messageId}`);
  };

  it('gets the findings its own parse gives', async () => {
    // Only a chart built on helm-toolkit has its values.yaml parsed by the entrypoint facts.
    const toolkit = await findings(TOOLKIT_CHART('app'));
    const plain = await findings(CHART('app'));
    const syntax = (list: string[]): string[] => list.filter((f) => f.includes('yaml/syntax'));
    expect(syntax(toolkit)).toEqual(syntax(plain));
    expect(syntax(toolkit).length).toBeGreaterThan(0);
    expect(toolkit.some((f) => f.includes('images/no-latest'))).toBe(true);
  });
});
