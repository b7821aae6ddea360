/**
 * Where the characters of a scalar's value sit in the file: for JSON kept in a ConfigMap's block scalar, a
 * finding inside the JSON is reported at its own line and column. Only where the source spells the value
 * verbatim (a literal block, or a one-line scalar without escapes); otherwise the caller reports at the
 * whole scalar.
 */
import type { YamlScalar } from '../sources/yaml-view.js';
import type { OffsetMap } from './json.js';

export function valueOffsets(text: string, scalar: YamlScalar, value: string): OffsetMap | undefined {
  const { start, end } = scalar.span;
  if (scalar.style === 'block') return literalBlockOffsets(text, start, end, value);
  const quote = scalar.style === 'single' || scalar.style === 'double' ? 1 : 0;
  const body = start + quote;
  if (value.includes('\n') || text.slice(body, body + value.length) !== value) return undefined;
  return (offset) => body + offset;
}

/** A `|` block: each line of the value is one line of the source, after the block's indentation. */
function literalBlockOffsets(text: string, start: number, end: number, value: string): OffsetMap | undefined {
  const header = /^\|[+-]?[ \t]*(?:#[^\n]*)?(?:\r?\n|$)/.exec(text.slice(start, Math.min(text.length, start + 200)));
  if (!header) return undefined;
  const sourceLines: { at: number; text: string }[] = [];
  for (let at = start + header[0].length; at < Math.max(end, start + header[0].length) && at < text.length;) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 ? text.length : newline;
    sourceLines.push({ at, text: text.slice(at, lineEnd).replace(/\r$/, '') });
    at = lineEnd + 1;
  }
  const firstContent = sourceLines.find((line) => line.text.trim() !== '');
  if (!firstContent) return undefined;
  const indent = /^ */.exec(firstContent.text)![0].length;
  const valueLines = value.split('\n');
  const starts: number[] = [];
  for (const [k, line] of valueLines.entries()) {
    const source = sourceLines[k];
    // Chomped or kept trailing line breaks leave value lines past the source's: only empty ones.
    if (!source) {
      if (line !== '') return undefined;
      starts.push(starts[k - 1] ?? start);
      continue;
    }
    if (line === '') {
      if (source.text.trim() !== '') return undefined;
      starts.push(source.at + Math.min(source.text.length, indent));
    } else {
      if (source.text !== ' '.repeat(indent) + line) return undefined;
      starts.push(source.at + indent);
    }
  }
  const lineStartsInValue: number[] = [0];
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) lineStartsInValue.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStartsInValue.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStartsInValue[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return starts[low]! + (offset - lineStartsInValue[low]!);
  };
}
