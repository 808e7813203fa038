/**
 * The progress figures on the options page, kept current without polling. The rotation's and the
 * schedule's fast copies are read again whenever a new tab writes them (the storage event, which
 * another page's write raises here), and the durable list of cards seen with them.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type DeckCard, filterDeck } from '../deck/deck-filter';
import { localSlot, type Slot } from '../first-frame/local-json';
import type { MyLesson } from '../my-lessons/my-lesson';
import { RESURFACE_KEY, readResurface } from '../resurfacing/resurface-store';
import { currentRotation, FAST_KEY, readSeenEver, type StorageArea } from '../rotation/rotation-store';
import type { Settings } from '../settings/settings';
import { type Progress, progress, withoutHidden } from './progress';

const NONE: ReadonlySet<string> = new Set();

export interface ProgressInputs {
  /** Our cards (the reader's own come in `mine`). */
  lessons: readonly DeckCard[];
  /** The reader's own lessons, as the options page lists them. */
  mine: readonly MyLesson[];
  settings: Pick<Settings, 'themes' | 'lessonsFrom' | 'comeBack'>;
  /** The favorites, once read (undefined while loading or unavailable). */
  favorites: readonly { lessonId: string; savedAt: number }[] | undefined;
  /** Lessons the reader never wants again: out of the deck and of the per-theme figures. */
  hiddenIds?: ReadonlySet<string>;
}

export interface ProgressSources {
  slot?: Slot;
  /** Where the durable copy of the rotation lives. */
  area?: StorageArea;
  now?: () => number;
}

function readStored(slot: Slot | undefined, now: () => number) {
  return { rotation: currentRotation(slot), resurface: readResurface(slot).state, at: now() };
}

export function useProgress(
  { lessons, mine, settings, favorites, hiddenIds = NONE }: ProgressInputs,
  { slot = localSlot(), area = browser.storage.local, now = Date.now }: ProgressSources = {},
): Progress {
  const [stored, setStored] = useState(() => readStored(slot, now));
  const [seenBefore, setSeenBefore] = useState<readonly string[]>([]);

  useEffect(() => {
    let live = true;
    const refresh = () => {
      setStored(readStored(slot, now));
      // The list only grows: a read that answers late adds to it, never takes from it.
      readSeenEver(area).then(
        (ids) => live && setSeenBefore((before) => [...new Set([...before, ...ids])]),
        () => undefined,
      );
    };
    // key null: localStorage was cleared.
    const onStorage = ({ key }: StorageEvent) => {
      if (key === null || key === FAST_KEY || key === RESURFACE_KEY) refresh();
    };
    refresh();
    window.addEventListener('storage', onStorage);
    return () => {
      live = false;
      window.removeEventListener('storage', onStorage);
    };
  }, [slot, area, now]);

  const cards = useMemo(() => {
    const own = mine.map(({ id, themes, lang }): DeckCard => ({ id, themes, source: { own: true, lang } }));
    return withoutHidden([...lessons, ...own], hiddenIds);
  }, [lessons, mine, hiddenIds]);
  const favoriteIds = useMemo(
    () => new Set((favorites ?? []).map((favorite) => favorite.lessonId)),
    [favorites],
  );
  // The deck a new tab deals from with these settings (the same filter; hidden cards already out).
  const deckIds = useMemo(() => filterDeck(cards, settings, favoriteIds), [cards, settings, favoriteIds]);

  return useMemo(
    () =>
      progress({
        rotation: stored.rotation,
        seenBefore,
        cards,
        deckIds,
        favorites,
        resurface: stored.resurface,
        comeBack: settings.comeBack,
        now: stored.at,
      }),
    [stored, seenBefore, cards, deckIds, favorites, settings.comeBack],
  );
}
