/**
 * From a place in a string value to the same place in the file: for a literal block scalar (`|`), whose
 * lines sit one per source line below its header, and for a scalar written without escapes.
 */
import type { Span, YamlScalar } from '../sources/yaml-view.js';

/** The span of the file the value's `span` was written at, or undefined when the source does not spell it out. */
export function sourceSpanOf(text: string, scalar: YamlScalar, span: Span): Span | undefined {
  if (typeof scalar.value !== 'string') return undefined;
  const start = sourceOffsetOf(text, scalar, span.start);
  const end = sourceOffsetOf(text, scalar, span.end);
  return start !== undefined && end !== undefined && end >= start ? { start, end } : undefined;
}

function sourceOffsetOf(text: string, scalar: YamlScalar, offset: number): number | undefined {
  const value = scalar.value as string;
  if (scalar.style !== 'block') {
    const body = scalar.span.start + (scalar.style === 'single' || scalar.style === 'double' ? 1 : 0);
    return text.slice(body, body + value.length) === value ? body + offset : undefined;
  }
  // `|`, `|-`, `|+`, `|2`: not a folded `>` block, whose lines are joined.
  const headerEnd = text.indexOf('\n', scalar.span.start);
  if (text[scalar.span.start] !== '|' || headerEnd === -1) return undefined;
  const lineOfOffset = value.slice(0, offset).split('\n').length - 1;
  const columnInLine = offset - (value.lastIndexOf('\n', offset - 1) + 1);
  const valueLines = value.split('\n');
  const indent = blockIndent(text, headerEnd + 1, scalar.span.end);
  if (indent === undefined) return undefined;
  // Walk the source lines beside the value's, checking that each says what the value says.
  let lineStart = headerEnd + 1;
  for (let n = 0; n <= lineOfOffset; n++) {
    const lineEnd = text.indexOf('\n', lineStart);
    const source = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
    const expected = valueLines[n] ?? '';
    const written = source.length <= indent && expected === '' ? '' : source.slice(indent);
    if (written !== expected || (expected !== '' && source.slice(0, indent).trim() !== '')) return undefined;
    if (n === lineOfOffset) return lineStart + indent + columnInLine;
    if (lineEnd === -1) return undefined;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** The indentation of a block's content: that of its first line that is not blank. */
function blockIndent(text: string, from: number, to: number): number | undefined {
  const match = /^( *)[^ \r\n]/m.exec(text.slice(from, to));
  return match ? match[1]!.length : undefined;
}
