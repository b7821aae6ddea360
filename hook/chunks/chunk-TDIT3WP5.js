import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);

// src/common/output-file.ts
import { randomBytes } from "node:crypto";
import { chmodSync, lstatSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
var OutputError = class extends Error {
};
var errorCode = (error) => error.code ?? error.message;
function lstatOrUndefined(file, shown) {
  try {
    return lstatSync(file);
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new OutputError(`cannot write ${shown}: ${errorCode(error)}`);
  }
}
function checkOutput(file, inputs) {
  const target = lstatOrUndefined(path.resolve(file), file);
  if (!target) return;
  if (target.isSymbolicLink())
    throw new OutputError(`will not write ${file}: it is a symbolic link; name the file it points to, or another`);
  if (target.isDirectory()) return;
  if (!target.isFile()) throw new OutputError(`will not write ${file}: it is not a regular file`);
  for (const input of inputs) {
    let info;
    try {
      info = statSync(input);
    } catch {
      continue;
    }
    if (info.dev === target.dev && info.ino === target.ino) {
      const same = input === path.resolve(file) ? "" : ` (the same file as ${path.relative(process.cwd(), input) || input})`;
      throw new OutputError(`will not write ${file}: it is one of the files this run reads${same}; write the report elsewhere`);
    }
  }
}
function writeOutput(file, text, inputs) {
  checkOutput(file, inputs);
  const target = path.resolve(file);
  const existing = lstatOrUndefined(target, file);
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.partial`);
  try {
    writeFileSync(partial, text, { flag: "wx" });
    if (existing?.isFile()) chmodSync(partial, existing.mode & 4095);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    const code = errorCode(error);
    throw new OutputError(`cannot write ${file}: ${code === "EISDIR" ? "it is a folder" : code}`);
  }
}

export {
  OutputError,
  checkOutput,
  writeOutput
};
