import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);

// src/common/rule-docs.ts
var REPOSITORY = "https://github.com/chartlint/chartlint";
var DOCS_BASE = `${REPOSITORY}/blob/main/rules/`;
var ruleDocUrl = (ruleId) => `${DOCS_BASE}${ruleId}.md`;

export {
  REPOSITORY,
  DOCS_BASE,
  ruleDocUrl
};
