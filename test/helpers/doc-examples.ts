/**
 * Reads the examples of a rule's doc page (rules/<id>.md) into example folders. The convention is described
 * at the top of test/rule-docs.test.ts; this file implements it.
 */
import path from 'node:path';

export type ExampleKind = 'Incorrect' | 'Correct';

/** A file shown in the doc (a fenced block) or hidden in it (an example-file comment). */
export interface ExampleFile {
  /** Path inside the example folder, `/`-separated. */
  path: string;
  /** What is written to disk: the block without its expected-message comments. */
  text: string;
  /** A rendered manifest stream, linted with `manifests`. */
  manifests: boolean;
  /** Line in the doc page where the file's first line is, for failure messages. */
  docLine: number;
}

export interface Expected {
  file: string;
  line: number;
  message: string;
}

export interface Example {
  kind: ExampleKind;
  /** 1-based among the examples of the same kind on the page. */
  index: number;
  /** The files of the page's shared context first, then the section's own; a later path replaces an earlier one. */
  files: ExampleFile[];
  expected: Expected[];
  render: boolean;
  docLine: number;
}

const BLOCK_KEYS = new Set(['file', 'manifests', 'render']);

/** Splits a block line into the code and its expected message, if it has one. */
export function splitExpectation(line: string): { code: string; message: string | undefined } {
  const trimmed = line.trimStart();
  let from = 0;
  if (trimmed.startsWith('#')) {
    // A full-line comment explains, unless it is a suppression comment: that is code, like any other line.
    if (!/^#\s*chartlint-/.test(trimmed)) return { code: line, message: undefined };
    from = line.indexOf('#') + 1;
  }
  const match = /\s+#\s+(\S.*?)\s*$/.exec(line.slice(from));
  if (!match) return { code: line, message: undefined };
  return { code: line.slice(0, from + match.index), message: match[1] };
}

function parseOptions(text: string, where: string): Record<string, string | true> {
  const options: Record<string, string | true> = {};
  for (const part of text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = (eq === -1 ? part : part.slice(0, eq)).trim();
    if (!BLOCK_KEYS.has(key)) throw new Error(`${where}: unknown example option "${key}"`);
    options[key] = eq === -1 ? true : part.slice(eq + 1).trim();
  }
  return options;
}

/** `a, b, umbrella(a, b)`: a Chart.yaml for each folder, with a `file://` dependency on each chart in brackets. */
function chartFiles(list: string, where: string): Omit<ExampleFile, 'docLine'>[] {
  const files: Omit<ExampleFile, 'docLine'>[] = [];
  const rest = list.replace(/([A-Za-z0-9_.-]+)\s*(?:\(([^)]*)\))?\s*(,|$)/g, (_, name: string, deps: string | undefined) => {
    const dependencies = (deps ?? '')
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean);
    const lines = [`apiVersion: v2`, `name: ${name}`, `version: 0.1.0`];
    if (dependencies.length > 0)
      lines.push(
        'dependencies:',
        ...dependencies.flatMap((d) => [`  - name: ${d}`, `    repository: file://../${d}`, `    version: 0.1.0`]),
      );
    files.push({ path: `${name}/Chart.yaml`, text: `${lines.join('\n')}\n`, manifests: false });
    return '';
  });
  if (rest.trim() !== '' || files.length === 0) throw new Error(`${where}: cannot read the example-charts list "${list.trim()}"`);
  return files;
}

export function parseDocExamples(markdown: string, docName: string): Example[] {
  const lines = markdown.split('\n');
  const shared: ExampleFile[] = [];
  let sharedRender = false;
  const examples: Example[] = [];
  let inExamples = false;
  let current: Example | undefined;
  let pending: { options: Record<string, string | true>; line: number } | undefined;
  const where = (i: number): string => `${docName}:${i + 1}`;
  const counts: Record<ExampleKind, number> = { Incorrect: 0, Correct: 0 };

  const addFile = (file: ExampleFile, render: boolean, expected: Expected[], at: number): void => {
    const own = current ? current.files.filter((f) => !shared.includes(f)) : shared;
    if (own.some((f) => f.path === file.path))
      throw new Error(`${where(at)}: a second file "${file.path}" in one example; give it another file=`);
    if (!current) {
      if (expected.length > 0) throw new Error(`${where(at)}: a shared example file cannot hold expected messages`);
      shared.push(file);
      sharedRender ||= render;
      return;
    }
    // A section's file replaces a shared file of the same path.
    current.files = [...current.files.filter((f) => f.path !== file.path), file];
    current.render ||= render;
    current.expected.push(...expected);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^## /.test(line)) {
      inExamples = line.trim() === '## Examples';
      current = undefined;
      if (pending) throw new Error(`${where(pending.line)}: example comment without a block after it`);
      continue;
    }
    if (!inExamples) continue;
    const heading = /^### (.*)$/.exec(line);
    if (heading) {
      if (pending) throw new Error(`${where(pending.line)}: example comment without a block after it`);
      const kind = heading[1]!.trim();
      if (kind !== 'Incorrect' && kind !== 'Correct') throw new Error(`${where(i)}: unknown example section "${kind}"`);
      current = { kind, index: ++counts[kind], files: [...shared], expected: [], render: sharedRender, docLine: i + 1 };
      examples.push(current);
      continue;
    }
    const option = /^<!--\s*example:(.*?)-->\s*$/.exec(line);
    if (option) {
      if (pending) throw new Error(`${where(pending.line)}: example comment without a block after it`);
      pending = { options: parseOptions(option[1]!, where(i)), line: i };
      continue;
    }
    const charts = /^<!--\s*example-charts:(.*?)-->\s*$/.exec(line);
    if (charts) {
      if (pending) throw new Error(`${where(pending.line)}: example comment without a block after it`);
      for (const file of chartFiles(charts[1]!, where(i))) addFile({ ...file, docLine: i + 1 }, false, [], i);
      continue;
    }
    const hidden = /^<!--\s*example-file:\s*(\S+)\s*$/.exec(line);
    if (hidden) {
      if (pending) throw new Error(`${where(pending.line)}: example comment must come right before its block`);
      const body: string[] = [];
      const start = i + 1;
      for (i++; i < lines.length && lines[i]!.trim() !== '-->'; i++) body.push(lines[i]!);
      if (i >= lines.length) throw new Error(`${where(start - 1)}: example-file comment never closed with a "-->" line`);
      const file: ExampleFile = { path: hidden[1]!, text: `${body.join('\n')}\n`, manifests: false, docLine: start + 1 };
      addFile(file, false, [], start - 1);
      continue;
    }
    if (/^<!--\s*example/.test(line)) throw new Error(`${where(i)}: unknown example comment "${line.trim()}"`);
    const fence = /^```(\S*)\s*$/.exec(line);
    if (fence) {
      if (fence[1] !== 'yaml') throw new Error(`${where(i)}: only yaml blocks belong under ## Examples (got "${fence[1]}")`);
      const options = pending?.options ?? {};
      pending = undefined;
      const start = i + 1;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
      const manifests = options.manifests === true;
      const filePath = typeof options.file === 'string' ? options.file : manifests ? 'rendered.yaml' : 'svc/values.yaml';
      const expected: Expected[] = [];
      const code = body.map((text, n) => {
        const split = splitExpectation(text);
        if (split.message !== undefined) expected.push({ file: filePath, line: n + 1, message: split.message });
        return split.code;
      });
      if (expected.length > 0 && current?.kind !== 'Incorrect') {
        throw new Error(
          `${where(start - 1 + expected[0]!.line)}: an end-of-line comment is an expected message, which only an Incorrect example can hold; write explanations as full-line comments`,
        );
      }
      const file: ExampleFile = { path: filePath, text: `${code.join('\n')}\n`, manifests, docLine: start + 1 };
      addFile(file, options.render === true, expected, start);
      continue;
    }
    if (pending && line.trim() !== '') throw new Error(`${where(pending.line)}: example comment must come right before its block`);
  }
  return examples;
}

/** The files to write for an example: its own, plus a Chart.yaml for each chart folder that lacks one. */
export function exampleTree(example: Example): Record<string, string> {
  const tree: Record<string, string> = {};
  for (const file of example.files) tree[file.path] = file.text;
  const chartDirs = new Set<string>();
  for (const file of Object.keys(tree)) {
    const parts = file.split('/');
    const templates = parts.indexOf('templates');
    if (templates > 0) chartDirs.add(parts.slice(0, templates).join('/'));
    else if (parts.at(-1) === 'values.yaml' && parts.length > 1) chartDirs.add(parts.slice(0, -1).join('/'));
  }
  for (const dir of chartDirs) {
    const chartFile = `${dir}/Chart.yaml`;
    tree[chartFile] ??= `apiVersion: v2\nname: ${path.posix.basename(dir)}\nversion: 0.1.0\n`;
  }
  return tree;
}
