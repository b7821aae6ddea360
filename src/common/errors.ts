/** Errors the CLI turns into exit code 2; small on purpose, so the CLI can load them without the engine. */

/** Arguments that name nothing lintable. */
export class UsageError extends Error {}

/** Where in a config file a problem is: the file (absolute), and the 1-based line and column when known. */
export interface ConfigPlace {
  file: string;
  line?: number;
  column?: number;
}

/**
 * A config that cannot be used; the message names the file, position, JSON path and problem
 * (`FILE:LINE:COLUMN: PROBLEM`). The same place is in `file`, `line` and `column`, so that a report can
 * point at it (the Action's SARIF result and annotation) without reading it back out of the text.
 */
export class ConfigError extends Error {
  readonly problem: string;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(problem: string, at?: ConfigPlace) {
    const position = at?.line !== undefined ? `:${at.line}:${at.column ?? 1}` : '';
    super(at ? `${at.file}${position}: ${problem}` : problem);
    this.problem = problem;
    this.file = at?.file;
    this.line = at?.line;
    this.column = at?.line !== undefined ? (at.column ?? 1) : undefined;
  }
}

/** The rule id of a config error reported as a finding (the Action's SARIF result and annotation). */
export const CONFIG_ERROR_RULE_ID = 'chartlint/config-error';
