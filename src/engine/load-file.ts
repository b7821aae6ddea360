/** Reads a target and has its file type parse it; a file that cannot be read keeps its problem for yaml/syntax. */
import type { ResolvedConfig } from '../config/load.js';
import { fileTypeOf } from '../file-types/index.js';
import type { LintTarget, SourceFile } from '../file-types/types.js';
import type { ChartFileText } from '../sources/chart-info.js';
import { readTextFile } from '../sources/files.js';
import { LineIndex } from '../sources/yaml-view.js';

export async function loadFile(
  target: LintTarget,
  config: ResolvedConfig,
  preloaded: string | undefined,
  chartFile?: ChartFileText,
): Promise<SourceFile> {
  if (preloaded !== undefined) return parseFile(target, preloaded, config);
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
  if (read.ok) return parseFile(target, read.text, config);
  return { ...target, text: '', documents: [], lines: new LineIndex(''), readProblem: { code: read.code, message: read.message } };
}

export async function parseFile(target: LintTarget, text: string, config: ResolvedConfig): Promise<SourceFile> {
  const documents = await fileTypeOf(target.kind).parse(text, config.limits);
  return { ...target, text, documents, lines: new LineIndex(text), readProblem: undefined };
}
