/** What can go wrong with favorites, as message keys the pages show in the reader's language. */
import type { MessageKey } from '../../data/messages-en';
import type { MessageValues } from '../i18n/i18n';

export type FavoritesProblem = 'open' | 'blocked' | 'write';

/** An error whose message the interface can show: a message key and its values. */
export class FavoritesError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly values?: MessageValues,
  ) {
    super(key);
    this.name = 'FavoritesError';
  }
}

const errorName = (error: unknown) =>
  error instanceof DOMException || error instanceof Error ? error.name : undefined;

export function favoritesMessage(problem: FavoritesProblem, error?: unknown): MessageKey {
  const name = errorName(error);
  if (problem === 'blocked') return 'favoritesBlocked';
  if (problem === 'open') {
    return name === 'InvalidStateError' || name === 'SecurityError'
      ? 'favoritesStorageDenied'
      : 'favoritesUnavailable';
  }
  if (name === 'QuotaExceededError' || name === 'AbortError') return 'favoritesQuota';
  return 'favoritesWriteFailed';
}
