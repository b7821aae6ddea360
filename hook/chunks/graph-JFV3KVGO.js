import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  buildGraph,
  labelsText,
  workloadLabel
} from "./chunk-X4D43GLE.js";
import "./chunk-JV4EHBS5.js";
import "./chunk-QKXT3NSU.js";
import "./chunk-FUMSRPZC.js";
export {
  buildGraph,
  labelsText,
  workloadLabel
};
