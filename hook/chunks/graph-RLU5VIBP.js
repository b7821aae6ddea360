import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  buildGraph,
  labelsText,
  workloadLabel
} from "./chunk-42C2RQSY.js";
import "./chunk-6ZEC5CHF.js";
import "./chunk-JV4EHBS5.js";
import "./chunk-QKXT3NSU.js";
import "./chunk-FUMSRPZC.js";
export {
  buildGraph,
  labelsText,
  workloadLabel
};
