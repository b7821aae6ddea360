#!/usr/bin/env node
/**
 * Bundles the CLI with esbuild into dist/cli/: one small entry file, the worker thread's entry, and chunks
 * for what only some runs need (the engine, the exact YAML parser, ajv, chalk, each formatter), loaded on
 * demand.
 */
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli.ts', worker: 'src/engine/worker.ts' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS dependencies call require(); ESM has none, so give them Node's.
  banner: { js: "import { createRequire as __chartlintRequire } from 'node:module'; const require = __chartlintRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
