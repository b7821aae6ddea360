/**
 * Runs one planned case: writes its tree into a fresh case folder, starts ONE chartlint process (one
 * format on stdout, every other through -o) with a private cache, TMPDIR and HOME and a hard timeout,
 * then collects everything the judge needs.
 *
 * Case folder layout (the per-case TMPDIR holds nothing of the fuzzer's):
 *   tree/   the input, chartlint's cwd      out/  the -o files
 *   cache/  CHARTLINT_CACHE_DIR             tmp/  TMPDIR (must be empty afterwards)
 *   home/   HOME (helm's own config and cache)
 *   case.json, stdin   the command line, environment and standard input, to replay a kept case by hand
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const MAX_CAPTURE = 64 * 1024 * 1024;

/** Every file below `dir`, as paths relative to it, sorted. */
export function listFiles(dir, prefix = '') {
  let out = [];
  let entries;
  try {
    entries = readdirSync(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out = out.concat(listFiles(dir, rel), [`${rel}/`]);
    else out.push(rel);
  }
  return out.sort();
}

/** A hash of a tree's paths and contents. */
export function hashTree(dir) {
  const hash = createHash('sha256');
  for (const rel of listFiles(dir)) {
    hash.update(`${rel}\0`);
    if (!rel.endsWith('/')) hash.update(readFileSync(path.join(dir, rel)));
  }
  return hash.digest('hex');
}

function collect(stream) {
  const chunks = [];
  let size = 0;
  stream.on('data', (c) => {
    if (size < MAX_CAPTURE) chunks.push(c);
    size += c.length;
  });
  return () => Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs `plan` (case.mjs planCase) in `caseDir` with the CLI at `cli`. Resolves to the judge's input plus
 * `argv` and `ms`.
 */
export async function runCase(plan, { caseDir, cli, timeoutSeconds }) {
  const dirs = Object.fromEntries(['tree', 'out', 'cache', 'tmp', 'home'].map((d) => [d, path.join(caseDir, d)]));
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  for (const [rel, bytes] of Object.entries(plan.files)) {
    mkdirSync(path.dirname(path.join(dirs.tree, rel)), { recursive: true });
    writeFileSync(path.join(dirs.tree, rel), bytes);
  }
  const outFile = (format) => path.join(dirs.out, `report.${format}`);
  const argv = [cli, '-f', plan.stdoutFormat, ...plan.outputs.flatMap((f) => ['-o', `${f}:${outFile(f)}`]), ...plan.args];
  const env = {
    PATH: process.env.PATH,
    HOME: dirs.home,
    TMPDIR: dirs.tmp,
    CHARTLINT_CACHE_DIR: dirs.cache,
    NO_COLOR: '1',
    LANG: 'C.UTF-8',
  };
  // What a kept case needs to be run by hand: its standard input and its command line.
  if (plan.stdin) writeFileSync(path.join(caseDir, 'stdin'), plan.stdin);
  const replay = { cwd: dirs.tree, argv: ['node', ...argv], stdin: plan.stdin ? path.join(caseDir, 'stdin') : null, env };
  writeFileSync(
    path.join(caseDir, 'case.json'),
    `${JSON.stringify({ mode: plan.mode, source: plan.source, mutations: plan.applied, ...replay }, null, 2)}\n`,
  );
  const inputBefore = hashTree(dirs.tree);
  const started = Date.now();
  const result = await new Promise((resolve) => {
    let child;
    try {
      child = spawn(process.execPath, argv, { cwd: dirs.tree, env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (e) {
      resolve({ spawnError: e.message });
      return;
    }
    const out = collect(child.stdout);
    const err = collect(child.stderr);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutSeconds * 1000);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ spawnError: e.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ exitCode: code, signal: timedOut ? null : signal, timedOut, stdout: out(), stderr: err() });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(plan.stdin ?? undefined);
  });
  const ms = Date.now() - started;

  const outputs = {};
  for (const f of plan.outputs) {
    try {
      outputs[f] = readFileSync(outFile(f), 'utf8');
    } catch {
      outputs[f] = null;
    }
  }
  const cacheFiles = listFiles(dirs.cache)
    .filter((rel) => !rel.endsWith('/'))
    .map((rel) => ({ name: rel, text: readFileSync(path.join(dirs.cache, rel), 'utf8') }));
  return {
    ...result,
    timeoutSeconds,
    stdoutFormat: plan.stdoutFormat,
    outputs,
    cacheFiles,
    tmpLeftovers: listFiles(dirs.tmp),
    inputBefore,
    inputAfter: hashTree(dirs.tree),
    needles: plan.needles,
    argv,
    ms,
  };
}
