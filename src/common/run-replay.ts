/**
 * `--cache`, a whole run at a time: a run whose every input is as it was when the same command last ran
 * prints what that run printed, with its exit code, without loading the linter (a cached run then costs
 * little more than starting Node). The per-file results cache (src/engine/results-cache.ts) still serves
 * every run that this one cannot answer.
 *
 * The inputs are not listed by hand: while a replayable run runs, every synchronous file-system call is
 * observed (stat, lstat, exists, readdir, open and read of a path, realpath, readlink), and the record
 * keeps each path with its metadata as first seen, before it was read: type and mode, size, modification
 * and change times (milliseconds with their fraction), inode and device ("-" for a path probed and absent;
 * a folder's times change when an entry is added, removed or renamed). A record is replayed only when
 * every one of them is the same now, as ESLint's --cache-strategy metadata judges a file; a path that was
 * absent is taken to be absent still when the folder it would be in is unchanged, without a stat of its
 * own. The command is the record's key: the arguments, the working folder, the whole environment (but
 * `_`, OLDPWD and SHLVL, which the shell sets; as one SHA-256 of it all, so that no secret in it is
 * written down), whether standard output and error are terminals (and how wide), Node's version and
 * platform and the user; the bundle is one of the inputs, so another build of chartlint never replays a
 * record of this one.
 *
 * No record is kept of a run that did anything the observation cannot vouch for: a file written outside
 * chartlint's cache folder, an asynchronous file-system call, a child process, a worker thread, a change of
 * working folder, output past the streams, a crash, an exit code other than 0 or 1, or an input modified
 * or changed so shortly before the run began that a rewrite could still fall in the same tick of the file
 * system's clock and keep its times (git's "racily clean" rule): two seconds for times in whole seconds
 * (FAT, HFS+, ext3), 100 ms for finer ones (Linux file systems tick every 1 to 10 ms, exFAT every 10 ms).
 * A replayable run takes no standard input and writes no file: only `--cache` runs whose options are all
 * in the lists below, so that --fix, --render, --output, baselines written or pruned, --changed-since and
 * standard input always run.
 *
 * Records live in chartlint's cache folder, below runs/, owner-only (0700, files 0600); their own reads and
 * writes of that folder are not inputs. A record carries a checksum of its body: one that is damaged, of
 * another format or of another command is a miss, and the run runs.
 */
import fs, { type Stats } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The saved shape; part of the key, so a record of another shape is never read as this one. */
const RECORD_FORMAT = 2;

/** An input modified or changed less than this long before the run began leaves the run unrecorded. */
const RACY_MS = 2000;
/** The same for times with a fraction of a second: their clock ticks far faster than this. */
const RACY_FINE_MS = 100;

/** Records kept per cache folder: the newest, one per command. */
const KEPT_RECORDS = 16;

/** A run that prints more than this is not recorded: its record would cost more to keep than the run. */
const MAX_OUTPUT_CHARS = 32 * 1024 * 1024;

/** Options a replayable run may have: those that take a value, and those that take none. */
const VALUE_FLAGS = new Set([
  '-f',
  '--format',
  '-c',
  '--config',
  '--values',
  '--region-values',
  '--namespace',
  '--release-name',
  '--max-warnings',
  '-j',
  '--jobs',
  '--baseline',
]);
const PLAIN_FLAGS = new Set(['--cache', '--whole-charts', '-q', '--quiet', '--no-color']);
/** First arguments that are commands, not folders. */
const COMMANDS = new Set(['init', 'explain', 'graph']);
/** Variables the shell sets to the last command or folder: no input of a run. */
const VOLATILE_ENV = new Set(['_', 'OLDPWD', 'SHLVL']);

/** How an input was seen: stat (links followed), lstat, or realpath (its result). */
type Kind = 's' | 'l' | 'r';

interface RunRecord {
  key: string;
  inputs: [Kind, string, string][];
  exitCode: number;
  stdout: Buffer;
  stderr: Buffer;
}

/**
 * A record's file: a checksum line, then one line of JSON (the key, the inputs, the exit code and the
 * byte lengths of the output), then standard output and standard error as they were written: bytes, never
 * parsed or encoded again.
 */
interface RecordHead {
  key: string;
  inputs: [Kind, string, string][];
  exitCode: number;
  stdout: number;
  stderr: number;
}

/** A `--cache` lint run with nothing but the options above, no standard input among its paths. */
export function isReplayable(argv: readonly string[]): boolean {
  let cache = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--cache') cache = true;
    else if (PLAIN_FLAGS.has(token)) continue;
    else if (VALUE_FLAGS.has(token)) {
      if (i + 1 >= argv.length) return false;
      i++;
    } else if (token.startsWith('--') && token.includes('=') && VALUE_FLAGS.has(token.slice(0, token.indexOf('=')))) continue;
    else if (token.startsWith('-')) return false;
    else if (i === 0 && COMMANDS.has(token)) return false;
  }
  return cache;
}

/** The command, as everything but the files it reads: what a record must match besides its inputs. */
export function runKey(argv: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv; bundle: string }): string {
  // The whole environment as one SHA-256: the record holds no token the environment carries, nor anything
  // that gives one away (a checksum of a short value alone is undone by trying every value).
  const entries = Object.entries(options.env)
    .filter(([name, value]) => !VOLATILE_ENV.has(name) && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const env = sha256()?.(JSON.stringify(entries));
  return JSON.stringify([
    RECORD_FORMAT,
    process.version,
    process.arch,
    process.platform,
    process.getuid?.() ?? -1,
    options.bundle,
    options.cwd,
    argv,
    env,
    terminalOf(1),
    terminalOf(2),
  ]);
}

/**
 * Whether standard output or error is a terminal, and how wide. Only a character device can be one: asking
 * the stream costs loading Node's streams, a good part of what a replayed run costs.
 */
function terminalOf(fd: 1 | 2): unknown {
  let info: Stats;
  try {
    info = fs.fstatSync(fd);
  } catch {
    return 'closed';
  }
  if (!info.isCharacterDevice()) return false;
  // /dev/null, where output often goes, is no terminal either.
  const devNull = stampOf(fs.statSync, '/dev/null').info;
  if (devNull?.isCharacterDevice() && devNull.rdev === info.rdev) return false;
  const stream = fd === 1 ? process.stdout : process.stderr;
  return stream.isTTY ? [stream.columns ?? 0] : false;
}

/** Where the record of a command is. */
export function recordFile(dir: string, key: string): string {
  return path.join(dir, `${checksum(Buffer.from(key))}.json`);
}

/**
 * Metadata of a path as a string, "-" when it is absent, "!CODE" when it cannot be stat'ed. Times in
 * milliseconds with their fraction: finer than any change after the racy window can hide in.
 */
function stampOf(stat: typeof fs.statSync, file: string): { stamp: string; info?: Stats } {
  let info: Stats | undefined;
  try {
    info = stat(file, { throwIfNoEntry: false });
  } catch (error) {
    return { stamp: `!${(error as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  if (!info) return { stamp: '-' };
  return { stamp: `${info.mode}:${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}:${info.dev}`, info };
}

function realpathOf(realpath: typeof fs.realpathSync, file: string): string {
  try {
    return `=${realpath(file)}`;
  } catch (error) {
    return `!${(error as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

/**
 * The record of this command when every input it names is unchanged; undefined for none, a damaged one,
 * one of another command, or one with any input changed.
 */
export function findRecord(file: string, key: string): RunRecord | undefined {
  if (!crc32()) return undefined;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  // The first line is the checksum of the rest, the second the head (JSON has no raw newline).
  const newline = bytes.indexOf(10);
  const body = bytes.subarray(newline + 1);
  if (newline < 0 || checksum(body) !== bytes.toString('latin1', 0, newline)) return undefined;
  const headEnd = body.indexOf(10);
  let head: unknown;
  try {
    head = JSON.parse(body.toString('utf8', 0, headEnd));
  } catch {
    return undefined;
  }
  const output = body.subarray(headEnd + 1);
  if (headEnd < 0 || !isHead(head, output.length) || head.key !== key) return undefined;
  const record: RunRecord = {
    key: head.key,
    inputs: head.inputs,
    exitCode: head.exitCode,
    stdout: output.subarray(0, head.stdout),
    stderr: output.subarray(head.stdout),
  };
  // Folders found unchanged: their entries are as they were, so a path probed in one and absent still is.
  const folders = new Set<string>();
  const absent: string[] = [];
  for (const [kind, input, stamp] of record.inputs) {
    if (kind === 's' && stamp === '-') {
      absent.push(input);
      continue;
    }
    const now = kind === 'r' ? realpathOf(fs.realpathSync, input) : stampOf(kind === 's' ? fs.statSync : fs.lstatSync, input).stamp;
    if (now !== stamp) return undefined;
    if (kind === 's' && isFolderStamp(stamp)) folders.add(input);
  }
  for (const input of absent) {
    if (!folders.has(path.dirname(input)) && stampOf(fs.statSync, input).stamp !== '-') return undefined;
  }
  return record;
}

/** A stamp of a folder: its mode's file type is S_IFDIR. */
function isFolderStamp(stamp: string): boolean {
  const mode = Number.parseInt(stamp, 10);
  return Number.isInteger(mode) && (mode & fs.constants.S_IFMT) === fs.constants.S_IFDIR;
}

function isHead(value: unknown, outputBytes: number): value is RecordHead {
  if (typeof value !== 'object' || value === null) return false;
  const { key, inputs, stdout, stderr, exitCode } = value as Record<string, unknown>;
  const isLength = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  return (
    typeof key === 'string' &&
    isLength(stdout) &&
    isLength(stderr) &&
    stdout + stderr === outputBytes &&
    (exitCode === 0 || exitCode === 1) &&
    Array.isArray(inputs) &&
    inputs.every(
      (input) =>
        Array.isArray(input) &&
        input.length === 3 &&
        (input[0] === 's' || input[0] === 'l' || input[0] === 'r') &&
        typeof input[1] === 'string' &&
        typeof input[2] === 'string',
    )
  );
}

/** What the run observed and printed, and whether it did anything that keeps it from being recorded. */
export class RunRecorder {
  private readonly inputs = new Map<string, [Kind, string, string]>();
  private readonly out: string[] = [];
  private readonly err: string[] = [];
  private printed = 0;
  private readonly startedMs: number;
  private why: string | undefined;

  /** `ownDir`: chartlint's cache folder, whose files are no inputs. `now` (ms): tests move it. */
  constructor(
    private readonly ownDir: string,
    private readonly original: { stat: typeof fs.statSync; lstat: typeof fs.lstatSync; realpath: typeof fs.realpathSync },
    now = Date.now(),
  ) {
    this.startedMs = now;
  }

  /** Why this run cannot be recorded, or undefined. */
  get tainted(): string | undefined {
    return this.why;
  }

  taint(why: string): void {
    this.why ??= why;
  }

  isOwn(file: string): boolean {
    return file === this.ownDir || file.startsWith(this.ownDir + path.sep);
  }

  /** Notes a path the run is about to look at or read, as it is now. */
  observe(kind: Kind, target: unknown): void {
    const file = pathOf(target);
    if (file === undefined) return this.taint('a path that is not a string');
    if (this.isOwn(file)) return;
    const id = `${kind}\0${file}`;
    let stamp: string;
    if (kind === 'r') stamp = realpathOf(this.original.realpath, file);
    else {
      const seen = stampOf(kind === 's' ? this.original.stat : this.original.lstat, file);
      stamp = seen.stamp;
      const newest = seen.info ? Math.max(seen.info.mtimeMs, seen.info.ctimeMs) : -Infinity;
      if (newest > this.startedMs - (newest % 1000 === 0 ? RACY_MS : RACY_FINE_MS)) this.taint(`${file} changed just before the run`);
    }
    const before = this.inputs.get(id);
    if (!before) this.inputs.set(id, [kind, file, stamp]);
    else if (before[2] !== stamp) this.taint(`${file} changed during the run`);
  }

  /** A write: fine in chartlint's cache folder, else the run is not recorded. */
  writes(target: unknown): void {
    const file = pathOf(target);
    if (file === undefined || !this.isOwn(file)) this.taint(`writes ${String(target)}`);
  }

  print(stream: 'stdout' | 'stderr', chunk: unknown): void {
    if (typeof chunk !== 'string') return this.taint('binary output');
    this.printed += chunk.length;
    if (this.printed > MAX_OUTPUT_CHARS) return this.taint('too much output');
    (stream === 'stdout' ? this.out : this.err).push(chunk);
  }

  /** The record's file, without its checksum line. */
  body(key: string, exitCode: number): Buffer {
    const stdout = Buffer.from(this.out.join(''));
    const stderr = Buffer.from(this.err.join(''));
    const head: RecordHead = { key, inputs: [...this.inputs.values()], exitCode, stdout: stdout.length, stderr: stderr.length };
    return Buffer.concat([Buffer.from(`${JSON.stringify(head)}\n`), stdout, stderr]);
  }
}

/** An absolute path of a string, URL or Buffer path argument; undefined for a file descriptor or anything else. */
function pathOf(target: unknown): string | undefined {
  if (typeof target === 'string') return path.resolve(target);
  if (target instanceof URL) return target.protocol === 'file:' ? fileURLToPath(target) : undefined;
  if (Buffer.isBuffer(target)) return path.resolve(target.toString('utf8'));
  return undefined;
}

/** Opening for writing, by flag string or bits. */
function opensForWriting(flags: unknown): boolean {
  if (flags === undefined || flags === null) return false;
  if (typeof flags === 'number') {
    const { O_WRONLY, O_RDWR, O_CREAT, O_TRUNC, O_APPEND } = fs.constants;
    return (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND)) !== 0;
  }
  return /[wa+]/.test(String(flags));
}

const SYNC_WRITES = [
  'writeFileSync',
  'appendFileSync',
  'renameSync',
  'copyFileSync',
  'cpSync',
  'rmSync',
  'rmdirSync',
  'unlinkSync',
  'mkdirSync',
  'mkdtempSync',
  'symlinkSync',
  'linkSync',
  'chmodSync',
  'lchmodSync',
  'chownSync',
  'lchownSync',
  'truncateSync',
  'utimesSync',
  'lutimesSync',
] as const;
/** Taking two paths: both are checked. */
const TWO_PATHS = new Set(['renameSync', 'copyFileSync', 'cpSync', 'symlinkSync', 'linkSync']);
const UNOBSERVED = [
  'opendirSync',
  'globSync',
  'glob',
  'watch',
  'watchFile',
  'createReadStream',
  'createWriteStream',
  'readFile',
  'readdir',
  'stat',
  'lstat',
  'open',
  'access',
  'exists',
  'realpath',
  'opendir',
  'writeFile',
  'appendFile',
  'mkdir',
  'mkdtemp',
  'rm',
  'rename',
  'cp',
  'copyFile',
  'unlink',
] as const;
const PROCESSES = ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'] as const;

type Patchable = Record<string, unknown>;

/**
 * Observes the file-system calls and the output of the run to come, in this process; returns what puts
 * everything back. Only wrappers: every call does what it did, after it is noted.
 */
export function instrument(recorder: RunRecorder, load: (id: string) => unknown): () => void {
  const undo: (() => void)[] = [];
  const patch = (target: Patchable, name: string, make: (original: (...args: unknown[]) => unknown) => unknown): void => {
    const original = target[name];
    if (typeof original !== 'function') return;
    target[name] = make(original as (...args: unknown[]) => unknown);
    undo.push(() => (target[name] = original));
  };
  const before = (target: Patchable, name: string, note: (...args: unknown[]) => void): void =>
    patch(target, name, (original) =>
      Object.assign(function (this: unknown, ...args: unknown[]) {
        note(...args);
        return original.apply(this, args);
      }, original),
    );

  const files = fs as unknown as Patchable;
  before(files, 'statSync', (file) => recorder.observe('s', file));
  before(files, 'existsSync', (file) => recorder.observe('s', file));
  before(files, 'accessSync', (file) => recorder.observe('s', file));
  before(files, 'readdirSync', (dir, options) => {
    // A folder's times vouch for its own entries only, not for those of the folders below it.
    if ((options as { recursive?: boolean } | undefined)?.recursive) recorder.taint('a recursive listing');
    recorder.observe('s', dir);
  });
  before(files, 'lstatSync', (file) => recorder.observe('l', file));
  before(files, 'realpathSync', (file) => recorder.observe('r', file));
  // The wrapper carries the original's realpathSync.native: observed as well.
  before(files.realpathSync as Patchable, 'native', (file) => recorder.observe('r', file));
  before(files, 'readlinkSync', (file) => recorder.observe('l', file));
  before(files, 'readFileSync', (file) => {
    if (typeof file !== 'number') recorder.observe('s', file);
  });
  before(files, 'openSync', (file, flags) => {
    if (opensForWriting(flags)) recorder.writes(file);
    else recorder.observe('s', file);
  });
  for (const name of SYNC_WRITES) {
    before(files, name, (...args) => {
      recorder.writes(args[0]);
      if (TWO_PATHS.has(name)) recorder.writes(args[1]);
    });
  }
  for (const name of UNOBSERVED) before(files, name, () => recorder.taint(`fs.${name}`));
  // Output written past the streams would be missing from the record. The streams themselves write a file
  // or /dev/null with writeSync: inside their write() it is theirs.
  let streamWrites = 0;
  for (const name of ['writeSync', 'writevSync']) {
    before(files, name, (fd) => {
      if ((fd === 1 || fd === 2) && streamWrites === 0) recorder.taint('output past the streams');
    });
  }
  const promises = fs.promises as unknown as Patchable;
  for (const name of Object.keys(promises)) before(promises, name, () => recorder.taint(`fs.promises.${name}`));
  const processes = load('node:child_process') as Patchable;
  for (const name of PROCESSES) before(processes, name, () => recorder.taint(`a child process (${name})`));
  const threads = load('node:worker_threads') as Patchable;
  const Worker = threads.Worker as new (...args: unknown[]) => object;
  threads.Worker = class extends Worker {
    constructor(...args: unknown[]) {
      recorder.taint('a worker thread');
      super(...args);
    }
  };
  undo.push(() => (threads.Worker = Worker));
  before(process as unknown as Patchable, 'chdir', () => recorder.taint('process.chdir'));
  for (const [stream, name] of [
    [process.stdout, 'stdout'],
    [process.stderr, 'stderr'],
  ] as const) {
    patch(
      stream as unknown as Patchable,
      'write',
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          recorder.print(name, args[0]);
          streamWrites++;
          try {
            return original.apply(this, args);
          } finally {
            streamWrites--;
          }
        },
    );
  }
  const crashed = (): void => recorder.taint('an uncaught exception');
  process.on('uncaughtExceptionMonitor', crashed);
  undo.push(() => process.off('uncaughtExceptionMonitor', crashed));
  return () => {
    for (const step of undo.reverse()) step();
  };
}

/** Writes the record of a finished run (exit code 0 or 1, nothing tainted); keeps the newest KEPT_RECORDS. */
export function saveRecord(file: string, recorder: RunRecorder, key: string, exitCode: number): boolean {
  if (recorder.tainted !== undefined || (exitCode !== 0 && exitCode !== 1)) return false;
  if (!crc32()) return false;
  const body = recorder.body(key, exitCode);
  const dir = path.dirname(file);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.chmodSync(dir, 0o700);
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.concat([Buffer.from(`${checksum(body)}\n`), body]), { mode: 0o600 });
    fs.renameSync(partial, file);
    const records = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ name, time: fs.statSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of records.slice(KEPT_RECORDS)) fs.rmSync(path.join(dir, old.name), { force: true });
    return true;
  } catch {
    // A record that cannot be written costs the next run its speed, nothing else.
    return false;
  }
}

/**
 * The CLI loader's first step: a replayable command whose record holds prints it and returns true; else,
 * for a replayable command, the run is observed and recorded when it exits, and false is returned (the
 * caller then runs the bundle). `cacheDir` is chartlint's cache folder; `bundle` the CLI bundle's path;
 * `load` is require(), for the modules only a recorded run needs (child_process, worker_threads).
 */
export function replayOrRecord(argv: readonly string[], cacheDir: string, bundle: string, load: (id: string) => unknown): boolean {
  if (!isReplayable(argv) || !crc32()) return false;
  const key = runKey(argv, { cwd: process.cwd(), env: process.env, bundle });
  const file = recordFile(path.join(cacheDir, 'runs'), key);
  const record = findRecord(file, key);
  if (record) {
    writeOut(1, record.stdout);
    writeOut(2, record.stderr);
    process.exitCode = record.exitCode;
    return true;
  }
  const recorder = new RunRecorder(path.resolve(cacheDir), { stat: fs.statSync, lstat: fs.lstatSync, realpath: fs.realpathSync });
  // The bundle is an input: another build never replays this one's record.
  recorder.observe('s', bundle);
  const restore = instrument(recorder, load);
  process.once('exit', (code) => {
    restore();
    saveRecord(file, recorder, key, code);
  });
  return false;
}

/**
 * Written straight to the file descriptor, as the streams would for a file, and without loading them; a
 * pipe that is full and non-blocking (EAGAIN) gets the rest through the stream, which waits for it.
 */
function writeOut(fd: 1 | 2, bytes: Buffer): void {
  let offset = 0;
  try {
    while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset);
  } catch {
    (fd === 1 ? process.stdout : process.stderr).write(bytes.subarray(offset));
  }
}

/**
 * zlib's CRC-32: native and cheap, where node:crypto alone would cost a replayed run more than all its
 * stats. Loaded only by a replayable run (node:zlib brings Node's streams); undefined on a Node before
 * 20.16 (no process.getBuiltinModule), where no run is replayed or recorded.
 */
function crc32(): ((data: string | Uint8Array) => number) | undefined {
  return (builtinModule('node:zlib') as { crc32?: (data: string | Uint8Array) => number } | undefined)?.crc32;
}

/** One of Node's own modules, loaded on first use; undefined on a Node without process.getBuiltinModule. */
function builtinModule(id: string): unknown {
  return (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.(id);
}

/** node:crypto's SHA-256, as hex; loaded only to key a replayable run. */
function sha256(): ((text: string) => string) | undefined {
  const crypto = builtinModule('node:crypto') as typeof import('node:crypto') | undefined;
  return crypto && ((text) => crypto.createHash('sha256').update(text).digest('hex'));
}

/**
 * The CRC-32 and the length, as hex: enough to catch a damaged record, and to name one. No defence against
 * someone who can write the cache folder: its permissions are.
 */
function checksum(bytes: Buffer): string {
  return `${(crc32()?.(bytes) ?? 0).toString(16).padStart(8, '0')}-${bytes.length.toString(16)}`;
}
