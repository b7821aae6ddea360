/** `lint()` as users call it: the engine with the built-in rules, and worker threads that know them. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allRules } from '../rules/index.js';
import { lintWith, type LintOptions, type LintResult } from './engine/lint.js';

export type { FixOutput, LintOptions, LintResult } from './engine/lint.js';

export function lint(options: LintOptions): Promise<LintResult> {
  // Threads load the built-in registry; a caller's own rules run in this thread only.
  return lintWith({ ...options, rules: options.rules ?? allRules, workerScript: options.rules ? undefined : builtWorker() });
}

/** The built worker beside this module (dist/src) or beside the bundled CLI (dist/cli); none when running from sources. */
function builtWorker(): string | undefined {
  for (const candidate of ['./worker.js', '../worker.js']) {
    const file = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(file)) return file;
  }
  return undefined;
}
