/** Which chart a single file belongs to, for files named one by one (the hook, --changed-since, editors). */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

export function statKind(file: string): 'file' | 'dir' | 'missing' {
  try {
    const info = statSync(file);
    return info.isDirectory() ? 'dir' : 'file';
  } catch {
    return 'missing';
  }
}

export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The nearest folder at or above `start` holding a Chart.yaml. */
export function findEnclosingChart(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'Chart.yaml'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The chart a single file belongs to: the nearest Chart.yaml above it, or, for OpenStack-Helm's
 * repository-level `values_overrides/<chart>/x.yaml`, the sibling chart folder `<chart>/`.
 */
export function findOwningChart(file: string): string | undefined {
  const enclosing = findEnclosingChart(path.dirname(file));
  if (enclosing) return enclosing;
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('values_overrides');
  if (at > 0 && at + 2 < parts.length) {
    const sibling = path.join(parts.slice(0, at).join(path.sep) || path.sep, parts[at + 1]!);
    if (existsSync(path.join(sibling, 'Chart.yaml'))) return sibling;
  }
  return undefined;
}

/**
 * The charts files belong to, for linting whole charts from a list of changed files (pre-commit,
 * --changed-since): each chart once; files outside any chart are kept as they are, when they still exist.
 */
export function chartsOfFiles(files: readonly string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    const chart = findOwningChart(file);
    if (chart) found.add(chart);
    else if (statKind(file) === 'file' && /\.ya?ml$/.test(file)) found.add(file);
  }
  return [...found].sort();
}
