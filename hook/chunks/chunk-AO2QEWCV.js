import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);

// src/common/errors.ts
var UsageError = class extends Error {
};
var ConfigError = class extends Error {
};

export {
  UsageError,
  ConfigError
};
