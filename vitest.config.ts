import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'bench/lib/*.test.ts'],
      environment: 'node',
      restoreMocks: true,
      // Tests over the whole real question bank take seconds on a busy two-core machine.
      testTimeout: 30_000,
    },
  }),
);
