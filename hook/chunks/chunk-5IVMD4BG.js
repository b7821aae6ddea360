import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);

// src/sources/files.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var utf8 = new TextDecoder("utf-8", { fatal: true });
var BINARY_SNIFF_BYTES = 8e3;
var CHUNK = 64 * 1024;
var OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
function readTextFile(path, limits) {
  const read = readRegularFile(path, limits);
  return read.ok ? decodeText(read.bytes) : read;
}
function readRegularFile(path, limits) {
  let fd;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, code: "UNREADABLE", message: "The file cannot be read (EISDIR)." };
    if (!info.isFile())
      return { ok: false, code: "NOT_REGULAR", message: `The path is ${kindOf(info)}, not a regular file; it was not read.` };
    if (info.size > limits.maxFileBytes) return tooLarge(`The file is ${formatBytes(info.size)}, over`, limits);
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const want = Math.min(CHUNK, limits.maxFileBytes + 1 - total);
      if (want <= 0) break;
      const chunk = Buffer.allocUnsafe(want);
      const got = readSync(fd, chunk, 0, want, null);
      if (got === 0) break;
      chunks.push(got === want ? chunk : chunk.subarray(0, got));
      total += got;
    }
    if (total > limits.maxFileBytes) return tooLarge("The file holds more than", limits);
    return { ok: true, bytes: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total) };
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}
async function readStreamText(stream, limits) {
  const chunks = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    chunks.push(bytes);
    total += bytes.byteLength;
    if (total > limits.maxFileBytes) return tooLarge("Standard input holds more than", limits);
  }
  return decodeText(Buffer.concat(chunks, total));
}
function readTextOrUndefined(path, limits) {
  const read = readTextFile(path, limits);
  return read.ok ? read.text : void 0;
}
function kindOf(info) {
  if (info.isFIFO()) return "a FIFO";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  if (info.isDirectory()) return "a folder";
  return "not a regular file";
}
function tooLarge(what, limits) {
  return {
    ok: false,
    code: "TOO_LARGE",
    message: `${what} the ${formatBytes(limits.maxFileBytes)} limit (limits.maxFileBytes); it was not read.`
  };
}
function unreadable(error) {
  const code = error.code ?? "EIO";
  return { ok: false, code: "UNREADABLE", message: `The file cannot be read (${code}).` };
}
function decodeText(bytes) {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { ok: false, code: "BINARY", message: "The file holds binary data (a NUL byte), not YAML text." };
  }
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 65279 ? text.slice(1) : text };
  } catch {
    return { ok: false, code: "NOT_UTF8", message: "The file is not valid UTF-8 text." };
  }
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

export {
  readTextFile,
  readRegularFile,
  readStreamText,
  readTextOrUndefined,
  kindOf,
  formatBytes
};
