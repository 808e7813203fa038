/**
 * What the benchmarks share: Debian's Chromium with an extension in a fresh profile, a new tab
 * opened and measured (first contentful paint, time to card, heap, bytes before the card), and
 * the statistics. Nothing here passes or fails.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
// The flags the e2e suite runs Chromium with: headless, quiet, no first-run screens.
import CHROMIUM_FLAGS from '../tests/e2e/driver/chromium-flags.json' with { type: 'json' };

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Stops with a message saying what to do when a build or Chromium is missing. */
export function requireReady(extensionDirs) {
  for (const dir of extensionDirs) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      console.error(`No built extension in ${dir}: run \`npm run build\` first.`);
      process.exit(2);
    }
  }
  if (!existsSync(CHROME)) {
    console.error(`No Chromium at ${CHROME}: \`apt-get install chromium\`, or set CHROME_PATH.`);
    process.exit(2);
  }
}

/** A command-line option's value (`--runs 15`). */
export function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
}

export async function launch(extensionDir) {
  const profile = mkdtempSync(join(tmpdir(), 'lesson-tab-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--load-extension=${extensionDir}`,
      `--disable-extensions-except=${extensionDir}`,
      ...CHROMIUM_FLAGS,
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The twin: Lesson Tab's first new tab as it renders it, without a script, inline styles kept. */

function probe() {
  const readable = (heading) => {
    if (!heading?.textContent?.trim()) return false;
    for (let el = heading; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0)
        return false;
    }
    return true;
  };
  const check = () => {
    if (readable(document.querySelector('article h1'))) window.__cardVisibleAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * Runs in every page before its own scripts: the same randomness in every run, so a fresh profile
 * deals the same cards each time and each tab can be set against the twin of the very page it drew.
 */
export function seededRandom() {
  let seed = 20_261_203;
  Math.random = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return (seed - 1) / 2_147_483_646;
  };
}

export async function openTab(context, extensionDir) {
  const page = await context.newPage();
  await page.addInitScript(seededRandom);
  await page.addInitScript(probe);
  const loaded = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.protocol !== 'chrome-extension:' || !/\.(js|css|html)$/.test(url.pathname)) return;
    const file = readFileSync(join(extensionDir, url.pathname));
    loaded.push({ gzip: gzipSync(file, { level: 9 }).length, at: Date.now() });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto('chrome://newtab/');
  // Plain CDP from here on: Playwright's helpers would inject their own scripts into the page.
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `new Promise((resolve) => {
      const started = performance.now();
      const wait = () => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        const late = performance.now() - started > 10000;
        if ((window.__cardVisibleAt === undefined && !late) || (fcp === undefined && !late)) setTimeout(wait, 10);
        else resolve({
          ttc: window.__cardVisibleAt,
          fcp: fcp ?? null,
          origin: performance.timeOrigin,
          card: document.querySelector('article h1')?.textContent ?? null,
        });
      };
      wait();
    })`,
    awaitPromise: true,
    returnByValue: true,
    timeout: 30_000,
  });
  // Let work queued after the first frame (favorites, storage, frames) finish before weighing.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const { fcp, origin, card } = result.value;
  // A card that never showed (within 10 s) counts as not measured.
  const ttc = result.value.ttc ?? Number.NaN;
  await page.close();
  return {
    card,
    ttc,
    fcp: fcp ?? Number.NaN,
    heap: metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN,
    beforeCard: loaded.filter((file) => file.at <= origin + ttc).reduce((sum, file) => sum + file.gzip, 0),
  };
}

/** A fresh profile's first new tab and a second ("warm") one; `prepare` runs before them. */
export async function measure(extensionDir, prepare) {
  const browser = await launch(extensionDir);
  try {
    await prepare?.(browser.context);
    const first = await openTab(browser.context, extensionDir);
    const warm = await openTab(browser.context, extensionDir);
    return { first, warm };
  } finally {
    await browser.close();
  }
}

export const quantile = (values, q) => {
  const sorted = values.filter(Number.isFinite).toSorted((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
};

/**
 * How sure a ratio of medians is: its 90% interval over 2,000 bootstrap resamples of the runs
 * (each page's runs resampled on their own; a fixed seed, so a rerun on the same samples agrees).
 */
export function ratioInterval(values, baseline) {
  const a = values.filter(Number.isFinite);
  const b = baseline.filter(Number.isFinite);
  if (a.length === 0 || b.length === 0) return [Number.NaN, Number.NaN];
  // Park–Miller, exact in doubles (16,807 × 2^31 < 2^53), unlike a 32-bit LCG's product.
  let seed = 42;
  const random = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return (seed - 1) / 2_147_483_646;
  };
  const resample = (list) => list.map(() => list[Math.floor(random() * list.length)]);
  const ratios = Array.from({ length: 2000 }, () => quantile(resample(a), 0.5) / quantile(resample(b), 0.5));
  return [quantile(ratios, 0.05), quantile(ratios, 0.95)];
}

/** The four figures each benchmark reports, and where each is in a measurement. */
export const TIMINGS = [
  ['first contentful paint, first tab', (r) => r.first.fcp],
  ['first contentful paint, warm tab', (r) => r.warm.fcp],
  ['time to card, first tab', (r) => r.first.ttc],
  ['time to card, warm tab', (r) => r.warm.ttc],
];
