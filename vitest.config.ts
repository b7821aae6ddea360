import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests never write into the user's ~/.cache/chartlint.
    env: { CHARTLINT_CACHE_DIR: path.join(tmpdir(), `chartlint-test-cache-${process.pid}`) },
    testTimeout: 30_000,
  },
});
