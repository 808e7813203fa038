#!/usr/bin/env node
/**
 * New-tab benchmark: the built extension (.output/chrome-mv3, built beforehand) against a static
 * baseline extension made here (a newtab.html with one lesson's text inline, no JS), measured
 * interleaved in headless Chromium, each run in a fresh profile.
 *
 *   node bench/newtab.mjs [--runs 15] [--json results.json]
 *
 * Figures: time from navigation start to the card's text being visible (checked every animation
 * frame: present, non-empty, not transparent), first-contentful-paint, both for the first new tab
 * of a fresh profile and a second ("warm") one, the JS heap after load, and the JS+CSS the page
 * loads. Ratios are against the baseline measured in the same run; nothing here is a pass/fail
 * test, the budgets are printed for a person to read.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const BUDGET = { ttcRatio: 1.3, gzipKB: 25, heapMB: 2 };

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
}
const RUNS = Number(option('runs', '15'));
const JSON_OUT = option('json');
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The static page: one lesson's text and a little inline CSS, no script at all. */
function makeBaseline() {
  const dir = mkdtempSync(join(tmpdir(), 'lesson-tab-baseline-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Static baseline',
      version: '1.0.0',
      chrome_url_overrides: { newtab: 'newtab.html' },
    }),
  );
  writeFileSync(
    join(dir, 'newtab.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>New Tab</title>
<style>body{margin:0;min-height:100vh;display:grid;place-items:center;background:#f4efe7;color:#1f1c18;font-family:system-ui,sans-serif}
article{max-width:46rem;padding:3rem;background:#fff;border-radius:1.25rem}h1{font-size:2.25rem}p{font-size:1.15rem;line-height:1.65}</style>
</head><body><main><article aria-labelledby="t"><h1 id="t">Repair the roof while the sun shines</h1>
<p>When his team reports a wonderful year, Ma takes it as the signal to change. Good times give you the room and the resources to rebuild, which is exactly when most people relax.</p>
<figure><blockquote><p>Repair the roof while there is still sunshine</p></blockquote><figcaption><cite>Jack Ma</cite></figcaption></figure>
<p><strong>Try this</strong> Pick one thing that works well today and ask what could break it in two years.</p>
<ul><li>Innovation</li><li>Leadership</li></ul><p>Source: <cite>Surprising Advice From Alibaba Founder Jack Ma</cite></p>
</article></main></body></html>`,
  );
  return dir;
}

/** Runs in the page before anything else: notes the first frame in which the card can be read. */
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

async function openTab(context, extensionDir) {
  const page = await context.newPage();
  await page.addInitScript(probe);
  const loaded = new Map();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.protocol !== 'chrome-extension:') return;
    if (/\.(js|css)$/.test(url.pathname)) {
      const file = readFileSync(join(extensionDir, url.pathname));
      loaded.set(url.pathname, {
        raw: file.length,
        gzip: gzipSync(file, { level: 9 }).length,
        at: Date.now(),
      });
    } else if (url.pathname.endsWith('.html')) {
      // Styles inlined in the page count as CSS the page loads.
      const html = readFileSync(join(extensionDir, url.pathname), 'utf8');
      const css = Buffer.from(
        [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join(''),
      );
      if (css.length > 0)
        loaded.set(`${url.pathname} <style>`, {
          raw: css.length,
          gzip: gzipSync(css, { level: 9 }).length,
          at: Date.now(),
        });
    }
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto('chrome://newtab/');
  // Plain CDP from here on: Playwright's helpers would inject their own scripts into the page and
  // weigh on its heap.
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `new Promise((resolve) => {
      const started = performance.now();
      const wait = () => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        if (window.__cardVisibleAt === undefined || (fcp === undefined && performance.now() - started < 5000))
          setTimeout(wait, 10);
        else resolve({ ttc: window.__cardVisibleAt, fcp: fcp ?? null, origin: performance.timeOrigin });
      };
      wait();
    })`,
    awaitPromise: true,
    returnByValue: true,
    timeout: 30_000,
  });
  const timing = { ttc: result.value.ttc, fcp: result.value.fcp ?? Number.NaN };
  // Let work queued after the first frame (favorites, sync settings) finish before weighing the heap.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  const files = [...loaded.values()];
  const gzip = (list) => list.reduce((sum, f) => sum + f.gzip, 0);
  const bytes = {
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: gzip(files),
    // What the page had fetched by the time the card showed (the rest loads after it).
    gzipBeforeCard: gzip(files.filter((f) => f.at <= result.value.origin + result.value.ttc)),
  };
  await page.close();
  return { ...timing, heap, ...bytes };
}

async function measure(extensionDir) {
  const profile = mkdtempSync(join(tmpdir(), 'lesson-tab-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      `--load-extension=${extensionDir}`,
      `--disable-extensions-except=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const first = await openTab(context, extensionDir);
    const warm = await openTab(context, extensionDir);
    return { first, warm };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const quantile = (values, q) => {
  const sorted = values.filter(Number.isFinite).toSorted((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
};

const METRICS = [
  ['time to card, first tab (ms)', (r) => r.first.ttc],
  ['time to card, warm tab (ms)', (r) => r.warm.ttc],
  ['first contentful paint, first tab (ms)', (r) => r.first.fcp],
  ['first contentful paint, warm tab (ms)', (r) => r.warm.fcp],
  ['JS heap after load, first tab (MB)', (r) => r.first.heap / 2 ** 20],
  ['JS+CSS loaded, raw (KB)', (r) => r.first.raw / 1024],
  ['JS+CSS loaded, gzip (KB)', (r) => r.first.gzip / 1024],
  ['JS+CSS loaded before the card, gzip (KB)', (r) => r.first.gzipBeforeCard / 1024],
];

async function main() {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    console.error(`No built extension in ${EXTENSION}: run \`npm run build\` first.`);
    process.exit(2);
  }
  if (!existsSync(CHROME)) {
    console.error(`No Chromium at ${CHROME}: \`apt-get install chromium\`, or set CHROME_PATH.`);
    process.exit(2);
  }
  const baselineDir = makeBaseline();
  const samples = { lessonTab: [], baseline: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, alternating who goes first, so drift on the machine hits both alike.
      const order = run % 2 === 0 ? ['baseline', 'lessonTab'] : ['lessonTab', 'baseline'];
      for (const who of order) samples[who].push(await measure(who === 'baseline' ? baselineDir : EXTENSION));
      process.stderr.write(`run ${run + 1}/${RUNS}\n`);
    }
  } finally {
    rmSync(baselineDir, { recursive: true, force: true });
  }

  const summary = METRICS.map(([name, pick]) => {
    const ours = samples.lessonTab.map(pick);
    const base = samples.baseline.map(pick);
    const row = {
      metric: name,
      median: quantile(ours, 0.5),
      p90: quantile(ours, 0.9),
      baselineMedian: quantile(base, 0.5),
      baselineP90: quantile(base, 0.9),
    };
    return { ...row, ratio: row.baselineMedian > 0 ? row.median / row.baselineMedian : Number.NaN };
  });

  const fmt = (n) => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : 1) : '—');
  console.log(`\nLesson Tab new tab vs a static page — ${RUNS} run(s) each, medians and p90\n`);
  console.log('| metric | Lesson Tab median | p90 | static median | p90 | ratio |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of summary) {
    // Bytes have no meaningful ratio: the static page loads next to none.
    const ratio = Number.isFinite(r.ratio) && !r.metric.startsWith('JS+CSS') ? `${r.ratio.toFixed(2)}×` : '—';
    console.log(
      `| ${r.metric} | ${fmt(r.median)} | ${fmt(r.p90)} | ${fmt(r.baselineMedian)} | ${fmt(r.baselineP90)} | ${ratio} |`,
    );
  }
  const get = (name) => summary.find((r) => r.metric.startsWith(name));
  const budgets = [
    [
      `time to card, first tab ≤ ${BUDGET.ttcRatio}× static`,
      get('time to card, first').ratio <= BUDGET.ttcRatio,
    ],
    [
      `time to card, warm tab ≤ ${BUDGET.ttcRatio}× static`,
      get('time to card, warm').ratio <= BUDGET.ttcRatio,
    ],
    [
      `JS+CSS ≤ ${BUDGET.gzipKB} KB gzip, whole deck included`,
      get('JS+CSS loaded, gzip').median <= BUDGET.gzipKB,
    ],
    [`JS heap ≤ ${BUDGET.heapMB} MB on first open`, get('JS heap').median <= BUDGET.heapMB],
  ];
  console.log('\nBudgets (read, not enforced):');
  for (const [name, met] of budgets) console.log(`  ${met ? 'met   ' : 'MISSED'} ${name}`);

  if (JSON_OUT) {
    mkdirSync(dirname(resolve(JSON_OUT)), { recursive: true });
    writeFileSync(
      JSON_OUT,
      `${JSON.stringify({ runs: RUNS, date: new Date().toISOString(), summary, samples }, null, 2)}\n`,
    );
  }
}

await main();
