import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    // .ci/run asks for a JSON report to count passes and failures.
    reporters: process.env.LESSON_TAB_REPORT
      ? ['default', ['json', { outputFile: process.env.LESSON_TAB_REPORT }]]
      : ['default'],
    projects: [
      {
        // Logic and components: WXT's fake browser stands in for the extension APIs.
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'happy-dom',
          globals: true,
        },
      },
      {
        // The built extension in real Chromium; one browser at a time on a 2-core machine.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globals: true,
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
