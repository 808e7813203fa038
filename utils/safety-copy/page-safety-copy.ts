/**
 * When an extension page takes the safety copy: once a day after the page has read its favorites
 * (in idle time, so never on a new tab's start-up), and before a database upgrade. The copy's rules
 * are in safety-copy-store; this file supplies the browser's storage, the database and the clock.
 * It imports only types: the rest loads when a copy is checked.
 */
import type { FavoritesDb, StoredRecords } from '../favorites/favorites-db';
import type { StorageArea } from '../rotation/rotation-store';
import type { CopyOutcome } from './safety-copy-store';

/** How long the daily copy may wait for an idle moment. */
const IDLE_TIMEOUT_MS = 2000;

// The extension API (and its polyfill) loads only when a copy is checked.
const storageLocal = async (): Promise<StorageArea> => (await import('wxt/browser')).browser.storage.local;

/** The day's copy, if due: the database is opened, and read in one transaction, only then. */
export async function takeDailyCopy(
  area: StorageArea,
  open: () => Promise<FavoritesDb>,
  now: number,
): Promise<CopyOutcome> {
  const read = async () => {
    const { readEverything } = await import('../backup/backup-db');
    const db = await open();
    try {
      return await readEverything(db);
    } finally {
      db.close();
    }
  };
  const { takeSafetyCopy } = await import('./safety-copy-store');
  return takeSafetyCopy(area, read, now, 'daily');
}

/** After a page has read its favorites (the favorites store's `onRead`): the day's copy, when idle. */
export function takeDailyCopyLater(): void {
  const task = () => {
    const open = async () => (await import('../favorites/favorites-db')).openFavoritesDb();
    void storageLocal()
      .then((area) => takeDailyCopy(area, open, Date.now()))
      .catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(task, IDLE_TIMEOUT_MS);
}

/** The records an upgrade is about to change, kept as the copy whether or not one was due. */
export async function keepCopyBeforeUpgrade(
  old: Promise<StoredRecords>,
  area: () => Promise<StorageArea> = storageLocal,
  now = Date.now(),
): Promise<CopyOutcome> {
  const { takeSafetyCopy } = await import('./safety-copy-store');
  return takeSafetyCopy(await area(), () => old, now, 'upgrade');
}
