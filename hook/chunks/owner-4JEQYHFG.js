import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  chartsOfFiles,
  findEnclosingChart,
  findOwningChart,
  isInside,
  statKind
} from "./chunk-B6XQKK7L.js";
import "./chunk-FUMSRPZC.js";
export {
  chartsOfFiles,
  findEnclosingChart,
  findOwningChart,
  isInside,
  statKind
};
