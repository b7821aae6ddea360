import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  allRules
} from "./chunk-TXCJFEXD.js";
import "./chunk-Z6QZXB5M.js";
import "./chunk-B6XQKK7L.js";
import "./chunk-6XQTKHBW.js";
import "./chunk-I66P5KS3.js";
import "./chunk-GUD4XOZF.js";
import "./chunk-QKXT3NSU.js";
import "./chunk-FUMSRPZC.js";
export {
  allRules
};
