/**
 * The shape of a rule: metadata (docs, messages, options schema, targets, facts, fixability) and a check.
 * File rules see one file at a time with a context typed by its kind; deployment rules collect plain data
 * from each file and then judge the whole run.
 */
import type { JSONSchemaType } from 'ajv';
import type { Fact, AnyFact } from '../facts/types.js';
import type { FileKind, TargetContexts } from '../file-types/index.js';
import type { FileRole, SourceFile } from '../file-types/types.js';
import type { SecretClassifier } from '../secrets/classify.js';
import type { ChartInfo } from '../sources/chart-info.js';
import type { Span, YamlNode } from '../sources/yaml-view.js';
import type { Region, SeveritySetting } from '../common/diagnostic.js';
import type { Directive, UnusedDirective } from './directives.js';

export type { FileKind } from '../file-types/index.js';

interface CommonMeta<Options, MessageId extends string, Kind extends FileKind> {
  description: string;
  severity: SeveritySetting;
  /** The kinds of file the rule inspects (see src/file-types). */
  targets: readonly Kind[];
  /** The facts the rule reads through `ctx.fact()`; the engine builds them and keys the cache on them. */
  facts?: readonly AnyFact[];
  messages: Record<MessageId, string>;
  options: JSONSchemaType<Options>;
  defaultOptions: Options;
}

export interface RuleMeta<Options, MessageId extends string, Kind extends FileKind = FileKind> extends CommonMeta<
  Options,
  MessageId,
  Kind
> {
  scope?: 'file';
  /** Completeness rules only make sense on a chart's own values.yaml, not on partial override files. */
  chartDefaultsOnly?: boolean;
  /** Runs after suppression comments are applied, to judge the comments themselves; never suppressible. */
  phase?: 'after-suppressions';
  /** The rule's reports may carry `fix`: an edit that keeps what the chart deploys. */
  fixable?: boolean;
  /** The rule's reports may carry `suggest`: edits offered, never applied. */
  hasSuggestions?: boolean;
}

export interface DeploymentRuleMeta<Options, MessageId extends string, Kind extends FileKind = FileKind> extends CommonMeta<
  Options,
  MessageId,
  Kind
> {
  scope: 'deployment';
}

/** An absolute place in another file, for findings whose cause lies outside the file being linted. */
export interface ExternalLocation {
  path: string;
  line: number;
  column: number;
}

/** Replace a span of the file's text. */
export interface TextEdit {
  span: Span;
  text: string;
}

export interface ReportDescriptor<MessageId extends string> {
  /** Where: a node of the file's view, a raw span of it, or a place in another file. */
  node?: YamlNode;
  span?: Span;
  at?: ExternalLocation;
  /** The logical YAML path the finding is about, when neither the node nor the span says it. */
  path?: string;
  messageId: MessageId;
  data?: Record<string, string | number>;
  /**
   * The most this finding can be, whatever the rule's configured severity: for the cases of a rule that are
   * only a risk (an empty pull policy Kubernetes fills in) beside the ones that break a deploy.
   */
  atMost?: 'warning' | 'info';
  /** Other places that belong to the finding (the template that reads a key), each with a short note. */
  related?: readonly { at: ExternalLocation; message: string }[];
  /** Only for `meta.fixable` rules: applied by a fixing run. */
  fix?: TextEdit;
  /** Only for `meta.hasSuggestions` rules: offered in JSON and SARIF, never applied. */
  suggest?: readonly { messageId: MessageId; data?: Record<string, string | number>; fix: TextEdit }[];
}

/** What every file rule's context holds, whatever the file's kind. */
export interface BaseContext<Options, MessageId extends string> {
  readonly file: SourceFile;
  readonly chart: ChartInfo | undefined;
  readonly options: Options;
  /** A fact of the run; only those named in `meta.facts` (and the engine's own topology). */
  fact<Value>(fact: Fact<Value>): Value;
  /** The run's sensitive-value classifier (it remembers what it found, so output can be scrubbed). */
  secrets(): SecretClassifier;
  /** A value computed once per run for this rule (compiled option patterns): no module-level caches. */
  memo<Value>(key: string, build: () => Value): Value;
  /** For `after-suppressions` rules: the directives that suppressed nothing, and every rule id known. */
  suppressions(): { unused: readonly UnusedDirective[]; directives: readonly Directive[]; ruleIds: readonly string[] };
  report(descriptor: ReportDescriptor<MessageId>): void;
}

/** The context of a file rule, by the kinds it targets: a values rule has no `containers()`. */
export type FileRuleContext<Options, MessageId extends string, Kind extends FileKind = FileKind> = Kind extends FileKind
  ? BaseContext<Options, MessageId> & { readonly kind: Kind } & TargetContexts[Kind]
  : never;

export interface Rule<Options = unknown, MessageId extends string = string, Kind extends FileKind = FileKind> {
  id: string;
  meta: RuleMeta<Options, MessageId, Kind>;
  check(ctx: FileRuleContext<Options, MessageId, Kind>): void;
}

/** A place in a file, fixed while the file was read: deployment rules report at it after the file is gone. */
export interface Anchor {
  region: Region;
  path: string | undefined;
  /** The file it is in (absolute), when not the file collected from: a rendered stream's place traced back to its chart. */
  file?: string;
}

export type CollectContext<Options, Kind extends FileKind> = Kind extends FileKind
  ? Omit<BaseContext<Options, never>, 'report' | 'suppressions'> & { readonly kind: Kind } & TargetContexts[Kind] & {
        anchor(at: YamlNode | Span): Anchor;
      }
  : never;

export interface FileSummary<Summary> {
  /** Absolute path. */
  file: string;
  /** The chart's folder, when the file belongs to one. */
  chart: string | undefined;
  role: FileRole;
  summary: Summary;
}

export interface DeploymentContext<Options, MessageId extends string, Summary> {
  readonly options: Options;
  fact<Value>(fact: Fact<Value>): Value;
  /** What `collect` kept of each file of the run (cached ones included), in path order. */
  readonly summaries: readonly FileSummary<Summary>[];
  report(descriptor: { file: string; at: Anchor; messageId: MessageId; data?: Record<string, string | number> }): void;
}

/** A rule whose subject is the whole run: it keeps plain data per file, then judges the set. */
export interface DeploymentRule<Options = unknown, MessageId extends string = string, Kind extends FileKind = FileKind, Summary = unknown> {
  id: string;
  meta: DeploymentRuleMeta<Options, MessageId, Kind>;
  /** Per file (in worker threads too, and cached with the file): plain JSON, or undefined for nothing. */
  collect(ctx: CollectContext<Options, Kind>): Summary | undefined;
  check(ctx: DeploymentContext<Options, MessageId, Summary>): void;
}

/** For rules without options: `meta: { ...NO_OPTIONS, ... }`. */
export const NO_OPTIONS = {
  options: { type: 'object', additionalProperties: false, properties: {}, required: [] } as JSONSchemaType<Record<string, never>>,
  defaultOptions: {} as Record<string, never>,
};

/** Typed rule definition: TypeScript checks messages, options, targets and the context against each other. */
export function defineRule<Options, MessageId extends string, Kind extends FileKind = FileKind>(
  rule: Rule<Options, MessageId, Kind>,
): Rule<Options, MessageId, Kind> {
  return rule;
}

export function defineDeploymentRule<Options, MessageId extends string, Kind extends FileKind, Summary>(
  rule: DeploymentRule<Options, MessageId, Kind, Summary>,
): DeploymentRule<Options, MessageId, Kind, Summary> {
  return rule;
}

type LooseMeta<M> = Omit<M, 'options' | 'defaultOptions' | 'messages' | 'targets'> & {
  options: object;
  defaultOptions: unknown;
  messages: Record<string, string>;
  targets: readonly FileKind[];
};

/** A file rule of any options type, as the registry stores it; the engine validates options against each schema. */
export interface AnyFileRule {
  id: string;
  meta: LooseMeta<RuleMeta<unknown, string>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- options are checked at runtime by the schema
  check(ctx: any): void;
}

export interface AnyDeploymentRule {
  id: string;
  meta: LooseMeta<DeploymentRuleMeta<unknown, string>>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  collect(ctx: any): unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  check(ctx: any): void;
}

export type AnyRule = AnyFileRule | AnyDeploymentRule;

export function isDeploymentRule(rule: AnyRule): rule is AnyDeploymentRule {
  return rule.meta.scope === 'deployment';
}
