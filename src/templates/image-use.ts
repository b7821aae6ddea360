/**
 * What a chart's templates do with image references, from their text alone (see src/facts/template-registry.ts,
 * which adds what the parent chart's values say): whether they read a global registry, whether they read
 * `.Values.global` at all, which values paths they write `:` or `@` right after, and which paths' `registry`
 * they read.
 */

export interface TemplateTextUse {
  /** The templates read a global registry value. */
  registry: boolean;
  /** The templates read `.Values.global` (or a part of it) somewhere. */
  global: boolean;
  /** Dotted values paths (`image`, `sidecar.image`) a template writes `:` or `@` right after. */
  tagged: string[];
  /**
   * Dotted values paths whose `registry` the templates read, with a default of their own or none
   * (`.Values.image.registry | default "docker.io"`, `with .Values.image` ... `.registry`, or handed to a
   * helper that reads one): an absent `registry:` key there is no sign the reference renders without one.
   */
  registryPaths: string[];
}

const READS_REGISTRY = /\.Values\.global(?:\.\w+)*\.\w*[rR]egistry\w*\b|\.Values\.imageRegistry\b/;
const READS_GLOBAL = /\.Values\.global\b/;
const PATH = String.raw`\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)`;
const REGISTRY_OF = new RegExp(`${PATH}\\.registry\\b`, 'g');
const WITH_PATH = new RegExp(String.raw`\{\{-?\s*with\s+` + PATH, 'g');
const VALUES_PATH = new RegExp(PATH, 'g');
const INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;
const DEFINE = /\{\{-?\s*define\s+"([^"]+)"\s*-?\}\}/g;
/** How far after `with .Values.x` a `.registry` is taken to be x's. */
const WITH_REACH = 400;

/** The helpers (`define "name"`) whose bodies read a registry. */
function registryHelpers(texts: readonly string[]): Set<string> {
  const helpers = new Set<string>();
  for (const text of texts) {
    const defines = [...text.matchAll(DEFINE)];
    defines.forEach((define, i) => {
      const body = text.slice(define.index + define[0].length, defines[i + 1]?.index ?? text.length);
      if (/registry/i.test(body)) helpers.add(define[1]!);
    });
  }
  return helpers;
}

function registryPathsOf(texts: readonly string[]): string[] {
  const paths = new Set<string>();
  const helpers = registryHelpers(texts);
  for (const text of texts) {
    for (const match of text.matchAll(REGISTRY_OF)) paths.add(match[1]!.slice(1));
    for (const match of text.matchAll(WITH_PATH)) {
      if (/\.registry\b/.test(text.slice(match.index + match[0].length, match.index + match[0].length + WITH_REACH)))
        paths.add(match[1]!.slice(1));
    }
    // Only a line that includes a registry helper hands it values paths: none to look for without one.
    // A line that has neither word is passed over below: a text without them need not be split.
    if (helpers.size === 0 || (!text.includes('include') && !text.includes('template'))) continue;
    for (const line of text.split('\n')) {
      if (!line.includes('include') && !line.includes('template')) continue;
      if (![...line.matchAll(INCLUDE)].some((include) => helpers.has(include[1]!))) continue;
      for (const match of line.matchAll(VALUES_PATH)) paths.add(match[1]!.slice(1));
    }
  }
  for (const path of [...paths]) if (path === 'global' || path.startsWith('global.')) paths.delete(path);
  return [...paths].sort();
}

/** `.Values.a.b }}:` or `.Values.a.b | default "x" }}@`, the path captured. */
const FOLLOWED_BY_TAG = /\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)\s*(?:\|[^{}]*?)?-?\}\}\s*[:@]/g;

/** `printf "%s:%s" .Values.image .Chart.AppVersion`: the format, and the arguments up to the action's end. */
const PRINTF = /printf\s+"([^"]*)"((?:\s+[^\s()}]+)+)/g;

/** The values paths a printf writes `:` or `@` right after. */
function printfTagged(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(PRINTF)) {
    const format = match[1]!;
    const args = match[2]!.trim().split(/\s+/);
    let verb = 0;
    for (let i = format.indexOf('%'); i !== -1; i = format.indexOf('%', i + 2)) {
      if (format[i + 1] === '%') continue;
      const next = format[i + 2];
      const arg = args[verb++];
      const path = arg && /^\$?\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)$/.exec(arg);
      if (path && (next === ':' || next === '@')) found.push(path[1]!.slice(1));
    }
  }
  return found;
}

export function templateImageUse(texts: readonly string[]): TemplateTextUse {
  const tagged = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(FOLLOWED_BY_TAG)) tagged.add(match[1]!.slice(1));
    for (const path of printfTagged(text)) tagged.add(path);
  }
  return {
    registry: texts.some((text) => READS_REGISTRY.test(text)),
    global: texts.some((text) => READS_GLOBAL.test(text)),
    tagged: [...tagged].sort(),
    registryPaths: registryPathsOf(texts),
  };
}
