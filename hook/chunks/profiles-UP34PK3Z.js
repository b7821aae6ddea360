import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  PROFILE_DECISIONS,
  PROFILE_IDS,
  PROFILE_NAMES,
  PROFILE_PREFIX,
  chartProfile,
  profileNamed,
  profileSetting
} from "./chunk-TWOHJUW2.js";
import "./chunk-U6JQFN3B.js";
import "./chunk-I66P5KS3.js";
import "./chunk-AO2QEWCV.js";
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
