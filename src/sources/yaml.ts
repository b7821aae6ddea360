/**
 * The only module that chooses a YAML parser: the fast one for valid files, the exact one for the rest.
 * The view both build lives in yaml-view.ts; it is re-exported here for callers that parse and read.
 */
import { nestingProblem } from './yaml-depth.js';
import { parseStreamFast } from './yaml-fast.js';
import type { ParseOptions, YamlDocument } from './yaml-view.js';

export * from './yaml-view.js';

/**
 * Parses every document of a stream. Values files use the first; manifest streams use them all.
 * The fast parser reads valid files; a file it refuses is read again by the exact parser, whose problems
 * (with codes and positions) become yaml/syntax findings.
 */
export async function parseYamlStream(text: string, options: ParseOptions): Promise<YamlDocument[]> {
  // A lone `\r` ends a line for YAML (and Helm) as `\n` does; one `\n` for it keeps every offset and lets
  // both parsers and the line index agree on where lines are.
  const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  try {
    // The fast parser's tree is measured after parsing (checkExpansion); js-yaml overflows only far past
    // the limit, and gives such a file to the exact parser, whose recursion the text pre-scan guards.
    const fast = parseStreamFast(source, options);
    if (fast) return fast;
    const tooDeep = nestingProblem(source, options.maxNestingDepth);
    if (tooDeep) return [{ root: undefined, problems: [tooDeep] }];
    // Loaded on first need (Node keeps the module once loaded): most runs never meet a broken file.
    const { parseStreamExact } = await import('./yaml-exact.js');
    return parseStreamExact(source, options);
  } catch (error) {
    // The nesting guard keeps the parsers' recursion far from the stack's end; should one still overflow,
    // the file is reported, and the run goes on.
    if (!(error instanceof RangeError)) throw error;
    return [{ root: undefined, problems: [{ ...NESTING_FALLBACK, span: { start: 0, end: 0 } }] }];
  }
}

const NESTING_FALLBACK = {
  code: 'NESTING_LIMIT',
  message: 'This document nests too deep to be parsed',
  fatal: true,
} as const;

/** A values file: exactly one document (an empty file is an empty document). */
export async function parseYamlValues(text: string, options: ParseOptions): Promise<YamlDocument> {
  const docs = await parseYamlStream(text, options);
  const first = docs[0] ?? { root: undefined, problems: [] };
  const extra = docs.slice(1).filter((doc) => doc.root !== undefined || doc.problems.length > 0);
  if (extra.length > 0) {
    const second = docs[1]!;
    const at = second.root?.span.start ?? 0;
    first.problems.push({
      code: 'MULTIPLE_DOCUMENTS',
      message: `A values file holds one YAML document, but this one holds ${docs.length}; Helm reads only the first.`,
      span: { start: at, end: at },
      fatal: false,
    });
  }
  for (const doc of docs.slice(1)) for (const problem of doc.problems) first.problems.push(problem);
  return first;
}
