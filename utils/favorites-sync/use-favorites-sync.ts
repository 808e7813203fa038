import { useCallback, useEffect, useState } from 'preact/hooks';
import type { FavoritesStore } from '../favorites/favorites-store';
import { useFavoritesState } from '../favorites/use-favorites';
import { EMPTY_SYNC, type SyncState } from './sync-engine';

export interface FavoritesSyncView {
  /** Undefined until the first pass has a state to show. */
  state?: SyncState;
  /** Removes what was synced from the browser's sync (the favorites here stay). */
  removeSynced: () => Promise<void>;
}

/**
 * Runs favorites sync on this page while it is on and the favorites are readable (not in a
 * private window, whose database the browser keeps apart). Its code and the extension API load
 * here, after the page has drawn: nothing of it is on the new tab's start-up path.
 */
export function useFavoritesSync(favorites: FavoritesStore, enabled: boolean): FavoritesSyncView {
  const { status } = useFavoritesState(favorites);
  const [state, setState] = useState<SyncState>();
  const ready = status === 'ready';
  useEffect(() => {
    if (!enabled || !ready) return setState(enabled ? undefined : { ...EMPTY_SYNC });
    let live = true;
    let stop = () => {};
    void import('./page-favorites-sync').then(async ({ startPageSync }) => {
      if (!live) return;
      const page = await startPageSync(favorites);
      if (!live) return page.stop();
      const unsubscribe = page.sync.subscribe(() => setState(page.sync.getState()));
      setState(page.sync.getState());
      stop = () => {
        unsubscribe();
        page.stop();
      };
    });
    return () => {
      live = false;
      stop();
    };
  }, [favorites, enabled, ready]);
  const removeSynced = useCallback(async () => {
    const [{ browser }, { removeSyncedFavorites }] = await Promise.all([
      import('wxt/browser'),
      import('./sync-engine'),
    ]);
    await removeSyncedFavorites(browser.storage.sync);
    setState((current) => current && { ...current, synced: 0, bytes: 0 });
  }, []);
  return { state, removeSynced };
}
