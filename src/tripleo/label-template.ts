/**
 * `tag_from_label` as TripleO reads it: a value with `{` is a Python `str.format` template filled from the
 * image's labels by keyword (`"{version}-{release}"`), any other value is one label's name. This says what
 * Python would make of a template: a ValueError (a malformed template: the prepare fails), or a field that
 * keyword formatting can never fill (`{}`, `{0}`: an IndexError; `{a.b}`: an AttributeError on a string).
 */
export type TemplateProblem =
  | { kind: 'malformed'; reason: string; offset: number }
  | { kind: 'positional'; field: string; offset: number }
  | { kind: 'attribute'; field: string; offset: number };

const CONVERSIONS = new Set(['r', 's', 'a']);

export function labelTemplateProblem(template: string): TemplateProblem | undefined {
  let i = 0;
  while (i < template.length) {
    const char = template[i]!;
    if (char === '}') {
      if (template[i + 1] === '}') {
        i += 2;
        continue;
      }
      return { kind: 'malformed', reason: "a single '}' outside a field", offset: i };
    }
    if (char !== '{') {
      i++;
      continue;
    }
    if (template[i + 1] === '{') {
      i += 2;
      continue;
    }
    const start = i;
    // A field runs to its matching '}' (a format spec may nest one level of fields).
    let depth = 1;
    let j = i + 1;
    for (; j < template.length && depth > 0; j++) {
      if (template[j] === '{') depth++;
      else if (template[j] === '}') depth--;
    }
    if (depth > 0) return { kind: 'malformed', reason: "a '{' without its '}'", offset: start };
    const body = template.slice(start + 1, j - 1);
    const problem = fieldProblem(body, start);
    if (problem) return problem;
    i = j;
  }
  return undefined;
}

function fieldProblem(body: string, offset: number): TemplateProblem | undefined {
  // field_name [! conversion] [: format_spec]; the name ends at the first '!' or ':' outside brackets.
  let end = 0;
  let inBracket = false;
  for (; end < body.length; end++) {
    const char = body[end];
    if (char === '[') inBracket = true;
    else if (char === ']') inBracket = false;
    else if (!inBracket && (char === '!' || char === ':')) break;
  }
  if (inBracket) return { kind: 'malformed', reason: "a '[' without its ']'", offset };
  const name = body.slice(0, end);
  if (body[end] === '!') {
    const conversion = body.slice(end + 1).split(':')[0]!;
    if (!CONVERSIONS.has(conversion)) return { kind: 'malformed', reason: 'a conversion other than !r, !s or !a', offset };
  }
  const first = /^[^.[]*/.exec(name)![0];
  if (first === '' || /^\d+$/.test(first)) return { kind: 'positional', field: `{${body}}`, offset };
  if (name.slice(first.length).includes('.')) return { kind: 'attribute', field: `{${body}}`, offset };
  return undefined;
}
