import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  allRules
} from "./chunk-WPM34UCD.js";
import "./chunk-UI2GMOTG.js";
import "./chunk-B6XQKK7L.js";
import "./chunk-42C2RQSY.js";
import "./chunk-6ZEC5CHF.js";
import "./chunk-YWTYFYTE.js";
import "./chunk-5IVMD4BG.js";
import "./chunk-I66P5KS3.js";
import "./chunk-JV4EHBS5.js";
import "./chunk-GUD4XOZF.js";
import "./chunk-QKXT3NSU.js";
import "./chunk-FUMSRPZC.js";
export {
  allRules
};
