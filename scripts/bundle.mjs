#!/usr/bin/env node
/**
 * Bundles with esbuild: the CLI into dist/cli/ (one small entry file, the worker thread's entry, and chunks
 * for what only some runs need, loaded on demand: the engine, the exact YAML parser, ajv, chalk, each
 * formatter), and the GitHub Action into action/dist/index.js.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const shared = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS dependencies call require(); ESM has none, so give them Node's.
  banner: { js: "import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
};

// Chunk names carry a content hash: without a clean folder, every build would leave its old chunks behind.
rmSync('dist/cli', { recursive: true, force: true });

await build({
  ...shared,
  entryPoints: { cli: 'src/cli.ts', worker: 'src/worker.ts' },
  outdir: 'dist/cli',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});

// The GitHub Action runs action/dist/index.js straight from the repository: one self-contained file,
// committed, so the runner needs no install step.
await build({
  ...shared,
  entryPoints: { index: 'src/action/main.ts' },
  outdir: 'action/dist',
});
