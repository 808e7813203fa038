/** Plain-language messages for what can go wrong with the favorites database. */

export type FavoritesProblem = 'open' | 'blocked' | 'write' | 'unavailable';

const errorName = (error: unknown) =>
  error instanceof DOMException || error instanceof Error ? error.name : undefined;

export function favoritesMessage(problem: FavoritesProblem, error?: unknown): string {
  const name = errorName(error);
  if (problem === 'blocked') {
    return 'Lesson Tab was updated. Close your other Lesson Tab tabs to finish, and favorites will be back.';
  }
  if (problem === 'open' || problem === 'unavailable') {
    if (name === 'InvalidStateError' || name === 'SecurityError') {
      return 'Favorites are off: this browser window does not allow saving data (a private window, perhaps). Lessons still work.';
    }
    return 'Favorites are off: the browser could not open Lesson Tab’s storage. Your saved favorites are untouched; try restarting the browser.';
  }
  if (name === 'QuotaExceededError' || name === 'AbortError') {
    return 'Could not save: the browser is out of storage space for Lesson Tab. Nothing was changed.';
  }
  if (name === 'TimeoutError')
    return 'Could not confirm the save: the browser took too long to answer. Showing what is stored.';
  return 'Could not save that change. Nothing was changed; please try again.';
}
