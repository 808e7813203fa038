/**
 * The new tab's start-up after its first paint, wired from injected parts so each order of events
 * can be tested: the card the first frame dealt (or, when it could not, one dealt now), the
 * language, then the app over the frame's nodes or into the empty page; after that, the durable
 * copy of the rotation and the frames of the next cards.
 */
import type { Lang, Lesson } from '../../data/lesson';
import { type DeckCard, filterDeck } from '../deck/deck-filter';
import type { FavoritesStore } from '../favorites/favorites-store';
import { DEALT } from '../first-frame/first-frame';
import { type Frame, frameKey, writeFrames } from '../first-frame/frames';
import { answers, memorySlot, type Slot } from '../first-frame/local-json';
import type { LanguagePack } from '../i18n/i18n';
import { resolveLanguage } from '../i18n/ui-language';
import { hasMyIndex } from '../my-lessons/my-lesson-card';
import { indexAsDeck, type OwnCards } from '../my-lessons/own-cards';
import { upcoming } from '../rotation/cycle';
import {
  currentRotation,
  dealForNewTab,
  dealNext,
  keepRotation,
  recordShown,
  type StorageArea,
} from '../rotation/rotation-store';
import { type LessonTrail, startTrail } from '../rotation/trail';
import type { Settings } from '../settings/settings';
import { readMirror } from '../settings/settings-mirror';

/** How many of the next cards get a frame: enough for a burst of tabs. */
const FRAMES_AHEAD = 3;

export interface BootDeps {
  root: HTMLElement;
  slot: Slot | undefined;
  /** Where the durable copy of the rotation lives (storage.local). */
  local: () => Promise<StorageArea>;
  lessons: readonly Lesson[];
  favorites: FavoritesStore;
  /** The user's own lessons: the index the deck is dealt from, the words of the cards shown. */
  ownCards: OwnCards;
  /** Writes the index again from the database, when none is kept (site data cleared). */
  keepIndex: () => Promise<void>;
  build: string;
  browserLanguage: string;
  loadLanguage: (lang: Lang) => Promise<LanguagePack>;
  now: () => number;
  random: () => number;
  /** Renders the page for a card as its first frame would show it (a frame to keep). */
  frameOf: (lesson: Lesson, pack: LanguagePack) => Frame['tree'];
  /** Draws the app, over the first frame's nodes (`hydrate`) or into the empty page. */
  render: (start: AppStart, hydrate: boolean) => void;
}

export interface AppStart {
  trail: LessonTrail;
  settings: Settings;
  language: LanguagePack;
  /** The ids the settings allow, given the favorites and the user's own lessons. */
  deckFor: (settings: Settings, favoriteIds: ReadonlySet<string>, mine: readonly DeckCard[]) => string[];
  /** "Next lesson": the next card of the shared rotation, dealt at once. */
  dealNext: (deckIds: readonly string[]) => string | undefined;
}

/**
 * Resolves once the app is drawn (input held since the first frame can then be replayed), with
 * `kept`: the work after it, which the next tabs need but this one does not wait for.
 */
export async function bootNewTab(deps: BootDeps): Promise<{ kept: Promise<void> }> {
  const { root, lessons, favorites, random } = deps;
  // Without localStorage, this page keeps its own rotation, so Next never repeats in it.
  const own = !answers(deps.slot);
  const slot = own ? memorySlot() : deps.slot;
  const { settings } = readMirror(deps.slot);
  const deckFor: AppStart['deckFor'] = (current, favoriteIds, mine) =>
    filterDeck([...lessons, ...mine], current, favoriteIds);
  // "My lessons only" with no index kept deals from the database's, written first.
  if (settings.lessonsFrom === 'mine' && !hasMyIndex(deps.slot))
    await deps.keepIndex().catch(() => undefined);
  let id = root.dataset[DEALT];
  if (id === undefined) {
    // "Favorites only" (or a first frame that did not run): deal now, the same way.
    if (settings.lessonsFrom === 'favorites') await favorites.start();
    const favoriteIds = new Set(favorites.getState().favorites.map((f) => f.lessonId));
    const deck = deckFor(settings, favoriteIds, indexAsDeck(deps.ownCards.index()));
    id = dealForNewTab(slot, deck, random, { mode: settings.rotation, now: deps.now() }).id;
  }
  if (own && id) recordShown(slot, id);
  // A card of the user's own: its words are read (that card's only) before the app draws it.
  if (id) await deps.ownCards.load([id]).catch(() => undefined);
  const language = await deps.loadLanguage(resolveLanguage(settings.language, deps.browserLanguage));
  const recent = currentRotation(slot)?.recent ?? [];
  const ids = id ? (recent.at(-1) === id ? recent : [...recent, id]) : [];
  deps.render(
    {
      trail: startTrail(ids),
      settings,
      language,
      deckFor,
      dealNext: (deck) => dealNext(slot, deck, random).id,
    },
    root.firstChild !== null && Boolean(id),
  );
  return { kept: keepForNextTabs(deps, settings, language) };
}

/** After the paint: the durable copy, then the frames of the cards the next tabs will deal. */
async function keepForNextTabs(deps: BootDeps, settings: Settings, language: LanguagePack) {
  const { slot } = deps;
  if (!answers(slot)) return;
  try {
    await keepRotation(slot, await deps.local());
  } catch (error) {
    // The fast copy still works; the durable one catches up on the next tab.
    console.warn('Lesson Tab: could not keep the rotation', error);
  }
  const state = currentRotation(slot);
  if (!state || settings.lessonsFrom === 'favorites') return;
  if (!hasMyIndex(slot)) await deps.keepIndex().catch(() => undefined);
  const byId = new Map(deps.lessons.map((lesson) => [lesson.id, lesson]));
  const ids = upcoming(state, settings.rotation, FRAMES_AHEAD);
  await deps.ownCards.load(ids).catch(() => undefined);
  const frames = ids.flatMap((next) => {
    const lesson = byId.get(next) ?? deps.ownCards.card(next);
    return lesson ? [{ id: next, tree: deps.frameOf(lesson, language) }] : [];
  });
  writeFrames(slot, frameKey(settings, language.lang, deps.build), frames);
}
