/**
 * An edit that gives one scalar a new value by rewriting only its text, in the style it is written: a
 * plain scalar stays plain, a double-quoted one keeps its double quotes, a single-quoted one its single
 * quotes. Only where the source spells the value as it is (no escapes, no folded lines, no block scalar):
 * anything else is no safe edit, and the caller offers a suggestion instead.
 */
import type { Span, YamlScalar } from '../sources/yaml-view.js';

/** A value a plain scalar can hold without turning into another type or needing quotes. */
const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9._/-]*$/;
const QUOTE_SAFE = /^[^"'\\\p{Cc}]*$/u;

export function scalarTextEdit(text: string, node: YamlScalar, value: string): { span: Span; text: string } | undefined {
  if (typeof node.value !== 'string') return undefined;
  const source = text.slice(node.span.start, node.span.end);
  if (node.style === 'plain') {
    return source === node.value && PLAIN_SAFE.test(value) ? { span: node.span, text: value } : undefined;
  }
  if (node.style !== 'single' && node.style !== 'double') return undefined;
  const quote = node.style === 'single' ? "'" : '"';
  if (source.length < 2 || !source.startsWith(quote) || !source.endsWith(quote) || !QUOTE_SAFE.test(value)) return undefined;
  const body = source.slice(1, -1);
  const spelt = node.style === 'single' ? node.value.replaceAll("'", "''") : node.value;
  // A double-quoted body with a backslash or a line break is not the value letter for letter.
  if (body !== spelt || /[\r\n]/.test(body) || (node.style === 'double' && body.includes('\\'))) return undefined;
  return { span: { start: node.span.start + 1, end: node.span.end - 1 }, text: value };
}
