const __chartlintUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// worker-loader.ts
var import_node_url = require("node:url");

// src/common/compile-cache.ts
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
var import_node_vm = __toESM(require("node:vm"), 1);

// src/common/cache-dir.ts
var import_node_os = require("node:os");
var import_node_path = __toESM(require("node:path"), 1);
function chartlintCacheDir(env = process.env) {
  return env.CHARTLINT_CACHE_DIR || import_node_path.default.join(env.XDG_CACHE_HOME || import_node_path.default.join((0, import_node_os.homedir)(), ".cache"), "chartlint");
}

// src/common/compile-cache.ts
var DIGEST_BYTES = 32;
var THIN = 0.4;
function compileCacheDir(env = process.env) {
  if (env.CHARTLINT_NO_COMPILE_CACHE === "1") return void 0;
  return import_node_path2.default.join(chartlintCacheDir(env), "compile");
}
function boot(bundle) {
  const dir = compileCacheDir();
  const enable = import_node_module.default.enableCompileCache;
  if (dir && enable) {
    try {
      enable(dir);
    } catch {
    }
  }
  if (!dir || enable) {
    (0, import_node_module.createRequire)(bundle)(bundle);
    return;
  }
  const source = (0, import_node_fs.readFileSync)(bundle, "utf8").replace(/^#!.*/, "");
  const id = (0, import_node_crypto.createHash)("sha256").update(`${process.version}\0${process.arch}\0${process.platform}\0`).update(source).digest("hex");
  const file = import_node_path2.default.join(dir, `${import_node_path2.default.basename(bundle)}-${id.slice(0, 32)}.bin`);
  const cachedData = readCache(file);
  const script = new import_node_vm.default.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: bundle,
    cachedData
  });
  if (!cachedData || script.cachedDataRejected || cachedData.length < source.length * THIN) {
    const had = script.cachedDataRejected ? 0 : cachedData?.length ?? 0;
    process.once("exit", () => writeCache(file, dir, () => script.createCachedData(), had));
  }
  const wrapper = script.runInThisContext();
  const bundleModule = { exports: {}, filename: bundle, id: bundle };
  wrapper.call(bundleModule.exports, bundleModule.exports, (0, import_node_module.createRequire)(bundle), bundleModule, bundle, import_node_path2.default.dirname(bundle));
}
function readCache(file) {
  try {
    const bytes = (0, import_node_fs.readFileSync)(file);
    if (bytes.length <= DIGEST_BYTES) return void 0;
    const data = bytes.subarray(DIGEST_BYTES);
    const digest = (0, import_node_crypto.createHash)("sha256").update(data).digest();
    return digest.equals(bytes.subarray(0, DIGEST_BYTES)) ? data : void 0;
  } catch {
    return void 0;
  }
}
function writeCache(file, dir, produce, had) {
  try {
    const data = produce();
    if (data.length <= had) return;
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    (0, import_node_fs.chmodSync)(dir, 448);
    const partial = `${file}.${process.pid}.partial`;
    (0, import_node_fs.writeFileSync)(partial, Buffer.concat([(0, import_node_crypto.createHash)("sha256").update(data).digest(), data]), { mode: 384 });
    (0, import_node_fs.renameSync)(partial, file);
    const prefix = `${import_node_path2.default.basename(file).replace(/-[0-9a-f]+\.bin$/, "")}-`;
    for (const name of (0, import_node_fs.readdirSync)(dir)) {
      if (name.startsWith(prefix) && name.endsWith(".bin") && name !== import_node_path2.default.basename(file)) (0, import_node_fs.rmSync)(import_node_path2.default.join(dir, name), { force: true });
    }
  } catch {
  }
}

// worker-loader.ts
boot((0, import_node_url.fileURLToPath)(new URL("./worker.cjs", __chartlintUrl)));
