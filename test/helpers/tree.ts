import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The folders this test file made; test/setup.ts removes them once its tests are done.
const made: string[] = [];

/** Writes files (path -> content) into a fresh temporary folder and returns it. */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'chartlint-test-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

export const CHART = (name: string): string => `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`;

/** Removes every folder makeTree made in this test file. */
export function removeTrees(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
