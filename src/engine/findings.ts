/** A report turned into a finding: message filled in, its place and path fixed, fixes checked. */
import type { SourceFile } from '../file-types/types.js';
import type { Span } from '../sources/yaml-view.js';
import type { Severity } from '../common/diagnostic.js';
import { pathAtSpan, pathOfNode } from './logical-path.js';
import type { AnyFileRule, ExternalLocation, ReportDescriptor, TextEdit } from './rule.js';

/** A finding before it has a line and column: a span of its file, or a place in another. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  messageId: string;
  span: Span;
  at: ExternalLocation | undefined;
  path: string | undefined;
  fix: TextEdit | undefined;
  suggestions: { messageId: string; desc: string; fix: TextEdit }[] | undefined;
  related?: { at: ExternalLocation; message: string }[];
}

export function toFinding(
  descriptor: ReportDescriptor<string>,
  rule: AnyFileRule,
  severity: Severity,
  file: SourceFile,
  scrubValue: (text: string) => string = (text) => text,
): Finding {
  const message = (messageId: string, data: Record<string, string | number> | undefined): string => {
    const template = rule.meta.messages[messageId];
    if (template === undefined) throw new Error(`rule ${rule.id} reported the unknown message id "${messageId}"`);
    const scrubbed: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(data ?? {})) scrubbed[name] = typeof value === 'string' ? scrubValue(value) : value;
    return formatMessage(template, scrubbed);
  };
  if (descriptor.fix && !rule.meta.fixable) throw new Error(`rule ${rule.id} reported a fix but its meta does not say fixable`);
  if (descriptor.suggest?.length && !rule.meta.hasSuggestions)
    throw new Error(`rule ${rule.id} reported suggestions but its meta does not say hasSuggestions`);
  const span = descriptor.span ?? descriptor.node?.span ?? { start: 0, end: 0 };
  const path =
    descriptor.path ?? (descriptor.at ? undefined : descriptor.node ? pathOfNode(file, descriptor.node) : pathAtSpan(file, span));
  return {
    ruleId: rule.id,
    severity: descriptor.atMost && RANK[descriptor.atMost] < RANK[severity] ? descriptor.atMost : severity,
    message: message(descriptor.messageId, descriptor.data),
    messageId: descriptor.messageId,
    span,
    at: descriptor.at,
    path: path === '' ? undefined : path,
    fix: descriptor.fix,
    suggestions: descriptor.suggest?.map((s) => ({ messageId: s.messageId, desc: message(s.messageId, s.data), fix: s.fix })),
    ...(descriptor.related?.length ? { related: descriptor.related.map((r) => ({ at: r.at, message: scrubValue(r.message) })) } : {}),
  };
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function formatMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
