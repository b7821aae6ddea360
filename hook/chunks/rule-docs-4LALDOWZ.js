import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  MAX_HELP,
  MAX_SUMMARY,
  docsRoot,
  parseRuleDoc,
  readRuleDocs
} from "./chunk-XWDWMWQO.js";
import "./chunk-FUMSRPZC.js";
export {
  MAX_HELP,
  MAX_SUMMARY,
  docsRoot,
  parseRuleDoc,
  readRuleDocs
};
