import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/lib/*.test.ts'],
      environment: 'node',
      restoreMocks: true,
      // One module graph per worker instead of one per test file: importing React, zod and the
      // question bank's reader again for each of some ninety files took more time than the tests.
      // A test must therefore leave no module state behind (restoreMocks undoes spies; tests that
      // need a fresh database open their own).
      pool: 'threads',
      isolate: false,
      // Tests over the whole real question bank take seconds on a busy two-core machine.
      testTimeout: 30_000,
    },
  }),
);
