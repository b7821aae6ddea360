/**
 * Writing a fixed file back, as a careful tool does: never through a symbolic link, never a file outside the
 * paths the run was given, never a hard-linked file (the rename would leave its other names on the old
 * text), never half-written. The text goes to a new temporary file in the same folder (synced to disk, with
 * the original's permission bits), the original is read again and compared with the text that was linted,
 * and only then is the temporary file renamed over it. A file that changed since it was read is left alone.
 */
import { randomBytes } from 'node:crypto';
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
  constants,
} from 'node:fs';
import path from 'node:path';
import { readRegularFile } from '../sources/files.js';

const BOM = '\uFEFF';
const BOM_BYTES = 3;

export interface FixToWrite {
  /** Absolute path of the file. */
  path: string;
  /** The text that was linted (without a byte order mark). */
  input: string;
  /** The fixed text. */
  output: string;
}

export type WriteOutcome = { written: true } | { written: false; reason: string };

export interface WriteOptions {
  /** The files and folders the run was given: a fixed file must be one of them or inside one. */
  roots: readonly string[];
  /** A test seam: called once the temporary file is written, just before the original is read again. */
  beforeCompare?: () => void;
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** Writes `fix.output` over `fix.path` when it is safe to; else says why not (and nothing was changed). */
export function writeFixed(fix: FixToWrite, options: WriteOptions): WriteOutcome {
  const refused = refusal(fix.path, options.roots);
  if (refused) return { written: false, reason: refused };
  const info = lstatSync(fix.path);
  const dir = path.dirname(fix.path);
  const temp = path.join(dir, `.${path.basename(fix.path)}.chartlint-fix.${process.pid}.${randomBytes(6).toString('hex')}`);
  let made = false;
  try {
    // The file as it was linted is this long: a longer one changed (and is never read whole).
    const linted = Buffer.byteLength(fix.input, 'utf8');
    const hadBom = startsWithBom(fix.path, linted + BOM_BYTES);
    // `wx`: the temporary name is new, so nothing planted there is followed; 0o600 until the mode is set.
    const fd = openSync(temp, 'wx', 0o600);
    made = true;
    try {
      writeFileSync(fd, (hadBom ? BOM : '') + fix.output);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, info.mode & 0o7777);
    options.beforeCompare?.();
    // Byte for byte what was linted (its byte order mark included), still the same file, still unlinked.
    const now = readRegularFile(fix.path, { maxFileBytes: linted + (hadBom ? BOM_BYTES : 0) });
    const again = lstatSync(fix.path, { throwIfNoEntry: false });
    const same = now.ok && now.bytes.equals(Buffer.from((hadBom ? BOM : '') + fix.input, 'utf8'));
    if (!same || !again || again.ino !== info.ino || again.dev !== info.dev || again.nlink > 1) {
      return { written: false, reason: 'it changed on disk since it was read' };
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

/** Why `file` must not be rewritten, or undefined when it may be. */
function refusal(file: string, roots: readonly string[]): string | undefined {
  let info;
  try {
    info = lstatSync(file);
  } catch (error) {
    return `it could not be read again (${errorCode(error)})`;
  }
  if (info.isSymbolicLink()) return 'it is a symbolic link; chartlint does not write through links (fix the file it points to)';
  if (!info.isFile()) return 'it is not a regular file';
  if (info.nlink > 1) return `it has ${info.nlink} hard links, which replacing it would break`;
  try {
    // As an editor would: a file its owner made read-only is not replaced behind their back.
    accessSync(file, constants.W_OK);
  } catch {
    return 'it is read-only';
  }
  const real = realpathSync(file);
  const inside = roots.some((root) => {
    let top: string;
    try {
      top = realpathSync(root);
    } catch {
      return false;
    }
    return real === top || real.startsWith(top.endsWith(path.sep) ? top : top + path.sep);
  });
  return inside ? undefined : 'it is outside the paths given to chartlint (reached through a linked folder)';
}

function startsWithBom(file: string, maxFileBytes: number): boolean {
  // A file grown past the limit reads as no BOM; the comparison then finds it changed.
  const read = readRegularFile(file, { maxFileBytes });
  return read.ok && read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf;
}

/** Makes the rename itself durable; a platform or file system that cannot sync a folder is no error. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Best effort: the data is synced already.
  }
}
