/** The favorites store's state for a page (the library's actions are in use-favorites-actions). */
import type { FavoritesState, FavoritesStore } from './favorites-store';
import { useStoreState } from './use-store';

export const useFavoritesState = (store: FavoritesStore): FavoritesState => useStoreState(store);
