#!/usr/bin/env node

// cli-loader.ts
import { fileURLToPath } from "node:url";

// src/common/compile-cache.ts
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import module, { createRequire } from "node:module";
import { homedir } from "node:os";
import path from "node:path";
import vm from "node:vm";
var DIGEST_BYTES = 32;
var THIN = 0.4;
function compileCacheDir(env = process.env) {
  if (env.CHARTLINT_NO_COMPILE_CACHE === "1") return void 0;
  const base = env.CHARTLINT_CACHE_DIR || path.join(env.XDG_CACHE_HOME || path.join(homedir(), ".cache"), "chartlint");
  return path.join(base, "compile");
}
function boot(bundle) {
  const dir = compileCacheDir();
  const enable = module.enableCompileCache;
  if (dir && enable) {
    try {
      enable(dir);
    } catch {
    }
  }
  if (!dir || enable) {
    createRequire(bundle)(bundle);
    return;
  }
  const source = readFileSync(bundle, "utf8").replace(/^#!.*/, "");
  const id = createHash("sha256").update(`${process.version}\0${process.arch}\0${process.platform}\0`).update(source).digest("hex");
  const file = path.join(dir, `${path.basename(bundle)}-${id.slice(0, 32)}.bin`);
  const cachedData = readCache(file);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: bundle,
    cachedData
  });
  if (!cachedData || script.cachedDataRejected || cachedData.length < source.length * THIN) {
    process.once("exit", () => writeCache(file, dir, () => script.createCachedData(), cachedData?.length ?? 0));
  }
  const wrapper = script.runInThisContext();
  const bundleModule = { exports: {}, filename: bundle, id: bundle };
  wrapper.call(bundleModule.exports, bundleModule.exports, createRequire(bundle), bundleModule, bundle, path.dirname(bundle));
}
function readCache(file) {
  try {
    const bytes = readFileSync(file);
    if (bytes.length <= DIGEST_BYTES) return void 0;
    const data = bytes.subarray(DIGEST_BYTES);
    const digest = createHash("sha256").update(data).digest();
    return digest.equals(bytes.subarray(0, DIGEST_BYTES)) ? data : void 0;
  } catch {
    return void 0;
  }
}
function writeCache(file, dir, produce, had) {
  try {
    const data = produce();
    if (data.length <= had) return;
    mkdirSync(dir, { recursive: true, mode: 448 });
    chmodSync(dir, 448);
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.concat([createHash("sha256").update(data).digest(), data]), { mode: 384 });
    renameSync(partial, file);
    const prefix = `${path.basename(file).replace(/-[0-9a-f]+\.bin$/, "")}-`;
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith(".bin") && name !== path.basename(file)) rmSync(path.join(dir, name), { force: true });
    }
  } catch {
  }
}

// cli-loader.ts
boot(fileURLToPath(new URL("./cli.cjs", import.meta.url)));
