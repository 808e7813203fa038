import { useEffect } from 'preact/hooks';
import { liveFavorites } from '../deck/live-id';
import type { FavoritesState } from '../favorites/favorites-store';
import { dropChangedReturning, returningStamp } from '../first-frame/frames';
import type { Slot } from '../first-frame/local-json';
import { keepFavoriteTimes } from './resurface-store';

/**
 * Keeps the favorites' ids and save times where the next tabs' first frames read them (they
 * cannot open the database), on every page that shows the favorites: a removal anywhere stops
 * that favorite coming back. A favorite of a retired card comes back as the card it became.
 * The frame kept for the favorite coming back next goes once that favorite changes (its note).
 */
export function useFavoriteTimes({ status, favorites }: FavoritesState, slot: Slot | undefined): void {
  useEffect(() => {
    if (status !== 'ready') return;
    const live = liveFavorites(favorites);
    keepFavoriteTimes(slot, live);
    const stamps = new Map(live.map((favorite) => [favorite.lessonId, returningStamp(favorite)]));
    dropChangedReturning(slot, (id) => stamps.get(id));
  }, [status, favorites, slot]);
}
