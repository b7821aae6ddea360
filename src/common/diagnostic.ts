/** What the engine hands to formatters: located findings with their identity, fixes and suggestions. */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** 1-based lines and columns (UTF-16 code units), exclusive end. */
export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Another place that explains a finding, such as the rendered line a values finding came from. */
export interface RelatedLocation extends Region {
  file: string;
  message: string;
}

/** Replace the text between two UTF-16 offsets of the file (as ESLint's `fix.range`), here also located. */
export interface DiagnosticFix {
  range: [number, number];
  text: string;
  region: Region;
}

/** A change that is offered, never applied: it may change what the chart deploys. */
export interface DiagnosticSuggestion {
  messageId: string;
  desc: string;
  fix: DiagnosticFix;
}

/** A suppression comment that hid a finding: `# chartlint-disable-next-line RULE -- reason`. */
export interface CommentSuppression {
  kind: 'disable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  /** The comment's reason (the text after ` -- `), when it gives one. */
  justification?: string;
  /** Where the comment is, in the finding's file. */
  region: Region;
}

/** A baseline that holds the finding (`--baseline`): accepted debt, outside the source. */
export interface BaselineSuppression {
  kind: 'baseline';
  justification: string;
  /** The baseline file, relative to the working folder, `/`-separated. */
  baseline: string;
}

export type Suppression = CommentSuppression | BaselineSuppression;

/** A finding as every formatter sees it. */
export interface Diagnostic extends Region {
  /** Relative to the working folder, `/`-separated. */
  file: string;
  ruleId: string;
  severity: Severity;
  message: string;
  messageId?: string;
  /** The logical YAML path the finding is about (`images.tags.api`), where it has one. */
  path?: string;
  /** Stable identity: rule, file, path, message id and occurrence; never the message text or a line. */
  fingerprint?: string;
  /**
   * A hash of the offending text (the finding's span, when it is on one line), so that a baseline tells a
   * changed value from the one it accepted. Never for the secrets rules: a hash of a short secret can be
   * guessed back. Not printed by any formatter.
   */
  valueHash?: string;
  related?: RelatedLocation[];
  /** A meaning-preserving edit (only from rules with `meta.fixable`). */
  fix?: DiagnosticFix;
  suggestions?: DiagnosticSuggestion[];
}

/** A finding an inline comment or a baseline suppressed: kept (for SARIF's `suppressions`), never counted or annotated. */
export interface SuppressedDiagnostic extends Diagnostic {
  suppressions: Suppression[];
}
