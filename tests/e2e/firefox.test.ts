/** What only Firefox does: its storage permission prompt, and private windows with their own storage. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxSession, launchFirefoxOnly, type Tab } from './driver';
import { storedIds } from './stored-favorites';

const heart = (page: Tab) => page.getByRole('button', { name: 'Favorite', exact: true });

describe('Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefoxOnly();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('asks nothing when a card is favorited, and keeps favorites safe from eviction', async () => {
    const page = await session.newTab();
    await heart(page).click();
    await expect.poll(() => storedIds(page)).toHaveLength(1);
    // Persistent without asking: the browser will not evict it to free space. (persist() has been
    // called and answered by then, so a prompt would be up.)
    await expect.poll(() => page.evaluate(() => navigator.storage.persisted())).toBe(true);
    // The doorhanger navigator.storage.persist() would raise, or any other prompt.
    expect(
      await session.inBrowser(
        '"json:" + JSON.stringify([PopupNotifications.getNotification("persistent-storage", gBrowser.selectedBrowser), PopupNotifications.panel.state])',
      ),
    ).toEqual([null, 'closed']);
    await page.close();
  });

  it('says plainly that favorites are off in a private window, and keeps the normal ones', async () => {
    const normal = await session.newTab();
    const before = await storedIds(normal);
    await session.allowInPrivateWindows();
    const page = await session.newPrivateTab();
    expect(await page.evaluate(() => document.title)).toBe('New Tab');
    // The favorites store starts after the first paint.
    await expect.poll(() => heart(page).getAttribute('aria-disabled')).toBe('true');
    expect(await heart(page).getAttribute('title')).toMatch(/^Favorites are off in private windows/);
    await heart(page).click();
    await page.press('f');
    expect(await heart(page).getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByRole('status').first().textContent()).toMatch(/off in private windows/);
    await page.screenshot('private-window');
    const after = await session.newTab();
    expect(await storedIds(after)).toEqual(before);
  });

  it('made no request outside the extension and logged no errors', async () => {
    expect(await session.problems()).toEqual({ requests: [], errors: [] });
  });
});
