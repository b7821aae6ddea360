import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** chartlint's own package.json, found upward from this module (src/ in tests, dist/src/ when built). */
function readManifest(): { version: string } {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) return JSON.parse(readFileSync(candidate, 'utf8')) as { version: string };
    if (path.dirname(dir) === dir) return { version: '0.0.0' };
  }
}

export const VERSION = readManifest().version;
