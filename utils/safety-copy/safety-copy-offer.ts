/**
 * Whether a page offers to restore the safety copy: only when the database has no favorites to
 * show (empty, damaged or unopenable) and the copy has some. Never over favorites the database
 * holds, whatever their age: a restore is the user's choice, and only where nothing would be lost.
 * Pure.
 */
import type { FavoritesState } from '../favorites/favorites-store';
import type { SafetyCopy } from './safety-copy-store';

/** `other`: still opening, blocked by an older tab, or off (a private window): nothing to offer. */
export type DatabaseStatus = 'ready' | 'damaged' | 'unopenable' | 'other';

export interface SafetyCopyOffer {
  /** False when the database cannot be opened: the copy is kept until it can. */
  restorable: boolean;
  takenAt: number;
  favorites: number;
  lessons: number;
}

export function databaseStatus({
  status,
  database,
}: Pick<FavoritesState, 'status' | 'database'>): DatabaseStatus {
  if (status === 'ready') return 'ready';
  return status === 'unavailable' && database ? database : 'other';
}

/** What the page knows of its database. */
export interface DatabaseView {
  status: DatabaseStatus;
  /** How many favorites it holds now. */
  favorites: number;
  /**
   * The page has shown favorites since it opened: a list emptied since is the user's doing (here or
   * in another tab), not a loss.
   */
  hadFavorites: boolean;
  /**
   * The database holds removal markers newer than the copy for favorites in it: the user removed
   * them (a lost database loses its markers too), so the copy is not offered as if they were lost.
   */
  removedSinceCopy?: boolean;
}

export function safetyCopyOffer(
  database: DatabaseView,
  copy: SafetyCopy | undefined,
): SafetyCopyOffer | undefined {
  if (!copy || copy.favorites.length === 0 || database.hadFavorites || database.removedSinceCopy)
    return undefined;
  const { status } = database;
  if (status === 'other' || (status === 'ready' && database.favorites > 0)) return undefined;
  return {
    restorable: status !== 'unopenable',
    takenAt: copy.takenAt,
    favorites: copy.favorites.length,
    lessons: copy.lessons.length,
  };
}
