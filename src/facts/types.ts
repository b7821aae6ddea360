/**
 * A fact is something rules need to know about the run as a whole (the chart topology, which charts read
 * which globals, what templates read, how rendering went): a pure function of the run's inputs, built once
 * per run by the engine, plain JSON (worker threads get a copy), and hashed into the results-cache
 * identity. A rule names the facts it reads in `meta.facts`; `ctx.fact(x)` refuses any other.
 */
import type { ChartInfo } from '../sources/chart-info.js';
import type { ParseOptions, YamlDocument } from '../sources/yaml-view.js';
import type { RenderSettings } from '../render/render.js';

/** What a fact may be built from. */
export interface FactInput {
  /** Every chart the arguments reach (whole charts and the charts of named files). */
  charts: readonly ChartInfo[];
  /** Charts named as a whole: the ones --render renders. */
  wholeCharts: readonly ChartInfo[];
  /** Set when --render asked for renders. */
  render: RenderSettings | undefined;
  /** Where objects written without a namespace are deployed: --namespace, else the config's helm.namespace (default: `default`). */
  namespace?: string;
  /** With --cache: values derived from one text, kept across runs (a fact without it derives every time). */
  derived?: DerivedValues;
  /**
   * Whether any values file the run lints in a chart folder may hold a map key of this name (see
   * engine/values-keys.ts): false only when none can. Undefined: every chart's may.
   */
  valuesMayHoldKey?: (chartDir: string, key: string) => boolean;
  /** Where a fact that parses a file the run will lint offers the document, so that the lint does not parse it again. */
  parsed?: ParsedValuesOffer;
}

/** Documents a fact parsed, for the lint of the same files. */
export interface ParsedValuesOffer {
  /** The limits the lint parses with: a fact that parses under them can offer its document. */
  readonly limits: ParseOptions;
  offer(file: string, text: string, document: YamlDocument, limits: ParseOptions): void;
}

/** Values derived from a text alone, remembered by the text's hash. */
export interface DerivedValues {
  /** The value `derive` gives for `text`, from an earlier run when it is remembered; `kind` names the derivation. */
  get<T>(kind: string, text: string, derive: () => T | Promise<T>): Promise<T>;
}

export interface Fact<Value> {
  /** A stable name: part of the cache identity and of the message when a rule reads an undeclared fact. */
  id: string;
  /** Facts this one is built from; the engine builds them first. */
  needs?: readonly AnyFact[];
  build(input: FactInput, read: <T>(fact: Fact<T>) => T): Value | Promise<Value>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds facts of every value type
export type AnyFact = Fact<any>;

/** Typed fact definition; the value must be plain JSON. */
export function defineFact<Value>(fact: Fact<Value>): Fact<Value> {
  return fact;
}
