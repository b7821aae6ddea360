import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where tests keep chartlint's caches, never the user's ~/.cache/chartlint; one folder per test run. */
export const TEST_CACHE_DIR = path.join(tmpdir(), `chartlint-test-cache-${process.pid}`);
