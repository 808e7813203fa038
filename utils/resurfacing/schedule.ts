/**
 * When a favorite comes back (groundwork for "favorites that come back"). Each favorite has a
 * half-life: how long until the reader has half forgotten it. Recall after a time t is 2^(-t/h),
 * so a favorite is due once t ≥ h: recall has fallen to half. Each time it comes back the
 * half-life is multiplied by the reader's answer ("Soon", "Later", "Much later"; silence counts
 * as "Later"), so intervals grow. A due favorite takes the place of the next card, at most a few
 * times a local day, never two in a row, never one already shown that day; the most overdue
 * comes first, so none starves. Pure: the clock and the time zone are passed in.
 */
import { localDate } from '../rotation/period';
import type { ComeBack } from '../settings/settings';

export const DAY = 24 * 60 * 60 * 1000;
/** A new favorite first comes back two days after it was saved. */
export const FIRST_HALF_LIFE = 2 * DAY;
/** No interval grows past a year: a favorite still comes back once a year. */
export const MAX_HALF_LIFE = 365 * DAY;

export type Answer = 'soon' | 'later' | 'much-later';
/** What each answer multiplies the half-life by. "Soon" still grows it a little. */
export const FACTORS: Readonly<Record<Answer, number>> = { soon: 1.2, later: 2, 'much-later': 4 };

export type Frequency = ComeBack;
/** How many favorites may come back in one local day. */
export const DAILY_CAP: Readonly<Record<Frequency, number>> = { never: 0, sometimes: 3, often: 6 };
/** When a favorite is due, in half-lives since it was seen: at half recall, or sooner when often. */
export const DUE_AFTER: Readonly<Record<Frequency, number>> = { never: Infinity, sometimes: 1, often: 0.5 };

export interface Entry {
  halfLife: number;
  /** When it was last shown (or saved). */
  seenAt: number;
  /** The half-life before its last return, so an answer given after it replaces "Later". */
  before?: number;
}

export interface ResurfaceState {
  entries: Record<string, Entry>;
  /** The local day and the favorites that came back on it. */
  day?: { date: string; ids: string[] };
  /** The card shown last was a returning favorite. */
  lastWasFavorite: boolean;
}

export const EMPTY_RESURFACE: ResurfaceState = { entries: {}, lastWasFavorite: false };

export interface Clock {
  now: number;
  timeZone?: string;
}

const entryOf = (state: ResurfaceState, id: string, savedAt: number): Entry =>
  state.entries[id] ?? { halfLife: FIRST_HALF_LIFE, seenAt: savedAt };

/** How far past due a favorite is, in half-lives (≥ 1 is due); a clock gone back counts as none. */
export function overdue(entry: Entry, now: number): number {
  return Math.max(0, now - entry.seenAt) / entry.halfLife;
}

/**
 * The favorite to show instead of the next card, if one is due and the day allows it: the most
 * overdue, never one shown today, never right after another.
 */
export function dueFavorite(
  state: ResurfaceState,
  favorites: readonly { lessonId: string; savedAt: number }[],
  frequency: Frequency,
  { now, timeZone }: Clock,
): string | undefined {
  if (state.lastWasFavorite) return undefined;
  const date = localDate(now, timeZone);
  const today = state.day?.date === date ? state.day.ids : [];
  if (today.length >= DAILY_CAP[frequency]) return undefined;
  let best: { id: string; by: number } | undefined;
  for (const { lessonId, savedAt } of favorites) {
    if (today.includes(lessonId)) continue;
    const by = overdue(entryOf(state, lessonId, savedAt), now);
    if (by >= DUE_AFTER[frequency] && (!best || by > best.by)) best = { id: lessonId, by };
  }
  return best?.id;
}

/** A favorite came back: counted for today, and its half-life grows as if the answer were "Later". */
export function recordReturn(
  state: ResurfaceState,
  id: string,
  savedAt: number,
  { now, timeZone }: Clock,
): ResurfaceState {
  const entry = entryOf(state, id, savedAt);
  const date = localDate(now, timeZone);
  const ids = state.day?.date === date ? state.day.ids : [];
  return {
    entries: {
      ...state.entries,
      [id]: { halfLife: grow(entry.halfLife, 'later'), seenAt: now, before: entry.halfLife },
    },
    day: { date, ids: [...ids, id] },
    lastWasFavorite: true,
  };
}

/** Any other card was shown: the next one may be a favorite again. */
export function recordOrdinary(state: ResurfaceState): ResurfaceState {
  return state.lastWasFavorite ? { ...state, lastWasFavorite: false } : state;
}

/** The reader's answer to a favorite that came back replaces the "Later" it was given. */
export function answer(state: ResurfaceState, id: string, choice: Answer): ResurfaceState {
  const entry = state.entries[id];
  if (!entry) return state;
  const base = entry.before ?? entry.halfLife;
  return { ...state, entries: { ...state.entries, [id]: { ...entry, halfLife: grow(base, choice) } } };
}

function grow(halfLife: number, choice: Answer): number {
  return Math.min(MAX_HALF_LIFE, halfLife * FACTORS[choice]);
}

/** Reads a stored value defensively: malformed entries are left out, anything else reads as empty. */
export function parseResurface(value: unknown): ResurfaceState {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const entries: Record<string, Entry> = {};
  const stored = typeof raw.entries === 'object' && raw.entries !== null ? raw.entries : {};
  for (const [id, entry] of Object.entries(stored as Record<string, unknown>)) {
    const { halfLife, seenAt, before } = (entry ?? {}) as Record<string, unknown>;
    if (!isTime(halfLife) || halfLife <= 0 || !isTime(seenAt)) continue;
    entries[id] = { halfLife: Math.min(halfLife, MAX_HALF_LIFE), seenAt, ...(isTime(before) && { before }) };
  }
  const day = raw.day as { date?: unknown; ids?: unknown } | undefined;
  const ids = Array.isArray(day?.ids) ? day.ids.filter((id): id is string => typeof id === 'string') : [];
  return {
    entries,
    ...(typeof day?.date === 'string' && { day: { date: day.date, ids } }),
    lastWasFavorite: raw.lastWasFavorite === true,
  };
}

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** When a favorite will be due, ignoring the daily cap (Infinity when favorites never come back). */
export function dueAt(state: ResurfaceState, id: string, savedAt: number, frequency: Frequency): number {
  const entry = entryOf(state, id, savedAt);
  return entry.seenAt + entry.halfLife * DUE_AFTER[frequency];
}

/** How many favorites fall due by `now + span` (those already due included). */
export function countDueWithin(
  state: ResurfaceState,
  favorites: readonly { lessonId: string; savedAt: number }[],
  frequency: Frequency,
  now: number,
  span: number,
): number {
  return favorites.filter(({ lessonId, savedAt }) => dueAt(state, lessonId, savedAt, frequency) <= now + span)
    .length;
}

/** The favorite most likely to come back next (the most overdue not shown today): its frame is kept. */
export function nextFavorite(
  state: ResurfaceState,
  favorites: readonly { lessonId: string; savedAt: number }[],
  { now, timeZone }: Clock,
): string | undefined {
  const date = localDate(now, timeZone);
  const today = state.day?.date === date ? state.day.ids : [];
  let best: { id: string; by: number } | undefined;
  for (const { lessonId, savedAt } of favorites) {
    if (today.includes(lessonId)) continue;
    const by = overdue(entryOf(state, lessonId, savedAt), now);
    if (!best || by > best.by) best = { id: lessonId, by };
  }
  return best?.id;
}
