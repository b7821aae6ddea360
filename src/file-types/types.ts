/** What every kind of input shares: its place in the run (a target) and, once read, its parsed view. */
import type { ReadProblemCode } from '../sources/files.js';
import type { LineIndex, ParseOptions, YamlDocument } from '../sources/yaml-view.js';
import type { FileLimits } from '../sources/files.js';
import type { ChartInfo } from '../sources/chart-info.js';
import type { NamedFile } from '../sources/discover.js';

export type { NamedFile };

/**
 * defaults = the chart's own values.yaml; override = values files beside it or in values_overrides;
 * extra = named by --values or config; chart-metadata = Chart.yaml; chart-requirements = a Helm 2 requirements.yaml; manifests = a rendered manifest stream;
 * tripleo = a TripleO environment file that prepares container images; kolla = a Kolla config.json;
 * patch = a hot-fix patch (a chart's patches/*.patch).
 */
export type FileRole =
  'defaults' | 'override' | 'extra' | 'chart-metadata' | 'chart-requirements' | 'manifests' | 'tripleo' | 'kolla' | 'patch';

export interface LintTarget {
  /** Absolute path; for a stream read from stdin or rendered by helm, where it is shown from. */
  path: string;
  /** The file type that claimed the file (see src/file-types/index.ts). */
  kind: string;
  role: FileRole;
  chart: ChartInfo | undefined;
  /** Values files that are region values whatever chart they sit in (config `regions:`, --region-values). */
  region?: boolean;
}

/** A file once read and parsed; what rules see as `ctx.file`. */
export interface SourceFile extends LintTarget {
  text: string;
  /** A values file or Chart.yaml has one document; a manifest stream has one per `---`. */
  documents: YamlDocument[];
  lines: LineIndex;
  readProblem: { code: ReadProblemCode; message: string } | undefined;
}

/** What discovery found before any file type claims files. */
export interface DiscoveryInput {
  /** Every chart the arguments reach. */
  charts: readonly ChartInfo[];
  /** Charts named as a whole (a folder, its Chart.yaml or a template). */
  wholeCharts: readonly ChartInfo[];
  /**
   * Single files named on the command line, with the chart each belongs to, and the files the config's
   * file-type globs match in folders named on it; `kind` is the file type the config assigns.
   */
  namedFiles: readonly NamedFile[];
  /** --values files and the config's `values.extra`. */
  extraValues: readonly string[];
  /** --manifests arguments, already expanded to files (`-` for standard input). */
  manifestStreams: readonly string[];
  /** Globs relative to each chart folder; `{chart}` stands for the chart's folder name. */
  valuesGlobs: readonly string[];
  /** Values files the config's `regions:` or --region-values name. */
  isRegionFile(absolutePath: string): boolean;
}

/**
 * One kind of input: how its files are discovered, how they are parsed into the view and (where it has
 * them) what its rule context adds, such as its image sites. Adding a file type is adding one module and
 * one line in src/file-types/index.ts; the engine only iterates the registry.
 */
export interface FileType<Kind extends string = string, Extras = unknown> {
  kind: Kind;
  /** The targets of this type in the run. */
  discover(input: DiscoveryInput): LintTarget[];
  /** The parsed documents of a file's text. */
  parse(text: string, limits: ParseOptions & FileLimits): Promise<YamlDocument[]>;
  /** Whether a fatal syntax problem leaves the view untrustworthy, so only yaml/syntax runs on it. */
  fatalStopsRules: boolean;
  /** What a rule's context adds for a file of this type (collected lazily, once per file). */
  context(file: SourceFile, run: FileTypeRun): Extras;
}

/** What a file type's context may read of the run. */
export interface FileTypeRun {
  /** The run's facts by id (see src/facts). */
  facts: Readonly<Record<string, unknown>>;
  /** A value computed once per run (per thread) by key, such as what a chart folder holds: files share it. */
  memo<T>(key: string, build: () => T): T;
}
