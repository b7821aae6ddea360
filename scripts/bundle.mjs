#!/usr/bin/env node
/**
 * Bundles with esbuild: the CLI into dist/cli/ (one small entry file, the worker thread's entry, and chunks
 * for what only some runs need, loaded on demand: the engine, the exact YAML parser, ajv, chalk, each
 * formatter), the same files into hook/ for the pre-commit hook, and the GitHub Action into
 * action/dist/index.js. Beside each bundle, licenses.txt carries the licence of every package inside it.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// Chunk names carry a content hash: without a clean folder, every build would leave its old chunks behind.
rmSync('dist/cli', { recursive: true, force: true });
const cli = await build({
  ...shared,
  entryPoints: { cli: 'src/cli.ts', worker: 'src/worker.ts' },
  outdir: 'dist/cli',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
writeFileSync('dist/cli/licenses.txt', licenses(cli.metafile));

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
