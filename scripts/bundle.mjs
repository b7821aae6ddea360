#!/usr/bin/env node
/**
 * Bundles with esbuild: the CLI into dist/cli/ (a CommonJS bundle for the CLI and one for the worker
 * threads, each run by a small loader through V8's code cache), the same files into hook/ for the pre-commit hook, and the GitHub Action into
 * action/dist/index.js. Beside each bundle, licenses.txt carries the licence of every package inside it.
 */
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const shared = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS dependencies call require(); ESM has none, so give them Node's.
  banner: { js: "import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);" },
  // The notices go to licenses.txt, whole, instead of scattered comments.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

// The CLI as two CommonJS bundles (cli.cjs, and worker.cjs for the worker threads), each run by a tiny
// ESM loader (cli.js, worker.js) that compiles it through V8's code cache (src/common/compile-cache.ts):
// on Node 20 only a classic script can use one, so the bundles are CommonJS, one file each; V8 compiles a
// function only when it first runs, so what a run does not use costs little more than reading it.
rmSync('dist/cli', { recursive: true, force: true });
const cjs = {
  ...shared,
  format: 'cjs',
  // CommonJS has require() of its own; import.meta.url is the bundle's own file.
  banner: { js: "const __chartlintUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__chartlintUrl' },
  // import() of Node's own modules becomes require(): a script compiled through vm has no dynamic import.
  supported: { 'dynamic-import': false },
};
const cli = await build({ ...cjs, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist/cli', outExtension: { '.js': '.cjs' } });
// The worker entry without its top-level await (CommonJS has none): a failure still ends the thread with it.
const worker = await build({
  ...cjs,
  stdin: {
    contents:
      "import { allRules } from './rules/index.js';\nimport { workerMain } from './src/engine/worker.js';\nworkerMain(allRules).catch((error) => setImmediate(() => { throw error; }));\n",
    resolveDir: '.',
    loader: 'ts',
    sourcefile: 'worker-entry.ts',
  },
  outfile: 'dist/cli/worker.cjs',
});
// The CLI's loader first asks whether this very command ran before with every input as it is now
// (src/common/run-replay.ts): then it prints that run's output and never loads the bundle.
// The compile cache's module (with node:crypto and node:vm) is required only when the bundle runs.
const CLI_LOADER = `import { fileURLToPath } from 'node:url';
import { chartlintCacheDir } from './src/common/cache-dir.js';
import { replayOrRecord } from './src/common/run-replay.js';
const bundle = fileURLToPath(new URL('./cli.cjs', import.meta.url));
if (!replayOrRecord(process.argv.slice(2), chartlintCacheDir(), bundle, require)) require('./src/common/compile-cache.js').boot(bundle);
`;
for (const [name, bundle] of [
  ['cli', 'cli.cjs'],
  ['worker', 'worker.cjs'],
]) {
  await build({
    ...cjs,
    metafile: false,
    stdin: {
      contents:
        name === 'cli'
          ? CLI_LOADER
          : `import { fileURLToPath } from 'node:url';\nimport { boot } from './src/common/compile-cache.js';\nboot(fileURLToPath(new URL('./${bundle}', import.meta.url)));\n`,
      resolveDir: '.',
      loader: 'ts',
      sourcefile: `${name}-loader.ts`,
    },
    outfile: `dist/cli/${name}.js`,
    ...(name === 'cli' ? { banner: { js: `#!/usr/bin/env node\n${cjs.banner.js}` } } : {}),
  });
}
// The loaders are CommonJS too: an ES module entry costs Node its ESM loader, a few milliseconds of every
// run (of a replayed one, most of what it costs beyond starting Node). The bundles read chartlint's version
// from the nearest package.json (src/common/version.ts): this one, so it carries the version too.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
writeFileSync('dist/cli/package.json', `${JSON.stringify({ version, type: 'commonjs' }, null, 2)}\n`);
chmodSync('dist/cli/cli.js', 0o755);
writeFileSync('dist/cli/licenses.txt', licenses(mergeMetafiles(cli.metafile, worker.metafile)));

// The pre-commit hook runs hook/cli.js straight from its clone of the repository (`language: script`):
// committed, so a first run installs nothing.
rmSync('hook', { recursive: true, force: true });
cpSync('dist/cli', 'hook', { recursive: true });

// The GitHub Action runs action/dist/index.js straight from the repository: one self-contained file,
// committed, so the runner needs no install step.
const action = await build({
  ...shared,
  entryPoints: { index: 'src/action/main.ts' },
  outdir: 'action/dist',
});
writeFileSync('action/dist/licenses.txt', licenses(action.metafile));

function mergeMetafiles(...metafiles) {
  return { inputs: Object.assign({}, ...metafiles.map((m) => m.inputs)) };
}

/** Every package the bundle holds code of, with its version, licence and licence text. */
function licenses(metafile) {
  const packages = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(path.join('node_modules', match[1]));
  }
  const sections = [...packages].sort().map((dir) => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
    const text = file
      ? readFileSync(path.join(dir, file), 'utf8').trim()
      : `(the package ships no licence file; package.json says ${manifest.license})`;
    return `${manifest.name} ${manifest.version}\nLicense: ${manifest.license}\n\n${text}\n`;
  });
  const header = 'Third-party software bundled in these files, with its licence.\n';
  return [header, ...sections].join(`\n${'-'.repeat(78)}\n\n`);
}

if (!existsSync('hook/cli.js')) throw new Error('bundle: hook/cli.js was not written');
