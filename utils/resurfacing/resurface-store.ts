/**
 * The schedule of favorites coming back, and its one owner. As with the rotation, a fast copy in
 * localStorage is read and written by a new tab's first frame in the same synchronous step that
 * deals its card (atomic across tabs: an extension's pages share one thread); a durable copy in
 * `storage.local`, written after paint, only restores a missing or damaged fast copy.
 *
 * The first frame cannot open IndexedDB, so the fast copy also holds each favorite's id and when
 * it was saved, which the pages keep up to date after paint (`keepFavoriteTimes`).
 */
import { readJson, type Slot, writeJson } from '../first-frame/local-json';
import type { StorageArea } from '../rotation/rotation-store';
import { type Migration, upgradeStored } from '../storage/stored-version';
import {
  type Answer,
  answer,
  type Clock,
  dueFavorite,
  EMPTY_RESURFACE,
  type Frequency,
  parseResurface,
  type ResurfaceState,
  recordOrdinary,
  recordReturn,
} from './schedule';

export const RESURFACE_KEY = 'lesson-tab:resurface';
const DURABLE_KEY = 'resurface';
/** 1: `{ version, state, favorites }`, the same shape in localStorage and in storage.local. */
export const RESURFACE_VERSION = 1;
/** Upgrades from each past version to the next (none yet: version 1 is the first). */
export const RESURFACE_MIGRATIONS: Record<number, Migration> = {};

/** Each favorite's id and when it was saved. */
export type FavoriteTimes = Record<string, number>;

export interface Resurface {
  state: ResurfaceState;
  favorites: FavoriteTimes;
}

export const EMPTY: Resurface = { state: EMPTY_RESURFACE, favorites: {} };

/** Any stored value to a sound copy: migrated up, malformed parts left out, never throws. */
export function parseStored(value: unknown): Resurface | undefined {
  // A newer Lesson Tab's copy is not ours to read (nor to overwrite from a guess).
  const raw = upgradeStored(value, RESURFACE_VERSION, RESURFACE_MIGRATIONS);
  if (!raw) return undefined;
  const favorites: FavoriteTimes = {};
  const stored = typeof raw.favorites === 'object' && raw.favorites !== null ? raw.favorites : {};
  for (const [id, savedAt] of Object.entries(stored as Record<string, unknown>))
    if (typeof savedAt === 'number' && Number.isFinite(savedAt)) favorites[id] = savedAt;
  return { state: parseResurface(raw.state), favorites };
}

const stored = (copy: Resurface) => ({ version: RESURFACE_VERSION, ...copy });

/** The fast copy as it stands (empty when missing). */
export function readResurface(slot: Slot | undefined): Resurface {
  return parseStored(readJson(slot, RESURFACE_KEY)) ?? EMPTY;
}

function update(
  slot: Slot | undefined,
  change: (copy: Resurface) => Resurface,
  copy: Resurface = readResurface(slot),
): void {
  const changed = change(copy);
  if (changed !== copy) writeJson(slot, RESURFACE_KEY, stored(changed));
}

/** The favorites as the schedule reads them. */
export const favoriteList = (favorites: FavoriteTimes) =>
  Object.entries(favorites).map(([lessonId, savedAt]) => ({ lessonId, savedAt }));

/**
 * Records what a tab showed: a favorite coming back, or any other card. `read` is the copy the
 * same synchronous step already read (the first frame's), so it is not read twice.
 */
export function recordShownCard(
  slot: Slot | undefined,
  id: string,
  returning: boolean,
  clock: Clock,
  read?: Resurface,
): void {
  update(
    slot,
    (copy) => {
      if (!returning) {
        const state = recordOrdinary(copy.state);
        return state === copy.state ? copy : { ...copy, state };
      }
      return { ...copy, state: recordReturn(copy.state, id, copy.favorites[id] ?? clock.now, clock) };
    },
    read,
  );
}

/** The reader's "Soon", "Later" or "Much later" for a favorite that came back. */
export function answerReturn(slot: Slot | undefined, id: string, choice: Answer): void {
  update(slot, (copy) => ({ ...copy, state: answer(copy.state, id, choice) }));
}

/**
 * The favorites as they are now (after paint, and on every change): a removed favorite's
 * schedule goes with it, so one saved again starts afresh.
 */
export function keepFavoriteTimes(
  slot: Slot | undefined,
  favorites: readonly { lessonId: string; savedAt: number }[],
): void {
  update(slot, (copy) => {
    const times: FavoriteTimes = {};
    for (const { lessonId, savedAt } of favorites) times[lessonId] = savedAt;
    const entries = Object.fromEntries(Object.entries(copy.state.entries).filter(([id]) => id in times));
    const same =
      Object.keys(entries).length === Object.keys(copy.state.entries).length &&
      favorites.length === Object.keys(copy.favorites).length &&
      favorites.every(({ lessonId, savedAt }) => copy.favorites[lessonId] === savedAt);
    return same ? copy : { state: { ...copy.state, entries }, favorites: times };
  });
}

/** After paint: a lost fast copy comes back from the durable one, which is then brought up to date. */
export async function keepResurface(slot: Slot | undefined, area: StorageArea): Promise<void> {
  if (!parseStored(readJson(slot, RESURFACE_KEY))) {
    const durable = parseStored((await area.get(DURABLE_KEY))[DURABLE_KEY]);
    // Read again: a tab may have written a copy while storage answered.
    if (durable && !parseStored(readJson(slot, RESURFACE_KEY)))
      writeJson(slot, RESURFACE_KEY, stored(durable));
  }
  const fast = parseStored(readJson(slot, RESURFACE_KEY));
  if (fast) await area.set({ [DURABLE_KEY]: stored(fast) });
}

/**
 * What a new tab offers in place of its next card (`NewTabOptions.instead`): the favorite due
 * now, if the day allows one, among those `shows` can draw, never the card shown last.
 */
export function favoriteInstead(
  copy: Resurface,
  frequency: Frequency,
  clock: Clock,
  shows: (id: string) => boolean,
): (lastShown: string | undefined) => string | undefined {
  return (lastShown) => {
    if (frequency === 'never') return undefined;
    const { state, favorites } = copy;
    const candidates = favoriteList(favorites).filter((f) => f.lessonId !== lastShown && shows(f.lessonId));
    return dueFavorite(state, candidates, frequency, clock);
  };
}
