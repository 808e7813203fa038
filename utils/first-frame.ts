/**
 * The first frame of a new tab, drawn before any of the app's code has loaded. When a tab sets
 * the next card aside (next-lesson.ts) it also keeps that card's rendering, as a DOM tree, in
 * localStorage; the next tab's small classic script (entrypoints/first-frame.ts) claims the card
 * and builds the tree. The app then renders over the same nodes, so nothing is swapped. A frame
 * is only used with the settings and language it was made for; otherwise the app draws the card.
 */
import type { Lang } from '../data/lesson';
import { type DomTree, fromTree, isTree } from './dom-tree';
import { isSamePeriod } from './lesson-period';
import { readJson, type Slot, writeJson } from './local-slot';
import { peekSlot, quickLesson } from './next-lesson';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export const FRAMES_KEY = 'lesson-tab:frames';
const VERSION = 1;

export interface Frame {
  id: string;
  /** The children of the page's #app. */
  tree: DomTree[];
}

/** What a frame's content depends on: the deck (the release, themes, source) and the language. */
export function frameKey(
  settings: Pick<Settings, 'themes' | 'lessonsFrom'>,
  lang: Lang,
  release: string,
): string {
  return JSON.stringify([release, lang, [...settings.themes].sort(), settings.lessonsFrom]);
}

export function readFrames(key: string, slot: Slot | undefined = globalThis.localStorage): Frame[] {
  const stored = readJson(slot, FRAMES_KEY) as { version?: unknown; key?: unknown; frames?: unknown } | null;
  if (stored?.version !== VERSION || stored.key !== key || !Array.isArray(stored.frames)) return [];
  return stored.frames.filter(
    (frame): frame is Frame =>
      typeof frame?.id === 'string' && Array.isArray(frame.tree) && frame.tree.every(isTree),
  );
}

/** Without room for it, the next tab draws its card the app's way. */
export function writeFrames(
  key: string,
  frames: Frame[],
  slot: Slot | undefined = globalThis.localStorage,
): void {
  writeJson(slot, FRAMES_KEY, { version: VERSION, key, frames });
}

export interface FirstFrameOptions {
  settings: Settings;
  lang: Lang;
  /** The extension's version: a new release may change the deck or the markup. */
  release: string;
  now: number;
  random: () => number;
  /** The frame a fresh profile starts with (default settings, English). */
  welcome?: Frame;
  slot?: Slot;
}

/**
 * Claims this tab's card and draws it into `root` when its frame is at hand; returns its id.
 * Leaves the slot alone when it cannot draw, so the app claims the card itself.
 */
export function showFirstFrame(
  root: Element,
  { settings, lang, release, now, random, welcome, slot = globalThis.localStorage }: FirstFrameOptions,
): string | undefined {
  // "Favorites only" needs the database to know the deck.
  if (settings.lessonsFrom === 'favorites') return undefined;
  const key = frameKey(settings, lang, release);
  const frames = new Map(readFrames(key, slot).map((frame) => [frame.id, frame.tree]));
  if (welcome && key === frameKey(DEFAULT_SETTINGS, 'en', release)) frames.set(welcome.id, welcome.tree);
  const mode = settings.rotation;
  const { next, period } = peekSlot(slot);
  const wanted = mode !== 'every-tab' && period && isSamePeriod(mode, period.at, now) ? period.id : next;
  if (wanted !== undefined && !frames.has(wanted)) return undefined;
  const id = quickLesson([...frames.keys()], { mode, now }, random, slot);
  const tree = id === undefined ? undefined : frames.get(id);
  if (!tree) return undefined;
  root.replaceChildren(...tree.map((node) => fromTree(node, root.ownerDocument)));
  return id;
}
