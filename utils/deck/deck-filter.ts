import type { Lesson } from '../../data/lesson';

/** What dealing needs of a card: no words. */
export type DeckCard = Pick<Lesson, 'id' | 'themes' | 'source'>;

import type { Settings } from '../settings/settings';
import { isOwn } from './lesson-source';
import { liveId } from './live-id';

/**
 * The ids the rotation runs over: cards with a selected theme, and only favorites or only the
 * user's own lessons if asked.
 */
export function filterDeck(
  lessons: readonly DeckCard[],
  settings: Pick<Settings, 'themes' | 'lessonsFrom'>,
  favoriteIds: ReadonlySet<string> = new Set(),
): string[] {
  const themes = new Set<string>(settings.themes);
  // A favorite of a retired card keeps the card it was merged into in the deck.
  const favorites = new Set([...favoriteIds].map(liveId));
  return lessons
    .filter((lesson) => lesson.themes.some((theme) => themes.has(theme)))
    .filter((lesson) => {
      if (settings.lessonsFrom === 'favorites') return favorites.has(lesson.id);
      return settings.lessonsFrom === 'all' || isOwn(lesson);
    })
    .map((lesson) => lesson.id);
}
