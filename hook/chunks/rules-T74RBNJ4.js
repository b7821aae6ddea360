import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  allRules
} from "./chunk-5FPUKS4Q.js";
import "./chunk-JETWNLWN.js";
import "./chunk-B6XQKK7L.js";
import "./chunk-IVT3ZPVA.js";
import "./chunk-KDVTQTSH.js";
import "./chunk-I66P5KS3.js";
import "./chunk-AO2QEWCV.js";
import "./chunk-FUMSRPZC.js";
export {
  allRules
};
