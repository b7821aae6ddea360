/**
 * What chartlint says when `helm template` fails. helm's message quotes whatever the template printed —
 * a `fail` or `required` message built from values, the text `tpl` was given, the rendered YAML — so it is
 * never passed on as it is. The summary keeps only what is known to come from the chart's code or from
 * helm itself: the kind of failure, the template and line, the template action, and fixed phrases of Go's
 * template and YAML errors. helm's own text is shown only with --debug, after the run's scrub.
 */
import { safeName } from '../common/secret-shape.js';

// helm names templates as <chart>/templates/x.yaml or <chart>/charts/<dep>/templates/x.yaml, followed by
// :line[:column]; helm 3 puts "template: " or "parse error at (" before it, helm 4 nothing.
const TEMPLATE_AT = /(?:^|[\s(])([\w.-]+(?:\/charts\/[\w.-]+)*\/templates\/[^:\s()]+):(\d+)(?::(\d+))?/gm;
// The action helm was executing, right after a chart file's location: the chart's own code (a `tpl` of a
// value runs as "gotpl", which has no such location, so its text is never taken).
const ACTION_AT =
  /(?:^|[\s(])[\w.-]+(?:\/charts\/[\w.-]+)*\/templates\/[^:\s()]+:\d+(?::\d+)?:?\s+executing "[^"]{1,200}" at <([^<>\n]{1,120})>/gm;
// helm's and Go's log lines beside the error: warnings, notes, the debug hint.
const NOISE = [/^WARNING:/, /^level=(?:DEBUG|INFO|WARN)\b/, /^[\w-]+\.go(?::\d+)?:\s/, /^Use --debug flag/];

/** Fixed phrases of Go's text/template and go-yaml errors, with the parts they may name (identifiers, types). */
const PHRASES: ReadonlyArray<RegExp> = [
  /nil pointer evaluating [\w.{} *[\]]{1,80}\.\w{1,64}/,
  /wrong type for value; expected [\w.{} *[\]]{1,60}; got [\w.{} *[\]]{1,60}/,
  /invalid value; expected [\w.{} *[\]]{1,60}; got [\w.{} *[\]]{1,60}/,
  /can't evaluate field \w{1,64} in type [\w.{} *[\]]{1,60}/,
  /function "\w{1,64}" not defined/,
  /error calling \w{1,64}/,
  /index out of range: -?\d{1,10}/,
  /index of untyped nil/,
  /unexpected EOF/,
  /unclosed action/,
  /mapping values are not allowed in this context/,
  /did not find expected (?:key|node content|'-' indicator|<document start>|alphabetic or numeric character)/,
  /could not find expected ':'/,
  /found character that cannot start any token/,
  /block sequence entries are not allowed in this context/,
  /found unexpected end of stream/,
  /found a tab character that violates? indentation/,
  /control characters are not allowed/,
  /found undefined tag handle/,
  /found unknown escape character/,
];

export interface HelmErrorSummary {
  /** A sentence built only from the parts listed above. */
  text: string;
  /** helm said more than the summary repeats. */
  omitted: boolean;
  /** A template's `required` or `fail` call stopped it: the chart asks the deployer for values. */
  asksForValues?: true;
}

/**
 * helm's stderr as lines, without the scratch folder's name, without helm's log noise, each line once.
 * helm 4 logs its error as a `level=ERROR` line too, before printing it: that copy goes when the error follows.
 */
export function helmLines(stderr: string, renderedDir: string, chartDir: string): string[] {
  const lines = stderr
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .replaceAll(renderedDir, chartDir)
        .replace(/^Error: /, '')
        .trim(),
    )
    .filter((line) => line && !NOISE.some((noise) => noise.test(line)));
  const errors = lines.filter((line) => !/^level=ERROR\b/.test(line));
  return [...new Set(errors.length > 0 ? errors : lines)];
}

/** The places helm names in the templates (`c/templates/x.yaml:11:27`), innermost (where it failed) first. */
export function templatePlaces(text: string): { template: string; line: number; column: number }[] {
  return [...text.matchAll(TEMPLATE_AT)]
    .map((match) => ({ template: match[1]!, line: Number(match[2]), column: Math.max(1, Number(match[3] ?? 1)) }))
    .reverse();
}

const MISSING_DEPENDENCIES = /found in Chart\.yaml, but missing in charts\/ directory: (.*)$/;

/** The dependencies helm says are declared but not in charts/, as helm names them. */
export function missingDependencies(text: string): string[] {
  return MISSING_DEPENDENCIES.exec(text)?.[1]!.split(/,\s*/) ?? [];
}

export function summarizeHelmError(lines: readonly string[]): HelmErrorSummary {
  const text = lines.join(' ');
  if (text === '') return { text: 'helm template failed without a message', omitted: false };
  const parts: string[] = [];
  if (/^execution error at \(/.test(text)) {
    parts.push("a template's fail or required call stopped the render");
  } else if (/^YAML parse error on /.test(text) || /error converting YAML to JSON/.test(text)) {
    const line = /yaml: line (\d+):/.exec(text);
    parts.push(`a template rendered invalid YAML${line ? ` (line ${line[1]} of that template's output)` : ''}`);
  } else if (/^parse error at \(/.test(text)) {
    parts.push('a template does not parse');
  } else if (/values don't meet the specifications of the schema/.test(text)) {
    parts.push("the values do not meet the chart's values.schema.json");
  } else if (MISSING_DEPENDENCIES.test(text)) {
    const names = missingDependencies(text).map(safeName);
    const shown = names.every((n) => n !== undefined) ? `: ${names.join(', ')}` : '';
    parts.push(`a dependency the chart declares is not in charts/ (helm dependency build fetches it)${shown}`);
    return { text: parts.join('; '), omitted: false };
  } else if (/chart requires kubeVersion/.test(text)) {
    parts.push("the chart's kubeVersion does not allow the Kubernetes version helm renders for");
  }
  // The innermost template action (`at <.Values.x.y>`) of the chart's own code.
  const executing = [...text.matchAll(ACTION_AT)].at(-1);
  if (executing) parts.push(`at <${executing[1]}>`);
  for (const phrase of PHRASES) {
    const match = phrase.exec(text);
    if (match && !parts.includes(match[0])) parts.push(match[0]);
  }
  if (parts.length === 0) return { text: 'its message is not shown, as it may quote values', omitted: true };
  if (parts[0]!.startsWith('at <')) parts[0] = `a template stopped ${parts[0]}`;
  const asksForValues = /^execution error at \(/.test(text);
  return { text: parts.join(': '), omitted: true, ...(asksForValues ? { asksForValues: true as const } : {}) };
}
