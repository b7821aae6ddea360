import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  allRules
} from "./chunk-T3MNWYH2.js";
import "./chunk-UFANX7VW.js";
import "./chunk-B6XQKK7L.js";
import "./chunk-U6JQFN3B.js";
import "./chunk-I66P5KS3.js";
import "./chunk-AO2QEWCV.js";
import "./chunk-FUMSRPZC.js";
export {
  allRules
};
