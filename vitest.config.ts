import { defineConfig } from 'vitest/config';

export default defineConfig({
  // @shared/* as tsconfig.base.json declares it.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // Native modules (better-sqlite3, keytar) are safest in forked workers.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
