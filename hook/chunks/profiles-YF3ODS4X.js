import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  PROFILE_DECISIONS,
  PROFILE_IDS,
  PROFILE_NAMES,
  PROFILE_PREFIX,
  chartProfile,
  profileNamed,
  profileSetting
} from "./chunk-RAUX2H2J.js";
import "./chunk-YWTYFYTE.js";
import "./chunk-5IVMD4BG.js";
import "./chunk-I66P5KS3.js";
import "./chunk-JV4EHBS5.js";
import "./chunk-QKXT3NSU.js";
import "./chunk-FUMSRPZC.js";
export {
  PROFILE_DECISIONS,
  PROFILE_IDS,
  PROFILE_NAMES,
  PROFILE_PREFIX,
  chartProfile,
  profileNamed,
  profileSetting
};
