import { defineConfig } from 'vitest/config';
import { TEST_CACHE_DIR } from './test/helpers/cache-dir.js';

export default defineConfig({
  test: {
    // Tests never write into the user's ~/.cache/chartlint.
    env: { CHARTLINT_CACHE_DIR: TEST_CACHE_DIR },
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
