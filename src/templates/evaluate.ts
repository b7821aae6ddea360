/**
 * A purpose-built evaluator over parsed template text: it follows values, `dict`/`tuple` arguments,
 * `$x := ...`, `printf`, `index`, `default` and `include`/`template` calls far enough to learn which
 * `.Values.<path>` a chart reads, and where a read's key is only known at render time. Every branch is
 * taken (a read in a switched-off block still names a key the values may need); anything it cannot follow
 * is `unknown`, and an index into a values map by an unknown key is reported as such, never guessed.
 */
import type { Define, Expr, Node, Pipeline } from './parse.js';

export type Value =
  | { k: 'str'; v: string }
  | { k: 'num'; v: number }
  | { k: 'nil' } // known to be empty: a missing key, nil, false
  | { k: 'root' } // the chart's top-level context
  | { k: 'values'; path: string[] } // `.Values.<path>`
  | { k: 'dict'; entries: Map<string, Value>; open: boolean } // open: may hold keys not seen here
  | { k: 'list'; items: Value[] }
  | { k: 'rangeKey'; path: string[] } // the key variable of a range over a values map
  | { k: 'unknown' };

/** What an evaluation learns: values paths read, and values maps indexed by a key not known here. */
export type Event =
  | { kind: 'read'; path: string[]; via: string[]; byName: boolean; guarded: boolean }
  | { kind: 'dynamic'; path: string[]; via: string[]; why: string };

/** An event and the place in the chart's own templates that led to it. */
export interface PlacedEvent {
  event: Event;
  file: string;
  offset: number;
}

/** A define of the chart itself, and the template file it is written in. */
export interface OwnDefine {
  define: Define;
  file: string;
}

/** Where `include` finds a define: the chart's own first, then its library's. */
export interface DefineTable {
  chart: ReadonlyMap<string, OwnDefine>;
  library: ReadonlyMap<string, Define>;
  /** True when the chart's helm-toolkit was found and read. */
  libraryFound: boolean;
  /** Per-run memo of library define results, keyed by name and argument. */
  memo: Map<string, Event[]>;
}

const UNKNOWN: Value = { k: 'unknown' };
const NO_EVENTS: Event[] = [];
const NIL: Value = { k: 'nil' };
const ROOT_FIELDS = new Set(['Values', 'Release', 'Chart', 'Capabilities', 'Template', 'Files']);
const MAX_DEPTH = 16;
const MAX_RANGE_ITEMS = 16;

/**
 * The variables of a block and of the blocks around it. A block's map is made when it declares its first
 * variable: most blocks declare none, and copying every enclosing scope at each block cost more than the rest.
 */
interface Scope {
  vars: Map<string, Value> | undefined;
  outer: Scope | undefined;
}

const inside = (outer: Scope | undefined): Scope => ({ vars: undefined, outer });

interface Frame {
  dot: Value;
  dollar: Value;
  scope: Scope;
}

export class Evaluator {
  private sink: PlacedEvent[] = [];
  private readonly stack: string[] = [];
  /** Chart defines that some evaluation reached. */
  readonly reached = new Set<string>();
  // Where events are placed: two fields, not an object per node evaluated.
  private siteFile = '';
  private siteOffset = 0;
  /** Open `if`/`with` blocks inside the library define being run: a read there depends on values it tests. */
  private guards = 0;

  constructor(private readonly defines: DefineTable) {}

  /** Everything learnt so far, each event at the chart template line that made it. */
  get placed(): readonly PlacedEvent[] {
    return this.sink;
  }

  /** Evaluates a chart file's body (or a chart define body) with `.` bound to `dot`. */
  run(file: string, body: readonly Node[], dot: Value): void {
    this.evalBody(body, { dot, dollar: dot, scope: inside(undefined) }, file);
  }

  private emit(event: Event): void {
    if (!kept(event.path)) return;
    this.sink.push({ event, file: this.siteFile, offset: this.siteOffset });
  }

  /** The library defines being run since the chart's own code last was: what a read went "through". */
  private libraryChain(): string[] {
    let last = this.stack.length - 1;
    while (last >= 0 && !this.defines.chart.has(this.stack[last]!)) last--;
    return this.stack.slice(last + 1);
  }

  private evalBody(nodes: readonly Node[], frame: Frame, file: string | undefined): void {
    for (const node of nodes) {
      if (file !== undefined) {
        this.siteFile = file;
        this.siteOffset = node.offset;
      }
      this.evalNode(node, frame, file);
    }
  }

  private evalNode(node: Node, frame: Frame, file: string | undefined): void {
    switch (node.kind) {
      case 'action': {
        const value = this.pipeline(node.pipe, frame);
        if (node.assign) this.assign(frame, node.assign.names, [value], node.assign.declare);
        break;
      }
      case 'if':
      case 'with': {
        const value = this.pipeline(node.pipe, frame);
        const dot = node.kind === 'with' ? value : frame.dot;
        const inLibrary = this.stack.length > 0 && !this.defines.chart.has(this.stack[this.stack.length - 1]!);
        if (inLibrary) this.guards++;
        const inner: Frame = { dot, dollar: frame.dollar, scope: inside(frame.scope) };
        if (node.names.length > 0) this.assign(inner, node.names.slice(0, 1), [value], true);
        this.evalBody(node.body, inner, file);
        if (node.orElse.length > 0) this.evalBody(node.orElse, { dot: frame.dot, dollar: frame.dollar, scope: inside(frame.scope) }, file);
        if (inLibrary) this.guards--;
        break;
      }
      case 'range': {
        const over = this.pipeline(node.pipe, frame);
        for (const [key, item] of rangeItems(over)) {
          const inner: Frame = { dot: item, dollar: frame.dollar, scope: inside(frame.scope) };
          this.assign(
            inner,
            node.names.length === 2 ? node.names : node.names.slice(0, 1),
            node.names.length === 2 ? [key, item] : [item],
            true,
          );
          this.evalBody(node.body, inner, file);
        }
        if (node.orElse.length > 0) this.evalBody(node.orElse, { dot: frame.dot, dollar: frame.dollar, scope: inside(frame.scope) }, file);
        break;
      }
      case 'call':
        this.call(node.name, node.pipe ? this.pipeline(node.pipe, frame) : NIL);
        break;
      case 'unreadable':
        if (/images|include|template/.test(node.text))
          this.emit({ kind: 'dynamic', path: [], via: this.libraryChain(), why: `unreadable action "{{ ${node.text} }}"` });
        break;
    }
  }

  private assign(frame: Frame, names: readonly string[], values: readonly Value[], declare: boolean): void {
    names.forEach((name, i) => {
      const value = values[i] ?? UNKNOWN;
      let holder: Scope | undefined;
      if (!declare)
        for (let scope: Scope | undefined = frame.scope; scope && !holder; scope = scope.outer) if (scope.vars?.has(name)) holder = scope;
      holder ??= frame.scope;
      (holder.vars ??= new Map()).set(name, value);
    });
  }

  private lookup(frame: Frame, name: string): Value {
    if (name === '$') return frame.dollar;
    for (let scope: Scope | undefined = frame.scope; scope; scope = scope.outer) {
      const value = scope.vars?.get(name);
      if (value) return value;
    }
    return UNKNOWN;
  }

  private pipeline(pipe: Pipeline, frame: Frame): Value {
    let value: Value | undefined;
    for (const command of pipe) value = this.command(command, frame, value);
    return value ?? UNKNOWN;
  }

  private command(command: readonly Expr[], frame: Frame, piped: Value | undefined): Value {
    const head = command[0];
    if (head?.kind !== 'ident') {
      if (command.length === 1 && piped === undefined) return this.operand(head!, frame);
      for (const expr of command) this.operand(expr, frame);
      return UNKNOWN;
    }
    // `default` keeps only the reads of the branch it takes: a caller's "image" replaces the default's read.
    if (head.name === 'default') return this.defaulted(command.slice(1), frame, piped);
    // Sized once: an array grown by push starts with room for 17, and most commands have one or two arguments.
    const count = command.length - 1 + (piped === undefined ? 0 : 1);
    const args = new Array<Value>(count);
    for (let i = 1; i < command.length; i++) args[i - 1] = this.operand(command[i]!, frame);
    if (piped !== undefined) args[count - 1] = piped;
    return this.apply(head.name, args);
  }

  private defaulted(rest: readonly Expr[], frame: Frame, piped: Value | undefined): Value {
    const given = piped ?? (rest.length > 1 ? this.operand(rest[rest.length - 1]!, frame) : NIL);
    const fallbackExpr = rest[0];
    const saved = this.sink;
    this.sink = [];
    const fallback = fallbackExpr ? this.operand(fallbackExpr, frame) : NIL;
    const fallbackEvents = this.sink;
    this.sink = saved;
    const emptiness = emptinessOf(given);
    if (emptiness === 'full') return given;
    if (emptiness === 'empty') {
      this.sink.push(...fallbackEvents);
      return fallback;
    }
    // Not known whether the fallback is taken: its reads may or may not happen.
    for (const placed of fallbackEvents) {
      const { event } = placed;
      this.sink.push(
        event.kind === 'read'
          ? { ...placed, event: { kind: 'dynamic', path: event.path, via: event.via, why: 'a default that may not be taken' } }
          : placed,
      );
    }
    return UNKNOWN;
  }

  private operand(expr: Expr, frame: Frame): Value {
    switch (expr.kind) {
      case 'string':
        return { k: 'str', v: expr.value };
      case 'number':
        return { k: 'num', v: expr.value };
      case 'literal':
        return UNKNOWN;
      case 'dot':
        return this.fields(frame.dot, expr.fields);
      case 'var':
        return this.fields(this.lookup(frame, expr.name), expr.fields);
      case 'ident':
        return this.apply(expr.name, []);
      case 'paren':
        return this.fields(this.pipeline(expr.pipe, frame), expr.fields);
    }
  }

  private fields(base: Value, names: readonly string[]): Value {
    let value = base;
    for (let i = 0; i < names.length; i++) {
      if (value.k === 'values') return this.valuesFields(value.path, names, i);
      value = this.field(value, names[i]!, false);
    }
    return value;
  }

  /**
   * `field` name by name from `names[from]` on, over a values path, with one path made for the rest of the
   * chain once it can no longer be kept (a longer path than one that is not kept is not kept either): a
   * chain such as `.Values.conf.nova.DEFAULT.debug` made a path at every name.
   */
  private valuesFields(base: readonly string[], names: readonly string[], from: number): Value {
    let path = base as string[];
    for (let i = from; i < names.length; i++) {
      if (!kept(path) || path.length >= 3) return { k: 'values', path: extended(path, names, i) };
      path = extended(path, names, i, i + 1);
      if (kept(path)) this.emit({ kind: 'read', path, via: this.libraryChain(), byName: false, guarded: this.guards > 0 });
    }
    return { k: 'values', path };
  }

  private field(base: Value, name: string, byName: boolean): Value {
    switch (base.k) {
      case 'root':
        if (name === 'Values') return { k: 'values', path: [] };
        return ROOT_FIELDS.has(name) ? UNKNOWN : NIL;
      // Only a chart's context has `.Values`: an unknown value with one is taken to be that context.
      case 'unknown':
        return name === 'Values' ? { k: 'values', path: [] } : UNKNOWN;
      case 'values': {
        const path = extended(base.path, [name], 0);
        if (kept(path)) this.emit({ kind: 'read', path, via: this.libraryChain(), byName, guarded: this.guards > 0 });
        return { k: 'values', path };
      }
      case 'dict':
        return base.entries.get(name) ?? (base.open ? UNKNOWN : NIL);
      case 'nil':
        return NIL;
      default:
        return UNKNOWN;
    }
  }

  private index(base: Value, keys: readonly Value[]): Value {
    let value = base;
    for (const key of keys) {
      if (key.k === 'str' || (key.k === 'num' && value.k !== 'list')) {
        value = this.field(value, String(key.v), true);
      } else if (key.k === 'num' && value.k === 'list') {
        value = value.items[key.v] ?? NIL;
      } else if (value.k === 'values') {
        // A range over the map indexing itself by its own key reads the whole map (a mirror list), no one key.
        if (kept(value.path) && (key.k !== 'rangeKey' || key.path.join('.') !== value.path.join('.')))
          this.emit({ kind: 'dynamic', path: value.path, via: this.libraryChain(), why: 'an index by a key known only at render time' });
        value = UNKNOWN;
      } else {
        value = UNKNOWN;
      }
    }
    return value;
  }

  private apply(name: string, args: Value[]): Value {
    switch (name) {
      case 'index':
        return args.length > 0 ? this.index(args[0]!, args.slice(1)) : UNKNOWN;
      case 'dict': {
        const entries = new Map<string, Value>();
        let open = false;
        for (let i = 0; i + 1 < args.length; i += 2) {
          const key = args[i]!;
          if (key.k === 'str') entries.set(key.v, args[i + 1]!);
          else open = true;
        }
        return { k: 'dict', entries, open };
      }
      case 'list':
      case 'tuple':
        return { k: 'list', items: args };
      case 'printf':
        return printf(args);
      case 'replace': {
        const [from, to, text] = args;
        return from?.k === 'str' && to?.k === 'str' && text?.k === 'str' ? { k: 'str', v: text.v.replaceAll(from.v, to.v) } : UNKNOWN;
      }
      case 'toString':
        return args[0]?.k === 'str' ? args[0] : UNKNOWN;
      case 'set': {
        const [target, key, value] = args;
        if (target?.k === 'dict') {
          if (key?.k === 'str') target.entries.set(key.v, value ?? UNKNOWN);
          else target.open = true;
        }
        return target ?? UNKNOWN;
      }
      case 'merge':
      case 'mergeOverwrite':
        if (args[0]?.k === 'dict') args[0].open = true;
        return args[0] ?? UNKNOWN;
      case 'include':
        return this.call(args[0], args[1] ?? NIL);
      default:
        return UNKNOWN;
    }
  }

  /** `include`/`template`: runs the define with `.` and `$` bound to its argument. */
  private call(nameValue: Value | string | undefined, arg: Value): Value {
    const name = typeof nameValue === 'string' ? nameValue : nameValue?.k === 'str' ? nameValue.v : undefined;
    // A name built at render time (helm-toolkit.utils.template) names a template file, read on its own anyway.
    if (name === undefined || this.stack.includes(name) || this.stack.length >= MAX_DEPTH) return UNKNOWN;
    const own = this.defines.chart.get(name);
    const define = own?.define ?? this.defines.library.get(name);
    if (!define) {
      const why =
        name.startsWith('helm-toolkit.') && !this.defines.libraryFound ? 'helm-toolkit was not found' : 'no such define was found';
      this.emit({ kind: 'dynamic', path: [], via: [...this.libraryChain(), name], why: `include "${name}": ${why}` });
      return UNKNOWN;
    }
    if (own) return this.callOwn(name, own, arg);
    // Joined, not concatenated: a memo key lives as long as the library, and a flat string is a third the size.
    const memoKey = [name, signature(arg)].join('\0');
    // A library define runs unguarded (so its memo holds for every caller); the caller's guards apply after.
    const outerGuards = this.guards;
    const replay = (events: readonly Event[]): void => {
      const prefix = this.libraryChain();
      for (const event of events)
        this.emit(
          event.kind === 'read'
            ? { ...event, via: [...prefix, ...event.via], guarded: event.guarded || outerGuards > 0 }
            : { ...event, via: [...prefix, ...event.via] },
        );
    };
    const remembered = this.defines.memo.get(memoKey);
    if (remembered) {
      replay(remembered);
      return UNKNOWN;
    }
    const saved = this.sink;
    this.sink = [];
    this.guards = 0;
    const depth = this.libraryChain().length;
    this.stack.push(name);
    this.evalBody(define.body, { dot: arg, dollar: arg, scope: inside(undefined) }, undefined);
    this.stack.pop();
    this.guards = outerGuards;
    // The same read reached twice inside a define is one read to its callers: kept once, so nested
    // helm-toolkit snippets do not multiply what every caller replays.
    // Most library defines read no image: those share one empty list.
    const events =
      this.sink.length === 0 ? NO_EVENTS : uniqueEvents(this.sink.map(({ event }) => ({ ...event, via: event.via.slice(depth) })));
    this.sink = saved;
    this.defines.memo.set(memoKey, events);
    replay(events);
    return UNKNOWN;
  }

  /** The chart's own define: its reads are placed at its own lines. */
  private callOwn(name: string, own: OwnDefine, arg: Value): Value {
    this.reached.add(name);
    const [file, offset] = [this.siteFile, this.siteOffset];
    this.stack.push(name);
    this.evalBody(own.define.body, { dot: arg, dollar: arg, scope: inside(undefined) }, own.file);
    this.stack.pop();
    this.siteFile = file;
    this.siteOffset = offset;
    return UNKNOWN;
  }
}

/**
 * Whether an event on this values path is kept: only what can touch the images map. Every other `.Values`
 * read is most of what templates do, and carrying it through every replay of a library define costs more
 * than the evaluation itself.
 */
function kept(path: readonly string[]): boolean {
  return path.length === 0 || (path[0] === 'images' && path.length <= 3);
}

/** `path` and then `names[from..to)`, in an array of that size (spread grows one as push does, from room for 17). */
function extended(path: readonly string[], names: readonly string[], from: number, to = names.length): string[] {
  const result = new Array<string>(path.length + to - from);
  for (let i = 0; i < path.length; i++) result[i] = path[i]!;
  for (let i = from; i < to; i++) result[path.length + i - from] = names[i]!;
  return result;
}

function rangeItems(over: Value): [Value, Value][] {
  if (over.k === 'list') return over.items.slice(0, MAX_RANGE_ITEMS).map((item, i) => [{ k: 'num', v: i }, item]);
  if (over.k === 'dict' && !over.open)
    return [...over.entries].slice(0, MAX_RANGE_ITEMS).map(([key, item]) => [{ k: 'str', v: key }, item]);
  if (over.k === 'values') return [[{ k: 'rangeKey', path: over.path }, UNKNOWN]];
  return [[UNKNOWN, UNKNOWN]];
}

function emptinessOf(value: Value): 'empty' | 'full' | 'unknown' {
  switch (value.k) {
    case 'nil':
      return 'empty';
    case 'str':
      return value.v === '' ? 'empty' : 'full';
    case 'list':
      return value.items.length === 0 ? 'empty' : 'full';
    case 'dict':
      return value.entries.size > 0 ? 'full' : value.open ? 'unknown' : 'empty';
    case 'root':
    case 'values': // a caller passing a values path passes something, such as its own image
      return 'full';
    default:
      return 'unknown';
  }
}

/** `printf` of literals: `%s`, `%d`, `%v` and `%%`; anything else is known only at render time. */
function printf(args: readonly Value[]): Value {
  const [format, ...rest] = args;
  if (format?.k !== 'str' || /%[^%sdv]/.test(format.v)) return UNKNOWN;
  let i = 0;
  let ok = true;
  const text = format.v.replace(/%([%sdv])/g, (_, verb: string) => {
    if (verb === '%') return '%';
    const arg = rest[i++];
    if (arg?.k === 'str' || arg?.k === 'num') return String(arg.v);
    ok = false;
    return '';
  });
  return ok ? { k: 'str', v: text } : UNKNOWN;
}

/** A stable text for an argument, so a library define runs once per distinct argument. */
function signature(value: Value): string {
  switch (value.k) {
    case 'str':
      return JSON.stringify(value.v);
    case 'num':
      return String(value.v);
    case 'values':
    case 'rangeKey':
      return `${value.k}(${value.path.join('.')})`;
    case 'dict':
      return `{${[...value.entries].map(([key, item]) => `${JSON.stringify(key)}:${signature(item)}`).join(',')}${value.open ? ',…' : ''}}`;
    case 'list':
      return `[${value.items.map(signature).join(',')}]`;
    default:
      return value.k;
  }
}

function uniqueEvents(events: readonly Event[]): Event[] {
  const seen = new Set<string>();
  return events.filter((event) => {
    const detail = event.kind === 'read' ? `${event.byName}${event.guarded}` : event.why;
    const key = `${event.kind}\0${event.path.join('.')}\0${event.via.join('\0')}\0${detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
