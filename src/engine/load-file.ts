/** Reads a target and has its file type parse it; a file that cannot be read keeps its problem for yaml/syntax. */
import type { ResolvedConfig } from '../config/load.js';
import { fileTypeOf } from '../file-types/index.js';
import type { LintTarget, SourceFile } from '../file-types/types.js';
import type { ChartFileText } from '../sources/chart-info.js';
import { readTextFile, type ReadProblemCode, type ReadResult } from '../sources/files.js';
import { LineIndex } from '../sources/yaml-view.js';
import type { ParsedValues } from './parsed-values.js';

export async function loadFile(
  target: LintTarget,
  config: ResolvedConfig,
  preloaded: string | ReadResult | undefined,
  chartFile?: ChartFileText,
  parsed?: ParsedValues,
): Promise<SourceFile> {
  if (typeof preloaded === 'string') return parseFile(target, preloaded, config);
  if (preloaded) return preloaded.ok ? parseFile(target, preloaded.text, config) : unreadableFile(target, preloaded);
  // Chart.yaml as discovery parsed it, when the limits would have let it through; otherwise read it as any file.
  if (chartFile && chartFile.text.length <= config.limits.maxFileBytes && !chartFile.text.includes('\0')) {
    return {
      ...target,
      text: chartFile.text,
      documents: [chartFile.document],
      lines: new LineIndex(chartFile.text),
      readProblem: undefined,
    };
  }
  const read = readTextFile(target.path, config.limits);
  if (!read.ok) return unreadableFile(target, read);
  // A values file the facts parsed from this very text, under these limits: its document as they left it.
  const document = target.kind === 'values' ? parsed?.take(target.path, read.text) : undefined;
  if (document) return { ...target, text: read.text, documents: [document], lines: new LineIndex(read.text), readProblem: undefined };
  return parseFile(target, read.text, config);
}

function unreadableFile(target: LintTarget, read: { code: ReadProblemCode; message: string }): SourceFile {
  return { ...target, text: '', documents: [], lines: new LineIndex(''), readProblem: { code: read.code, message: read.message } };
}

export async function parseFile(target: LintTarget, text: string, config: ResolvedConfig): Promise<SourceFile> {
  const documents = await fileTypeOf(target.kind).parse(text, config.limits);
  return { ...target, text, documents, lines: new LineIndex(text), readProblem: undefined };
}
