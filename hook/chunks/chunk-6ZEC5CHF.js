import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);

// src/facts/types.ts
function defineFact(fact) {
  return fact;
}

export {
  defineFact
};
