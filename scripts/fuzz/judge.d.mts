/** Types of scripts/fuzz/judge.mjs, for test/fuzz-judge.test.ts. */
export const FORMATS: readonly string[];

export interface Needle {
  id: number;
  form: string;
  text: string;
}

export interface RunResult {
  exitCode?: number | null;
  signal?: string | null;
  timedOut?: boolean;
  timeoutSeconds?: number;
  spawnError?: string;
  stdoutFormat: string;
  stdout: string;
  stderr: string;
  outputs?: Record<string, string | null>;
  cacheFiles?: { name: string; text: string }[];
  tmpLeftovers?: string[];
  inputBefore?: string;
  inputAfter?: string;
  needles?: Needle[];
}

export interface Failure {
  class: string;
  detail: string;
}

/** XML well-formedness, enough for a JUnit report: an error message, or undefined. */
export function xmlError(xml: string): string | undefined;
/** A validator of parsed SARIF logs against a draft-04 schema file: an error string, or undefined. */
export function makeSarifValidator(schemaFile: string): (log: unknown) => string | undefined;
/** The failures one run shows. */
export function judge(run: RunResult, validateSarif: (log: unknown) => string | undefined): Failure[];
