/** Preact glue for a new tab's own cards: re-renders when the index or a card read changes. */
import { useEffect, useState } from 'preact/hooks';
import type { OwnCards } from './own-cards';

/** A number that changes whenever the own cards do (a dependency for memos). */
export function useOwnCards(cards: OwnCards): number {
  const [version, setVersion] = useState(0);
  useEffect(() => cards.subscribe(() => setVersion((n) => n + 1)), [cards]);
  return version;
}
