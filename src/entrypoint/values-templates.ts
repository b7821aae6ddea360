/**
 * Which `dependencies.static` components a chart's templates hand to helm-toolkit, read from the template
 * text: the component argument of the kubernetes-entrypoint snippet and of the RBAC snippet
 * (`tuple $envAll "api" $mounts | include "helm-toolkit.snippets.kubernetes_entrypoint_init_container"`),
 * the `"dependencyKey"` of the dependency resolver, `.Values.dependencies.static.<name>` read directly, and
 * the literal components of the helm-toolkit defines the chart includes (`helm-toolkit.manifests.job_db_sync`
 * passes "db_sync"), read from that helm-toolkit's own source. A component argument that is not a literal
 * nor a variable set from one of those, or any other way of reaching the snippets or
 * `.Values.dependencies.static`, makes the set unknown.
 */
import type { TemplateText } from '../templates/texts.js';

export interface TemplateDependencyReads {
  /** The components read, sorted; undefined when the templates read some the text does not name. */
  components: string[] | undefined;
  /** Components whose `jobs` the templates test for a string and turn into a list themselves (rabbitmq's tests). */
  stringJobs: string[];
  /**
   * For each component read, the `manifests:` flags each template file passing it is rendered under (an
   * empty list: always rendered), so the pods waiting on a component are known to be switched off or not.
   */
  rendered: { component: string; guards: string[][] }[];
  /** Why the components are unknown, for whoever debugs a silent rule. */
  why?: string;
}

const SNIPPETS = String.raw`helm-toolkit\.snippets\.kubernetes_(?:entrypoint_init_container|pod_rbac_serviceaccount)`;
const SNIPPET_NAME = new RegExp(`"${SNIPPETS}"`, 'g');
const SNIPPET_DEFINE = new RegExp(`define\\s+"${SNIPPETS}(?:\\.[\\w.]+)?"`, 'g');
/** `tuple <context> <component> <third> | include "<snippet>"`: the component captured. */
const SNIPPET_CALL = new RegExp(String.raw`tuple\s+\S+\s+("[^"]*"|\$\w+)\s+[^|{}]*?\|\s*include\s+"${SNIPPETS}"`, 'g');
const DEPENDENCY_KEY = /"dependencyKey"\s+("[^"]*"|\S+)/g;
const STATIC_READ = /\.Values\.dependencies\.static\.([A-Za-z_][\w-]*)/g;
const STATIC_WHOLE = /\.Values\.dependencies\.static(?![\w.])/;
const STRING_JOBS = /kindIs\s+"string"\s+\S*\.Values\.dependencies\.static\.([A-Za-z_]\w*)\.jobs\b/g;
const COMMENT = /\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g;
const DEFINE = /\{\{-?\s*define\s+"([^"]+)"\s*-?\}\}/g;
const INCLUDE = /\b(?:include|template)\s+"([^"]+)"/g;

function uncommented(text: string): string {
  return text.replace(COMMENT, '');
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
}

/** What `$name` is set to in a text (`$name := <rest of the action>`), each assignment. */
function assignments(text: string, name: string): string[] {
  const pattern = new RegExp(String.raw`\$${name.slice(1)}\b\s*:?=\s*([^}]*)\}\}`, 'g');
  return [...text.matchAll(pattern)].map((match) => match[1]!);
}

/** The component an argument names in this text, or undefined when it is not known. */
function componentOf(argument: string, text: string): string[] | undefined {
  if (argument.startsWith('"')) return [argument.slice(1, -1)];
  const found: string[] = [];
  for (const value of assignments(text, argument)) {
    const literal = /^\s*"([^"]*)"\s*-?\s*$/.exec(value);
    const read = /\.Values\.dependencies\.static\.([A-Za-z_][\w-]*)\s*-?\s*$/.exec(value);
    if (literal) found.push(literal[1]!);
    else if (read) found.push(read[1]!);
    else return undefined;
  }
  return found.length > 0 ? found : undefined;
}

interface Scan {
  components: Set<string>;
  unknown: string | undefined;
}

/** The components one text hands to the snippets (and reads directly). */
function scanText(text: string): Scan {
  const components = new Set<string>();
  let unknown: string | undefined;
  // Most templates name neither: skip the patterns.
  if (!text.includes('dependenc') && !text.includes('kubernetes_')) return { components, unknown };
  let calls = 0;
  for (const match of text.matchAll(SNIPPET_CALL)) {
    calls++;
    const named = componentOf(match[1]!, text);
    if (named) for (const name of named) components.add(name);
    else unknown ??= `component ${match[1]} of a snippet call is not known`;
  }
  if (count(text, SNIPPET_NAME) - count(text, SNIPPET_DEFINE) > calls) unknown ??= 'a snippet is included in a form not read';
  for (const match of text.matchAll(DEPENDENCY_KEY)) {
    if (match[1]!.startsWith('"')) components.add(match[1]!.slice(1, -1));
    else unknown ??= `dependencyKey ${match[1]} is not known`;
  }
  for (const match of text.matchAll(STATIC_READ)) components.add(match[1]!);
  if (STATIC_WHOLE.test(text)) unknown ??= '.Values.dependencies.static is read as a whole';
  return { components, unknown };
}

/** Each define of some texts (a helm-toolkit's templates) by name, with its text, comments removed. */
export function defineTexts(texts: readonly string[]): Map<string, string> {
  const defines = new Map<string, string>();
  for (const raw of texts) {
    const text = uncommented(raw);
    const found = [...text.matchAll(DEFINE)];
    found.forEach((define, i) => defines.set(define[1]!, text.slice(define.index + define[0].length, found[i + 1]?.index ?? text.length)));
  }
  return defines;
}

/**
 * The components a chart's templates read. `library` holds the defines of the charts it depends on (its
 * helm-toolkit, by defineTexts), undefined when helm-toolkit was not found: then an include of one of its
 * manifests is not known, and so is one the library does not define.
 */
export function deriveDependencyReads(
  templates: readonly TemplateText[],
  library: ReadonlyMap<string, string> | undefined,
): TemplateDependencyReads {
  const libraryDefines = library ?? new Map<string, string>();
  const components = new Set<string>();
  const stringJobs = new Set<string>();
  const guards = new Map<string, string[][]>();
  let why: string | undefined;
  const visit = (text: string, where: string, found: Set<string>, visited: Set<string>): void => {
    const scan = scanText(text);
    for (const name of scan.components) found.add(name);
    if (scan.unknown) why ??= `${where}: ${scan.unknown}`;
    if (!text.includes('helm-toolkit.manifests.')) return;
    for (const match of text.matchAll(INCLUDE)) {
      const name = match[1]!;
      // Only helm-toolkit's manifests name components; its snippets and utils take them as arguments.
      if (!name.startsWith('helm-toolkit.manifests.') || visited.has(name)) continue;
      visited.add(name);
      const body = libraryDefines.get(name);
      if (body !== undefined) visit(body, `helm-toolkit ${name}`, found, visited);
      else why ??= `${where}: ${name} is not found`;
    }
  };
  for (const template of templates) {
    const text = uncommented(template.text);
    const found = new Set<string>();
    visit(text, `templates/${template.name}`, found, new Set());
    const guard = fileGuard(text);
    for (const name of found) {
      components.add(name);
      guards.set(name, [...(guards.get(name) ?? []), guard]);
    }
    if (text.includes('kindIs')) for (const match of text.matchAll(STRING_JOBS)) stringJobs.add(match[1]!);
  }
  const rendered = [...guards].sort(([a], [b]) => a.localeCompare(b)).map(([component, flags]) => ({ component, guards: flags }));
  // A copy: a name cut out of a template's text (a regex's capture) would hold that whole text for the run.
  return structuredClone(
    why === undefined
      ? { components: [...components].sort(), stringJobs: [...stringJobs].sort(), rendered }
      : { components: undefined, stringJobs: [...stringJobs].sort(), rendered: [], why },
  );
}

const BLOCK_ACTION = /\{\{-?\s*(if|range|with|define|block|end|else)\b([^}]*)\}\}/g;
const MANIFEST_FLAG = /\.Values\.manifests\.(\w+)/g;

/**
 * The `manifests:` flags the whole file is rendered under: those of the `if` block it ends with (only
 * defines, assignments and other closed blocks before it, nothing after it, no `else`), when its condition
 * is one flag or flags joined by `and`; none otherwise.
 */
export function fileGuard(text: string): string[] {
  const stack: { kind: string; condition: string; elses: number }[] = [];
  let last: { condition: string; elses: number; end: number } | undefined;
  for (const match of text.matchAll(BLOCK_ACTION)) {
    const kind = match[1]!;
    if (kind === 'else') {
      const top = stack[stack.length - 1];
      if (top) top.elses++;
    } else if (kind === 'end') {
      const closed = stack.pop();
      if (closed && stack.length === 0 && closed.kind === 'if')
        last = { condition: closed.condition, elses: closed.elses, end: match.index + match[0].length };
      else if (stack.length === 0) last = undefined;
    } else stack.push({ kind, condition: match[2]!.trim().replace(/-$/, '').trim(), elses: 0 });
  }
  if (!last || last.elses > 0 || stack.length > 0 || text.slice(last.end).trim() !== '') return [];
  const single = /^\(?\$?\w*\.Values\.manifests\.(\w+)\)?$/.exec(last.condition);
  if (single) return [single[1]!];
  if (!/^and\s/.test(last.condition) || /\b(?:or|not)\b/.test(last.condition)) return [];
  return [...last.condition.matchAll(MANIFEST_FLAG)].map((match) => match[1]!);
}
