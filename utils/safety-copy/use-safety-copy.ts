/**
 * The safety copy as the favorites library offers it: read once the page finds no favorites to
 * show, offered as safetyCopyOffer decides, restored only on the user's click (one transaction),
 * after which this page's stores and every other open page read their lists again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FavoritesDb } from '../favorites/favorites-db';
import type { FavoritesState, FavoritesStore } from '../favorites/favorites-store';
import type { StorageArea } from '../rotation/rotation-store';
import { announceDatabaseChanged } from '../storage/announce-changed';
import type { RestoreSummary } from './restore-safety-copy';
import {
  type DatabaseView,
  databaseStatus,
  type SafetyCopyOffer,
  safetyCopyOffer,
} from './safety-copy-offer';
import type { SafetyCopy } from './safety-copy-store';

export type RestoreOutcome = ({ ok: true } & RestoreSummary) | { ok: false };

export interface SafetyCopyDeps {
  store: Pick<FavoritesStore, 'reload'>;
  state: Pick<FavoritesState, 'status' | 'database' | 'favorites'>;
  /** storage.local; by default the extension's, loaded when first needed. */
  area?: () => Promise<StorageArea>;
  /** A connection for the restore; by default the database opened then. */
  open?: () => Promise<FavoritesDb>;
}

/** What SafetyCopyOffer shows. */
export interface SafetyCopyView {
  offer?: SafetyCopyOffer;
  restoring: boolean;
  /** What the last restore did, once it is done. */
  result?: RestoreOutcome;
  onRestore: () => void;
}

const storageLocal = async (): Promise<StorageArea> => (await import('wxt/browser')).browser.storage.local;
const openDatabase = async () => (await import('../favorites/favorites-db')).openFavoritesDb();

/** Whether the user removed, since the copy was taken, a favorite the copy holds. */
async function removedSince(open: () => Promise<FavoritesDb>, copy: SafetyCopy): Promise<boolean> {
  const db = await open();
  try {
    const marks = new Map((await db.getAll('removals')).map((mark) => [mark.lessonId, mark.removedAt]));
    return copy.favorites.some((favorite) => (marks.get(favorite.lessonId) ?? 0) > copy.takenAt);
  } finally {
    db.close();
  }
}

export function useSafetyCopy({
  store,
  state,
  area = storageLocal,
  open = openDatabase,
}: SafetyCopyDeps): SafetyCopyView {
  const [copy, setCopy] = useState<SafetyCopy>();
  const [removedSinceCopy, setRemovedSinceCopy] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [result, setResult] = useState<RestoreOutcome>();
  const hadFavorites = useRef(false);
  if (state.favorites.length > 0) hadFavorites.current = true;
  const database: DatabaseView = {
    status: databaseStatus(state),
    favorites: state.favorites.length,
    hadFavorites: hadFavorites.current,
    removedSinceCopy,
  };
  // Only a page that found no favorites to show reads the copy, which may run to megabytes.
  const wanted = !database.hadFavorites && database.status !== 'other' && database.favorites === 0;
  const read = useRef(false);
  useEffect(() => {
    if (!wanted || read.current) return;
    read.current = true;
    void (async () => {
      const { readSafetyCopy } = await import('./safety-copy-store');
      const found = await readSafetyCopy(await area());
      if (found && database.status === 'ready') setRemovedSinceCopy(await removedSince(open, found));
      setCopy(found);
    })().catch(() => undefined);
  }, [wanted, area]);

  // A ref, not the state: a double click lands before the disabled button is drawn.
  const busy = useRef(false);
  const onRestore = () => {
    if (!copy || busy.current) return;
    busy.current = true;
    setRestoring(true);
    const restore = async () => {
      const { restoreSafetyCopy } = await import('./restore-safety-copy');
      const db = await open();
      const summary = await restoreSafetyCopy(db, copy).finally(() => db.close());
      announceDatabaseChanged();
      // A page whose read had failed tries again; the copy itself stays as it was.
      await store.reload();
      return summary;
    };
    restore()
      .then(
        (summary) => setResult({ ok: true, ...summary }),
        () => setResult({ ok: false }),
      )
      .finally(() => {
        busy.current = false;
        setRestoring(false);
      });
  };

  // Once restored, the offer is gone on this page, even before its list is read again.
  const offer = result?.ok ? undefined : safetyCopyOffer(database, copy);
  return { offer, restoring, result, onRestore };
}
