/**
 * Writing a report file (`-o`, the Action's `sarif-file`) safely: never through a symbolic link, never over
 * a file the run reads (a linted file, a values file, the config), never half-written. The text goes to a
 * new temporary file beside the target, which is then renamed over it; rename replaces the directory
 * entry, so even a link or hard link planted after the check is replaced, not written through.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, lstatSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';

/** A report that must not or cannot be written; the message names the file and why. */
export class OutputError extends Error {}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

function lstatOrUndefined(file: string, shown: string): Stats | undefined {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OutputError(`cannot write ${shown}: ${errorCode(error)}`);
  }
}

/**
 * Refuses a target that is a symbolic link, not a regular file or folder (a device or a pipe, which the
 * rename would replace), or the same file (path, link or hard link) as one of `inputs`. A missing target
 * is fine; a folder is left to the write to refuse.
 */
export function checkOutput(file: string, inputs: readonly string[]): void {
  const target = lstatOrUndefined(path.resolve(file), file);
  if (!target) return;
  if (target.isSymbolicLink())
    throw new OutputError(`will not write ${file}: it is a symbolic link; name the file it points to, or another`);
  if (target.isDirectory()) return;
  if (!target.isFile()) throw new OutputError(`will not write ${file}: it is not a regular file`);
  for (const input of inputs) {
    let info: Stats;
    try {
      info = statSync(input);
    } catch {
      continue;
    }
    if (info.dev === target.dev && info.ino === target.ino) {
      const same = input === path.resolve(file) ? '' : ` (the same file as ${path.relative(process.cwd(), input) || input})`;
      throw new OutputError(`will not write ${file}: it is one of the files this run reads${same}; write the report elsewhere`);
    }
  }
}

/** Writes `text` to `file` after checkOutput, through a temporary file that is removed when anything fails. */
export function writeOutput(file: string, text: string, inputs: readonly string[]): void {
  checkOutput(file, inputs);
  const target = path.resolve(file);
  const existing = lstatOrUndefined(target, file);
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.partial`);
  try {
    // `wx`: the temporary name is new, so nothing planted there is followed.
    writeFileSync(partial, text, { flag: 'wx' });
    // A report that replaces one keeps its permissions.
    if (existing?.isFile()) chmodSync(partial, existing.mode & 0o7777);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    const code = errorCode(error);
    throw new OutputError(`cannot write ${file}: ${code === 'EISDIR' ? 'it is a folder' : code}`);
  }
}
