import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);

// src/formatters/types.ts
function countBySeverity(diagnostics) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errors++;
    else if (d.severity === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function groupBy(diagnostics, key) {
  const groups = /* @__PURE__ */ new Map();
  for (const d of diagnostics) {
    const k = key(d);
    const list = groups.get(k);
    if (list) list.push(d);
    else groups.set(k, [d]);
  }
  return groups;
}

export {
  countBySeverity,
  plural,
  groupBy
};
