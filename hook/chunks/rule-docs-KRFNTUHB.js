import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  DOCS_BASE,
  REPOSITORY,
  ruleDocUrl
} from "./chunk-YT7LJYZK.js";
import "./chunk-FUMSRPZC.js";
export {
  DOCS_BASE,
  REPOSITORY,
  ruleDocUrl
};
