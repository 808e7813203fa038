#!/usr/bin/env node
/**
 * Does a profile with many lessons of the user's own open its new tab as fast as one with none?
 * Each run launches two fresh profiles of the same build, interleaved: one given N lessons of its
 * own (in IndexedDB, and the index the first frame deals from in localStorage), one given none,
 * both through the options page first. Then the first and a second new tab are measured as in
 * bench/newtab.mjs. Prints the ratios many/none, the heap, and the index's size in localStorage.
 *
 *   node bench/my-lessons.mjs [--runs 15] [--lessons 5000]
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, option, quantile, requireReady, TIMINGS } from './measure.mjs';

const EXTENSION = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), '.output/chrome-mv3');
const RUNS = Number(option('runs', '15'));
const LESSONS = Number(option('lessons', '5000'));
const TARGET = 1.05;

/** Gives the profile `count` lessons of its own, the way the options page keeps them. */
export const seeded = (count) => async (context) => {
  const page = await context.newPage();
  await page.goto('chrome://newtab/');
  // A profile in use: its first tab has kept the frames of the next cards.
  await page.waitForFunction(() => localStorage.getItem('lesson-tab:frames') !== null);
  const origin = await page.evaluate(() => location.origin);
  await page.goto(`${origin}/options.html`);
  await page.getByRole('heading', { name: 'My lessons' }).waitFor();
  await page.evaluate(async (n) => {
    const themes = ['failure', 'customers', 'innovation', 'passion', 'persistence', 'vision'];
    const lessons = Array.from({ length: n }, (_, i) => ({
      id: `my-${i.toString(36).padStart(12, '0')}`,
      title: `A lesson of my own, number ${i}`,
      body: 'Something learned the hard way, written down so that it comes back on a new tab one day, in two or three sentences of the reader’s own.',
      tryThis: 'Do one small thing about it today.',
      themes: [themes[i % themes.length], themes[(i + 3) % themes.length]],
      source: 'My notebook',
      lang: 'en',
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
    }));
    const db = await new Promise((done, fail) => {
      const request = indexedDB.open('lesson-tab');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    await new Promise((done, fail) => {
      const tx = db.transaction('lessons', 'readwrite');
      for (const lesson of lessons) tx.objectStore('lessons').put(lesson);
      tx.oncomplete = done;
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, count);
  // The options page keeps the first frame's index of them, as it does after any change.
  await page.reload();
  await page.getByRole('heading', { name: 'My lessons' }).waitFor();
  await page.getByText(`Your lessons: ${count}`).waitFor();
  const bytes = await page.evaluate(() => (localStorage.getItem('lesson-tab:my-lessons') ?? '').length * 2);
  await page.close();
  return bytes;
};

async function main() {
  requireReady([EXTENSION]);
  const samples = { none: [], many: [] };
  let indexBytes = 0;
  for (let run = 0; run < RUNS; run++) {
    for (const name of run % 2 ? ['many', 'none'] : ['none', 'many']) {
      const count = name === 'many' ? LESSONS : 0;
      samples[name].push(
        await measure(EXTENSION, async (context) => {
          const bytes = await seeded(count)(context);
          if (count) indexBytes = bytes;
        }),
      );
    }
    process.stderr.write(`run ${run + 1}/${RUNS}\n`);
  }
  const median = (name, pick) => quantile(samples[name].map(pick), 0.5);
  const ms = (n) => (Number.isFinite(n) ? n.toFixed(1) : '—');
  console.log(
    `\nA profile with ${LESSONS} lessons of its own against one with none: ${RUNS} runs (medians, ms)\n`,
  );
  console.log('| metric | none | many | ratio |\n| --- | ---: | ---: | ---: |');
  let worst = 0;
  for (const [metric, pick] of TIMINGS) {
    const none = median('none', pick);
    const many = median('many', pick);
    worst = Math.max(worst, many / none);
    console.log(`| ${metric} | ${ms(none)} | ${ms(many)} | ${(many / none).toFixed(2)}× |`);
  }
  const heap = (name) => (median(name, (r) => r.warm.heap) / 2 ** 20).toFixed(2);
  console.log(`\nJS heap after load, warm tab: ${heap('many')} MB (none: ${heap('none')} MB)`);
  console.log(`Index in localStorage for the first frame: ${(indexBytes / 1024).toFixed(0)} KB (UTF-16)`);
  console.log(
    `\nTarget (read, not enforced): within ${TARGET}× — ${worst <= TARGET ? 'met' : 'MISSED'} (worst ${worst.toFixed(2)}×)`,
  );
}

// Run as a script, not when another bench script borrows `seeded`.
if (import.meta.url === `file://${process.argv[1]}`) await main();
