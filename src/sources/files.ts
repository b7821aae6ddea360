/**
 * The one way chartlint reads a file: only regular files (a FIFO, device, socket or folder is refused, never
 * opened for a blocking read), and never more than the limit, checked on the size `fstat` gives and again
 * while reading (a file may grow, and /proc files say 0).
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export interface FileLimits {
  /** Larger files are reported, not read: a values file or manifest stream this size is a mistake. */
  maxFileBytes: number;
}

export type ReadProblemCode = 'TOO_LARGE' | 'BINARY' | 'NOT_UTF8' | 'UNREADABLE' | 'NOT_REGULAR';

export type ReadResult = { ok: true; text: string } | { ok: false; code: ReadProblemCode; message: string };
export type BytesResult = { ok: true; bytes: Buffer } | { ok: false; code: ReadProblemCode; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Git's own test for binary content: a NUL byte within the first 8000 bytes.
const BINARY_SNIFF_BYTES = 8000;
const CHUNK = 64 * 1024;
// O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Synchronous on purpose: for many small files, one thread reading straight through beats the thread pool. */
export function readTextFile(path: string, limits: FileLimits): ReadResult {
  const read = readRegularFile(path, limits);
  return read.ok ? decodeText(read.bytes) : read;
}

/** The bytes of a regular file of at most `limits.maxFileBytes`, or why it was not read. */
export function readRegularFile(path: string, limits: FileLimits): BytesResult {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, code: 'UNREADABLE', message: 'The file cannot be read (EISDIR).' };
    if (!info.isFile())
      return { ok: false, code: 'NOT_REGULAR', message: `The path is ${kindOf(info)}, not a regular file; it was not read.` };
    if (info.size > limits.maxFileBytes) return tooLarge(`The file is ${formatBytes(info.size)}, over`, limits);
    // At most one byte over the limit, whatever fstat said: enough to know the file is too large.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // The first read asks for the size fstat gave and one byte more (a file that grew is read on), not a
      // whole chunk: most files are a few KiB, and a 64 KiB buffer for each cost more than reading it.
      const want = Math.min(total === 0 && info.size > 0 ? info.size + 1 : CHUNK, limits.maxFileBytes + 1 - total);
      if (want <= 0) break;
      const chunk = Buffer.allocUnsafe(want);
      const got = readSync(fd, chunk, 0, want, null);
      if (got === 0) break;
      chunks.push(got === want ? chunk : chunk.subarray(0, got));
      total += got;
    }
    if (total > limits.maxFileBytes) return tooLarge('The file holds more than', limits);
    return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}

/** A stream's bytes (standard input), decoded; reading stops one byte over `limits.maxFileBytes`. */
export async function readStreamText(stream: AsyncIterable<Uint8Array | string>, limits: FileLimits): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    chunks.push(bytes);
    total += bytes.byteLength;
    // Leaving the loop closes the stream: the rest is never read.
    if (total > limits.maxFileBytes) return tooLarge('Standard input holds more than', limits);
  }
  return decodeText(Buffer.concat(chunks, total));
}

/** The same, for callers that must not fail: the text, or undefined. */
export function readTextOrUndefined(path: string, limits: FileLimits): string | undefined {
  const read = readTextFile(path, limits);
  return read.ok ? read.text : undefined;
}

/** `a FIFO`, `a character device`, ...: what a path is when it is not a regular file. */
export function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  return 'not a regular file';
}

function tooLarge(what: string, limits: FileLimits): { ok: false; code: 'TOO_LARGE'; message: string } {
  return {
    ok: false,
    code: 'TOO_LARGE',
    message: `${what} the ${formatBytes(limits.maxFileBytes)} limit (limits.maxFileBytes); it was not read.`,
  };
}

function unreadable(error: unknown): { ok: false; code: 'UNREADABLE'; message: string } {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  return { ok: false, code: 'UNREADABLE', message: `The file cannot be read (${code}).` };
}

export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { ok: false, code: 'BINARY', message: 'The file holds binary data (a NUL byte), not YAML text.' };
  }
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, code: 'NOT_UTF8', message: 'The file is not valid UTF-8 text.' };
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
