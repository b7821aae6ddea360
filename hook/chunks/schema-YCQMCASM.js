import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  DEFAULT_HELM,
  DEFAULT_LIMITS,
  DEFAULT_VALUES_GLOBS,
  SEVERITY_SETTINGS,
  buildConfigSchema
} from "./chunk-EBC62PEJ.js";
import "./chunk-2M5UN5QT.js";
import "./chunk-IVT3ZPVA.js";
import "./chunk-KDVTQTSH.js";
import "./chunk-I66P5KS3.js";
import "./chunk-AO2QEWCV.js";
import "./chunk-FUMSRPZC.js";
export {
  DEFAULT_HELM,
  DEFAULT_LIMITS,
  DEFAULT_VALUES_GLOBS,
  SEVERITY_SETTINGS,
  buildConfigSchema
};
