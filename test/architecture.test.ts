/**
 * The import graph stays a tree of layers: no cycle between files (eslint's import-x/no-cycle checks that
 * too) and none between folders, type-only imports included; the engine never imports the rules, and
 * rules import chartlint only through the rule kit.
 */
import fg from 'fast-glob';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const files = fg.sync(['src/**/*.ts', 'rules/**/*.ts'], { cwd: root }).sort();
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) =>
    path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1] ?? m[2]!)).replace(/\.js$/, '.ts'),
  );
}

const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => target !== file)]));
const folderOf = (file: string): string => path.posix.dirname(file);

function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('the import graph', () => {
  it('resolves every relative import to a file', () => {
    const missing = [...graph].flatMap(([file, targets]) => targets.filter((t) => !graph.has(t)).map((t) => `${file} -> ${t}`));
    expect(missing).toEqual([]);
  });

  it('has no cycle between files', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('has no cycle between folders', () => {
    const folders = new Map<string, Set<string>>();
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      if (!folders.has(from)) folders.set(from, new Set());
      for (const target of targets) if (folderOf(target) !== from) folders.get(from)!.add(folderOf(target));
    }
    expect(findCycle(new Map([...folders].map(([folder, set]) => [folder, [...set]])))).toBeUndefined();
  });

  it('keeps the engine free of the rules, and the rules on the rule kit', () => {
    const engineToRules = [...graph]
      .filter(([file]) => file.startsWith('src/engine/'))
      .flatMap(([file, t]) => t.filter((x) => x.startsWith('rules/')).map((x) => `${file} -> ${x}`));
    expect(engineToRules).toEqual([]);
    const ruleImports = [...graph]
      .filter(([file]) => file.startsWith('rules/') && file !== 'rules/index.ts')
      .flatMap(([file, t]) => t.filter((x) => x !== 'src/rule-kit/index.ts').map((x) => `${file} -> ${x}`));
    expect(ruleImports).toEqual([]);
  });
});
