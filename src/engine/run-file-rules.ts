/** Runs the enabled rules over one file: file rules, deployment rules' collection, then suppression comments. */
import type { RuleSetting } from '../config/resolve.js';
import type { FactValues } from '../facts/index.js';
import type { Fact } from '../facts/types.js';
import { topologyFact } from '../facts/topology.js';
import { fileTypeOf } from '../file-types/index.js';
import type { SourceFile } from '../file-types/types.js';
import type { SecretClassifier } from '../secrets/classify.js';
import type { Span, YamlNode } from '../sources/yaml-view.js';
import type { Severity } from '../common/diagnostic.js';
import {
  applyDirectives,
  parseDirectives,
  type Cover,
  type Directive,
  type SuppressedFinding,
  type UnusedDirective,
} from './directives.js';
import { formatMessage, toFinding, type Finding } from './findings.js';
import type { Scrubber } from '../secrets/scrub.js';
import { fileScrubber, scrubData } from './scrub-findings.js';
import { pathAtSpan, pathOfNode } from './logical-path.js';
import { isDeploymentRule, type Anchor, type AnyDeploymentRule, type AnyFileRule, type AnyRule } from './rule.js';

/** What linting any file needs besides the file: the same in the main thread and in each worker. */
export interface RunEnv {
  rules: readonly AnyRule[];
  facts: FactValues;
  secrets: SecretClassifier;
  /** Values rules compute once per run (`ctx.memo`), by rule id and key. */
  memo: Map<string, unknown>;
}

export interface FileRun {
  findings: Finding[];
  /** The findings the file's suppression comments hid, with the comments that hid them. */
  suppressed: SuppressedFinding<Finding>[];
  internalErrors: string[];
  /** The file's suppression comments, so that deployment findings placed in it can be suppressed too. */
  covers: Cover[];
  /** Deployment rules' data from this file, by rule id. */
  summaries: Record<string, unknown>;
  /** The file's sensitive values (built on first use), for the last guard over the located findings. */
  scrubber: () => Scrubber;
}

export interface FileRunOptions {
  settings: ReadonlyMap<string, RuleSetting>;
  /** Rendered output: its comments are the templates', so suppression comments are not judged there. */
  judgeDirectives: boolean;
  /** limits.maxFindingsPerFile: later findings are counted, not kept, and one finding says how many. */
  maxFindings?: number;
  /** Where deployment rules' anchors point, when not at this file's text (a render traced back to its chart). */
  anchor?: (span: Span) => Anchor;
}

function memoized<T>(memo: Map<string, unknown>, id: string, build: () => T): T {
  if (!memo.has(id)) memo.set(id, build());
  return memo.get(id) as T;
}

/** Where the findings over limits.maxFindingsPerFile are summed up (the rule of unreadable, oversized files). */
const LIMIT_RULE = 'yaml/syntax';
const LIMIT_MESSAGE_ID = 'tooManyFindings';

export function runFileRules(file: SourceFile, env: RunEnv, options: FileRunOptions): FileRun {
  const fileType = fileTypeOf(file.kind);
  const unreadable =
    file.readProblem !== undefined || (fileType.fatalStopsRules && file.documents.some((d) => d.problems.some((p) => p.fatal)));
  const extras = fileType.context(file, {
    facts: env.facts,
    memo: (key, build) => memoized(env.memo, `file-type\0${key}`, build),
  }) as object;
  const internalErrors: string[] = [];
  const summaries: Record<string, unknown> = {};
  let suppression = { unused: [] as UnusedDirective[], directives: [] as Directive[] };
  const scrubber = fileScrubber(file, env.secrets);
  const scrubValue = scrubData(scrubber);
  const maxFindings = options.maxFindings ?? Infinity;
  let kept = 0;
  const dropped = { count: 0, span: undefined as Span | undefined };

  const settingOf = (rule: AnyRule): RuleSetting | undefined => {
    const setting = options.settings.get(rule.id);
    if (!setting || setting.severity === 'off' || !rule.meta.targets.includes(file.kind as never)) return undefined;
    if (!isDeploymentRule(rule) && rule.meta.chartDefaultsOnly && file.role !== 'defaults') return undefined;
    if (unreadable && rule.id !== 'yaml/syntax') return undefined;
    return setting;
  };
  // What every rule's context shares for this file, built once; each rule's own part sits on top of it.
  const shared = { ...extras, kind: file.kind, file, chart: file.chart, secrets: () => env.secrets };
  const base = (rule: AnyRule, setting: RuleSetting) =>
    Object.assign(Object.create(shared) as typeof shared, {
      options: setting.options,
      fact: <T>(fact: Fact<T>): T => readFact(env.facts, rule, fact),
      memo: <T>(key: string, build: () => T): T => memoized(env.memo, `${rule.id}\0${key}`, build),
    });
  const run = (rule: AnyFileRule, into: Finding[]): void => {
    const setting = settingOf(rule);
    if (!setting) return;
    const severity = setting.severity as Severity;
    try {
      rule.check(
        Object.assign(base(rule, setting), {
          suppressions: () => ({ ...suppression, ruleIds: env.rules.map((r) => r.id) }),
          report: (descriptor: Parameters<typeof toFinding>[0]) => {
            if (kept >= maxFindings) {
              if (dropped.count++ === 0) dropped.span = descriptor.span ?? descriptor.node?.span;
              return;
            }
            kept++;
            into.push(toFinding(descriptor, rule, severity, file, scrubValue));
          },
        }),
      );
    } catch (error) {
      internalErrors.push(`rule ${rule.id} failed on ${file.path}: ${(error as Error).message}`);
    }
  };
  const collect = (rule: AnyDeploymentRule): void => {
    const setting = settingOf(rule);
    if (!setting) return;
    try {
      const summary = rule.collect(
        Object.assign(base(rule, setting), {
          anchor: (at: YamlNode | Span) => (options.anchor ? options.anchor('kind' in at ? at.span : at) : anchorOf(file, at)),
        }),
      );
      if (summary !== undefined) summaries[rule.id] = summary;
    } catch (error) {
      internalErrors.push(`rule ${rule.id} failed on ${file.path}: ${(error as Error).message}`);
    }
  };

  const found: Finding[] = [];
  for (const rule of env.rules) {
    if (isDeploymentRule(rule)) collect(rule);
    else if (rule.meta.phase !== 'after-suppressions') run(rule, found);
  }
  const directives = parseDirectives(file.text, file.lines);
  // Findings placed in other files are not this file's comments to suppress.
  const local = found.filter((f) => !f.at).map((f) => ({ finding: f, ruleId: f.ruleId, line: file.lines.position(f.span.start).line }));
  const applied = applyDirectives(local, directives, file.lines.lineCount());
  const { unused, covers } = applied;
  const findings = applied.kept.map((k) => k.finding).concat(found.filter((f) => f.at));
  const suppressed = applied.suppressed.map(({ finding, by }) => ({ finding: finding.finding, by }));
  if (options.judgeDirectives) {
    suppression = { unused, directives };
    for (const rule of env.rules) if (!isDeploymentRule(rule) && rule.meta.phase === 'after-suppressions') run(rule, findings);
  }
  if (dropped.count > 0) findings.push(droppedFinding(env.rules, file, dropped.count, maxFindings, dropped.span));
  return { findings, suppressed, internalErrors, covers: options.judgeDirectives ? covers : [], summaries, scrubber };
}

/** One warning where the first finding over the limit was: how many were left out. */
function droppedFinding(rules: readonly AnyRule[], file: SourceFile, count: number, limit: number, span: Span | undefined): Finding {
  const data = { count, limit };
  const template =
    rules.find((rule) => rule.id === LIMIT_RULE)?.meta.messages[LIMIT_MESSAGE_ID] ??
    '{{count}} more findings in this file were not reported, over the limit of {{limit}} (limits.maxFindingsPerFile); the first of them is here.';
  const at = span ?? { start: 0, end: 0 };
  return {
    ruleId: LIMIT_RULE,
    severity: 'warning',
    message: formatMessage(template, data),
    messageId: LIMIT_MESSAGE_ID,
    span: at,
    at: undefined,
    path: pathAtSpan(file, at) || undefined,
    fix: undefined,
    suggestions: undefined,
  };
}

/** Facts a rule did not declare are refused: the cache identity would not cover them. */
function readFact<T>(facts: FactValues, rule: AnyRule, fact: Fact<T>): T {
  const declared = fact.id === topologyFact.id || (rule.meta.facts ?? []).some((f) => f.id === fact.id);
  if (!declared || !(fact.id in facts)) throw new Error(`rule ${rule.id} read the fact "${fact.id}" without naming it in meta.facts`);
  return facts[fact.id] as T;
}

function anchorOf(file: SourceFile, at: YamlNode | Span): Anchor {
  const isNode = 'kind' in at;
  const span = isNode ? at.span : at;
  const start = file.lines.position(span.start);
  const end = file.lines.position(Math.max(span.end, span.start));
  const path = isNode ? pathOfNode(file, at) : pathAtSpan(file, span);
  return { region: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, path: path || undefined };
}
