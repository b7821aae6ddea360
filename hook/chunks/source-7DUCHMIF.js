import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  Chalk,
  backgroundColorNames,
  chalkStderr,
  colorNames,
  foregroundColorNames,
  modifierNames,
  source_default,
  stderrColor,
  stdoutColor
} from "./chunk-DNCCJWU2.js";
import "./chunk-FUMSRPZC.js";
export {
  Chalk,
  backgroundColorNames,
  backgroundColorNames as backgroundColors,
  chalkStderr,
  colorNames,
  colorNames as colors,
  source_default as default,
  foregroundColorNames,
  foregroundColorNames as foregroundColors,
  modifierNames,
  modifierNames as modifiers,
  stdoutColor as supportsColor,
  stderrColor as supportsColorStderr
};
