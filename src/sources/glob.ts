/**
 * Globs in polynomial time. picomatch (and any glob compiled to a backtracking regex) takes exponential time
 * on a pattern with many stars against a name that does not match: 10 s and more for 60 characters. Globs
 * made only of literal text, `*`, `?` and `**` segments (nearly all of them) are matched here by dynamic
 * programming over segments and a star-backtracking scan within one; the others (braces, brackets,
 * extglobs, negation, escapes) go to picomatch, and are refused with more than a few stars.
 */
import picomatch from 'picomatch';
import { ConfigError } from '../common/errors.js';

export type Matcher = (path: string) => boolean;

/** Stars a glob that picomatch must compile may have: its regex grows exponential past that. */
export const MAX_STARS_FOR_PICOMATCH = 6;

const PICOMATCH_ONLY = /[[\]{}()!+@\\]|\/$/;

/** Any of the globs matches the `/`-separated relative path (dot files included). */
export function compileGlobs(patterns: readonly string[], where: string): Matcher {
  const matchers = patterns.map((pattern) => compileGlob(pattern, where));
  return (path) => matchers.some((matches) => matches(path));
}

export function compileGlob(pattern: string, where: string): Matcher {
  const glob = pattern.replace(/^(?:\.\/)+/, '');
  if (!PICOMATCH_ONLY.test(glob)) {
    const segments = glob.split('/');
    return (path) => path !== '' && matchSegments(segments, path.split('/'));
  }
  const stars = (glob.match(/\*/g) ?? []).length;
  if (stars > MAX_STARS_FOR_PICOMATCH) {
    throw new ConfigError(
      `${where}: the glob "${pattern}" has ${stars} stars along with braces, brackets or other operators; at most ${MAX_STARS_FOR_PICOMATCH} are allowed there.`,
    );
  }
  return picomatch(glob, { dot: true });
}

/** `**` segments match zero or more path segments; the others one each. O(pattern × path) cells. */
function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  // can[j]: pattern[i..] matches path[j..], filled from the end.
  let next = new Array<boolean>(path.length + 1).fill(false);
  next[path.length] = true;
  for (let i = pattern.length - 1; i >= 0; i--) {
    const current = new Array<boolean>(path.length + 1).fill(false);
    const segment = pattern[i]!;
    for (let j = path.length; j >= 0; j--) {
      if (segment === '**') current[j] = next[j]! || (j < path.length && current[j + 1]!);
      else current[j] = j < path.length && next[j + 1]! && matchSegment(segment, path[j]!);
    }
    next = current;
  }
  return next[0]!;
}

/**
 * One segment against `*` (any run of characters) and `?` (one character): the classic scan that, on a
 * mismatch, moves only the last star on. At most O(pattern × name) steps, never exponential.
 */
export function matchSegment(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    const c = pattern[p];
    if (c === '*') {
      star = p++;
      resume = n;
    } else if (c !== undefined && (c === '?' || c === name[n])) {
      p++;
      n++;
    } else if (star !== -1) {
      p = star + 1;
      n = ++resume;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}
