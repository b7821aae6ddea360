/**
 * `--cache` a whole run at a time (src/common/run-replay.ts): the CLI prints a run's recorded output only
 * when every file, folder and probed path the run looked at is unchanged; a changed values file, template,
 * config or chartlint build gives fresh findings; runs that write, render, spawn or read standard input are
 * never recorded, and a damaged or foreign record is a miss.
 */
import childProcess, { spawnSync } from 'node:child_process';
// Through the module objects, as the bundle calls them: what the recorder observes.
import fs, { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { findRecord, instrument, isReplayable, recordFile, RunRecorder, runKey, saveRecord } from '../src/common/run-replay.js';
import { CLI } from './helpers/cli.js';
import { CHART, makeTree, TOOLKIT_CHART, toolkitFiles } from './helpers/tree.js';

const load = createRequire(import.meta.url);

describe('which commands are replayable', () => {
  it.each([
    [['--cache', '.'], true],
    [['-f', 'json', '--cache', 'charts/a', 'charts/b'], true],
    [['--format=json', '--cache', '--whole-charts', 'a/values.yaml'], true],
    [['--cache', '-c', 'x.yaml', '--values', 'v.yaml', '-q', '--max-warnings', '3', '.'], true],
    [['.'], false],
    [['-f', '--cache', '.'], false],
    [['--cache', '--render', '.'], false],
    [['--cache', '--fix', '.'], false],
    [['--cache', '-o', 'out.json', '.'], false],
    [['--cache', '--output=out.json', '.'], false],
    [['--cache', '--write-baseline', 'b.json', '.'], false],
    [['--cache', '--prune-baseline', '.'], false],
    [['--cache', '--changed-since', 'main', '.'], false],
    [['--cache', '--stdin', '--stdin-filename', 'a/values.yaml'], false],
    [['--cache', '--manifests', '-'], false],
    [['--cache', '-'], false],
    [['graph', '--cache', '.'], false],
    [['init', '--cache'], false],
    [['--cache', '--', '.'], false],
  ])('%j: %s', (argv, expected) => {
    expect(isReplayable(argv)).toBe(expected);
  });
});

/** Reads a few files of `root` the way a run does: what the record must then hold. */
function readLikeARun(root: string): void {
  fs.readdirSync(path.join(root, 'a'));
  fs.statSync(path.join(root, 'a/values.yaml'));
  fs.readFileSync(path.join(root, 'a/values.yaml'), 'utf8');
  fs.existsSync(path.join(root, 'a/requirements.yaml'));
  fs.existsSync(path.join(root, '.chartlint.yaml'));
}

describe('a record, in this process', () => {
  const original = { stat: fs.statSync, lstat: fs.lstatSync, realpath: fs.realpathSync };

  function recorded(root: string, work: (root: string) => void = readLikeARun) {
    const cacheDir = path.join(root, '.cache');
    // Files just written count as old: the clock is moved on past the racy window.
    const recorder = new RunRecorder(cacheDir, original, Date.now() + 10_000);
    const restore = instrument(recorder, load);
    try {
      work(root);
    } finally {
      restore();
    }
    const key = 'the command';
    const file = recordFile(path.join(cacheDir, 'runs'), key);
    return { recorder, key, file, saved: saveRecord(file, recorder, key, 1) };
  }

  const tree = () => makeTree({ 'a/Chart.yaml': CHART('a'), 'a/values.yaml': 'images: {}\n' });

  it('holds while nothing changed, and names every path the run looked at', () => {
    const root = tree();
    const { file, key, saved } = recorded(root);
    expect(saved).toBe(true);
    const record = findRecord(file, key);
    expect(record?.exitCode).toBe(1);
    expect(record?.inputs.map(([, input]) => path.relative(root, input)).sort()).toEqual([
      '.chartlint.yaml',
      'a',
      'a/requirements.yaml',
      'a/values.yaml',
    ]);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(findRecord(file, 'another command')).toBeUndefined();
  });

  it.each([
    ['a values file rewritten', (root: string) => writeFileSync(path.join(root, 'a/values.yaml'), 'images: {}\n')],
    ['a probed file created', (root: string) => writeFileSync(path.join(root, 'a/requirements.yaml'), 'dependencies: []\n')],
    ['a probed config created', (root: string) => writeFileSync(path.join(root, '.chartlint.yaml'), 'rules: {}\n')],
    ['a file added to a listed folder', (root: string) => writeFileSync(path.join(root, 'a/values-new.yaml'), 'x: 1\n')],
    ['a file removed', (root: string) => rmSync(path.join(root, 'a/values.yaml'))],
  ])('is a miss after %s', (_, change) => {
    const root = tree();
    const { file, key } = recorded(root);
    expect(findRecord(file, key)).toBeDefined();
    change(root);
    expect(findRecord(file, key)).toBeUndefined();
  });

  it('gives back the output byte for byte', () => {
    const root = tree();
    const { file, key } = recorded(root, (r) => {
      readLikeARun(r);
    });
    expect(findRecord(file, key)?.stdout.toString()).toBe('');
    const printing = recorded(tree(), (r) => readLikeARun(r));
    printing.recorder.print('stdout', 'a/values.yaml:1:1: “latest” ✗\n');
    printing.recorder.print('stderr', 'chartlint: note\n');
    expect(saveRecord(printing.file, printing.recorder, printing.key, 1)).toBe(true);
    const record = findRecord(printing.file, printing.key);
    expect(record?.stdout.toString()).toBe('a/values.yaml:1:1: “latest” ✗\n');
    expect(record?.stderr.toString()).toBe('chartlint: note\n');
  });

  it('is a miss when damaged', () => {
    const root = tree();
    const { file, key } = recorded(root);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"exitCode":1', '"exitCode":0'));
    expect(findRecord(file, key)).toBeUndefined();
    writeFileSync(file, text.slice(0, text.length - 10));
    expect(findRecord(file, key)).toBeUndefined();
  });

  it.each([
    ['writes a file outside the cache folder', (root: string) => fs.writeFileSync(path.join(root, 'out.json'), '{}')],
    ['starts a child process', () => childProcess.spawnSync(process.execPath, ['-e', '0'])],
    ['reads asynchronously', (root: string) => void fs.promises.readFile(path.join(root, 'a/values.yaml')).catch(() => undefined)],
    ['writes to standard error past the stream', () => fs.writeSync(2, '')],
    ['opens a file for writing', (root: string) => fs.closeSync(fs.openSync(path.join(root, 'a/values.yaml'), 'a'))],
  ])('is not kept for a run that %s', (_, work) => {
    const root = tree();
    const { recorder, saved, file } = recorded(root, (r) => {
      readLikeARun(r);
      work(r);
    });
    expect(recorder.tainted).toBeDefined();
    expect(saved).toBe(false);
    expect(existsSync(file)).toBe(false);
  });

  it('is not kept when an input changed just before the run (its times may not show a rewrite)', () => {
    const root = tree();
    // The run begins 10 ms after the values file was written.
    const recorder = new RunRecorder(path.join(root, '.cache'), original, statSync(path.join(root, 'a/values.yaml')).mtimeMs + 10);
    const restore = instrument(recorder, load);
    readLikeARun(root);
    restore();
    expect(recorder.tainted).toMatch(/changed just before the run/);
  });

  it('observes realpath, native or not, and links read', () => {
    const root = tree();
    const { file, key } = recorded(root, (r) => {
      fs.realpathSync(path.join(r, 'a'));
      fs.realpathSync.native(path.join(r, 'a/values.yaml'));
      fs.symlinkSync('values.yaml', path.join(r, '.cache-link'));
    });
    // The link was written outside the cache folder: no record; without it, one naming both paths.
    expect(existsSync(file)).toBe(false);
    const again = recorded(root, (r) => {
      fs.realpathSync(path.join(r, 'a'));
      fs.realpathSync.native(path.join(r, 'a/values.yaml'));
      fs.readlinkSync(path.join(r, '.cache-link'));
    });
    expect(findRecord(again.file, again.key)?.inputs.map(([kind, input]) => `${kind} ${path.relative(root, input)}`)).toEqual([
      'r a',
      'r a/values.yaml',
      'l .cache-link',
    ]);
    expect(key).toBe(again.key);
  });

  it('is kept when its inputs changed long enough before the run for their clock to have ticked on', () => {
    const root = tree();
    const recorder = new RunRecorder(path.join(root, '.cache'), original, Date.now() + 500);
    const restore = instrument(recorder, load);
    readLikeARun(root);
    restore();
    expect(recorder.tainted).toBeUndefined();
  });

  it('output through the streams is recorded, whatever they write it with', () => {
    const root = tree();
    const { recorder } = recorded(root, (r) => {
      readLikeARun(r);
      process.stderr.write('');
    });
    expect(recorder.tainted).toBeUndefined();
  });

  it('writes in the cache folder are no inputs and no reason to drop the record', () => {
    const root = tree();
    const { recorder, saved } = recorded(root, (r) => {
      readLikeARun(r);
      fs.mkdirSync(path.join(r, '.cache/results'), { recursive: true });
      fs.writeFileSync(path.join(r, '.cache/results/x.json'), '{}');
      fs.readFileSync(path.join(r, '.cache/results/x.json'));
    });
    expect(recorder.tainted).toBeUndefined();
    expect(saved).toBe(true);
  });

  it('keys a command by its arguments, folder and environment', () => {
    const base = { cwd: '/x', env: { A: '1' }, bundle: '/b/cli.cjs' };
    const key = runKey(['--cache', '.'], base);
    expect(runKey(['--cache', '.'], { ...base, env: { A: '1', _: '/usr/bin/node' } })).toBe(key);
    expect(runKey(['--cache', 'a'], base)).not.toBe(key);
    expect(runKey(['--cache', '.'], { ...base, cwd: '/y' })).not.toBe(key);
    expect(runKey(['--cache', '.'], { ...base, env: { A: '2' } })).not.toBe(key);
    expect(runKey(['--cache', '.'], { ...base, bundle: '/c/cli.cjs' })).not.toBe(key);
  });

  it('holds no value of the environment (a token in it is never written down)', () => {
    const token = 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB';
    const key = runKey(['--cache', '.'], { cwd: '/x', env: { GITHUB_TOKEN: token }, bundle: '/b/cli.cjs' });
    expect(key).not.toContain(token);
    expect(runKey(['--cache', '.'], { cwd: '/x', env: { GITHUB_TOKEN: `${token}C` }, bundle: '/b/cli.cjs' })).not.toBe(key);
  });

  it('holds nothing that gives a short value away: no checksum or length of its own', () => {
    const short = runKey(['--cache', '.'], { cwd: '/x', env: { PIN: '4711', HOME: '/home/u' }, bundle: '/b/cli.cjs' });
    const other = runKey(['--cache', '.'], { cwd: '/x', env: { PIN: '4712', HOME: '/home/u' }, bundle: '/b/cli.cjs' });
    expect(other).not.toBe(short);
    // Only one digest of the whole environment differs between the two keys.
    const differing = JSON.parse(short).filter((part: unknown, i: number) => JSON.stringify(part) !== JSON.stringify(JSON.parse(other)[i]));
    expect(differing).toHaveLength(1);
    expect(differing[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(short).not.toContain('PIN');
    expect(short).not.toContain('4711');
  });
});

// ---- through the CLI --------------------------------------------------------------------------------

const VALUES = ['images:', '  tags:', '    api: nginx:1.25', '    spare: quay.io/a/spare:1.0', '  pull_policy: IfNotPresent', ''].join(
  '\n',
);
const TEMPLATE = '{{ .Values.images.tags.api }}\n{{ .Values.images.pull_policy }}\n';

function chartTree(): string {
  return makeTree({
    ...toolkitFiles(),
    'osh/Chart.yaml': TOOLKIT_CHART('osh'),
    'osh/values.yaml': VALUES,
    'osh/templates/a.yaml': TEMPLATE,
  });
}

/** The CLI with its own cache folder in `root`; `cli` may be a copy of the built one. */
function cliIn(root: string, cli = CLI) {
  const env = { CHARTLINT_CACHE_DIR: path.join(root, '.cache') };
  const compileDir = path.join(root, '.cache/compile');
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...env },
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const records = () => (existsSync(path.join(root, '.cache/runs')) ? readdirSync(path.join(root, '.cache/runs')) : []);
  /**
   * A --cache run, and whether it was replayed: a run that loads the bundle writes its compile cache
   * again when there is none, a replayed one never loads it.
   */
  const cached = (args: string[]) => {
    rmSync(compileDir, { recursive: true, force: true });
    const result = run(['--cache', ...args]);
    return { ...result, replayed: !existsSync(compileDir) };
  };
  return { run, cached, records };
}

const ids = (stdout: string): string[] =>
  (JSON.parse(stdout) as { diagnostics: { ruleId: string; file: string }[] }).diagnostics.map((d) => `${d.file} ${d.ruleId}`);

describe('through the CLI', () => {
  const trees: Record<string, string> = {};
  beforeAll(async () => {
    for (const name of ['values', 'template', 'config', 'build', 'output']) trees[name] = chartTree();
    cpSync(path.dirname(CLI), path.join(trees.build!, 'cli'), { recursive: true });
    // Older than the racy window, so that their first --cache run is recorded.
    await sleep(2100);
  });

  it('replays an unchanged run with its exact output and exit code; a changed values file gives fresh findings', () => {
    const root = trees.values!;
    const { run, cached, records } = cliIn(root);
    const plain = run(['-f', 'json', 'osh']);
    const first = cached(['-f', 'json', 'osh']);
    expect(first.replayed).toBe(false);
    expect(records()).toHaveLength(1);
    const second = cached(['-f', 'json', 'osh']);
    expect(second.replayed).toBe(true);
    for (const result of [first, second]) expect({ ...result, replayed: undefined }).toEqual({ ...plain, replayed: undefined });

    writeFileSync(path.join(root, 'osh/values.yaml'), VALUES.replace('nginx:1.25', 'nginx:latest'));
    const changed = cached(['-f', 'json', 'osh']);
    expect(changed.replayed).toBe(false);
    expect(changed.stdout).toBe(run(['-f', 'json', 'osh']).stdout);
    expect(ids(changed.stdout)).toContain('osh/values.yaml images/no-latest');
    expect(ids(first.stdout)).not.toContain('osh/values.yaml images/no-latest');
  });

  /** A recorded run, its replay, a change, and the next run: fresh, and the same as a run without --cache. */
  const afterChange = (root: string, change: () => void): string[] => {
    const { run, cached } = cliIn(root);
    expect(ids(cached(['-f', 'json', 'osh']).stdout)).toContain('osh/values.yaml images/unused-key');
    expect(cached(['-f', 'json', 'osh']).replayed).toBe(true);
    change();
    const changed = cached(['-f', 'json', 'osh']);
    expect(changed.replayed).toBe(false);
    expect(changed.stdout).toBe(run(['-f', 'json', 'osh']).stdout);
    return ids(changed.stdout);
  };

  it('a changed template gives fresh findings', () => {
    const root = trees.template!;
    const fresh = afterChange(root, () => appendFileSync(path.join(root, 'osh/templates/a.yaml'), '{{ .Values.images.tags.spare }}\n'));
    expect(fresh).not.toContain('osh/values.yaml images/unused-key');
  });

  it('a config created where the run looked for one gives fresh findings', () => {
    const root = trees.config!;
    const fresh = afterChange(root, () => writeFileSync(path.join(root, '.chartlint.yaml'), 'rules:\n  images/unused-key: off\n'));
    expect(fresh).not.toContain('osh/values.yaml images/unused-key');
  });

  it('another build of chartlint never replays this one', () => {
    const root = trees.build!;
    const { cached } = cliIn(root, path.join(root, 'cli/cli.js'));
    const first = cached(['-f', 'json', 'osh']);
    expect(cached(['-f', 'json', 'osh']).replayed).toBe(true);
    // Another build: the bundle's text differs (here it also says so on standard error).
    appendFileSync(path.join(root, 'cli/cli.cjs'), '\nprocess.stderr.write("another build\\n");\n');
    const changed = cached(['-f', 'json', 'osh']);
    expect(changed.replayed).toBe(false);
    expect(changed.stderr).toBe('another build\n');
    expect(changed.stdout).toBe(first.stdout);
  });

  it('a run that writes a report is never recorded', () => {
    const root = trees.output!;
    const { cached, records } = cliIn(root);
    const first = cached(['-f', 'json', '-o', 'report.json', 'osh']);
    expect(first.status).toBe(1);
    expect(existsSync(path.join(root, 'report.json'))).toBe(true);
    expect(records()).toEqual([]);
  });
});
