/**
 * The bundled CLI's start-up: dist/cli/cli.js and worker.js are tiny loaders of one CommonJS bundle each
 * (cli.cjs, worker.cjs), compiled through V8's code cache so that a run does not compile the bundle's code
 * again (Node 20 has no module.enableCompileCache; where Node has it, 22 and later, it is used instead).
 *
 * The cache lives in chartlint's cache folder (CHARTLINT_CACHE_DIR, else XDG_CACHE_HOME/chartlint or
 * ~/.cache/chartlint), below compile/, never in the user's tree; folder 0700, files 0600. A cache file is
 * named by a hash of the bundle's text, Node's version and the platform, so another build or another
 * Node never reads it; it carries a sha256 of its data, checked before V8 sees it, and V8 checks it again
 * (and rejects data of another V8 or source). Anything wrong with it (missing, short, corrupt, rejected,
 * unwritable folder) costs the compile, never the run: the bundle is compiled from its text, as without
 * a cache. CHARTLINT_NO_COMPILE_CACHE=1 turns it off.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { chartlintCacheDir } from './cache-dir.js';

const DIGEST_BYTES = 32;
/**
 * A cache smaller than this share of the bundle's text holds few compiled functions: a lint run's holds
 * about 0.6 of it (800 KB for a 1.3 MB bundle), a --version run's 0.15.
 */
const THIN = 0.4;

/** Where compile caches go, or undefined when they are turned off. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHARTLINT_NO_COMPILE_CACHE === '1') return undefined;
  return path.join(chartlintCacheDir(env), 'compile');
}

/** Runs the CommonJS bundle `bundle` (an absolute path), through the code cache when it can. */
export function boot(bundle: string): void {
  const dir = compileCacheDir();
  const enable = (module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (dir && enable) {
    try {
      enable(dir);
    } catch {
      // no cache: compiled as usual
    }
  }
  if (!dir || enable) {
    createRequire(bundle)(bundle);
    return;
  }
  // A #! line is no JavaScript inside the wrapper; blanked, so line numbers stay.
  const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
  const id = createHash('sha256').update(`${process.version}\0${process.arch}\0${process.platform}\0`).update(source).digest('hex');
  const file = path.join(dir, `${path.basename(bundle)}-${id.slice(0, 32)}.bin`);
  const cachedData = readCache(file);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  // Written when the process ends: by then V8 has compiled the functions this run used, and keeps them. A
  // cache of a run that used little (--version) is written again by the next run that uses more.
  if (!cachedData || script.cachedDataRejected || cachedData.length < source.length * THIN) {
    // A rejected cache (another V8, other flags such as a profiler's) is replaced whatever its size.
    const had = script.cachedDataRejected ? 0 : (cachedData?.length ?? 0);
    process.once('exit', () => writeCache(file, dir, () => script.createCachedData(), had));
  }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const bundleModule = { exports: {}, filename: bundle, id: bundle };
  wrapper.call(bundleModule.exports, bundleModule.exports, createRequire(bundle), bundleModule, bundle, path.dirname(bundle));
}

function readCache(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    if (bytes.length <= DIGEST_BYTES) return undefined;
    const data = bytes.subarray(DIGEST_BYTES);
    const digest = createHash('sha256').update(data).digest();
    return digest.equals(bytes.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, dir: string, produce: () => Buffer, had: number): void {
  try {
    const data = produce();
    if (data.length <= had) return;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.concat([createHash('sha256').update(data).digest(), data]), { mode: 0o600 });
    renameSync(partial, file);
    // The caches of earlier builds of this bundle are of no more use.
    const prefix = `${path.basename(file).replace(/-[0-9a-f]+\.bin$/, '')}-`;
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && name.endsWith('.bin') && name !== path.basename(file)) rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // an unwritable cache folder costs the next run its compile, nothing else
  }
}
