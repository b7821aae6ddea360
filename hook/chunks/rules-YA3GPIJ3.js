import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  allRules
} from "./chunk-PCF3JB2F.js";
import "./chunk-EO7MNMM5.js";
import "./chunk-B6XQKK7L.js";
import "./chunk-X4D43GLE.js";
import "./chunk-CXZVGKES.js";
import "./chunk-I66P5KS3.js";
import "./chunk-JV4EHBS5.js";
import "./chunk-GUD4XOZF.js";
import "./chunk-QKXT3NSU.js";
import "./chunk-FUMSRPZC.js";
export {
  allRules
};
