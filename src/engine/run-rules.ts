/** Runs the enabled rules over one file and applies its suppression comments. */
import type { RuleSetting } from '../config/load.js';
import { collectContainerImages, collectImages, type ImageIndex } from '../images/collect.js';
import { findContainers, type ContainerSite } from '../manifests/pods.js';
import { placementOf, type Layout } from '../layout/layout.js';
import type { RenderOutcome } from '../render/render.js';
import type { SecretClassifier } from '../secrets/classify.js';
import type { SourceFile } from '../sources/charts.js';
import type { Span } from '../sources/yaml.js';
import { applyDirectives, parseDirectives, type Directive, type UnusedDirective } from './directives.js';
import type { AnyRule, ExternalLocation, ReportDescriptor, Severity } from './types.js';

/** A finding before it has a line and column: a span of its file, or a place in another. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  messageId: string;
  span: Span;
  at: ExternalLocation | undefined;
}

export interface RunOptions {
  rules: readonly AnyRule[];
  settings: ReadonlyMap<string, RuleSetting>;
  render: RenderOutcome | undefined;
  /** Rendered output: its comments are the templates', so suppression comments are not judged there. */
  judgeDirectives: boolean;
  layout: Layout;
  secrets: SecretClassifier;
}

export function runRules(file: SourceFile, options: RunOptions): { findings: Finding[]; internalErrors: string[] } {
  const { rules, settings } = options;
  const unreadable = file.readProblem !== undefined || (file.kind !== 'manifests' && file.documents.some((d) => d.problems.some((p) => p.fatal)));
  const internalErrors: string[] = [];
  let images: ImageIndex | undefined;
  let containers: ContainerSite[] | undefined;
  const getContainers = (): ContainerSite[] => (containers ??= file.kind === 'manifests' ? findContainers(file.documents) : []);
  let suppression = { unused: [] as UnusedDirective[], directives: [] as Directive[] };

  const run = (rule: AnyRule, into: Finding[]): void => {
    const setting = settings.get(rule.id);
    if (!setting || setting.severity === 'off') return;
    if (!rule.meta.targets.includes(file.kind)) return;
    if (rule.meta.chartDefaultsOnly && file.role !== 'defaults') return;
    if (unreadable && rule.id !== 'yaml/syntax') return;
    const severity: Severity = setting.severity;
    try {
      rule.check({
        file,
        chart: file.chart,
        isChartDefaults: file.role === 'defaults',
        placement: placementOf(options.layout, file.path),
        layout: () => options.layout,
        secrets: () => options.secrets,
        options: setting.options,
        images: () =>
          (images ??=
            file.kind === 'manifests'
              ? collectContainerImages(getContainers(), file.text)
              : collectImages(file.documents[0]?.root, { text: file.text, appVersion: file.chart?.appVersion })),
        containers: getContainers,
        render: () => (file.role === 'chart-metadata' ? options.render : undefined),
        suppressions: () => ({ ...suppression, ruleIds: rules.map((r) => r.id) }),
        report: (descriptor) => into.push(toFinding(descriptor, rule, severity)),
      });
    } catch (error) {
      internalErrors.push(`rule ${rule.id} failed on ${file.path}: ${(error as Error).message}`);
    }
  };

  const found: Finding[] = [];
  for (const rule of rules) if (rule.meta.phase !== 'after-suppressions') run(rule, found);
  const directives = parseDirectives(file.text, file.lines);
  // Findings placed in other files are not this file's comments to suppress.
  const local = found.filter((f) => !f.at).map((f) => ({ finding: f, ruleId: f.ruleId, line: file.lines.position(f.span.start).line }));
  const { kept, unused } = applyDirectives(local, directives, file.lines.lineCount());
  const findings = [...kept.map((k) => k.finding), ...found.filter((f) => f.at)];
  if (options.judgeDirectives) {
    suppression = { unused, directives };
    for (const rule of rules) if (rule.meta.phase === 'after-suppressions') run(rule, findings);
  }
  return { findings, internalErrors };
}

function toFinding(descriptor: ReportDescriptor<string>, rule: AnyRule, severity: Severity): Finding {
  const template = rule.meta.messages[descriptor.messageId] ?? descriptor.messageId;
  return {
    ruleId: rule.id,
    severity,
    message: formatMessage(template, descriptor.data ?? {}),
    messageId: descriptor.messageId,
    span: descriptor.span ?? descriptor.node?.span ?? { start: 0, end: 0 },
    at: descriptor.at,
  };
}

export function formatMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
