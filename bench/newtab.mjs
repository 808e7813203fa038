#!/usr/bin/env node
/**
 * New-tab benchmark in headless Chromium, each run in fresh profiles, every page interleaved:
 *   - Lesson Tab, the build in .output/chrome-mv3 (built beforehand);
 *   - its static twin: the same page as Lesson Tab renders it (rendered here, scripts stripped,
 *     inline styles kept), the physical limit for this page;
 *   - the twin with one empty script in <head>: the floor for a page that must run a script before
 *     it paints, as a rotating card must (an extension page cannot inline one);
 *   - a bare text page (one heading, no style), the floor of any extension page;
 *   - with `--compare DIR`, another build of Lesson Tab (an older commit, say), measured the same.
 *
 *   node bench/newtab.mjs [--runs 15] [--compare DIR] [--json results.json]
 *
 * Figures: first contentful paint and time to card (the first animation frame in which the card's
 * title is present, non-empty and visible), for the first new tab of a fresh profile and a second
 * ("warm") one, medians and p90s, each as a ratio to the twin measured in the same run; the JS
 * heap after load; the bytes fetched before the card showed. Nothing here passes or fails.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, measure, option, quantile, requireReady, TIMINGS } from './measure.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const TARGET = { ratio: 1.1, beforeCardKB: 8, heapMB: 2 };

const RUNS = Number(option('runs', '15'));
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

async function makeTwin() {
  const browser = await launch(EXTENSION);
  try {
    const page = await browser.context.newPage();
    await page.goto('chrome://newtab/');
    await page.getByRole('article').waitFor();
    // Once the app has drawn (it keeps the next cards' frames after that).
    await page.waitForFunction(() => localStorage.getItem('lesson-tab:frames') !== null);
    const html = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true);
      for (const node of copy.querySelectorAll('script, link[rel="expect"], link[rel="modulepreload"]'))
        node.remove();
      return `<!doctype html>\n${copy.outerHTML}`;
    });
    // The twin with one empty classic script in <head>: what any page pays that runs a script of
    // its own before painting (an extension page cannot inline one), with no work in it.
    const scripted = html.replace('</title>', '</title><script src="/empty.js"></script>');
    return [staticExtension('twin', html), staticExtension('twin-script', scripted, { 'empty.js': '' })];
  } finally {
    await browser.close();
  }
}

const TEXT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>New Tab</title></head>
<body><article><h1>Repair the roof while the sun shines</h1></article></body></html>`;

/** Runs in the page before anything else: notes the first frame in which the card can be read. */
async function main() {
  requireReady([EXTENSION, COMPARE].filter(Boolean));
  const [twin, twinScript] = await makeTwin();
  const pages = { lessonTab: EXTENSION, twin, twinScript, text: staticExtension('text', TEXT_PAGE) };
  if (COMPARE) pages.compared = COMPARE;
  const names = Object.keys(pages);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  try {
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, each run starting with another page, so drift on the machine hits all alike.
      for (let i = 0; i < names.length; i++) {
        const name = names[(run + i) % names.length];
        samples[name].push(await measure(pages[name]));
      }
      process.stderr.write(`run ${run + 1}/${RUNS}\n`);
    }
  } finally {
    for (const dir of [pages.twin, pages.twinScript, pages.text])
      rmSync(dir, { recursive: true, force: true });
  }

  const stats = (name, pick) => {
    const values = samples[name].map(pick);
    return { median: quantile(values, 0.5), p90: quantile(values, 0.9) };
  };
  const summary = TIMINGS.map(([metric, pick]) => {
    const row = { metric, ...Object.fromEntries(names.map((name) => [name, stats(name, pick)])) };
    for (const name of ['lessonTab', 'compared', 'twinScript', 'text'].filter((n) => row[n])) {
      row[name].ratio = row[name].median / row.twin.median;
      row[name].p90Ratio = row[name].p90 / row.twin.p90;
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
    ['twinScript', 'twin + empty script'],
    ['text', 'bare text'],
  ].filter(([name]) => pages[name]);
  console.log(`\nLesson Tab's new tab against its static twin: ${RUNS} run(s) each, interleaved (ms)\n`);
  console.log(
    `| metric | twin median / p90 | ${columns.map(([, label]) => `${label} median / p90 | ratio (p90 ratio)`).join(' | ')} |`,
  );
  console.log(`| --- | ---: | ${columns.map(() => '---: | ---:').join(' | ')} |`);
  for (const row of summary) {
    const cells = columns.map(
      ([name]) =>
        `${ms(row[name].median)} / ${ms(row[name].p90)} | ${x(row[name].ratio)} (${x(row[name].p90Ratio)})`,
    );
    console.log(`| ${row.metric} | ${ms(row.twin.median)} / ${ms(row.twin.p90)} | ${cells.join(' | ')} |`);
  }
  console.log(
    `\nJS heap after load, first tab: ${extra.heapMB.toFixed(2)} MB (twin ${extra.twinHeapMB.toFixed(2)} MB)` +
      `\nFetched before the card, gzip: ${extra.beforeCardKB.toFixed(1)} KB (twin ${extra.twinBeforeCardKB.toFixed(1)} KB)`,
  );
  const worst = Math.max(...summary.map((row) => row.lessonTab.ratio));
  console.log('\nTargets (read, not enforced):');
  for (const [name, met] of [
    [`every timing ≤ ${TARGET.ratio}× the twin (worst ${x(worst)})`, worst <= TARGET.ratio],
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
