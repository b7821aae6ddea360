/**
 * THE reading of a container's kubernetes-entrypoint configuration, exactly as kubernetes-entrypoint reads
 * its environment (airshipit/kubernetes-entrypoint `util/env/env.go`, `dependencies/<kind>/<kind>.go`,
 * `kubernetes-entrypoint.go`; identical in the stackanetes original and the sapcc fork where they read it):
 *
 * - Plain lists (`DEPENDENCY_SERVICE`, `_JOBS`, `_DAEMONSET`, `_CONTAINER`, `_CONFIG`, `_SOCKET`) are split on
 *   `,` with no trimming; empty items are kept. An item with `:` is split on every `:`: more than two parts
 *   is skipped with the log line `Invalid format got %s, expected namespace:name`, an empty first part with
 *   `Invalid format, missing namespace %s`; otherwise `namespace:name` (`ns:` gives an empty name). An item
 *   without `:` is looked up in the base namespace. CONTAINER, CONFIG and SOCKET use only the name part.
 * - `DEPENDENCY_JOBS_JSON`, `DEPENDENCY_POD_JSON` and `DEPENDENCY_CUSTOM_RESOURCE` are JSON arrays decoded with
 *   Go's `encoding/json`: field names match case-insensitively, unknown fields are ignored, `null` leaves a
 *   field unset, and a value of the wrong type is an error. Any error drops every jobs or pods dependency
 *   (`Invalid format: ...`); a custom-resource error is logged and nothing is registered.
 * - A non-empty `DEPENDENCY_JOBS_JSON` makes it ignore `DEPENDENCY_JOBS`; a jobs item with both `name` and
 *   `labels` (an empty map counts) is skipped.
 * - `NAMESPACE` unset or empty is `default`. `POD_NAME` empty or unset drops daemonset and pod dependencies
 *   and makes container dependencies wait forever. `INTERFACE_NAME` is read for config dependencies.
 *   `COMMAND` is split on single spaces, no shell, no trimming.
 *
 * The container's env is read as Kubernetes builds it: the last entry of a repeated name wins, `envFrom` may
 * supply names not written, a value with `$(...)` or `$$` is expanded by the kubelet and is not a literal.
 * Everything keeps the range of its text inside the value, for exact reports (see `valueSpan`).
 */
import {
  getEntry,
  getPath,
  scalarString,
  scalarSubSpan,
  type Span,
  type YamlMap,
  type YamlNode,
  type YamlScalar,
} from '../sources/yaml-view.js';

/** Offsets into an env variable's value (not the file): `end` is exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

export const DEPENDENCY_PREFIX = 'DEPENDENCY_';

/** The comma lists it reads, and the dependency kind each registers. */
export const LIST_VARIABLES = {
  DEPENDENCY_SERVICE: 'service',
  DEPENDENCY_JOBS: 'job',
  DEPENDENCY_DAEMONSET: 'daemonset',
  DEPENDENCY_CONTAINER: 'container',
  DEPENDENCY_CONFIG: 'config',
  DEPENDENCY_SOCKET: 'socket',
} as const;
export type ListVariable = keyof typeof LIST_VARIABLES;

/** The lists whose items may name a namespace; CONTAINER, CONFIG and SOCKET silently keep only the name part. */
export const NAMESPACED_LISTS: readonly ListVariable[] = ['DEPENDENCY_SERVICE', 'DEPENDENCY_JOBS', 'DEPENDENCY_DAEMONSET'];

export const JSON_VARIABLES = ['DEPENDENCY_JOBS_JSON', 'DEPENDENCY_POD_JSON', 'DEPENDENCY_CUSTOM_RESOURCE'] as const;
export type JsonVariable = (typeof JSON_VARIABLES)[number];

/** Every `DEPENDENCY_*` name it reads; any other (a plain `DEPENDENCY_POD`) is never read. */
export const READ_DEPENDENCY_VARIABLES: ReadonlySet<string> = new Set([...Object.keys(LIST_VARIABLES), ...JSON_VARIABLES]);

/** The namespace an item without one is looked up in when `NAMESPACE` is unset or empty. */
export const DEFAULT_NAMESPACE = 'default';

// ---------------------------------------------------------------------------------------------------------
// Plain lists and COMMAND: pure functions of the value text.

export type ListItemOutcome = 'dependency' | 'too-many-parts' | 'missing-namespace';

export interface ListItem {
  /** The item exactly as split, spaces and all. */
  text: string;
  range: TextRange;
  /** `dependency`: registered; the others are skipped with a log line. */
  outcome: ListItemOutcome;
  /** The written namespace (`ns` of `ns:name`); undefined without `:` (the base namespace applies). */
  namespace: string | undefined;
  namespaceRange: TextRange | undefined;
  /** The name it looks up: the whole item, or the part after `:`. Empty for skipped items. */
  name: string;
  nameRange: TextRange;
}

/** `SplitEnvToDeps`: `""` is no dependencies; otherwise split on `,`, then on `:`. */
export function splitDependencyList(value: string): ListItem[] {
  if (value === '') return [];
  const items: ListItem[] = [];
  let start = 0;
  for (const text of value.split(',')) {
    const range = { start, end: start + text.length };
    start = range.end + 1;
    const colon = text.indexOf(':');
    if (colon === -1) {
      items.push({ text, range, outcome: 'dependency', namespace: undefined, namespaceRange: undefined, name: text, nameRange: range });
      continue;
    }
    const parts = text.split(':');
    const skipped = parts.length !== 2 ? 'too-many-parts' : parts[0] === '' ? 'missing-namespace' : undefined;
    if (skipped) {
      const empty = { start: range.end, end: range.end };
      items.push({ text, range, outcome: skipped, namespace: undefined, namespaceRange: undefined, name: '', nameRange: empty });
      continue;
    }
    items.push({
      text,
      range,
      outcome: 'dependency',
      namespace: parts[0],
      namespaceRange: { start: range.start, end: range.start + colon },
      name: parts[1]!,
      nameRange: { start: range.start + colon + 1, end: range.end },
    });
  }
  return items;
}

export interface CommandWord {
  text: string;
  range: TextRange;
}

/** `SplitCommand`: `strings.Split(cmd, " ")`, so two spaces give an empty word and quotes stay in the words. */
export function splitCommand(value: string): CommandWord[] {
  if (value === '') return [];
  const words: CommandWord[] = [];
  let start = 0;
  for (const text of value.split(' ')) {
    words.push({ text, range: { start, end: start + text.length } });
    start += text.length + 1;
  }
  return words;
}

// ---------------------------------------------------------------------------------------------------------
// JSON, as Go's encoding/json reads it, with the range of every value.

export type JsonValue =
  | { type: 'object'; range: TextRange; entries: { key: string; keyRange: TextRange; value: JsonValue }[] }
  | { type: 'array'; range: TextRange; items: JsonValue[] }
  | { type: 'string'; range: TextRange; value: string }
  | { type: 'number'; range: TextRange; text: string }
  | { type: 'bool'; range: TextRange; value: boolean }
  | { type: 'null'; range: TextRange };

export interface JsonSyntaxError {
  /** Where the text stops being JSON. */
  offset: number;
  message: string;
}

/** RFC 8259 JSON with Go's whitespace (space, tab, CR, LF); the first syntax error stops it. */
export function parseJson(text: string): { ok: true; value: JsonValue } | { ok: false; error: JsonSyntaxError } {
  let at = 0;
  const fail = (message: string): never => {
    // Go says the same whatever it was looking for when the text runs out.
    throw new JsonFailure({ offset: at, message: at >= text.length ? 'unexpected end of JSON input' : message });
  };
  const skipSpace = (): void => {
    while (at < text.length && ' \t\r\n'.includes(text[at]!)) at++;
  };
  const literal = (word: string): void => {
    if (text.slice(at, at + word.length) !== word) fail(`invalid character ${describeChar(text[at])} looking for a value`);
    at += word.length;
  };
  const string = (): string => {
    at++; // the opening quote
    let out = '';
    for (;;) {
      if (at >= text.length) fail('unexpected end of JSON input in a string');
      const char = text[at]!;
      if (char === '"') {
        at++;
        return out;
      }
      if (char.charCodeAt(0) < 0x20) fail('invalid control character in a string');
      if (char !== '\\') {
        out += char;
        at++;
        continue;
      }
      const escape = text[at + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (escape !== undefined && Object.hasOwn(simple, escape)) {
        out += simple[escape];
        at += 2;
      } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) {
        out += String.fromCharCode(parseInt(text.slice(at + 2, at + 6), 16));
        at += 6;
      } else {
        at++;
        fail('invalid escape in a string');
      }
    }
  };
  const value = (depth: number): JsonValue => {
    if (depth > 10000) fail('exceeded max depth');
    skipSpace();
    const start = at;
    const char = text[at];
    if (char === undefined) fail('unexpected end of JSON input');
    if (char === '{') {
      at++;
      const entries: { key: string; keyRange: TextRange; value: JsonValue }[] = [];
      skipSpace();
      if (text[at] === '}') {
        at++;
        return { type: 'object', range: { start, end: at }, entries };
      }
      for (;;) {
        skipSpace();
        if (text[at] !== '"') fail(`invalid character ${describeChar(text[at])} looking for beginning of object key string`);
        const keyStart = at;
        const key = string();
        const keyRange = { start: keyStart, end: at };
        skipSpace();
        if (text[at] !== ':') fail(`invalid character ${describeChar(text[at])} after object key`);
        at++;
        entries.push({ key, keyRange, value: value(depth + 1) });
        skipSpace();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === '}') {
          at++;
          return { type: 'object', range: { start, end: at }, entries };
        }
        fail(`invalid character ${describeChar(text[at])} after object key:value pair`);
      }
    }
    if (char === '[') {
      at++;
      const items: JsonValue[] = [];
      skipSpace();
      if (text[at] === ']') {
        at++;
        return { type: 'array', range: { start, end: at }, items };
      }
      for (;;) {
        items.push(value(depth + 1));
        skipSpace();
        if (text[at] === ',') {
          at++;
          continue;
        }
        if (text[at] === ']') {
          at++;
          return { type: 'array', range: { start, end: at }, items };
        }
        fail(`invalid character ${describeChar(text[at])} after array element`);
      }
    }
    if (char === '"') {
      const decoded = string();
      return { type: 'string', range: { start, end: at }, value: decoded };
    }
    if (char === 't' || char === 'f') {
      literal(char === 't' ? 'true' : 'false');
      return { type: 'bool', range: { start, end: at }, value: char === 't' };
    }
    if (char === 'n') {
      literal('null');
      return { type: 'null', range: { start, end: at } };
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(at));
    if (!number) fail(`invalid character ${describeChar(char)} looking for beginning of value`);
    at += number![0].length;
    return { type: 'number', range: { start, end: at }, text: number![0] };
  };
  try {
    const parsed = value(0);
    skipSpace();
    if (at < text.length) fail(`invalid character ${describeChar(text[at])} after top-level value`);
    return { ok: true, value: parsed };
  } catch (error) {
    if (error instanceof JsonFailure) return { ok: false, error: error.failure };
    throw error;
  }
}

class JsonFailure extends Error {
  constructor(readonly failure: JsonSyntaxError) {
    super(failure.message);
  }
}

function describeChar(char: string | undefined): string {
  return char === undefined ? 'end of input' : `'${char}'`;
}

/** A value of the wrong JSON type for the Go field: Unmarshal returns an error. */
export interface TypeMismatch {
  /** Where in the array, as `[0].requireSameNode`. */
  path: string;
  /** The Go type: `string`, `bool`, `map of strings`, `list`, `object`. */
  expected: string;
  /** The JSON type written. */
  got: string;
  range: TextRange;
}

/** A field Go's decoder matches to nothing, so it is dropped without a word. */
export interface UnknownField {
  path: string;
  key: string;
  range: TextRange;
}

/** The outcome of decoding one `*_JSON` value; `entries` are what decoding yields, before any skip. */
export interface JsonReading<Entry> {
  /** Empty value: nothing to decode, no dependencies, no log line. */
  empty: boolean;
  syntaxError: JsonSyntaxError | undefined;
  /** The top-level value is not an array (nor `null`). */
  notAList: { got: string; range: TextRange } | undefined;
  mismatches: TypeMismatch[];
  unknownFields: UnknownField[];
  entries: Entry[];
  /** Decoding failed (syntax, not a list, or a mismatch): kubernetes-entrypoint keeps none of these dependencies. */
  failed: boolean;
}

/** A field as decoded, with where it was written (the last write, as Go's decoder keeps it). */
export interface Written<Value> {
  value: Value;
  range: TextRange;
}

export interface JobEntry {
  range: TextRange;
  name: Written<string> | undefined;
  /** Undefined when absent or `null` (a nil map); `{}` is a map, and counts as "labels" for the name-xor-labels check. */
  labels: Written<Record<string, string>> | undefined;
  namespace: Written<string> | undefined;
}

export interface PodEntry {
  range: TextRange;
  labels: Written<Record<string, string>> | undefined;
  namespace: Written<string> | undefined;
  requireSameNode: Written<boolean> | undefined;
}

export interface CustomResourceField {
  range: TextRange;
  key: Written<string> | undefined;
  value: Written<string> | undefined;
}

export interface CustomResourceEntry {
  range: TextRange;
  apiVersion: Written<string> | undefined;
  kind: Written<string> | undefined;
  name: Written<string> | undefined;
  namespace: Written<string> | undefined;
  fields: CustomResourceField[];
}

type GoType = 'string' | 'bool' | 'stringMap' | { list: GoType } | { struct: Readonly<Record<string, GoType>> };

const JOB_TYPE = { struct: { name: 'string', labels: 'stringMap', namespace: 'string' } } as const;
const POD_TYPE = { struct: { labels: 'stringMap', namespace: 'string', requireSameNode: 'bool' } } as const;
const CUSTOM_RESOURCE_TYPE = {
  struct: {
    apiVersion: 'string',
    kind: 'string',
    name: 'string',
    namespace: 'string',
    fields: { list: { struct: { key: 'string', value: 'string' } } },
    // Since airshipit 4a12296: conditions to wait for.
    conditions: { list: { struct: { type: 'string', status: 'string' } } },
  },
} as const;

const JSON_TYPE_NAMES: Record<JsonValue['type'], string> = {
  object: 'an object',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  bool: 'a boolean',
  null: 'null',
};

function goTypeName(type: GoType): string {
  if (type === 'string') return 'a string';
  if (type === 'bool') return 'a boolean';
  if (type === 'stringMap') return 'a map of strings';
  return 'list' in type ? 'a list' : 'an object';
}

/** A decoded struct: its fields by Go name, where each was last written. */
interface DecodedStruct {
  range: TextRange;
  fields: Map<string, Written<unknown>>;
}

interface DecodeState {
  mismatches: TypeMismatch[];
  unknownFields: UnknownField[];
}

/** Go's decoding of one value into `type`; undefined where Go leaves the target unset (null, a mismatch). */
function decodeValue(value: JsonValue, type: GoType, path: string, state: DecodeState, previous: unknown): unknown {
  const mismatch = (): undefined => {
    state.mismatches.push({ path, expected: goTypeName(type), got: JSON_TYPE_NAMES[value.type], range: value.range });
    return undefined;
  };
  if (value.type === 'null') {
    // Null sets maps, lists (and pointers) to nil and leaves strings, bools and structs as they were.
    return type === 'stringMap' || (typeof type === 'object' && 'list' in type) ? undefined : previous;
  }
  if (type === 'string') return value.type === 'string' ? value.value : mismatch();
  if (type === 'bool') return value.type === 'bool' ? value.value : mismatch();
  if (type === 'stringMap') {
    if (value.type !== 'object') return mismatch();
    // An existing map is reused: a second `labels` key adds to the first.
    const map: Record<string, string> = previous && typeof previous === 'object' ? { ...(previous as Record<string, string>) } : {};
    for (const entry of value.entries) {
      const decoded = decodeValue(entry.value, 'string', `${path}.${entry.key}`, state, '');
      map[entry.key] = typeof decoded === 'string' ? decoded : '';
    }
    return map;
  }
  if ('list' in type) {
    if (value.type !== 'array') return mismatch();
    return value.items.map((item, i) => decodeValue(item, type.list, `${path}[${i}]`, state, undefined));
  }
  if (value.type !== 'object') return mismatch();
  const decoded: DecodedStruct = previous ? (previous as DecodedStruct) : { range: value.range, fields: new Map() };
  const names = Object.keys(type.struct);
  for (const entry of value.entries) {
    // Go matches a key to a field exactly, else ignoring case; a key matching no field is dropped.
    const field = names.find((name) => name === entry.key) ?? names.find((name) => name.toLowerCase() === entry.key.toLowerCase());
    if (field === undefined) {
      state.unknownFields.push({ path: path === '' ? entry.key : `${path}.${entry.key}`, key: entry.key, range: entry.keyRange });
      continue;
    }
    const before = decoded.fields.get(field);
    const result = decodeValue(entry.value, type.struct[field]!, `${path}.${field}`, state, before?.value);
    if (result === undefined) decoded.fields.delete(field);
    else if (result !== before?.value) decoded.fields.set(field, { value: result, range: entry.value.range });
  }
  return decoded;
}

function decodeList<Entry>(text: string, type: GoType, build: (item: DecodedStruct, range: TextRange) => Entry): JsonReading<Entry> {
  const reading: JsonReading<Entry> = {
    empty: text === '',
    syntaxError: undefined,
    notAList: undefined,
    mismatches: [],
    unknownFields: [],
    entries: [],
    failed: false,
  };
  if (text === '') return reading;
  const parsed = parseJson(text);
  if (!parsed.ok) return { ...reading, syntaxError: parsed.error, failed: true };
  const root = parsed.value;
  if (root.type === 'null') return reading;
  if (root.type !== 'array') return { ...reading, notAList: { got: JSON_TYPE_NAMES[root.type], range: root.range }, failed: true };
  const state: DecodeState = { mismatches: reading.mismatches, unknownFields: reading.unknownFields };
  root.items.forEach((item, i) => {
    const decoded = decodeValue(item, type, `[${i}]`, state, undefined) as DecodedStruct | undefined;
    // A `null` item decodes to the zero value: an entry with nothing set.
    reading.entries.push(build(decoded ?? { range: item.range, fields: new Map() }, item.range));
  });
  reading.failed = reading.mismatches.length > 0;
  return reading;
}

function field<Value>(item: DecodedStruct, name: string): Written<Value> | undefined {
  return item.fields.get(name) as Written<Value> | undefined;
}

export function decodeJobsJson(text: string): JsonReading<JobEntry> {
  return decodeList(text, JOB_TYPE, (item, range) => ({
    range,
    name: field<string>(item, 'name'),
    labels: field<Record<string, string>>(item, 'labels'),
    namespace: field<string>(item, 'namespace'),
  }));
}

export function decodePodJson(text: string): JsonReading<PodEntry> {
  return decodeList(text, POD_TYPE, (item, range) => ({
    range,
    labels: field<Record<string, string>>(item, 'labels'),
    namespace: field<string>(item, 'namespace'),
    requireSameNode: field<boolean>(item, 'requireSameNode'),
  }));
}

export function decodeCustomResources(text: string): JsonReading<CustomResourceEntry> {
  return decodeList(text, CUSTOM_RESOURCE_TYPE, (item, range) => {
    const fields = field<(DecodedStruct | undefined)[]>(item, 'fields')?.value ?? [];
    return {
      range,
      apiVersion: field<string>(item, 'apiVersion'),
      kind: field<string>(item, 'kind'),
      name: field<string>(item, 'name'),
      namespace: field<string>(item, 'namespace'),
      fields: fields.map((f) => ({
        range: f?.range ?? range,
        key: f ? field<string>(f, 'key') : undefined,
        value: f ? field<string>(f, 'value') : undefined,
      })),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// A rendered container's env, as Kubernetes hands it to the process.

export interface EnvVariable {
  name: string;
  /** The env list item (`- name: ...`). */
  item: YamlMap;
  /** The `name:` scalar. */
  nameNode: YamlNode;
  /**
   * The value the process sees, when the manifest says it: `value:` as a string (absent or null is `""`).
   * Undefined when set through `valueFrom`, when `value` is not a string, or when the kubelet expands it.
   */
  value: string | undefined;
  /** The `value:` scalar, when there is one. */
  valueNode: YamlScalar | undefined;
  /** `valueFrom.fieldRef.fieldPath`, for the downward API. */
  fieldPath: string | undefined;
  /** How it is set: written, the downward API, another `valueFrom`, or a value the kubelet expands. */
  source: 'literal' | 'field' | 'valueFrom' | 'expanded' | 'not-a-string';
}

/** How a variable the entrypoint needs is set in the container. */
export type EnvSetting =
  | { state: 'unset' }
  /** Not in `env`, but the container has `envFrom`, which may set it. */
  | { state: 'maybe' }
  | { state: 'set'; variable: EnvVariable };

export interface ListReading {
  variable: EnvVariable & { value: string };
  items: ListItem[];
}

export interface JsonVariableReading<Entry> {
  variable: EnvVariable & { value: string };
  reading: JsonReading<Entry>;
}

export interface CommandReading {
  variable: EnvVariable & { value: string };
  words: CommandWord[];
}

export type DependencyKind = 'service' | 'job' | 'daemonset' | 'container' | 'pod' | 'custom-resource' | 'config' | 'socket';

/** One dependency kubernetes-entrypoint registers and waits for. */
export interface Dependency {
  kind: DependencyKind;
  /** The object looked up (for config and socket: the file path); undefined for label-selected jobs and pods. */
  name: string | undefined;
  /** Selected by labels (jobs and pods). */
  labels: Record<string, string> | undefined;
  /** The namespace written with it; undefined means the base namespace (see `EntrypointReading.namespace`). */
  namespace: string | undefined;
  /** Pods only: a ready pod on this node is needed. */
  requireSameNode: boolean;
  /** Custom resources only. */
  apiVersion: string | undefined;
  resourceKind: string | undefined;
  /** The variable it comes from and the range of its item in that variable's value. */
  variable: EnvVariable;
  range: TextRange;
}

export interface EntrypointReading {
  /** Every env entry by name: the last one where a name repeats, as Kubernetes reads it. */
  variables: ReadonlyMap<string, EnvVariable>;
  /** The container has `envFrom`: names not in `env` may still be set. */
  hasEnvFrom: boolean;
  /** The plain lists that are set with a literal value. */
  lists: Partial<Record<ListVariable, ListReading>>;
  jobsJson: JsonVariableReading<JobEntry> | undefined;
  podJson: JsonVariableReading<PodEntry> | undefined;
  customResource: JsonVariableReading<CustomResourceEntry> | undefined;
  /** `DEPENDENCY_JOBS` is set but ignored, because `DEPENDENCY_JOBS_JSON` is non-empty. */
  jobsIgnored: boolean;
  /** `DEPENDENCY_*` variables kubernetes-entrypoint never reads (`DEPENDENCY_POD`, typos). */
  unread: EnvVariable[];
  /** The base namespace: `NAMESPACE`, else `default`. */
  namespace: EnvSetting;
  podName: EnvSetting;
  interfaceName: EnvSetting;
  command: CommandReading | undefined;
  /** `DEPENDENCY_*` variables whose value the manifest does not spell out, so what they register is unknown. */
  unknown: EnvVariable[];
  /** What it registers and waits for, in the variables' order. */
  dependencies: Dependency[];
}

/** Reads a container's env: undefined when it sets no `DEPENDENCY_*` variable (it is not an entrypoint). */
export function readEntrypoint(container: YamlMap): EntrypointReading | undefined {
  const env = getEntry(container, 'env')?.value;
  // Most containers are not kubernetes-entrypoint: their names alone say so.
  if (env?.kind !== 'seq' || !env.items.some((item) => scalarString(getPath(item, ['name']))?.startsWith(DEPENDENCY_PREFIX)))
    return undefined;
  const variables = new Map<string, EnvVariable>();
  for (const item of env.items) {
    const variable = envVariable(item);
    if (variable) variables.set(variable.name, variable);
  }
  const hasEnvFrom = getEntry(container, 'envFrom') !== undefined;
  const setting = (name: string): EnvSetting => {
    const variable = variables.get(name);
    return variable ? { state: 'set', variable } : hasEnvFrom ? { state: 'maybe' } : { state: 'unset' };
  };
  const literal = (name: string): (EnvVariable & { value: string }) | undefined => {
    const variable = variables.get(name);
    return variable?.value !== undefined ? (variable as EnvVariable & { value: string }) : undefined;
  };
  const lists: Partial<Record<ListVariable, ListReading>> = {};
  for (const name of Object.keys(LIST_VARIABLES) as ListVariable[]) {
    const variable = literal(name);
    if (variable) lists[name] = { variable, items: splitDependencyList(variable.value) };
  }
  const json = <Entry>(name: JsonVariable, decode: (text: string) => JsonReading<Entry>): JsonVariableReading<Entry> | undefined => {
    const variable = literal(name);
    return variable ? { variable, reading: decode(variable.value) } : undefined;
  };
  const jobsJson = json('DEPENDENCY_JOBS_JSON', decodeJobsJson);
  const podJson = json('DEPENDENCY_POD_JSON', decodePodJson);
  const customResource = json('DEPENDENCY_CUSTOM_RESOURCE', decodeCustomResources);
  const commandVariable = literal('COMMAND');
  const reading: EntrypointReading = {
    variables,
    hasEnvFrom,
    lists,
    jobsJson,
    podJson,
    customResource,
    jobsIgnored:
      lists.DEPENDENCY_JOBS !== undefined &&
      lists.DEPENDENCY_JOBS.variable.value !== '' &&
      jobsJson?.variable.value !== undefined &&
      jobsJson.variable.value !== '',
    unread: [...variables.values()].filter((v) => v.name.startsWith(DEPENDENCY_PREFIX) && !READ_DEPENDENCY_VARIABLES.has(v.name)),
    namespace: setting('NAMESPACE'),
    podName: setting('POD_NAME'),
    interfaceName: setting('INTERFACE_NAME'),
    command: commandVariable ? { variable: commandVariable, words: splitCommand(commandVariable.value) } : undefined,
    unknown: [...variables.values()].filter((v) => READ_DEPENDENCY_VARIABLES.has(v.name) && v.value === undefined),
    dependencies: [],
  };
  reading.dependencies = registered(reading);
  return reading;
}

/** Whether `POD_NAME` may be non-empty: unset or written empty, daemonset and pod dependencies are dropped. */
export function podNameMissing(reading: EntrypointReading): boolean {
  const setting = reading.podName;
  return setting.state === 'unset' || (setting.state === 'set' && setting.variable.value === '');
}

/** Where an item without a namespace is looked up: `NAMESPACE` as the process sees it, else `default`. */
export type BaseNamespace =
  | { kind: 'namespace'; name: string }
  /** `NAMESPACE` from the downward API `metadata.namespace`: the pod's own namespace. */
  | { kind: 'pod-namespace' }
  /** Set in a way the manifest does not spell out (another `valueFrom`, `envFrom`, a kubelet expansion). */
  | { kind: 'unknown' };

export function baseNamespace(reading: EntrypointReading): BaseNamespace {
  const setting = reading.namespace;
  if (setting.state === 'unset') return { kind: 'namespace', name: DEFAULT_NAMESPACE };
  if (setting.state === 'maybe') return { kind: 'unknown' };
  const { value, fieldPath } = setting.variable;
  if (value !== undefined) return { kind: 'namespace', name: value === '' ? DEFAULT_NAMESPACE : value };
  return fieldPath === 'metadata.namespace' ? { kind: 'pod-namespace' } : { kind: 'unknown' };
}

/** The dependencies registered, as `init()` of each dependency package does. */
function registered(reading: EntrypointReading): Dependency[] {
  const out: Dependency[] = [];
  const droppedForPodName = podNameMissing(reading);
  for (const [name, kind] of Object.entries(LIST_VARIABLES) as [ListVariable, DependencyKind][]) {
    const list = reading.lists[name];
    if (!list) continue;
    if (name === 'DEPENDENCY_JOBS' && reading.jobsJson?.variable.value) continue;
    if (name === 'DEPENDENCY_DAEMONSET' && droppedForPodName) continue;
    const namespaced = NAMESPACED_LISTS.includes(name);
    for (const item of list.items) {
      if (item.outcome !== 'dependency') continue;
      out.push(dependency(kind, list.variable, item.range, { name: item.name, namespace: namespaced ? item.namespace : undefined }));
    }
  }
  const jobs = reading.jobsJson;
  if (jobs && !jobs.reading.failed) {
    for (const entry of jobs.reading.entries) {
      // NewJob: both name and labels is skipped with a warning.
      if (entry.name?.value && entry.labels) continue;
      out.push(
        dependency('job', jobs.variable, entry.range, {
          name: entry.name?.value || undefined,
          labels: entry.labels?.value,
          namespace: entry.namespace?.value || undefined,
        }),
      );
    }
  }
  const pods = reading.podJson;
  if (pods && !pods.reading.failed && !droppedForPodName) {
    for (const entry of pods.reading.entries) {
      out.push(
        dependency('pod', pods.variable, entry.range, {
          labels: entry.labels?.value,
          namespace: entry.namespace?.value || undefined,
          requireSameNode: entry.requireSameNode?.value ?? false,
        }),
      );
    }
  }
  const resources = reading.customResource;
  if (resources && !resources.reading.failed) {
    for (const entry of resources.reading.entries) {
      out.push(
        dependency('custom-resource', resources.variable, entry.range, {
          name: entry.name?.value,
          namespace: entry.namespace?.value || undefined,
          apiVersion: entry.apiVersion?.value,
          resourceKind: entry.kind?.value,
        }),
      );
    }
  }
  return out;
}

/** A dependency with every field in one order (one object shape). */
function dependency(
  kind: DependencyKind,
  variable: EnvVariable,
  range: TextRange,
  fields: Partial<Pick<Dependency, 'name' | 'labels' | 'namespace' | 'requireSameNode' | 'apiVersion' | 'resourceKind'>>,
): Dependency {
  return {
    kind,
    name: fields.name,
    labels: fields.labels,
    namespace: fields.namespace,
    requireSameNode: fields.requireSameNode ?? false,
    apiVersion: fields.apiVersion,
    resourceKind: fields.resourceKind,
    variable,
    range,
  };
}

function envVariable(item: YamlNode): EnvVariable | undefined {
  if (item.kind !== 'map') return undefined;
  const nameEntry = getEntry(item, 'name');
  const name = scalarString(nameEntry?.value);
  if (!nameEntry || name === undefined) return undefined;
  const valueNode = getEntry(item, 'value')?.value;
  const scalar = valueNode?.kind === 'scalar' ? valueNode : undefined;
  let value: string | undefined;
  let fieldPath: string | undefined;
  let source: EnvVariable['source'];
  if (getEntry(item, 'valueFrom')) {
    fieldPath = scalarString(getPath(item, ['valueFrom', 'fieldRef', 'fieldPath']));
    source = fieldPath !== undefined ? 'field' : 'valueFrom';
  } else if (valueNode === undefined || (scalar && scalar.value === null)) {
    [value, source] = ['', 'literal'];
  } else if (!scalar || typeof scalar.value !== 'string') {
    source = 'not-a-string';
  } else if (/\$[($]/.test(scalar.value)) {
    // The kubelet expands `$(NAME)` and turns `$$` into `$`: such a value is not what the process sees.
    source = 'expanded';
  } else {
    [value, source] = [scalar.value, 'literal'];
  }
  return { name, item, nameNode: nameEntry.value, value, valueNode: scalar, fieldPath, source };
}

/** The file span of a range of a variable's value: exact where the scalar spells the value without escapes. */
export function valueSpan(text: string, variable: EnvVariable, range: TextRange): Span {
  if (!variable.valueNode) return variable.item.span;
  return scalarSubSpan(text, variable.valueNode, range.start, range.end);
}
