import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Limits, not measures: vitest's 5 s default failed sound tests on a loaded machine (the sandbox store
    // seeding three times took 5.3 s at load 14). A hung test still ends, and speed is the benches' business.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
