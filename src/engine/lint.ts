/**
 * The engine: discover targets -> read and parse each file once -> run the enabled rules -> apply
 * suppression comments -> sorted diagnostics. Rules never compute positions; this module does.
 */
import path from 'node:path';
import { loadConfig, type ResolvedConfig } from '../config/load.js';
import { collectImages, type ImageIndex } from '../images/collect.js';
import { discover, type ValuesFile, type ValuesTarget } from '../sources/charts.js';
import { readTextFile } from '../sources/files.js';
import { LineIndex, parseYamlValues, type Span } from '../sources/yaml.js';
import { allRules } from '../../rules/index.js';
import { applyDirectives, parseDirectives, type Directive, type UnusedDirective } from './directives.js';
import type { AnyRule, Diagnostic, ReportDescriptor, Severity } from './types.js';

export interface LintOptions {
  /** Chart folders, folders of charts, or single files. */
  paths: readonly string[];
  /** Paths in output are relative to it; the config is searched upward from it. Default: process.cwd(). */
  cwd?: string;
  /** A config file to use instead of searching for `.chartlint.yaml`. */
  configFile?: string;
  /** More values files to lint as partial overrides (`--values`). */
  values?: readonly string[];
  /** The rule set; defaults to every built-in rule. */
  rules?: readonly AnyRule[];
}

export interface LintResult {
  diagnostics: Diagnostic[];
  charts: number;
  files: number;
  configFile: string | undefined;
  /** A rule that threw: a chartlint bug, reported so the CLI exits 2 rather than hiding it. */
  internalErrors: string[];
}

/** Arguments that name no chart or file. */
export class UsageError extends Error {}

const FILE_CONCURRENCY = 16;

export async function lint(options: LintOptions): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const rules = options.rules ?? allRules;
  const config = await loadConfig({ cwd, configFile: options.configFile, rules });
  const discovery = await discover(options.paths, {
    cwd,
    valuesGlobs: config.valuesGlobs,
    extraValues: [...config.extraValues, ...(options.values ?? [])],
    isIgnored: config.isIgnored,
  });
  if (discovery.missing.length > 0) {
    throw new UsageError(`No chart or file found at: ${discovery.missing.join(', ')}`);
  }

  const diagnostics: Diagnostic[] = [];
  const internalErrors: string[] = [];
  const queue = [...discovery.targets];
  const worker = async (): Promise<void> => {
    for (let target = queue.shift(); target; target = queue.shift()) {
      const file = await loadValuesFile(target, config);
      const outcome = lintFile(file, rules, config, cwd);
      diagnostics.push(...outcome.diagnostics);
      internalErrors.push(...outcome.internalErrors);
    }
  };
  await Promise.all(Array.from({ length: Math.min(FILE_CONCURRENCY, queue.length) }, worker));

  return {
    diagnostics: sortDiagnostics(dedupe(diagnostics)),
    charts: discovery.charts.length,
    files: discovery.targets.length,
    configFile: config.file,
    internalErrors,
  };
}

async function loadValuesFile(target: ValuesTarget, config: ResolvedConfig): Promise<ValuesFile> {
  const read = await readTextFile(target.path, config.limits);
  const text = read.ok ? read.text : '';
  const document = read.ok ? parseYamlValues(text, config.limits) : { root: undefined, problems: [] };
  return {
    ...target,
    text,
    document,
    lines: new LineIndex(text),
    readProblem: read.ok ? undefined : { code: read.code, message: read.message },
  };
}

function lintFile(file: ValuesFile, rules: readonly AnyRule[], config: ResolvedConfig, cwd: string) {
  const settings = config.settingsFor(file.path);
  const relativePath = path.relative(cwd, file.path).split(path.sep).join('/');
  const unreadable = file.readProblem !== undefined || file.document.problems.some((p) => p.fatal);
  const internalErrors: string[] = [];
  let images: ImageIndex | undefined;
  let suppression = { unused: [] as UnusedDirective[], directives: [] as Directive[] };

  const run = (rule: AnyRule, into: Diagnostic[]): void => {
    const setting = settings.get(rule.id);
    if (!setting || setting.severity === 'off') return;
    if (rule.meta.chartDefaultsOnly && file.role !== 'defaults') return;
    if (file.role === 'chart-metadata' && rule.meta.target !== 'yaml') return;
    if (unreadable && rule.id !== 'yaml/syntax') return;
    const severity: Severity = setting.severity;
    try {
      rule.check({
        file,
        chart: file.chart,
        isChartDefaults: file.role === 'defaults',
        options: setting.options,
        images: () => (images ??= collectImages(file.document.root, { text: file.text, appVersion: file.chart?.appVersion })),
        suppressions: () => ({ ...suppression, ruleIds: rules.map((r) => r.id) }),
        report: (descriptor) => into.push(toDiagnostic(descriptor, rule, severity, file, relativePath)),
      });
    } catch (error) {
      internalErrors.push(`rule ${rule.id} failed on ${relativePath}: ${(error as Error).message}`);
    }
  };

  const found: Diagnostic[] = [];
  for (const rule of rules) if (rule.meta.phase !== 'after-suppressions') run(rule, found);
  const directives = parseDirectives(file.text, file.lines);
  const { kept, unused } = applyDirectives(found, directives, file.lines.lineCount());
  suppression = { unused, directives };
  for (const rule of rules) if (rule.meta.phase === 'after-suppressions') run(rule, kept);
  return { diagnostics: kept, internalErrors };
}

function toDiagnostic(
  descriptor: ReportDescriptor<string>,
  rule: AnyRule,
  severity: Severity,
  file: ValuesFile,
  relativePath: string,
): Diagnostic {
  const span: Span = descriptor.span ?? descriptor.node?.span ?? { start: 0, end: 0 };
  const start = file.lines.position(span.start);
  const end = file.lines.position(Math.max(span.end, span.start));
  const template = rule.meta.messages[descriptor.messageId] ?? descriptor.messageId;
  return {
    file: relativePath,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    ruleId: rule.id,
    severity,
    message: formatMessage(template, descriptor.data ?? {}),
    messageId: descriptor.messageId,
  };
}

export function formatMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.endLine}\0${d.endColumn}\0${d.ruleId}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
