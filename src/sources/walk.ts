/**
 * Files below a folder, and globs over them: all discovery needs, in one small module (a full glob library
 * cost more to load than a one-chart run spends linting).
 */
import { readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { compileGlob } from './glob.js';

/** Folders never entered. */
export const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/**
 * Every file below `root` (or in it only, when not `recursive`), as sorted `/`-separated paths relative to
 * it; [] when it is not a folder.
 */
export function listFiles(root: string, recursive = true): string[] {
  const found: string[] = [];
  const visit = (dir: string, prefix: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const relative = prefix + entry.name;
      if (entry.isDirectory()) {
        if (recursive && !SKIPPED_DIRS.has(entry.name)) visit(path.join(dir, entry.name), `${relative}/`);
      } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path.join(dir, entry.name)))) {
        found.push(relative);
      }
    }
  };
  visit(root, '');
  return found.sort();
}

/**
 * The first entry below `root` that is neither a folder nor a regular file (symbolic links followed): a FIFO,
 * device or socket that a reader such as helm would block on. Dangling links are not special.
 */
export function findSpecialFile(root: string): { path: string; info: Stats } | undefined {
  const visit = (dir: string, depth: number): { path: string; info: Stats } | undefined => {
    if (depth > 64) return undefined;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return undefined;
    }
    for (const entry of entries) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = SKIPPED_DIRS.has(entry.name) ? undefined : visit(file, depth + 1);
        if (found) return found;
      } else if (!entry.isFile()) {
        let info: Stats;
        try {
          info = statSync(file);
        } catch {
          continue;
        }
        if (info.isDirectory()) {
          const found = visit(file, depth + 1);
          if (found) return found;
        } else if (!info.isFile()) return { path: file, info };
      }
    }
    return undefined;
  };
  return visit(root, 0);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

const MAGIC = /[*?[\]{}()!]/;

/**
 * Absolute paths of the files matching any of the globs, relative to `cwd`. A glob may climb out of `cwd`
 * through leading `..` segments (`../values_overrides/keystone/*.yaml`).
 */
export function globFiles(cwd: string, patterns: readonly string[]): string[] {
  const found = new Set<string>();
  for (const pattern of patterns) {
    const segments = pattern.split('/');
    const firstMagic = segments.findIndex((segment) => MAGIC.test(segment));
    if (firstMagic === -1) {
      const file = path.resolve(cwd, pattern);
      if (isFile(file)) found.add(file);
      continue;
    }
    const base = path.resolve(cwd, ...segments.slice(0, firstMagic));
    const rest = segments.slice(firstMagic).join('/');
    const matches = compileGlob(rest, 'values.include');
    // `values-*.yaml` needs one folder listed, not the chart's whole tree.
    const recursive = rest.includes('/') || rest.includes('**');
    for (const file of listFiles(base, recursive)) if (matches(file)) found.add(path.join(base, file));
  }
  return [...found].sort();
}
