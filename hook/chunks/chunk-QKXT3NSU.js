import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);

// src/common/errors.ts
var UsageError = class extends Error {
};
var ConfigError = class extends Error {
  problem;
  file;
  line;
  column;
  constructor(problem, at) {
    const position = at?.line !== void 0 ? `:${at.line}:${at.column ?? 1}` : "";
    super(at ? `${at.file}${position}: ${problem}` : problem);
    this.problem = problem;
    this.file = at?.file;
    this.line = at?.line;
    this.column = at?.line !== void 0 ? at.column ?? 1 : void 0;
  }
};
var CONFIG_ERROR_RULE_ID = "chartlint/config-error";

export {
  UsageError,
  ConfigError,
  CONFIG_ERROR_RULE_ID
};
