import { type Lesson, THEMES, type Theme } from '../../data/lesson';

/** What dealing needs of a card: no words. */
export type DeckCard = Pick<Lesson, 'id' | 'themes' | 'source'>;

import type { Settings } from '../settings/settings';
import { isOwn } from './lesson-source';
import { liveId } from './live-id';

/**
 * The ids the rotation runs over: cards with a selected theme, and only favorites or only the
 * user's own lessons if asked; never a card the user hid ("Don't show this again").
 */
export function filterDeck(
  lessons: readonly DeckCard[],
  settings: Pick<Settings, 'themes' | 'lessonsFrom'>,
  favoriteIds: ReadonlySet<string> = new Set(),
  hiddenIds: ReadonlySet<string> = new Set(),
): string[] {
  const themes = new Set<string>(settings.themes);
  // A favorite (or a hidden card) of a retired card stands for the card it was merged into.
  const favorites = new Set([...favoriteIds].map(liveId));
  const hidden = new Set([...hiddenIds].map(liveId));
  return lessons
    .filter((lesson) => !hidden.has(lesson.id))
    .filter((lesson) => lesson.themes.some((theme) => themes.has(theme)))
    .filter((lesson) => {
      if (settings.lessonsFrom === 'favorites') return favorites.has(lesson.id);
      return settings.lessonsFrom === 'all' || isOwn(lesson);
    })
    .map((lesson) => lesson.id);
}

/** How many cards carry each theme, the hidden ones left out (the settings' theme counts). */
export function countThemes(
  lessons: readonly Pick<Lesson, 'id' | 'themes'>[],
  hiddenIds: ReadonlySet<string> = new Set(),
): Record<Theme, number> {
  const hidden = new Set([...hiddenIds].map(liveId));
  const counts = Object.fromEntries(THEMES.map((theme) => [theme, 0])) as Record<Theme, number>;
  for (const lesson of lessons) {
    if (!hidden.has(lesson.id)) for (const theme of lesson.themes) counts[theme]++;
  }
  return counts;
}

/** Why the deck is empty, for the page shown instead of a card (components/EmptyDeck.tsx). */
export type EmptyReason = 'no-themes' | 'no-favorites' | 'no-own-lessons' | 'all-hidden';

/**
 * `hiddenInDeck`: how many cards the settings would deal if none were hidden (the deck without
 * `hiddenIds`, as filterDeck makes it, less the deck with them). Meaningful when the deck is empty.
 */
export function emptyReason(
  settings: Pick<Settings, 'themes' | 'lessonsFrom'>,
  hiddenInDeck: number,
): EmptyReason {
  if (settings.themes.length === 0) return 'no-themes';
  if (hiddenInDeck > 0) return 'all-hidden';
  if (settings.lessonsFrom === 'favorites') return 'no-favorites';
  if (settings.lessonsFrom === 'mine') return 'no-own-lessons';
  return 'no-themes';
}
