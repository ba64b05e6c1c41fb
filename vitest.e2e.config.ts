import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in real Chromium against the sandbox platform, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    environment: 'node',
  },
});
