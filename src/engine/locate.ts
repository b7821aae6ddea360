/** Spans to 1-based lines and columns: the engine, never a rule, computes positions. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { STDIN_PATH } from '../file-types/index.js';
import type { SourceFile } from '../file-types/types.js';
import type { Span } from '../sources/yaml-view.js';
import type { Diagnostic, DiagnosticFix, Region, RelatedLocation } from '../common/diagnostic.js';
import type { Finding } from './findings.js';
import { scalarSpanAt } from './logical-path.js';
import type { ExternalLocation, TextEdit } from './rule.js';

export function relativePath(cwd: string, file: string): string {
  if (file === STDIN_PATH) return file;
  return path.relative(cwd, file).split(path.sep).join('/');
}

export function regionOf(file: SourceFile, span: Span): Region {
  const start = file.lines.position(span.start);
  const end = file.lines.position(Math.max(span.end, span.start));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** A finding at its place: a span of `file`, or a place in another file (`at`). */
export function locate(
  finding: Finding,
  file: SourceFile | undefined,
  span: Span | undefined,
  at: ExternalLocation | undefined,
  cwd: string,
): Diagnostic {
  const base = { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, messageId: finding.messageId };
  if (at || !file || !span) {
    const place = at ?? { path: file?.path ?? '', line: 1, column: 1 };
    return {
      file: relativePath(cwd, place.path),
      line: place.line,
      column: place.column,
      endLine: place.line,
      endColumn: place.column,
      ...base,
    };
  }
  const diagnostic: Diagnostic = { file: relativePath(cwd, file.path), ...regionOf(file, span), ...base };
  if (finding.path !== undefined) diagnostic.path = finding.path;
  // The whole scalar a finding on part of one is about (the reference, not only its tag).
  const value = scalarSpanAt(file, span) ?? span;
  const valueHash = valueHashOf(finding.ruleId, file.text.slice(value.start, value.end));
  if (valueHash) diagnostic.valueHash = valueHash;
  if (finding.related?.length) {
    diagnostic.related = finding.related.map(({ at: place, message }) => ({
      file: relativePath(cwd, place.path),
      line: place.line,
      column: place.column,
      endLine: place.line,
      endColumn: place.column,
      message,
    }));
  }
  // Fixes are edits of this file's text; a finding moved to another file (a rendered one) carries none.
  if (finding.fix) diagnostic.fix = fixOf(file, finding.fix);
  if (finding.suggestions?.length) {
    diagnostic.suggestions = finding.suggestions.map((s) => ({ messageId: s.messageId, desc: s.desc, fix: fixOf(file, s.fix) }));
  }
  return diagnostic;
}

/** The longest offending text worth a hash: a scalar or a key, not a section whose unrelated lines may change. */
const MAX_VALUE_LENGTH = 1024;

/** See Diagnostic.valueHash: one-line spans only, never for the secrets rules. */
function valueHashOf(ruleId: string, text: string): string | undefined {
  if (ruleId.startsWith('secrets/') || text.length > MAX_VALUE_LENGTH || /[\r\n]/.test(text)) return undefined;
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function fixOf(file: SourceFile, edit: TextEdit): DiagnosticFix {
  return { range: [edit.span.start, edit.span.end], text: edit.text, region: regionOf(file, edit.span) };
}

export function relatedAt(file: SourceFile, span: Span, cwd: string): Omit<RelatedLocation, 'message'> {
  return { file: relativePath(cwd, file.path), ...regionOf(file, span) };
}
