import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER, launch, type Tab as Page, type Session } from './driver';
import type { ExtensionApi } from './extension-api';

/** `browser` in Firefox, `chrome` in Chromium (see extension-api.ts). */
declare const chrome: ExtensionApi;

const tags = async (page: Page) =>
  page.getByRole('list', { name: 'Themes' }).getByRole('listitem').allTextContents();
const cardId = async (page: Page) =>
  (await page.getByRole('article').getAttribute('data-lesson-id')) as string;
const checkbox = (page: Page, theme: string) =>
  page.getByRole('checkbox', { name: new RegExp(`^${theme} \\(\\d+\\)$`) });

/** The settings as stored in sync storage, read from an extension page. */
const storedSettings = (page: Page) =>
  page.evaluate(
    async () =>
      (await ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.sync.get('settings'))
        .settings as Record<string, unknown> | undefined,
  );

/** Counts writes to sync storage seen by a page from now on. */
async function countSyncWrites(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { syncWrites: number };
    w.syncWrites = 0;
    ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.onChanged.addListener(
      (changes, area) => {
        // The settings value itself (its version is kept beside it, under settings$).
        if (area === 'sync' && 'settings' in (changes as object)) w.syncWrites++;
      },
    );
  });
  return () => page.evaluate(() => (window as unknown as { syncWrites: number }).syncWrites);
}

async function onlyTheme(options: Page, theme: string) {
  await options.getByRole('button', { name: 'Clear' }).click();
  await checkbox(options, theme).check();
  await expect.poll(async () => (await storedSettings(options))?.themes).toEqual([theme.toLowerCase()]);
}

describe(`settings (${BROWSER})`, () => {
  let session: Session;
  const profile = mkdtempSync(join(tmpdir(), 'lesson-tab-settings-'));
  beforeAll(async () => {
    session = await launch({ profile });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is reachable from the new tab’s Settings link', async () => {
    const page = await session.newTab();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Lesson Tab settings' }).waitFor();
    expect(await page.url()).toMatch(/options\.html$/);
    await page.close();
  });

  it('shows only cards of the chosen theme, over 10 new tabs, with a burst of clicks written twice', async () => {
    const options = await session.openPage('options.html');
    const writes = await countSyncWrites(options);
    // A burst of seven clicks: the first is written at once, the rest as one more write.
    for (const theme of ['Customers', 'Vision', 'People', 'Vision', 'People'])
      await checkbox(options, theme).click();
    await onlyTheme(options, 'Failure');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const burst = await writes();
    expect(burst).toBeGreaterThanOrEqual(1);
    expect(burst).toBeLessThanOrEqual(2);
    for (let i = 0; i < 10; i++) {
      const page = await session.newTab();
      expect(await tags(page)).toContain('Failure');
      await page.close();
    }
    // Opening new tabs writes nothing to sync storage (only a change left unsynced would be).
    expect(await writes()).toBe(burst);
    await options.close();
  });

  it('keeps settings across a browser restart', async () => {
    await session.close();
    session = await launch({ profile });
    const options = await session.openPage('options.html');
    await expect.poll(() => checkbox(options, 'Failure').isChecked()).toBe(true);
    expect(await checkbox(options, 'Customers').isChecked()).toBe(false);
    const page = await session.newTab();
    expect(await tags(page)).toContain('Failure');
    await Promise.all([page.close(), options.close()]);
  });

  it('applies a change to an already open new tab without reload', async () => {
    const page = await session.newTab();
    const options = await session.openPage('options.html');
    await options.getByRole('radio', { name: 'Dark' }).check();
    // A loaded machine can take a moment: the change travels through storage events.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.appearance), { timeout: 5000 })
      .toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(18, 19, 22)',
    );
    await onlyTheme(options, 'Customers');
    await expect.poll(() => tags(page), { timeout: 5000 }).toContain('Customers');
    await options.getByRole('radio', { name: 'Same as the system' }).check();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.appearance)).toBeUndefined();
    await Promise.all([page.close(), options.close()]);
  });

  it('sends a change made just before the page closes, and still follows other devices', async () => {
    // A page that only watches sync: no new page load may send the change for the closed one.
    const watcher = await session.openPage('options.html');
    await expect.poll(async () => (await storedSettings(watcher))?.appearance).toBeDefined();
    const options = await session.openPage('options.html');
    await options.getByRole('radio', { name: 'Dark' }).check();
    // Closed within the pause that gathers a burst of clicks into one write.
    await options.close();
    await expect.poll(async () => (await storedSettings(watcher))?.appearance).toBe('dark');
    await watcher.close();
    const page = await session.newTab();
    await expect
      .poll(() =>
        page.evaluate(() => JSON.parse(localStorage.getItem('lesson-tab:settings') ?? '{}').unsynced),
      )
      .toBe(false);
    // Another device picks light: this one follows.
    await page.evaluate(async () => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const { settings } = await api.storage.sync.get('settings');
      await api.storage.sync.set({ settings: { ...(settings as object), appearance: 'light' } });
    });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.appearance)).toBe('light');
    const reset = await session.openPage('options.html');
    await reset.getByRole('radio', { name: 'Same as the system' }).check();
    await expect.poll(async () => (await storedSettings(reset))?.appearance).toBe('system');
    await Promise.all([page.close(), reset.close()]);
  });

  it('shows a friendly empty state with a link when no theme is selected', async () => {
    const options = await session.openPage('options.html');
    await options.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(async () => (await storedSettings(options))?.themes).toEqual([]);
    const page = await session.newTab();
    await page.screenshot('newtab-empty');
    expect(await page.getByRole('heading', { name: 'No lessons to show' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Open settings' }).click();
    await page.getByRole('heading', { name: 'Lesson Tab settings' }).waitFor();
    await options.getByRole('button', { name: 'Select all' }).click();
    await options.close();
    await page.close();
  });

  it('shows the same lesson of the day in every tab', async () => {
    const options = await session.openPage('options.html');
    await options.getByRole('radio', { name: /Once a day/ }).check();
    await expect.poll(async () => (await storedSettings(options))?.rotation).toBe('daily');
    const ids = [];
    for (let i = 0; i < 4; i++) {
      const page = await session.newTab();
      ids.push(await cardId(page));
      await page.close();
    }
    expect(new Set(ids).size).toBe(1);
    // Next still works in daily mode.
    const page = await session.newTab();
    await page.getByRole('button', { name: 'Next lesson' }).click();
    await expect.poll(() => cardId(page)).not.toBe(ids[0]);
    await options.getByRole('radio', { name: 'On every new tab' }).check();
    await Promise.all([page.close(), options.close()]);
  });

  it('shows only favorites when asked, and says so when there are none', async () => {
    const options = await session.openPage('options.html');
    await options.getByRole('radio', { name: 'My favorites only' }).check();
    await expect.poll(async () => (await storedSettings(options))?.lessonsFrom).toBe('favorites');
    const empty = await session.newTab();
    expect(await empty.getByRole('heading', { name: 'No favorites yet' }).count()).toBe(1);
    await empty.close();

    await options.getByRole('radio', { name: 'The whole deck' }).check();
    await expect.poll(async () => (await storedSettings(options))?.lessonsFrom).toBe('all');
    const favorites: string[] = [];
    const page = await session.newTab();
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Favorite', exact: true, pressed: false }).click();
      await page.getByRole('button', { name: 'Favorite', exact: true, pressed: true }).waitFor();
      favorites.push(await cardId(page));
      await page.getByRole('button', { name: 'Next lesson' }).click();
    }
    await page.close();
    await options.getByRole('radio', { name: 'My favorites only' }).check();
    await expect.poll(async () => (await storedSettings(options))?.lessonsFrom).toBe('favorites');
    for (let i = 0; i < 4; i++) {
      const tab = await session.newTab();
      expect(favorites).toContain(await cardId(tab));
      await tab.close();
    }
    await options.getByRole('radio', { name: 'The whole deck' }).check();
    await options.close();
  });

  it('works by keyboard alone, and resets to defaults after asking', async () => {
    const options = await session.openPage('options.html');
    const before = await checkbox(options, 'Failure').isChecked();
    await options.press('Tab');
    expect(await options.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    await options.press('Space');
    expect(await checkbox(options, 'Failure').isChecked()).toBe(!before);
    // Tab along to "Reset to defaults…", then confirm.
    for (let i = 0; i < 40; i++) {
      await options.press('Tab');
      if ((await options.evaluate(() => document.activeElement?.textContent)) === 'Reset to defaults…') break;
    }
    await options.press('Enter');
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Reset settings');
    await options.press('Enter');
    await expect.poll(() => checkbox(options, 'Failure').isChecked()).toBe(true);
    await expect.poll(async () => (await storedSettings(options))?.appearance).toBe('system');
    await options.screenshot('options-light', { fullPage: true });
    await options.setColorScheme('dark');
    await options.screenshot('options-dark', { fullPage: true });
    await options.setColorScheme('light');
    await options.close();
  });

  it('made no request outside the extension and logged no errors', async () => {
    expect(await session.problems()).toEqual({ requests: [], errors: [] });
  });
});
