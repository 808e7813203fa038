/**
 * The new tab's start-up after its first paint, wired from injected parts so each order of events
 * can be tested: the card the first frame dealt (or, when it could not, one dealt now), the
 * language, then the app over the frame's nodes or into the empty page; after that, the durable
 * copy of the rotation and the frames of the next cards.
 */
import type { Lang, Lesson } from '../../data/lesson';
import { type DeckCard, filterDeck } from '../deck/deck-filter';
import { liveFavorites } from '../deck/live-id';
import type { Favorite } from '../favorites/favorites-db';
import type { FavoritesStore } from '../favorites/favorites-store';
import { DEALT, RETURNING } from '../first-frame/first-frame';
import type { ReturningFrame } from '../first-frame/frame-tree';
import { type Frame, frameKey, returningStamp, writeFrames } from '../first-frame/frames';
import { answers, memorySlot, type Slot } from '../first-frame/local-json';
import type { LanguagePack } from '../i18n/i18n';
import { resolveLanguage } from '../i18n/ui-language';
import { hasMyIndex } from '../my-lessons/my-lesson-card';
import { indexAsDeck, type OwnCards } from '../my-lessons/own-cards';
import {
  answerReturn,
  favoriteList,
  keepFavoriteTimes,
  keepResurface,
  readResurface,
} from '../resurfacing/resurface-store';
import { type Answer, dueAt, nextFavorite } from '../resurfacing/schedule';
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
  /** The lessons the user chose never to see again, as they stand now. */
  hidden: () => ReadonlySet<string>;
  /** Renders the page for a card as its first frame would show it (a frame to keep). */
  frameOf: (lesson: Lesson, pack: LanguagePack, returning?: ReturningFrame) => Frame['tree'];
  /** Draws the app, over the first frame's nodes (`hydrate`) or into the empty page. */
  render: (start: AppStart, hydrate: boolean) => void;
}

export interface AppStart {
  trail: LessonTrail;
  settings: Settings;
  language: LanguagePack;
  /** The ids the settings allow, given the favorites, the user's own lessons and the hidden ones. */
  deckFor: (
    settings: Settings,
    favoriteIds: ReadonlySet<string>,
    mine: readonly DeckCard[],
    hidden: ReadonlySet<string>,
  ) => string[];
  /** "Next lesson": the next card of the shared rotation, dealt at once. */
  dealNext: (deckIds: readonly string[]) => string | undefined;
  resurfacing: Resurfacing;
}

/** Favorites coming back, as the app sees them (utils/resurfacing/). */
export interface Resurfacing {
  /** The favorite this tab shows in place of its next card, if it does. */
  returning?: string;
  /** Records "Soon", "Later" or "Much later"; returns when the favorite is next due. */
  answer: (id: string, choice: Answer, settings: Settings) => number | undefined;
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
  const deckFor: AppStart['deckFor'] = (current, favoriteIds, mine, hidden) =>
    filterDeck([...lessons, ...mine], current, favoriteIds, hidden);
  // "My lessons only" with no index kept deals from the database's, written first.
  if (settings.lessonsFrom === 'mine' && !hasMyIndex(deps.slot))
    await deps.keepIndex().catch(() => undefined);
  let id = root.dataset[DEALT];
  if (id === undefined) {
    // "Favorites only" (or a first frame that did not run): deal now, the same way.
    if (settings.lessonsFrom === 'favorites') await favorites.start();
    const favoriteIds = new Set(favorites.getState().favorites.map((f) => f.lessonId));
    const deck = deckFor(settings, favoriteIds, indexAsDeck(deps.ownCards.index()), deps.hidden());
    id = dealForNewTab(slot, deck, random, { mode: settings.rotation, now: deps.now() }).id;
  }
  if (own && id) recordShown(slot, id);
  // A favorite coming back is drawn with its note and save date: the favorites are read first.
  const returning = id && root.dataset[RETURNING] !== undefined ? id : undefined;
  if (returning) await favorites.start().catch(() => undefined);
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
      resurfacing: {
        returning,
        answer: (answered, choice, current) => {
          answerReturn(slot, answered, choice);
          const { state, favorites: times } = readResurface(slot);
          const savedAt = times[answered];
          return savedAt === undefined ? undefined : dueAt(state, answered, savedAt, current.comeBack);
        },
      },
    },
    root.firstChild !== null && Boolean(id),
  );
  return { kept: keepForNextTabs(deps, settings, language) };
}

/**
 * After the paint: the durable copies, then the frames of the cards the next tabs will deal, and
 * of the favorite most likely to come back next.
 */
async function keepForNextTabs(deps: BootDeps, settings: Settings, language: LanguagePack) {
  const { slot } = deps;
  if (!answers(slot)) return;
  try {
    const local = await deps.local();
    await keepRotation(slot, local);
    await keepResurface(slot, local);
  } catch (error) {
    // The fast copies still work; the durable ones catch up on the next tab.
    console.warn('Lesson Tab: could not keep the rotation', error);
  }
  const state = currentRotation(slot);
  if (!state || settings.lessonsFrom === 'favorites') return;
  if (!hasMyIndex(slot)) await deps.keepIndex().catch(() => undefined);
  const byId = new Map(deps.lessons.map((lesson) => [lesson.id, lesson]));
  const ids = upcoming(state, settings.rotation, FRAMES_AHEAD);
  const returning = await returningNext(deps, settings);
  await deps.ownCards.load(returning ? [...ids, returning.lessonId] : ids).catch(() => undefined);
  const lessonOf = (id: string) => byId.get(id) ?? deps.ownCards.card(id);
  const frames: Frame[] = ids.flatMap((next) => {
    const lesson = lessonOf(next);
    return lesson ? [{ id: next, tree: deps.frameOf(lesson, language) }] : [];
  });
  const lesson = returning && lessonOf(returning.lessonId);
  if (returning && lesson) {
    const { savedAt, note } = returning;
    const tree = deps.frameOf(lesson, language, { savedAt, note });
    frames.push({ id: lesson.id, tree, returning: true, favorite: returningStamp(returning) });
  }
  writeFrames(slot, frameKey(settings, language.lang, deps.build), frames);
}

/** The favorite most likely to come back on a next tab (its save time kept for the first frame). */
async function returningNext(deps: BootDeps, settings: Settings): Promise<Favorite | undefined> {
  if (settings.comeBack === 'never') return undefined;
  await deps.favorites.start().catch(() => undefined);
  const { status, favorites } = deps.favorites.getState();
  if (status !== 'ready') return undefined;
  const live = liveFavorites(favorites);
  keepFavoriteTimes(deps.slot, live);
  const hidden = deps.hidden();
  const { state, favorites: times } = readResurface(deps.slot);
  const id = nextFavorite(
    state,
    favoriteList(times).filter((favorite) => !hidden.has(favorite.lessonId)),
    { now: deps.now() },
  );
  return live.find((favorite) => favorite.lessonId === id);
}
