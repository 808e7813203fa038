#!/usr/bin/env node
/**
 * New-tab benchmark in headless Chromium, each run in fresh profiles, every page interleaved:
 *   - Lesson Tab, the build in .output/chrome-mv3 (built beforehand);
 *   - its static twin: the same page as Lesson Tab renders it (rendered here, scripts stripped,
 *     inline styles kept), the physical limit for this page: one for the first tab and one for
 *     the warm tab, each with the card that tab draws (randomness is seeded, so every run deals
 *     the same cards);
 *   - the twin with Lesson Tab's first-frame script in <head>, inert (its bytes fetched and pre-parsed,
 *     none run, localStorage opened): the floor for a page that must fetch that script and read
 *     its rotation before it paints, as a rotating card must (an extension page cannot inline a
 *     script);
 *   - a bare text page (one heading, no style), the floor of any extension page;
 *   - with `--compare DIR`, another build of Lesson Tab (an older commit, say), measured the same.
 *
 *   node bench/newtab.mjs [--runs 30] [--compare DIR] [--json results.json]
 *
 * Figures: first contentful paint and time to card (the first animation frame in which the card's
 * title is present, non-empty and visible), for the first new tab of a fresh profile and a second
 * ("warm") one, medians and p90s, each as a ratio to the twin measured in the same run; the JS
 * heap after load; the bytes fetched before the card showed. Nothing here passes or fails.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  launch,
  measure,
  option,
  quantile,
  ratioInterval,
  requireReady,
  seededRandom,
  TIMINGS,
} from './measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const TARGET = { ratio: 1.1, beforeCardKB: 8, heapMB: 2 };

// 30 runs: with 15, medians here moved by ±0.1 between runs of the same build.
const RUNS = Number(option('runs', '30'));
const JSON_OUT = option('json');
const COMPARE = option('compare');

/** An extension whose new tab is `html`, with nothing else in it but `files`. */
function staticExtension(name, html, files = {}) {
  const dir = mkdtempSync(join(tmpdir(), `lesson-tab-${name}-`));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1.0.0',
      chrome_url_overrides: { newtab: 'newtab.html' },
    }),
  );
  writeFileSync(join(dir, 'newtab.html'), html);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/** A page as Lesson Tab drew it, once its app had run: scripts out, the inline styles kept. */
function snapshot() {
  const copy = document.documentElement.cloneNode(true);
  // The scripts, and the stylesheets the app added after the paint (for its dialogs and panels):
  // the twin keeps the page's inline styles, all the first frame is drawn with.
  const added = 'script, link[rel="expect"], link[rel="modulepreload"], link[rel="stylesheet"]';
  for (const node of copy.querySelectorAll(added)) node.remove();
  return `<!doctype html>\n${copy.outerHTML}`;
}

/**
 * Lesson Tab's first-frame script made inert: the same bytes fetched and pre-parsed, none of it run
 * (wrapped in a function never called), and one read of localStorage, which opens it: the least
 * a page does that deals its card from a stored rotation before its first paint.
 */
const inertScript = () =>
  `function inert() {\n${readFileSync(join(EXTENSION, 'first-frame.js'), 'utf8')}\n}\nlocalStorage.getItem('lesson-tab:rotation');\n`;

/**
 * The twins of Lesson Tab's first and warm tabs: each the page that tab draws (the same cards in
 * every run, see seededRandom), as static extensions; and each with Lesson Tab's first-frame
 * script in <head>, inert: what the page pays for fetching a script of that size and opening
 * localStorage before it paints (an extension page cannot inline a script), with no work done.
 */
async function makeTwins() {
  const browser = await launch(EXTENSION);
  try {
    const pages = [];
    let before = null;
    for (const tab of ['first', 'warm']) {
      const page = await browser.context.newPage();
      await page.addInitScript(seededRandom);
      await page.goto('chrome://newtab/');
      await page.getByRole('article').waitFor();
      // Once the app has drawn: it keeps the next cards' frames after that.
      await page.waitForFunction((kept) => {
        const frames = localStorage.getItem('lesson-tab:frames');
        return frames !== null && frames !== kept;
      }, before);
      before = await page.evaluate(() => localStorage.getItem('lesson-tab:frames'));
      const html = await page.evaluate(snapshot);
      const scripted = html.replace('</title>', '</title><script src="/first-frame.js"></script>');
      pages.push(
        [`twin-${tab}`, staticExtension(`twin-${tab}`, html)],
        [
          `script-${tab}`,
          staticExtension(`twin-script-${tab}`, scripted, { 'first-frame.js': inertScript() }),
        ],
      );
      // As measured: the first tab is closed before the warm one opens.
      await page.close();
    }
    return Object.fromEntries(pages);
  } finally {
    await browser.close();
  }
}

const TEXT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>New Tab</title></head>
<body><article><h1>Repair the roof while the sun shines</h1></article></body></html>`;

/** Runs in the page before anything else: notes the first frame in which the card can be read. */
async function main() {
  requireReady([EXTENSION, COMPARE].filter(Boolean));
  const twins = await makeTwins();
  const pages = { lessonTab: EXTENSION, ...twins, text: staticExtension('text', TEXT_PAGE) };
  if (COMPARE) pages.compared = COMPARE;
  const names = Object.keys(pages);
  const measured = Object.fromEntries(names.map((name) => [name, []]));
  try {
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, each run starting with another page, so drift on the machine hits all alike.
      for (let i = 0; i < names.length; i++) {
        const name = names[(run + i) % names.length];
        measured[name].push(await measure(pages[name]));
      }
      process.stderr.write(`run ${run + 1}/${RUNS}\n`);
    }
  } finally {
    for (const dir of [...Object.values(twins), pages.text]) rmSync(dir, { recursive: true, force: true });
  }
  // Each tab against the twin of the page it drew: the first tab's twin for first tabs, the warm
  // tab's for warm ones.
  const paired = (first, warm) =>
    measured[first].map((sample, i) => ({ first: sample.first, warm: measured[warm][i].warm }));
  const samples = {
    lessonTab: measured.lessonTab,
    twin: paired('twin-first', 'twin-warm'),
    twinScript: paired('script-first', 'script-warm'),
    text: measured.text,
    ...(COMPARE && { compared: measured.compared }),
  };
  // The seeded randomness deals the same cards in every run; a run that drew others is said.
  const cards = (name, tab) => new Set(samples[name].map((sample) => sample[tab].card));
  const drewOthers = ['lessonTab', 'compared']
    .filter((name) => samples[name])
    .flatMap((name) =>
      ['first', 'warm']
        .filter(
          (tab) => cards(name, tab).size !== 1 || [...cards(name, tab)][0] !== [...cards('twin', tab)][0],
        )
        .map((tab) => `${name}'s ${tab} tab`),
    );

  const stats = (name, pick) => {
    const values = samples[name].map(pick);
    return { median: quantile(values, 0.5), p90: quantile(values, 0.9) };
  };
  const summary = TIMINGS.map(([metric, pick]) => {
    const row = {
      metric,
      ...Object.fromEntries(Object.keys(samples).map((name) => [name, stats(name, pick)])),
    };
    for (const name of ['lessonTab', 'compared', 'twinScript', 'text'].filter((n) => row[n])) {
      row[name].ratio = row[name].median / row.twin.median;
      row[name].p90Ratio = row[name].p90 / row.twin.p90;
      row[name].interval = ratioInterval(samples[name].map(pick), samples.twin.map(pick));
    }
    return row;
  });
  const extra = {
    heapMB: stats('lessonTab', (r) => r.first.heap / 2 ** 20).median,
    twinHeapMB: stats('twin', (r) => r.first.heap / 2 ** 20).median,
    beforeCardKB: stats('lessonTab', (r) => r.first.beforeCard / 1024).median,
    twinBeforeCardKB: stats('twin', (r) => r.first.beforeCard / 1024).median,
  };

  const ms = (n) => (Number.isFinite(n) ? n.toFixed(1) : '—');
  const x = (n) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : '—');
  const columns = [
    ['lessonTab', 'Lesson Tab'],
    ['compared', 'compared build'],
    ['twinScript', 'twin + inert script and localStorage'],
    ['text', 'bare text'],
  ].filter(([name]) => samples[name]);
  console.log(`\nLesson Tab's new tab against its static twin: ${RUNS} run(s) each, interleaved (ms)\n`);
  console.log(
    `| metric | twin median / p90 | ${columns.map(([, label]) => `${label} median / p90 | ratio [90% interval] (p90 ratio)`).join(' | ')} |`,
  );
  console.log(`| --- | ---: | ${columns.map(() => '---: | ---:').join(' | ')} |`);
  for (const row of summary) {
    const cells = columns.map(([name]) => {
      const [low, high] = row[name].interval;
      return `${ms(row[name].median)} / ${ms(row[name].p90)} | ${x(row[name].ratio)} [${x(low)}–${x(high)}] (${x(row[name].p90Ratio)})`;
    });
    console.log(`| ${row.metric} | ${ms(row.twin.median)} / ${ms(row.twin.p90)} | ${cells.join(' | ')} |`);
  }
  if (drewOthers.length > 0) console.log(`\nNOTE: not always the twin's card on ${drewOthers.join(', ')}.`);
  console.log(
    `\nJS heap after load, first tab: ${extra.heapMB.toFixed(2)} MB (twin ${extra.twinHeapMB.toFixed(2)} MB)` +
      `\nFetched before the card, gzip: ${extra.beforeCardKB.toFixed(1)} KB (twin ${extra.twinBeforeCardKB.toFixed(1)} KB)`,
  );
  const worst = Math.max(...summary.map((row) => row.lessonTab.ratio));
  const worstHigh = Math.max(...summary.map((row) => row.lessonTab.interval[1]));
  console.log('\nTargets (read, not enforced):');
  for (const [name, met] of [
    [`every timing ≤ ${TARGET.ratio}× the twin (worst ${x(worst)})`, worst <= TARGET.ratio],
    [
      `beyond the noise: every 90% interval ends ≤ ${TARGET.ratio}× (worst ${x(worstHigh)})`,
      worstHigh <= TARGET.ratio,
    ],
    [`fetched before the card ≤ ${TARGET.beforeCardKB} KB gzip`, extra.beforeCardKB <= TARGET.beforeCardKB],
    [`JS heap ≤ ${TARGET.heapMB} MB`, extra.heapMB <= TARGET.heapMB],
  ])
    console.log(`  ${met ? 'met   ' : 'MISSED'} ${name}`);

  if (JSON_OUT) {
    mkdirSync(dirname(resolve(JSON_OUT)), { recursive: true });
    writeFileSync(
      JSON_OUT,
      `${JSON.stringify({ runs: RUNS, date: new Date().toISOString(), summary, extra, samples }, null, 2)}\n`,
    );
  }
}

await main();
