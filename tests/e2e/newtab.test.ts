import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESSONS } from '../../data/lessons';
import { BROWSER, launch, type Session, type Tab } from './driver';

const card = (page: Tab) => page.getByRole('article');
const cardId = async (page: Tab) => (await card(page).getAttribute('data-lesson-id')) as string;
const titleOf = (id: string) => LESSONS.find((lesson) => lesson.id === id)?.title;

describe(`the new tab (${BROWSER})`, () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows one lesson card named by its title, with its parts', async () => {
    const page = await session.newTab();
    const id = await cardId(page);
    const lesson = LESSONS.find((l) => l.id === id);
    expect(lesson).toBeDefined();
    await expect(card(page).getAttribute('aria-labelledby')).resolves.toBeTruthy();
    expect(await page.getByRole('article', { name: lesson?.title }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(lesson?.title);
    expect(await page.getByRole('list', { name: 'Themes' }).getByRole('listitem').count()).toBe(
      lesson?.themes.length,
    );
    if (lesson?.quote) expect(await page.locator('blockquote').textContent()).toContain(lesson.quote.text);
    await page.close();
  });

  it('shows every card once before any repeats, across new tabs', async () => {
    const seen: string[] = [];
    // The previous test drew one card of this cycle already.
    for (let i = 0; i < LESSONS.length - 1; i++) {
      const page = await session.newTab();
      seen.push(await cardId(page));
      await page.close();
    }
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('gives 20 tabs opened in one burst different cards', async () => {
    const pages = await session.newTabs(20);
    const ids = await Promise.all(pages.map(cardId));
    expect(new Set(ids).size).toBe(ids.length);
    await Promise.all(pages.map((page) => page.close()));
  });

  it('moves through the deck with the buttons', async () => {
    const page = await session.newTab();
    const first = await cardId(page);
    await page.getByRole('button', { name: 'Next lesson' }).click();
    await expect.poll(() => cardId(page)).not.toBe(first);
    const second = await cardId(page);
    expect(await page.getByRole('article', { name: titleOf(second) }).count()).toBe(1);
    await page.getByRole('button', { name: 'Previous lesson' }).click();
    await expect.poll(() => cardId(page)).toBe(first);
    await page.getByRole('button', { name: 'Next lesson' }).click();
    await expect.poll(() => cardId(page)).toBe(second);
    await page.close();
  });

  it('moves through the deck with the arrow keys', async () => {
    const page = await session.newTab();
    const first = await cardId(page);
    await page.press('ArrowRight');
    await expect.poll(() => cardId(page)).not.toBe(first);
    await page.press('ArrowLeft');
    await expect.poll(() => cardId(page)).toBe(first);
    await page.close();
  });

  it('looks right in light and dark', async () => {
    const page = await session.newTab();
    // Show a card with a quote: it has every part a card can have.
    for (let i = 0; i < LESSONS.length && (await page.locator('blockquote').count()) === 0; i++) {
      await page.getByRole('button', { name: 'Next lesson' }).click();
    }
    // The card as a reader sees it, once its entrance animation is over.
    await page.waitForFunction(() => document.getAnimations().length === 0);
    const light = await page.screenshot('newtab-light');
    if (process.env.UPDATE_README_SCREENSHOT && BROWSER === 'chromium')
      copyFileSync(light, resolve(__dirname, '../../docs/newtab.png'));
    await page.setColorScheme('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.screenshot('newtab-dark');
    await page.setViewportSize({ width: 380, height: 800 });
    await page.screenshot('newtab-narrow-dark');
    await page.setColorScheme('light');
    await page.close();
  });

  it('makes no request outside the extension and logs no errors', async () => {
    expect(await session.problems()).toEqual({ requests: [], errors: [] });
  });

  it('would notice a request that leaves the extension, a console error and an uncaught one', async () => {
    const page = await session.newTab();
    await page.evaluate(() => {
      new Image().src = 'https://lesson-tab-probe.invalid/probe.png';
      console.error('lesson-tab console probe');
      setTimeout(() => {
        throw new Error('lesson-tab thrown probe');
      });
      void Promise.reject(new Error('lesson-tab rejected probe'));
    });
    await expect
      .poll(async () => {
        const { requests, errors } = await session.problems();
        return [
          requests.some((url) => url.includes('lesson-tab-probe')),
          ...['console', 'thrown', 'rejected'].map((probe) =>
            errors.some((e) => e.includes(`${probe} probe`)),
          ),
        ];
      })
      .toEqual([true, true, true, true]);
    session.clearProblems();
    await page.close();
  });
});
