/** Preact glue between a page and the favorites store: its state (the library's actions are in use-favorites-actions). */
import { useEffect, useState } from 'preact/hooks';
import type { FavoritesState, FavoritesStore } from './favorites-store';

/** The store's state; the page's first use opens the database (an effect: after the first frame). */
export function useFavoritesState(store: FavoritesStore): FavoritesState {
  const [state, setState] = useState(store.getState());
  useEffect(() => {
    setState(store.getState());
    const unsubscribe = store.subscribe(() => setState(store.getState()));
    void store.start();
    return () => {
      unsubscribe();
      store.close();
    };
  }, [store]);
  return state;
}
