import type { JSONSchemaType } from 'ajv';
import type { ImageIndex } from '../images/collect.js';
import type { ContainerSite } from '../manifests/pods.js';
import type { Layout, Placement } from '../layout/layout.js';
import type { RenderOutcome } from '../render/render.js';
import type { SecretClassifier } from '../secrets/classify.js';
import type { ChartInfo, FileKind, SourceFile } from '../sources/charts.js';
import type { Span, YamlNode } from '../sources/yaml.js';
import type { Directive, UnusedDirective } from './directives.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** Another place that explains a finding, such as the rendered line a values finding came from. */
export interface RelatedLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** A finding as every formatter sees it: 1-based lines and columns, exclusive end. */
export interface Diagnostic {
  /** Relative to the working folder, `/`-separated. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Severity;
  message: string;
  messageId?: string;
  related?: RelatedLocation[];
}

export interface RuleMeta<Options, MessageId extends string> {
  description: string;
  severity: SeveritySetting;
  /** The kinds of file the rule inspects: values files, Chart.yaml, rendered manifest streams. */
  targets: readonly FileKind[];
  /** Completeness rules only make sense on a chart's own values.yaml, not on partial override files. */
  chartDefaultsOnly?: boolean;
  /** Runs after suppression comments are applied, to judge the comments themselves; never suppressible. */
  phase?: 'after-suppressions';
  messages: Record<MessageId, string>;
  options: JSONSchemaType<Options>;
  defaultOptions: Options;
}

/** An absolute place in another file, for findings whose cause lies outside the file being linted. */
export interface ExternalLocation {
  path: string;
  line: number;
  column: number;
}

export interface ReportDescriptor<MessageId extends string> {
  /** Where: a node of the file's view, a raw span of it, or a place in another file. */
  node?: YamlNode;
  span?: Span;
  at?: ExternalLocation;
  messageId: MessageId;
  data?: Record<string, string | number>;
}

export interface RuleContext<Options, MessageId extends string> {
  readonly file: SourceFile;
  readonly chart: ChartInfo | undefined;
  /** True for the chart's own values.yaml, false for override and extra files. */
  readonly isChartDefaults: boolean;
  /** Where a values file sits in the placement rule: a chart's values, the umbrella's, or region values. */
  readonly placement: Placement;
  readonly options: Options;
  /** Image references and pull policies in this file (values sections or rendered containers), collected once. */
  images(): ImageIndex;
  /** Every container of every pod spec in a manifest stream; empty for other files. */
  containers(): readonly ContainerSite[];
  /** The chart tree of the run: umbrella, charts, and which charts read each global key. */
  layout(): Layout;
  /** The run's sensitive-value classifier (it remembers what it found, so output can be scrubbed). */
  secrets(): SecretClassifier;
  /** On a chart's Chart.yaml: how rendering the chart went, when --render asked for it. */
  render(): RenderOutcome | undefined;
  /** For `after-suppressions` rules: the directives that suppressed nothing, and every rule id known. */
  suppressions(): { unused: readonly UnusedDirective[]; directives: readonly Directive[]; ruleIds: readonly string[] };
  report(descriptor: ReportDescriptor<MessageId>): void;
}

export interface Rule<Options = unknown, MessageId extends string = string> {
  id: string;
  meta: RuleMeta<Options, MessageId>;
  check(ctx: RuleContext<Options, MessageId>): void;
}

/** For rules without options: `meta: { ...NO_OPTIONS, ... }`. */
export const NO_OPTIONS = {
  options: { type: 'object', additionalProperties: false, properties: {}, required: [] } as JSONSchemaType<Record<string, never>>,
  defaultOptions: {} as Record<string, never>,
};

/** Typed rule definition: TypeScript checks messages, options and the options schema against each other. */
export function defineRule<Options, MessageId extends string>(rule: Rule<Options, MessageId>): Rule<Options, MessageId> {
  return rule;
}

/** A rule of any options type, as the registry stores it; the engine validates options against each schema. */
export interface AnyRule {
  id: string;
  meta: Omit<RuleMeta<unknown, string>, 'options'> & { options: object };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- options are checked at runtime by the schema
  check(ctx: RuleContext<any, string>): void;
}
