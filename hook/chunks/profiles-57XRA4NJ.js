import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  PROFILE_DECISIONS,
  PROFILE_IDS,
  PROFILE_NAMES,
  PROFILE_PREFIX,
  chartProfile,
  profileNamed,
  profileSetting
} from "./chunk-2M5UN5QT.js";
import "./chunk-IVT3ZPVA.js";
import "./chunk-KDVTQTSH.js";
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
