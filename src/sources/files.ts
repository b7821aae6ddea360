import { readFileSync, statSync } from 'node:fs';

export interface FileLimits {
  /** Larger files are reported, not read: a values file or manifest stream this size is a mistake. */
  maxFileBytes: number;
}

export type ReadProblemCode = 'TOO_LARGE' | 'BINARY' | 'NOT_UTF8' | 'UNREADABLE';

export type ReadResult = { ok: true; text: string } | { ok: false; code: ReadProblemCode; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Git's own test for binary content: a NUL byte within the first 8000 bytes.
const BINARY_SNIFF_BYTES = 8000;

/** Synchronous on purpose: for many small files, one thread reading straight through beats the thread pool. */
export function readTextFile(path: string, limits: FileLimits): ReadResult {
  try {
    const info = statSync(path);
    if (info.size > limits.maxFileBytes) {
      return {
        ok: false,
        code: 'TOO_LARGE',
        message: `The file is ${formatBytes(info.size)}, over the ${formatBytes(limits.maxFileBytes)} limit (limits.maxFileBytes); it was not read.`,
      };
    }
    return decodeText(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, code: 'UNREADABLE', message: `The file cannot be read (${code}).` };
  }
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

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
