import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  decodeText,
  formatBytes,
  kindOf,
  readRegularFile,
  readStreamText,
  readTextFile,
  readTextOrUndefined
} from "./chunk-KDVTQTSH.js";
import "./chunk-FUMSRPZC.js";
export {
  decodeText,
  formatBytes,
  kindOf,
  readRegularFile,
  readStreamText,
  readTextFile,
  readTextOrUndefined
};
