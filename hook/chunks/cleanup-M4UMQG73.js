import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import "./chunk-FUMSRPZC.js";

// src/common/cleanup.ts
function createCleanup() {
  const undos = /* @__PURE__ */ new Set();
  return {
    add(undo) {
      undos.add(undo);
      return () => undos.delete(undo);
    },
    runAll() {
      for (const undo of [...undos].reverse()) {
        undos.delete(undo);
        try {
          undo();
        } catch {
        }
      }
    }
  };
}
export {
  createCleanup
};
