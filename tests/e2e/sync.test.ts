/**
 * Favorites that follow you, through the browser's own sync. "Another device" is an extension
 * page writing to storage.sync; a "new device" is this profile with its IndexedDB deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LESSONS } from '../../data/lessons';
import { mergeRecords } from '../../utils/favorites-sync/sync-merge';
import type { SyncRecord } from '../../utils/favorites-sync/sync-record';
import {
  decodeItems,
  encodeRecord,
  itemBytes,
  SHARD_PREFIX,
  SYNC_LIMITS,
  shardChanges,
} from '../../utils/favorites-sync/sync-shards';
import { BROWSER, launch, type Tab as Page, type Session } from './driver';
import type { ExtensionApi } from './extension-api';

/** `browser` in Firefox, `chrome` in Chromium (see extension-api.ts). */
declare const chrome: ExtensionApi;

const heart = (page: Page) => page.getByRole('button', { name: 'Favorite', exact: true });
const cardId = async (page: Page) =>
  (await page.getByRole('article').getAttribute('data-lesson-id')) as string;

/** Everything in storage.sync, read from an extension page. */
const syncItems = (page: Page) =>
  page.evaluate(
    async () =>
      ((globalThis as { browser?: typeof chrome }).browser ?? chrome).storage.sync.get(null) as Promise<
        Record<string, unknown>
      >,
  );
const syncedRecord = async (page: Page) => decodeItems(await syncItems(page)).record;
const present = (record: SyncRecord) =>
  Object.entries(record)
    .filter(([, entry]) => entry.removedAt === undefined || entry.savedAt > entry.removedAt)
    .map(([id]) => id)
    .sort();

/** Another device's change: its record merged into what sync holds, written as that device would. */
async function otherDevice(page: Page, record: SyncRecord) {
  const items = await syncItems(page);
  const shards = Object.fromEntries(Object.entries(items).filter(([key]) => key.startsWith(SHARD_PREFIX)));
  const merged = mergeRecords(decodeItems(shards).record, record);
  const changes = shardChanges(shards, encodeRecord(merged, SYNC_LIMITS.quotaBytes - 4096).items);
  await page.evaluate(async ({ set, remove }) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    if (Object.keys(set).length > 0) await api.storage.sync.set(set);
    if (remove.length > 0) await api.storage.sync.remove(remove);
  }, changes);
}

async function favoriteShown(page: Page) {
  await expect.poll(() => heart(page).getAttribute('aria-disabled')).toBeNull();
  await heart(page).click();
  await expect.poll(() => heart(page).getAttribute('aria-pressed')).toBe('true');
  return cardId(page);
}

describe(`favorites that follow you (${BROWSER})`, () => {
  let session: Session;
  let options: Page;
  beforeAll(async () => {
    session = await launch();
    options = await session.openPage('options.html');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reach the browser’s sync as they are saved, and a removal stays removed', async () => {
    const tab = await session.newTab();
    const first = await favoriteShown(tab);
    await tab.getByRole('button', { name: 'Next lesson' }).click();
    await expect.poll(() => cardId(tab)).not.toBe(first);
    const second = await favoriteShown(tab);
    await expect
      .poll(async () => present(await syncedRecord(options)), { timeout: 5000 })
      .toEqual([first, second].sort());
    // Removed here: sync keeps a removal marker, and another device's older copy does not bring it back.
    await heart(tab).click();
    await expect.poll(async () => present(await syncedRecord(options)), { timeout: 5000 }).toEqual([first]);
    const old = (await syncedRecord(options))[second];
    expect(old?.removedAt).toBeGreaterThan(0);
    await otherDevice(options, { [second]: { savedAt: (old?.savedAt ?? 0) - 1000 } });
    const again = await session.newTab();
    await again.getByRole('button', { name: 'Favorites' }).click();
    const panel = again.getByRole('dialog', { name: 'Favorites' });
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(1);
    await Promise.all([tab.close(), again.close()]);
  });

  it('shows a favorite added on another device in an open tab within a second', async () => {
    const tab = await session.newTab();
    const id = await cardId(tab);
    await expect.poll(() => heart(tab).getAttribute('aria-disabled')).toBeNull();
    expect(await heart(tab).getAttribute('aria-pressed')).toBe('false');
    await otherDevice(options, { [id]: { savedAt: Date.now() } });
    await expect.poll(() => heart(tab).getAttribute('aria-pressed'), { timeout: 1000 }).toBe('true');
    await tab.close();
  });

  it('gives every favorite back to a new device, and keeps all 42 within the quotas', async () => {
    // Another device has favorited every card.
    await otherDevice(
      options,
      Object.fromEntries(LESSONS.map((lesson) => [lesson.id, { savedAt: Date.now() }])),
    );
    await expect.poll(async () => present(await syncedRecord(options)).length).toBe(LESSONS.length);
    const items = Object.entries(await syncItems(options));
    for (const [key, value] of items) expect(itemBytes(key, value), key).toBeLessThanOrEqual(8192);
    const total = items.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    expect(total).toBeLessThanOrEqual(SYNC_LIMITS.quotaBytes);
    expect(items.length).toBeLessThanOrEqual(SYNC_LIMITS.maxItems);

    // A new device: this profile without its database. Open pages let go of it and reload, so the
    // deletion is asked from the extension's icon, a page of ours that holds no database and stays.
    const icon = await session.openPage('icon.svg');
    await icon.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.deleteDatabase('lesson-tab');
          request.onsuccess = () => resolve(true);
          request.onerror = () => reject(request.error);
        }),
    );
    const tab = await session.newTab();
    await tab.getByRole('button', { name: 'Favorites' }).click();
    const panel = tab.getByRole('dialog', { name: 'Favorites' });
    await expect.poll(() => panel.getByRole('listitem').count(), { timeout: 5000 }).toBe(LESSONS.length);
    // With our own words: the card's snapshot comes from the deck.
    await panel.getByRole('heading', { name: LESSONS[0]?.title as string }).waitFor();
    await Promise.all([tab.close(), icon.close()]);
    options = await session.openPage('options.html');
  });

  it('stops writing when switched off, and removes what was synced on request', async () => {
    const section = options.getByRole('region', { name: 'Sync' });
    const toggle = section.getByRole('checkbox', {
      name: 'Keep favorites in sync across my browsers (uses your browser’s sync)',
    });
    await toggle.click();
    await section.getByText('Sync is off').waitFor();
    // Saved, so the pages opened from now on read it.
    const saved = () =>
      options.evaluate(
        () => JSON.parse(localStorage.getItem('lesson-tab:settings') ?? '{}').settings?.syncFavorites,
      );
    await expect.poll(saved).toBe(false);
    const before = await syncItems(options);
    const tab = await session.newTab();
    await tab.getByRole('button', { name: 'Favorites' }).click();
    const panel = tab.getByRole('dialog', { name: 'Favorites' });
    await panel
      .getByRole('button', { name: /^Remove/ })
      .first()
      .click();
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(LESSONS.length - 1);
    // Longer than the pause that gathers a burst of changes into one write.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await syncItems(options)).toEqual(before);
    await section.getByRole('button', { name: 'Remove what was synced' }).click();
    await section.getByText('Removed your favorites from the browser’s sync').waitFor();
    expect(Object.keys(await syncItems(options)).filter((key) => key.startsWith(SHARD_PREFIX))).toEqual([]);
    await options.screenshot('options-sync');
    await tab.close();
  });
});
