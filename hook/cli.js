#!/usr/bin/env node
const __chartlintUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/common/cache-dir.ts
function chartlintCacheDir(env = process.env) {
  return env.CHARTLINT_CACHE_DIR || import_node_path.default.join(env.XDG_CACHE_HOME || import_node_path.default.join((0, import_node_os.homedir)(), ".cache"), "chartlint");
}
var import_node_os, import_node_path;
var init_cache_dir = __esm({
  "src/common/cache-dir.ts"() {
    "use strict";
    import_node_os = require("node:os");
    import_node_path = __toESM(require("node:path"), 1);
  }
});

// src/common/compile-cache.ts
var compile_cache_exports = {};
__export(compile_cache_exports, {
  boot: () => boot,
  compileCacheDir: () => compileCacheDir
});
function compileCacheDir(env = process.env) {
  if (env.CHARTLINT_NO_COMPILE_CACHE === "1") return void 0;
  return import_node_path3.default.join(chartlintCacheDir(env), "compile");
}
function boot(bundle2) {
  const dir = compileCacheDir();
  const enable = import_node_module.default.enableCompileCache;
  if (dir && enable) {
    try {
      enable(dir);
    } catch {
    }
  }
  if (!dir || enable) {
    (0, import_node_module.createRequire)(bundle2)(bundle2);
    return;
  }
  const source = (0, import_node_fs2.readFileSync)(bundle2, "utf8").replace(/^#!.*/, "");
  const id = (0, import_node_crypto.createHash)("sha256").update(`${process.version}\0${process.arch}\0${process.platform}\0`).update(source).digest("hex");
  const file = import_node_path3.default.join(dir, `${import_node_path3.default.basename(bundle2)}-${id.slice(0, 32)}.bin`);
  const cachedData = readCache(file);
  const script = new import_node_vm.default.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: bundle2,
    cachedData
  });
  if (!cachedData || script.cachedDataRejected || cachedData.length < source.length * THIN) {
    const had = script.cachedDataRejected ? 0 : cachedData?.length ?? 0;
    process.once("exit", () => writeCache(file, dir, () => script.createCachedData(), had));
  }
  const wrapper = script.runInThisContext();
  const bundleModule = { exports: {}, filename: bundle2, id: bundle2 };
  wrapper.call(bundleModule.exports, bundleModule.exports, (0, import_node_module.createRequire)(bundle2), bundleModule, bundle2, import_node_path3.default.dirname(bundle2));
}
function readCache(file) {
  try {
    const bytes = (0, import_node_fs2.readFileSync)(file);
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
    (0, import_node_fs2.mkdirSync)(dir, { recursive: true, mode: 448 });
    (0, import_node_fs2.chmodSync)(dir, 448);
    const partial = `${file}.${process.pid}.partial`;
    (0, import_node_fs2.writeFileSync)(partial, Buffer.concat([(0, import_node_crypto.createHash)("sha256").update(data).digest(), data]), { mode: 384 });
    (0, import_node_fs2.renameSync)(partial, file);
    const prefix = `${import_node_path3.default.basename(file).replace(/-[0-9a-f]+\.bin$/, "")}-`;
    for (const name of (0, import_node_fs2.readdirSync)(dir)) {
      if (name.startsWith(prefix) && name.endsWith(".bin") && name !== import_node_path3.default.basename(file)) (0, import_node_fs2.rmSync)(import_node_path3.default.join(dir, name), { force: true });
    }
  } catch {
  }
}
var import_node_crypto, import_node_fs2, import_node_module, import_node_path3, import_node_vm, DIGEST_BYTES, THIN;
var init_compile_cache = __esm({
  "src/common/compile-cache.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_fs2 = require("node:fs");
    import_node_module = __toESM(require("node:module"), 1);
    import_node_path3 = __toESM(require("node:path"), 1);
    import_node_vm = __toESM(require("node:vm"), 1);
    init_cache_dir();
    DIGEST_BYTES = 32;
    THIN = 0.4;
  }
});

// cli-loader.ts
var import_node_url2 = require("node:url");
init_cache_dir();

// src/common/run-replay.ts
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
var import_node_url = require("node:url");
var RECORD_FORMAT = 2;
var RACY_MS = 2e3;
var RACY_FINE_MS = 100;
var KEPT_RECORDS = 16;
var MAX_OUTPUT_CHARS = 32 * 1024 * 1024;
var VALUE_FLAGS = /* @__PURE__ */ new Set([
  "-f",
  "--format",
  "-c",
  "--config",
  "--values",
  "--region-values",
  "--namespace",
  "--release-name",
  "--max-warnings",
  "-j",
  "--jobs",
  "--baseline"
]);
var PLAIN_FLAGS = /* @__PURE__ */ new Set(["--cache", "--whole-charts", "-q", "--quiet", "--no-color"]);
var COMMANDS = /* @__PURE__ */ new Set(["init", "explain", "graph"]);
var VOLATILE_ENV = /* @__PURE__ */ new Set(["_", "OLDPWD", "SHLVL"]);
function isReplayable(argv) {
  let cache = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === "--cache") cache = true;
    else if (PLAIN_FLAGS.has(token)) continue;
    else if (VALUE_FLAGS.has(token)) {
      if (i + 1 >= argv.length) return false;
      i++;
    } else if (token.startsWith("--") && token.includes("=") && VALUE_FLAGS.has(token.slice(0, token.indexOf("=")))) continue;
    else if (token.startsWith("-")) return false;
    else if (i === 0 && COMMANDS.has(token)) return false;
  }
  return cache;
}
function runKey(argv, options) {
  const entries = Object.entries(options.env).filter(([name, value]) => !VOLATILE_ENV.has(name) && value !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const env = sha256()?.(JSON.stringify(entries));
  return JSON.stringify([
    RECORD_FORMAT,
    process.version,
    process.arch,
    process.platform,
    process.getuid?.() ?? -1,
    options.bundle,
    options.cwd,
    argv,
    env,
    terminalOf(1),
    terminalOf(2)
  ]);
}
function terminalOf(fd) {
  let info;
  try {
    info = import_node_fs.default.fstatSync(fd);
  } catch {
    return "closed";
  }
  if (!info.isCharacterDevice()) return false;
  const devNull = stampOf(import_node_fs.default.statSync, "/dev/null").info;
  if (devNull?.isCharacterDevice() && devNull.rdev === info.rdev) return false;
  const stream = fd === 1 ? process.stdout : process.stderr;
  return stream.isTTY ? [stream.columns ?? 0] : false;
}
function recordFile(dir, key) {
  return import_node_path2.default.join(dir, `${checksum(Buffer.from(key))}.json`);
}
function stampOf(stat, file) {
  let info;
  try {
    info = stat(file, { throwIfNoEntry: false });
  } catch (error) {
    return { stamp: `!${error.code ?? "error"}` };
  }
  if (!info) return { stamp: "-" };
  return { stamp: `${info.mode}:${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}:${info.dev}`, info };
}
function realpathOf(realpath, file) {
  try {
    return `=${realpath(file)}`;
  } catch (error) {
    return `!${error.code ?? "error"}`;
  }
}
function findRecord(file, key) {
  if (!crc32()) return void 0;
  let bytes;
  try {
    bytes = import_node_fs.default.readFileSync(file);
  } catch {
    return void 0;
  }
  const newline = bytes.indexOf(10);
  const body = bytes.subarray(newline + 1);
  if (newline < 0 || checksum(body) !== bytes.toString("latin1", 0, newline)) return void 0;
  const headEnd = body.indexOf(10);
  let head;
  try {
    head = JSON.parse(body.toString("utf8", 0, headEnd));
  } catch {
    return void 0;
  }
  const output = body.subarray(headEnd + 1);
  if (headEnd < 0 || !isHead(head, output.length) || head.key !== key) return void 0;
  const record = {
    key: head.key,
    inputs: head.inputs,
    exitCode: head.exitCode,
    stdout: output.subarray(0, head.stdout),
    stderr: output.subarray(head.stdout)
  };
  const folders = /* @__PURE__ */ new Set();
  const absent = [];
  for (const [kind, input, stamp] of record.inputs) {
    if (kind === "s" && stamp === "-") {
      absent.push(input);
      continue;
    }
    const now = kind === "r" ? realpathOf(import_node_fs.default.realpathSync, input) : stampOf(kind === "s" ? import_node_fs.default.statSync : import_node_fs.default.lstatSync, input).stamp;
    if (now !== stamp) return void 0;
    if (kind === "s" && isFolderStamp(stamp)) folders.add(input);
  }
  for (const input of absent) {
    if (!folders.has(import_node_path2.default.dirname(input)) && stampOf(import_node_fs.default.statSync, input).stamp !== "-") return void 0;
  }
  return record;
}
function isFolderStamp(stamp) {
  const mode = Number.parseInt(stamp, 10);
  return Number.isInteger(mode) && (mode & import_node_fs.default.constants.S_IFMT) === import_node_fs.default.constants.S_IFDIR;
}
function isHead(value, outputBytes) {
  if (typeof value !== "object" || value === null) return false;
  const { key, inputs, stdout, stderr, exitCode } = value;
  const isLength = (n) => Number.isInteger(n) && n >= 0;
  return typeof key === "string" && isLength(stdout) && isLength(stderr) && stdout + stderr === outputBytes && (exitCode === 0 || exitCode === 1) && Array.isArray(inputs) && inputs.every(
    (input) => Array.isArray(input) && input.length === 3 && (input[0] === "s" || input[0] === "l" || input[0] === "r") && typeof input[1] === "string" && typeof input[2] === "string"
  );
}
var RunRecorder = class {
  /** `ownDir`: chartlint's cache folder, whose files are no inputs. `now` (ms): tests move it. */
  constructor(ownDir, original, now = Date.now()) {
    this.ownDir = ownDir;
    this.original = original;
    this.startedMs = now;
  }
  ownDir;
  original;
  inputs = /* @__PURE__ */ new Map();
  out = [];
  err = [];
  printed = 0;
  startedMs;
  why;
  /** Why this run cannot be recorded, or undefined. */
  get tainted() {
    return this.why;
  }
  taint(why) {
    this.why ??= why;
  }
  isOwn(file) {
    return file === this.ownDir || file.startsWith(this.ownDir + import_node_path2.default.sep);
  }
  /** Notes a path the run is about to look at or read, as it is now. */
  observe(kind, target) {
    const file = pathOf(target);
    if (file === void 0) return this.taint("a path that is not a string");
    if (this.isOwn(file)) return;
    const id = `${kind}\0${file}`;
    let stamp;
    if (kind === "r") stamp = realpathOf(this.original.realpath, file);
    else {
      const seen = stampOf(kind === "s" ? this.original.stat : this.original.lstat, file);
      stamp = seen.stamp;
      const newest = seen.info ? Math.max(seen.info.mtimeMs, seen.info.ctimeMs) : -Infinity;
      if (newest > this.startedMs - (newest % 1e3 === 0 ? RACY_MS : RACY_FINE_MS)) this.taint(`${file} changed just before the run`);
    }
    const before = this.inputs.get(id);
    if (!before) this.inputs.set(id, [kind, file, stamp]);
    else if (before[2] !== stamp) this.taint(`${file} changed during the run`);
  }
  /** A write: fine in chartlint's cache folder, else the run is not recorded. */
  writes(target) {
    const file = pathOf(target);
    if (file === void 0 || !this.isOwn(file)) this.taint(`writes ${String(target)}`);
  }
  print(stream, chunk) {
    if (typeof chunk !== "string") return this.taint("binary output");
    this.printed += chunk.length;
    if (this.printed > MAX_OUTPUT_CHARS) return this.taint("too much output");
    (stream === "stdout" ? this.out : this.err).push(chunk);
  }
  /** The record's file, without its checksum line. */
  body(key, exitCode) {
    const stdout = Buffer.from(this.out.join(""));
    const stderr = Buffer.from(this.err.join(""));
    const head = { key, inputs: [...this.inputs.values()], exitCode, stdout: stdout.length, stderr: stderr.length };
    return Buffer.concat([Buffer.from(`${JSON.stringify(head)}
`), stdout, stderr]);
  }
};
function pathOf(target) {
  if (typeof target === "string") return import_node_path2.default.resolve(target);
  if (target instanceof URL) return target.protocol === "file:" ? (0, import_node_url.fileURLToPath)(target) : void 0;
  if (Buffer.isBuffer(target)) return import_node_path2.default.resolve(target.toString("utf8"));
  return void 0;
}
function opensForWriting(flags) {
  if (flags === void 0 || flags === null) return false;
  if (typeof flags === "number") {
    const { O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND } = import_node_fs.default.constants;
    return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND)) !== 0;
  }
  return /[wa+]/.test(String(flags));
}
var SYNC_WRITES = [
  "writeFileSync",
  "appendFileSync",
  "renameSync",
  "copyFileSync",
  "cpSync",
  "rmSync",
  "rmdirSync",
  "unlinkSync",
  "mkdirSync",
  "mkdtempSync",
  "symlinkSync",
  "linkSync",
  "chmodSync",
  "lchmodSync",
  "chownSync",
  "lchownSync",
  "truncateSync",
  "utimesSync",
  "lutimesSync"
];
var TWO_PATHS = /* @__PURE__ */ new Set(["renameSync", "copyFileSync", "cpSync", "symlinkSync", "linkSync"]);
var UNOBSERVED = [
  "opendirSync",
  "globSync",
  "glob",
  "watch",
  "watchFile",
  "createReadStream",
  "createWriteStream",
  "readFile",
  "readdir",
  "stat",
  "lstat",
  "open",
  "access",
  "exists",
  "realpath",
  "opendir",
  "writeFile",
  "appendFile",
  "mkdir",
  "mkdtemp",
  "rm",
  "rename",
  "cp",
  "copyFile",
  "unlink"
];
var PROCESSES = ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"];
function instrument(recorder, load) {
  const undo = [];
  const patch = (target, name, make) => {
    const original = target[name];
    if (typeof original !== "function") return;
    target[name] = make(original);
    undo.push(() => target[name] = original);
  };
  const before = (target, name, note) => patch(
    target,
    name,
    (original) => Object.assign(function(...args) {
      note(...args);
      return original.apply(this, args);
    }, original)
  );
  const files = import_node_fs.default;
  before(files, "statSync", (file) => recorder.observe("s", file));
  before(files, "existsSync", (file) => recorder.observe("s", file));
  before(files, "accessSync", (file) => recorder.observe("s", file));
  before(files, "readdirSync", (dir, options) => {
    if (options?.recursive) recorder.taint("a recursive listing");
    recorder.observe("s", dir);
  });
  before(files, "lstatSync", (file) => recorder.observe("l", file));
  before(files, "realpathSync", (file) => recorder.observe("r", file));
  before(files.realpathSync, "native", (file) => recorder.observe("r", file));
  before(files, "readlinkSync", (file) => recorder.observe("l", file));
  before(files, "readFileSync", (file) => {
    if (typeof file !== "number") recorder.observe("s", file);
  });
  before(files, "openSync", (file, flags) => {
    if (opensForWriting(flags)) recorder.writes(file);
    else recorder.observe("s", file);
  });
  for (const name of SYNC_WRITES) {
    before(files, name, (...args) => {
      recorder.writes(args[0]);
      if (TWO_PATHS.has(name)) recorder.writes(args[1]);
    });
  }
  for (const name of UNOBSERVED) before(files, name, () => recorder.taint(`fs.${name}`));
  let streamWrites = 0;
  for (const name of ["writeSync", "writevSync"]) {
    before(files, name, (fd) => {
      if ((fd === 1 || fd === 2) && streamWrites === 0) recorder.taint("output past the streams");
    });
  }
  const promises = import_node_fs.default.promises;
  for (const name of Object.keys(promises)) before(promises, name, () => recorder.taint(`fs.promises.${name}`));
  const processes = load("node:child_process");
  for (const name of PROCESSES) before(processes, name, () => recorder.taint(`a child process (${name})`));
  const threads = load("node:worker_threads");
  const Worker = threads.Worker;
  threads.Worker = class extends Worker {
    constructor(...args) {
      recorder.taint("a worker thread");
      super(...args);
    }
  };
  undo.push(() => threads.Worker = Worker);
  before(process, "chdir", () => recorder.taint("process.chdir"));
  for (const [stream, name] of [
    [process.stdout, "stdout"],
    [process.stderr, "stderr"]
  ]) {
    patch(
      stream,
      "write",
      (original) => function(...args) {
        recorder.print(name, args[0]);
        streamWrites++;
        try {
          return original.apply(this, args);
        } finally {
          streamWrites--;
        }
      }
    );
  }
  const crashed = () => recorder.taint("an uncaught exception");
  process.on("uncaughtExceptionMonitor", crashed);
  undo.push(() => process.off("uncaughtExceptionMonitor", crashed));
  return () => {
    for (const step of undo.reverse()) step();
  };
}
function saveRecord(file, recorder, key, exitCode) {
  if (recorder.tainted !== void 0 || exitCode !== 0 && exitCode !== 1) return false;
  if (!crc32()) return false;
  const body = recorder.body(key, exitCode);
  const dir = import_node_path2.default.dirname(file);
  try {
    import_node_fs.default.mkdirSync(dir, { recursive: true, mode: 448 });
    import_node_fs.default.chmodSync(dir, 448);
    const partial = `${file}.${process.pid}.partial`;
    import_node_fs.default.writeFileSync(partial, Buffer.concat([Buffer.from(`${checksum(body)}
`), body]), { mode: 384 });
    import_node_fs.default.renameSync(partial, file);
    const records = import_node_fs.default.readdirSync(dir).filter((name) => name.endsWith(".json")).map((name) => ({ name, time: import_node_fs.default.statSync(import_node_path2.default.join(dir, name)).mtimeMs })).sort((a, b) => b.time - a.time);
    for (const old of records.slice(KEPT_RECORDS)) import_node_fs.default.rmSync(import_node_path2.default.join(dir, old.name), { force: true });
    return true;
  } catch {
    return false;
  }
}
function replayOrRecord(argv, cacheDir, bundle2, load) {
  if (!isReplayable(argv) || !crc32()) return false;
  const key = runKey(argv, { cwd: process.cwd(), env: process.env, bundle: bundle2 });
  const file = recordFile(import_node_path2.default.join(cacheDir, "runs"), key);
  const record = findRecord(file, key);
  if (record) {
    writeOut(1, record.stdout);
    writeOut(2, record.stderr);
    process.exitCode = record.exitCode;
    return true;
  }
  const recorder = new RunRecorder(import_node_path2.default.resolve(cacheDir), { stat: import_node_fs.default.statSync, lstat: import_node_fs.default.lstatSync, realpath: import_node_fs.default.realpathSync });
  recorder.observe("s", bundle2);
  const restore = instrument(recorder, load);
  process.once("exit", (code) => {
    restore();
    saveRecord(file, recorder, key, code);
  });
  return false;
}
function writeOut(fd, bytes) {
  let offset = 0;
  try {
    while (offset < bytes.length) offset += import_node_fs.default.writeSync(fd, bytes, offset);
  } catch {
    (fd === 1 ? process.stdout : process.stderr).write(bytes.subarray(offset));
  }
}
function crc32() {
  return builtinModule("node:zlib")?.crc32;
}
function builtinModule(id) {
  return process.getBuiltinModule?.(id);
}
function sha256() {
  const crypto = builtinModule("node:crypto");
  return crypto && ((text) => crypto.createHash("sha256").update(text).digest("hex"));
}
function checksum(bytes) {
  return `${(crc32()?.(bytes) ?? 0).toString(16).padStart(8, "0")}-${bytes.length.toString(16)}`;
}

// cli-loader.ts
var bundle = (0, import_node_url2.fileURLToPath)(new URL("./cli.cjs", __chartlintUrl));
if (!replayOrRecord(process.argv.slice(2), chartlintCacheDir(), bundle, require)) (init_compile_cache(), __toCommonJS(compile_cache_exports)).boot(bundle);
