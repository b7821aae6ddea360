import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** A chart built on helm-toolkit, found at `file://../helm-toolkit` (see toolkitFiles). */
export const TOOLKIT_CHART = (name: string): string =>
  `${CHART(name)}dependencies:\n  - name: helm-toolkit\n    repository: file://../helm-toolkit\n    version: ">= 0.1.0"\n`;

const TINY_TOOLKIT = path.resolve(import.meta.dirname, '../../charts-fixtures/helm-toolkit');

/** The tiny helm-toolkit of charts-fixtures/helm-toolkit, as makeTree files under `at`. */
export function toolkitFiles(at = 'helm-toolkit'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(TINY_TOOLKIT, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.posix.join(at, path.relative(TINY_TOOLKIT, full).split(path.sep).join('/'))] = readFileSync(full, 'utf8');
  }
  return files;
}

/** Removes every folder makeTree made in this test file. */
export function removeTrees(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
