import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch } from './browser';

const DARK = 'rgb(18, 19, 22)';
const LIGHT = 'rgb(244, 239, 231)';

/**
 * The page's background and pinned appearance in the first frame the browser renders: a
 * requestAnimationFrame callback queued before anything else runs fires just before that paint.
 */
async function firstFrame(page: Page): Promise<{ background: string; appearance?: string }> {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { first: unknown }).first = {
        background: getComputedStyle(document.documentElement).backgroundColor,
        canvas: getComputedStyle(document.documentElement).colorScheme,
        appearance: document.documentElement.dataset.appearance,
      };
    });
  });
  await page.goto('chrome://newtab/');
  await page.getByRole('main').waitFor();
  return page.evaluate(() => (window as unknown as { first: never }).first);
}

async function saveAppearance(page: Page, name: 'Light' | 'Dark') {
  await page.getByRole('radio', { name }).check();
  const saved = () =>
    page.evaluate(() => JSON.parse(localStorage.getItem('lesson-tab:settings') ?? '{}').settings?.appearance);
  await expect.poll(saved).toBe(name.toLowerCase());
}

describe('the first frame has the right background', () => {
  it('has the card, and the app takes over its nodes without redrawing them', async () => {
    const session = await launch();
    try {
      // The first tab of a fresh profile starts with the welcome frame, the next with the one the
      // first tab kept for it.
      for (const tab of ['first', 'second']) {
        const page = await session.context.newPage();
        await page.addInitScript(() => {
          const seen = window as unknown as { firstTitle?: string; redrawn: number };
          seen.redrawn = 0;
          requestAnimationFrame(() => {
            seen.firstTitle = document.querySelector('article h1')?.textContent ?? undefined;
            // Writing a text with the same words again is no change on screen.
            new MutationObserver((changes) => {
              seen.redrawn += changes.filter(
                (change) => change.type === 'childList' || change.oldValue !== change.target.textContent,
              ).length;
            }).observe(document.getElementById('app') as HTMLElement, {
              childList: true,
              characterData: true,
              characterDataOldValue: true,
              subtree: true,
            });
          });
        });
        await page.goto('chrome://newtab/');
        // The app sets the next card aside once it is wired: by then it has rendered.
        await page.waitForFunction(() => localStorage.getItem('lesson-tab:next') !== null);
        const seen = await page.evaluate(() => {
          const { firstTitle, redrawn } = window as unknown as { firstTitle?: string; redrawn: number };
          return { firstTitle, redrawn };
        });
        const title = await page.getByRole('heading', { level: 1 }).textContent();
        expect({ tab, firstTitle: seen.firstTitle, redrawn: seen.redrawn }).toEqual({
          tab,
          firstTitle: title,
          redrawn: 0,
        });
        await page.close();
      }
    } finally {
      await session.close();
    }
  });

  it('draws no tampered or damaged frame, and the app still shows the card set aside', async () => {
    const session = await launch();
    try {
      for (const damage of ['tampered', 'damaged'] as const) {
        const before = await session.newTab();
        // The app keeps the frame once it has set the next card aside.
        await before.waitForFunction(() => localStorage.getItem('lesson-tab:next') !== null);
        const next = await before.evaluate((damage) => {
          const stored = JSON.parse(localStorage.getItem('lesson-tab:frames') ?? '{}');
          const frames = stored.frames.map((frame: { tree: unknown[] }) => ({
            ...frame,
            tree: [['script', { src: '/first-frame.js' }], ...frame.tree],
          }));
          localStorage.setItem(
            'lesson-tab:frames',
            damage === 'tampered' ? JSON.stringify({ ...stored, frames }) : '{"version":1,"frames":[[',
          );
          return JSON.parse(localStorage.getItem('lesson-tab:next') ?? 'null');
        }, damage);
        await before.close();
        const page = await session.newTab();
        expect(await page.getByRole('article').getAttribute('data-lesson-id')).toBe(next);
        expect(await page.locator('#app script').count()).toBe(0);
        await page.close();
      }
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('follows a dark system preference', async () => {
    const session = await launch({ colorScheme: 'dark' });
    try {
      expect(await firstFrame(await session.context.newPage())).toMatchObject({ background: DARK });
    } finally {
      await session.close();
    }
  });

  it('applies a saved dark setting on a light system, and a saved light one on a dark system', async () => {
    const light = await launch({ colorScheme: 'light' });
    try {
      await saveAppearance(await light.openPage('options.html'), 'Dark');
      expect(await firstFrame(await light.context.newPage())).toEqual({
        background: DARK,
        canvas: 'dark',
        appearance: 'dark',
      });
    } finally {
      await light.close();
    }
    const dark = await launch({ colorScheme: 'dark' });
    try {
      await saveAppearance(await dark.openPage('options.html'), 'Light');
      expect(await firstFrame(await dark.context.newPage())).toEqual({
        background: LIGHT,
        canvas: 'light',
        appearance: 'light',
      });
    } finally {
      await dark.close();
    }
  });
});
