/**
 * Helm's version constraints (the Masterminds semver v3 syntax of Chart.yaml `dependencies[].version`),
 * the subset charts use, written here rather than taken from npm's `semver`, whose range syntax differs
 * (no commas, other wildcard rules):
 * - `||` is OR; within it `,` or spaces are AND: `>= 1.2, < 3 || 4.x`;
 * - operators `=` (or none), `!=`, `>`, `<`, `>=`/`=>`, `<=`/`=<`, `~`/`~>`, `^`, and hyphen ranges `1.2 - 1.4.5`;
 * - `x`, `X`, `*` or a missing part is a wildcard: `2.x.x` and `2` are `>= 2.0.0, < 3.0.0`; `> 1.2` is `>= 1.3.0`,
 *   `<= 1.2` is `< 1.3.0`; `~1.2.3` is `>= 1.2.3, < 1.3.0`; `^1.2.3` is `< 2.0.0`, `^0.2.3` `< 0.3.0`, `^0.0.3` `< 0.0.4`;
 * - a version with a pre-release (`1.2.0-rc.1`) satisfies a group only when one of its constraints names a
 *   pre-release, as Masterminds does; build metadata is ignored.
 */

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated pre-release identifiers; empty for a release. */
  prerelease: string[];
}

const VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** A chart's `version:` (lenient as Masterminds: `v1.2` and `1.2` are 1.2.0); undefined when it is not a version. */
export function parseVersion(text: string): Version | undefined {
  const match = VERSION.exec(text.trim());
  if (!match) return undefined;
  return {
    major: Number(match[1]),
    minor: Number(match[2] ?? 0),
    patch: Number(match[3] ?? 0),
    prerelease: match[4] ? match[4].split('.') : [],
  };
}

export function compareVersions(a: Version, b: Version): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) return Math.sign(core);
  // A release is above its pre-releases: 1.2.0 > 1.2.0-rc.1.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) return Math.sign(b.prerelease.length - a.prerelease.length);
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const order = compareIdentifiers(x, y);
    if (order !== 0) return order;
  }
  return 0;
}

function compareIdentifiers(x: string, y: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(x) && numeric.test(y)) return Math.sign(Number(x) - Number(y));
  if (numeric.test(x)) return -1;
  if (numeric.test(y)) return 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** One comparison of a constraint: a test, and whether it names a pre-release. */
interface Comparator {
  test(version: Version): boolean;
  prerelease: boolean;
}

export interface Constraint {
  /** OR of AND groups. */
  groups: Comparator[][];
}

const WILDCARD = /^[xX*]$/;
const PART = String.raw`(?:\d+|[xX*])`;
const COMPARATOR = new RegExp(
  String.raw`^\s*(!=|>=|=>|<=|=<|~>|[=<>~^])?\s*(v?${PART}(?:\.${PART}){0,2}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(?=[\s,]|$)`,
);
const HYPHEN = new RegExp(
  String.raw`(v?${PART}(?:\.${PART}){0,2}(?:-[0-9A-Za-z.-]+)?)\s+-\s+(v?${PART}(?:\.${PART}){0,2}(?:-[0-9A-Za-z.-]+)?)`,
  'g',
);

/** The constraint, or undefined when it is not one this subset reads (the caller says so, it does not guess). */
export function parseConstraint(text: string): Constraint | undefined {
  const groups: Comparator[][] = [];
  for (const alternative of text.split('||')) {
    let rest = alternative.replace(HYPHEN, '>=$1, <=$2');
    const group: Comparator[] = [];
    while (rest.replace(/[\s,]+/g, '') !== '') {
      rest = rest.replace(/^[\s,]+/, '');
      const match = COMPARATOR.exec(rest);
      if (!match) return undefined;
      const comparator = makeComparator(match[1] ?? '=', match[2]!);
      if (!comparator) return undefined;
      group.push(comparator);
      rest = rest.slice(match[0].length);
    }
    if (group.length === 0) return undefined;
    groups.push(group);
  }
  return { groups };
}

export function satisfies(version: Version, constraint: Constraint): boolean {
  return constraint.groups.some(
    (group) => (version.prerelease.length === 0 || group.some((c) => c.prerelease)) && group.every((c) => c.test(version)),
  );
}

/** The constraint text read and tested at once; undefined when the constraint cannot be read. */
export function versionSatisfies(version: string, constraint: string): boolean | undefined {
  const parsed = parseConstraint(constraint);
  if (!parsed) return undefined;
  const v = parseVersion(version);
  return v !== undefined && satisfies(v, parsed);
}

function makeComparator(operator: string, text: string): Comparator | undefined {
  const [core = '', prereleaseText] = text.replace(/^v/, '').replace(/\+.*$/, '').split(/-(.*)/s);
  const parts = core.split('.');
  const prerelease = prereleaseText ? prereleaseText.split('.') : [];
  if (WILDCARD.test(parts[0]!)) {
    // `*`, `x`: any version (a comparison with "any" is true for the inclusive operators only).
    const any =
      operator === '=' ||
      operator === '>=' ||
      operator === '=>' ||
      operator === '<=' ||
      operator === '=<' ||
      operator === '~' ||
      operator === '~>' ||
      operator === '^';
    return { test: () => any, prerelease: false };
  }
  const numbers: (number | undefined)[] = parts.map((part) => (WILDCARD.test(part) ? undefined : Number(part)));
  // A part after a wildcard is a wildcard too (`1.x.3` is `1.x`).
  const firstWild = numbers.findIndex((n) => n === undefined);
  const known = firstWild === -1 ? numbers.length : firstWild;
  const major = numbers[0]!;
  const minor = known > 1 ? numbers[1]! : undefined;
  const patch = known > 2 ? numbers[2]! : undefined;
  const dirty = patch === undefined;
  const low: Version = { major, minor: minor ?? 0, patch: patch ?? 0, prerelease: dirty ? [] : prerelease };
  // The first version above the wildcard's range: 1.x -> 2.0.0, 1.2.x -> 1.3.0.
  const above: Version =
    minor === undefined ? { major: major + 1, minor: 0, patch: 0, prerelease: [] } : { major, minor: minor + 1, patch: 0, prerelease: [] };
  const cmp = (v: Version, w: Version): number => compareVersions(v, w);
  const inRange = (v: Version, end: Version): boolean => cmp(v, low) >= 0 && cmp(v, end) < 0;
  const withPre = prerelease.length > 0;
  const make = (test: (v: Version) => boolean): Comparator => ({ test, prerelease: withPre });
  switch (operator) {
    case '=':
      return make((v) => (dirty ? inRange(v, above) : cmp(v, low) === 0));
    case '!=':
      return make((v) => (dirty ? !inRange(v, above) : cmp(v, low) !== 0));
    case '>':
      return make((v) => (dirty ? cmp(v, above) >= 0 : cmp(v, low) > 0));
    case '>=':
    case '=>':
      return make((v) => cmp(v, low) >= 0);
    case '<':
      return make((v) => cmp(v, low) < 0);
    case '<=':
    case '=<':
      return make((v) => (dirty ? cmp(v, above) < 0 : cmp(v, low) <= 0));
    case '~':
    case '~>': {
      const end: Version =
        minor === undefined
          ? { major: major + 1, minor: 0, patch: 0, prerelease: [] }
          : { major, minor: minor + 1, patch: 0, prerelease: [] };
      return make((v) => inRange(v, end));
    }
    case '^': {
      let end: Version;
      if (major > 0 || minor === undefined) end = { major: major + 1, minor: 0, patch: 0, prerelease: [] };
      else if (minor > 0 || patch === undefined) end = { major: 0, minor: minor + 1, patch: 0, prerelease: [] };
      else end = { major: 0, minor: 0, patch: patch + 1, prerelease: [] };
      return make((v) => inRange(v, end));
    }
    default:
      return undefined;
  }
}
