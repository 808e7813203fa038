/**
 * The reader's progress through the deck, as the options page shows it: where they are in this
 * cycle, per theme how many cards they have seen (ever) and favorited, and how many favorites come
 * back within a week. Pure: the stored states, the deck and the time come in.
 */
import { THEMES, type Theme } from '../../data/lesson';
import { liveId } from '../deck/live-id';
import { countDueWithin, DAY, type Frequency, type ResurfaceState } from '../resurfacing/schedule';
import { type RotationState, roundOf, shownIds } from '../rotation/cycle';

export const WEEK = 7 * DAY;

/** What the figures need of a card. */
export interface CardThemes {
  id: string;
  themes: readonly Theme[];
}

export interface CyclePlace {
  /** Cards of the current deck shown in this cycle. */
  seen: number;
  /** Cards in the current deck. */
  total: number;
  /** Which cycle, from 1. */
  round: number;
}

export interface ThemeProgress {
  theme: Theme;
  /** Cards with this theme, ours and the reader's own, whatever the settings. */
  cards: number;
  seen: number;
  favorited: number;
}

export interface ProgressInput {
  /** The rotation's fast copy (none before the first new tab). */
  rotation: RotationState | undefined;
  /** The durable copy's list of every card seen. */
  seenBefore: readonly string[];
  /** Every card not hidden, ours and the reader's own, for the per-theme figures. */
  cards: readonly CardThemes[];
  /** The ids the rotation runs over with the current settings. */
  deckIds: readonly string[];
  /** The favorites, when they could be read. */
  favorites: readonly { lessonId: string; savedAt: number }[] | undefined;
  resurface: ResurfaceState;
  comeBack: Frequency;
  now: number;
}

export interface Progress {
  cycle: CyclePlace;
  themes: ThemeProgress[];
  /** Favorites due within a week; 'never' when they never come back; undefined when unread. */
  dueThisWeek: number | 'never' | undefined;
}

/**
 * Counted over the current deck, not the stored cycle: the cycle may still hold cards filtered
 * out since (a theme turned off), which the next tab drops, and lacks cards added since, which it
 * deals before this cycle ends (`fitToDeck`). So the figures are the ones the next tabs will follow.
 */
export function cyclePlace(rotation: RotationState | undefined, deckIds: readonly string[]): CyclePlace {
  const shown = new Set(rotation?.cycle.slice(0, rotation.shown));
  return {
    seen: deckIds.filter((id) => shown.has(id)).length,
    total: deckIds.length,
    round: roundOf(rotation),
  };
}

/**
 * Every card seen: the durable list, and what the fast copy knows was shown since it was last
 * kept. A retired card counts for the card that now carries its lesson.
 */
export function seenEver(rotation: RotationState | undefined, seenBefore: readonly string[]): Set<string> {
  return new Set([...seenBefore, ...(rotation ? shownIds(rotation) : [])].map(liveId));
}

/** The cards that count: the hidden ones left out, as in the settings' theme counts. */
export function withoutHidden<T extends CardThemes>(
  cards: readonly T[],
  hiddenIds: ReadonlySet<string>,
): T[] {
  if (hiddenIds.size === 0) return [...cards];
  const hidden = new Set([...hiddenIds].map(liveId));
  return cards.filter((card) => !hidden.has(card.id));
}

/** Per theme with any card, in the themes' order. */
export function themeProgress(
  cards: readonly CardThemes[],
  seen: ReadonlySet<string>,
  favoriteIds: readonly string[],
): ThemeProgress[] {
  const favorites = new Set(favoriteIds.map(liveId));
  return THEMES.map((theme) => {
    const ofTheme = cards.filter((card) => card.themes.includes(theme));
    return {
      theme,
      cards: ofTheme.length,
      seen: ofTheme.filter((card) => seen.has(card.id)).length,
      favorited: ofTheme.filter((card) => favorites.has(card.id)).length,
    };
  }).filter((row) => row.cards > 0);
}

export function progress(input: ProgressInput): Progress {
  const { rotation, favorites, comeBack } = input;
  const seen = seenEver(rotation, input.seenBefore);
  return {
    cycle: cyclePlace(rotation, input.deckIds),
    themes: themeProgress(
      input.cards,
      seen,
      (favorites ?? []).map((favorite) => favorite.lessonId),
    ),
    dueThisWeek:
      comeBack === 'never'
        ? 'never'
        : favorites && countDueWithin(input.resurface, favorites, comeBack, input.now, WEEK),
  };
}
