/** Once per test run: the results and render caches the tests wrote are removed at the end. */
import { rmSync } from 'node:fs';
import { TEST_CACHE_DIR } from './helpers/cache-dir.js';

export default function setup(): () => void {
  return () => rmSync(TEST_CACHE_DIR, { recursive: true, force: true });
}
