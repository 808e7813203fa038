import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** The built extension in a real browser: the same files run in Chromium and in Firefox. */
const e2e = (browser: 'chromium' | 'firefox', order: number, only: string[] = []) => ({
  test: {
    name: `e2e-${browser}`,
    include: ['tests/e2e/**/*.test.ts'],
    exclude: only,
    environment: 'node' as const,
    globals: true,
    env: { LESSON_TAB_BROWSER: browser },
    // One browser at a time on a 2-core machine: files in turn, and each browser's files after
    // the other's.
    fileParallelism: false,
    sequence: { groupOrder: order },
    // Firefox over BiDi takes a few round trips per step: more room on a 2-core machine.
    testTimeout: browser === 'firefox' ? 90_000 : 60_000,
    hookTimeout: 60_000,
  },
});

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
          sequence: { groupOrder: 0 },
        },
      },
      // Firefox-only behaviour (its permission prompt, private windows) in firefox.test.ts; the
      // build's own checks and the benchmark once, with Chromium.
      e2e('chromium', 1, ['tests/e2e/firefox.test.ts']),
      e2e('firefox', 2, ['tests/e2e/bundle.test.ts', 'tests/e2e/bench.test.ts']),
    ],
  },
});
