/**
 * A new tab's first frame, drawn by a small classic script before any of the app's code loads
 * (entrypoints/first-frame.ts): the tab deals its card (see rotation-store) and builds the frame
 * kept for it, if any, into #app, which the app then renders over. The card dealt is left on #app
 * (`data-dealt`), frame or not, so it is dealt once.
 */
import type { DeckIndex, Lang, Theme } from '../../data/lesson';
import { favoriteInstead, readResurface, recordShownCard } from '../resurfacing/resurface-store';
import { dealForNewTab } from '../rotation/rotation-store';
import type { Settings } from '../settings/settings';
import { fromTree } from './dom-tree';
import { type Frame, fits, frameKey, keptFrames, returningKey } from './frames';
import { answers, type Slot } from './local-json';

export interface FirstFrameOptions {
  slot: Slot | undefined;
  settings: Settings;
  lang: Lang;
  build: string;
  deck: DeckIndex;
  /** The user's own lessons, as last kept for this step (utils/my-lessons/my-lesson-card.ts). */
  mine: () => DeckIndex;
  /** The lessons the user chose never to see again (utils/hidden-lessons/). */
  hidden: () => ReadonlySet<string>;
  now: number;
  random: () => number;
  /** The frame a fresh profile starts with (default settings, English): the first card dealt. */
  welcome: Frame;
  welcomeKey: string;
}

export const DEALT = 'dealt';
/** Set on #app when the card dealt is a favorite coming back in place of the next card. */
export const RETURNING = 'returning';

/**
 * The ids of the cards the settings allow, from the index, less the hidden ones (no favorites:
 * those need the app).
 */
export function deckIds(deck: DeckIndex, themes: readonly Theme[], hidden: ReadonlySet<string>): string[] {
  const chosen = new Set(themes);
  const ids: string[] = [];
  for (const [id, cardThemes] of deck)
    if (!hidden.has(id) && cardThemes.some((theme) => chosen.has(theme))) ids.push(id);
  return ids;
}

/** Deals this tab's card and draws its frame if one is kept; returns the card dealt, if any. */
export function showFirstFrame(root: HTMLElement, options: FirstFrameOptions): string | undefined {
  const { slot, settings, welcome, random, now } = options;
  // "Favorites only" needs the database to know the deck, and so does "my lessons only" when no
  // index of them is kept: the app deals.
  const { lessonsFrom } = settings;
  if (lessonsFrom === 'favorites') return undefined;
  const mine = options.mine();
  if (lessonsFrom === 'mine' && mine.length === 0) return undefined;
  const hidden = options.hidden();
  const cards = lessonsFrom === 'mine' ? mine : [...options.deck, ...mine];
  const ids = deckIds(cards, settings.themes, hidden);
  // Without localStorage every tab would be a "fresh profile": no welcome card then.
  const first = answers(slot) ? welcome.id : undefined;
  const key = frameKey(settings, options.lang, options.build);
  const kept = keptFrames(slot, key);
  // A card with a kept frame is dealt first while one is unshown: after the deck changes, the
  // next tab still draws at once.
  const prefer = (id: string) => kept.has(id);
  // A favorite due to come back takes the next card's place, whatever its themes (the set of
  // cards is built only if a favorite is asked about: not on most tabs).
  let drawable: Set<string> | undefined;
  const shows = (id: string) => {
    drawable ??= new Set(cards.map(([card]) => card));
    return drawable.has(id) && !hidden.has(id);
  };
  const clock = { now };
  // Read once: the offer and the record of what was shown are one synchronous step with the deal.
  const resurface = readResurface(slot);
  const offer = favoriteInstead(resurface, settings.comeBack, clock, shows);
  const dealing = { mode: settings.rotation, now, prefer, instead: offer };
  const { id, instead, returning } = dealForNewTab(slot, ids, random, dealing, first);
  root.dataset[DEALT] = id ?? '';
  if (id === undefined) return undefined;
  // A favorite that came back earlier this hour or day is shown as one again, not counted again.
  if (instead || !returning) recordShownCard(slot, id, instead === true, clock, resurface);
  if (returning) root.dataset[RETURNING] = '';
  const frame = kept.get(returning ? returningKey(id) : id);
  const welcomes = !returning && key === options.welcomeKey && fits(welcome, id);
  const tree = fits(frame, id) ? frame.tree : welcomes ? welcome.tree : undefined;
  if (tree) root.replaceChildren(...tree.map((node) => fromTree(node, root.ownerDocument)));
  return id;
}
