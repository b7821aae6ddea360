import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);

// src/common/version.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function readManifest() {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "package.json");
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, "utf8"));
    if (path.dirname(dir) === dir) return { version: "0.0.0" };
  }
}
var VERSION = readManifest().version;

export {
  VERSION
};
