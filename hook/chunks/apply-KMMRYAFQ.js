import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);
import {
  readRegularFile
} from "./chunk-5IVMD4BG.js";
import "./chunk-FUMSRPZC.js";

// src/fix/diff.ts
function linesOf(text) {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function hunksOf(before, after) {
  if (before.length === after.length) {
    const hunks = [];
    for (let i = 0; i < before.length; i++) {
      if (before[i] === after[i]) continue;
      const last = hunks[hunks.length - 1];
      if (last && last.from + last.count === i) {
        last.count++;
        last.toCount++;
      } else hunks.push({ from: i, count: 1, to: i, toCount: 1 });
    }
    return hunks;
  }
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  return [{ from: start, count: before.length - start - end, to: start, toCount: after.length - start - end }];
}
function range(from, count) {
  return `${count === 0 ? from : from + 1},${count}`;
}
function unifiedDiff(file, before, after, redact) {
  if (before === after) return "";
  const a = linesOf(before);
  const b = linesOf(after);
  const aEnds = before.endsWith("\n");
  const bEnds = after.endsWith("\n");
  const out = [`--- a/${file}`, `+++ b/${file}`];
  for (const hunk of hunksOf(a, b)) {
    out.push(`@@ -${range(hunk.from, hunk.count)} +${range(hunk.to, hunk.toCount)} @@`);
    for (let i = hunk.from; i < hunk.from + hunk.count; i++) {
      out.push(`-${redact(a[i])}`);
      if (i === a.length - 1 && !aEnds) out.push("\\ No newline at end of file");
    }
    for (let i = hunk.to; i < hunk.to + hunk.toCount; i++) {
      out.push(`+${redact(b[i])}`);
      if (i === b.length - 1 && !bEnds) out.push("\\ No newline at end of file");
    }
  }
  return `${out.join("\n")}
`;
}

// src/fix/write.ts
import { randomBytes } from "node:crypto";
import {
  accessSync,
  chmodSync,
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  writeFileSync,
  constants
} from "node:fs";
import path from "node:path";
var BOM = "\uFEFF";
var BOM_BYTES = 3;
var errorCode = (error) => error.code ?? error.message;
function writeFixed(fix, options) {
  const refused = refusal(fix.path, options.roots);
  if (refused) return { written: false, reason: refused };
  const info = lstatSync(fix.path);
  const dir = path.dirname(fix.path);
  const temp = path.join(dir, `.${path.basename(fix.path)}.chartlint-fix.${process.pid}.${randomBytes(6).toString("hex")}`);
  let made = false;
  try {
    const linted = Buffer.byteLength(fix.input, "utf8");
    const hadBom = startsWithBom(fix.path, linted + BOM_BYTES);
    const fd = openSync(temp, "wx", 384);
    made = true;
    try {
      writeFileSync(fd, (hadBom ? BOM : "") + fix.output);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, info.mode & 4095);
    options.beforeCompare?.();
    const now = readRegularFile(fix.path, { maxFileBytes: linted + (hadBom ? BOM_BYTES : 0) });
    const again = lstatSync(fix.path, { throwIfNoEntry: false });
    const same = now.ok && now.bytes.equals(Buffer.from((hadBom ? BOM : "") + fix.input, "utf8"));
    if (!same || !again || again.ino !== info.ino || again.dev !== info.dev || again.nlink > 1) {
      return { written: false, reason: "it changed on disk since it was read" };
    }
    renameSync(temp, fix.path);
    made = false;
    syncFolder(dir);
    return { written: true };
  } catch (error) {
    return { written: false, reason: `it could not be written (${errorCode(error)})` };
  } finally {
    if (made) rmSync(temp, { force: true });
  }
}
function refusal(file, roots) {
  let info;
  try {
    info = lstatSync(file);
  } catch (error) {
    return `it could not be read again (${errorCode(error)})`;
  }
  if (info.isSymbolicLink()) return "it is a symbolic link; chartlint does not write through links (fix the file it points to)";
  if (!info.isFile()) return "it is not a regular file";
  if (info.nlink > 1) return `it has ${info.nlink} hard links, which replacing it would break`;
  try {
    accessSync(file, constants.W_OK);
  } catch {
    return "it is read-only";
  }
  const real = realpathSync(file);
  const inside = roots.some((root) => {
    let top;
    try {
      top = realpathSync(root);
    } catch {
      return false;
    }
    return real === top || real.startsWith(top.endsWith(path.sep) ? top : top + path.sep);
  });
  return inside ? void 0 : "it is outside the paths given to chartlint (reached through a linked folder)";
}
function startsWithBom(file, maxFileBytes) {
  const read = readRegularFile(file, { maxFileBytes });
  return read.ok && read.bytes[0] === 239 && read.bytes[1] === 187 && read.bytes[2] === 191;
}
function syncFolder(dir) {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
  }
}

// src/fix/apply.ts
function applyFixes(fixes, options) {
  const ordered = [...fixes].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const done = [];
  let notWritten = 0;
  for (const fix of ordered) {
    if (!options.write) {
      options.out(unifiedDiff(fix.file, fix.input, fix.output, fix.redact));
      done.push(fix);
      continue;
    }
    const outcome = writeFixed(fix, { roots: options.roots });
    if (outcome.written) done.push(fix);
    else {
      notWritten++;
      options.err(`chartlint: did not fix ${fix.file}: ${outcome.reason}
`);
    }
  }
  options.err(`chartlint: ${summary(done, options.write)}
`);
  return { notWritten };
}
function summary(done, written) {
  const byRule = /* @__PURE__ */ new Map();
  for (const fix of done) for (const [rule, n] of Object.entries(fix.byRule)) byRule.set(rule, (byRule.get(rule) ?? 0) + n);
  const total = [...byRule.values()].reduce((a, b) => a + b, 0);
  const rules = [...byRule].sort(([a], [b]) => a < b ? -1 : 1).map(([rule, n]) => `${rule}: ${n}`);
  const what = `${total} ${total === 1 ? "problem" : "problems"} in ${done.length} ${done.length === 1 ? "file" : "files"}`;
  const detail = rules.length ? ` (${rules.join(", ")})` : "";
  return written ? `fixed ${what}${detail}.` : `--fix-dry-run: would fix ${what}${detail}; no file was written.`;
}
export {
  applyFixes
};
