/**
 * The frames kept for the next tabs: each upcoming card's page, rendered by the app after its
 * paint, stored as DOM trees in localStorage under a key that says what they were made for.
 */
import type { Lang } from '../../data/lesson';
import type { Settings } from '../settings/settings';
import { type DomTree, isTree, treeLessonId } from './dom-tree';
import { readJson, type Slot, writeJson } from './local-json';

export const FRAMES_KEY = 'lesson-tab:frames';

declare global {
  interface ImportMetaEnv {
    readonly LESSON_TAB_BUILD?: string;
  }
}

/** This build's own id (wxt.config.ts sets it at every build): frames of another build are not used. */
export const BUILD: string = import.meta.env.LESSON_TAB_BUILD ?? 'dev';
const VERSION = 2;

export interface Frame {
  id: string;
  /** The children of the page's #app. */
  tree: DomTree[];
  /** The card drawn as a favorite coming back (with its note and the choices under it). */
  returning?: true;
  /** With `returning`: the favorite it was drawn from (see returningStamp). */
  favorite?: string;
}

/** What a favorite's returning frame shows of it: its save date and its note, by their times. */
export const returningStamp = ({ savedAt, noteAt }: { savedAt: number; noteAt?: number }) =>
  `${savedAt}/${noteAt ?? 0}`;

/** Where `keptFrames` files the frame of a favorite coming back, beside its ordinary frame. */
export const returningKey = (id: string) => `returning:${id}`;

/**
 * What a frame's content depends on: the build (a new one may change the deck or the markup),
 * the language, and the settings that pick the deck.
 */
export function frameKey(
  settings: Pick<Settings, 'themes' | 'lessonsFrom'>,
  lang: Lang,
  build: string,
): string {
  return JSON.stringify([build, lang, [...settings.themes].sort(), settings.lessonsFrom]);
}

/** A frame is used only for the card it shows, and only if every node in it is one of ours. */
export function fits(frame: unknown, id: string): frame is Frame {
  const { id: frameId, tree } = (frame ?? {}) as { id?: unknown; tree?: unknown };
  return (
    frameId === id &&
    Array.isArray(tree) &&
    tree.every((node) => isTree(node)) &&
    tree.map(treeLessonId).find((shown) => shown !== undefined) === id
  );
}

/** The frames kept for `key`, by card id (each still checked with `fits` before it is drawn). */
export function keptFrames(slot: Slot | undefined, key: string): Map<string, unknown> {
  const stored = readJson(slot, FRAMES_KEY) as { version?: unknown; key?: unknown; frames?: unknown } | null;
  if (stored?.version !== VERSION || stored.key !== key || !Array.isArray(stored.frames)) return new Map();
  return new Map(
    stored.frames.map((frame: { id?: unknown; returning?: unknown }) => {
      const id = String(frame?.id);
      return [frame?.returning === true ? returningKey(id) : id, frame];
    }),
  );
}

/** The frame of card `id` made for `key`, if one is kept and sound. */
export function readFrame(slot: Slot | undefined, key: string, id: string): DomTree[] | undefined {
  const frame = keptFrames(slot, key).get(id);
  return fits(frame, id) ? frame.tree : undefined;
}

/**
 * Drops the kept frame of a favorite coming back once that favorite has changed since it was drawn
 * (a note written or removed): the next tab then draws it the app's way, never as it was.
 * `stampOf` gives a favorite's stamp now (none once it is no longer a favorite).
 */
export function dropChangedReturning(
  slot: Slot | undefined,
  stampOf: (id: string) => string | undefined,
): void {
  const stored = readJson(slot, FRAMES_KEY) as { version?: unknown; frames?: unknown } | null;
  if (stored?.version !== VERSION || !Array.isArray(stored.frames)) return;
  const frames = stored.frames.filter(
    (frame: Frame) => frame?.returning !== true || stampOf(String(frame.id)) === frame.favorite,
  );
  if (frames.length < stored.frames.length) writeJson(slot, FRAMES_KEY, { ...stored, frames });
}

/** Without room for them, the next tabs draw their card the app's way. */
export function writeFrames(slot: Slot | undefined, key: string, frames: Frame[]): void {
  writeJson(slot, FRAMES_KEY, { version: VERSION, key, frames });
}
