import { isSamePeriod } from './lesson-period';
import type { RotationMode } from './settings';

/**
 * Which lesson a new tab shows: a shuffled cycle over the deck, so no card repeats until every
 * card has been shown. Pure: randomness comes in as a parameter and the caller stores the state.
 */

export interface RotationState {
  /** This cycle's order of lesson ids. */
  cycle: string[];
  /** How many ids of `cycle` have been shown. */
  shown: number;
  /** The most recently shown ids, oldest first: what "Previous lesson" walks back through. */
  recent: string[];
  /** The lesson new tabs show for the current hour or day, and when that period began. */
  period?: { id: string; at: number };
  /** Taken from the cycle for the next tab to show at once (see next-lesson.ts). */
  reserved?: string;
  /** When the last card shown from the slot was recorded: older reports are already in. */
  recordedUntil?: number;
}

export type Random = () => number;

/** How many shown ids a state keeps for going back. */
export const RECENT_LIMIT = 50;

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A new cycle that never starts with the card just shown (when there is any choice). */
export function newCycle(deckIds: readonly string[], random: Random, lastShown?: string): string[] {
  const cycle = shuffle(deckIds, random);
  if (cycle.length > 1 && cycle[0] === lastShown) {
    const swapWith = 1 + Math.floor(random() * (cycle.length - 1));
    [cycle[0], cycle[swapWith]] = [cycle[swapWith] as string, cycle[0] as string];
  }
  return cycle;
}

/**
 * Fits a stored state to the current deck (cards added, removed or filtered out): what was shown
 * stays shown, what was not yet shown is dealt again in a random order.
 */
export function fitToDeck(state: RotationState, deckIds: readonly string[], random: Random): RotationState {
  const inDeck = new Set(deckIds);
  const shownIds = state.cycle.slice(0, state.shown).filter((id) => inDeck.has(id));
  const shownSet = new Set(shownIds);
  const rest = deckIds.filter((id) => !shownSet.has(id));
  const unchanged =
    shownIds.length === state.shown &&
    rest.length === state.cycle.length - state.shown &&
    state.cycle.slice(state.shown).every((id) => inDeck.has(id));
  if (unchanged) return state;
  return { ...state, cycle: [...shownIds, ...shuffle(rest, random)], shown: shownIds.length };
}

/** Takes the next id of the cycle (a fresh cycle when used up) without recording it as shown. */
export function take(
  state: RotationState | undefined,
  deckIds: readonly string[],
  random: Random,
): { id: string | undefined; state: RotationState } {
  const recent = state?.recent ?? [];
  if (deckIds.length === 0) return { id: undefined, state: state ?? { cycle: [], shown: 0, recent } };
  // The card on screen for the current period (after a deck change it may be back in the cycle).
  const onScreen = state?.period?.id;
  // The card set aside for the next tab is the next card, whoever asks first (it is already counted).
  if (state?.reserved && deckIds.includes(state.reserved) && state.reserved !== onScreen) {
    const { reserved, ...rest } = state;
    return { id: reserved, state: rest };
  }
  let current = state
    ? fitToDeck(state, deckIds, random)
    : { cycle: newCycle(deckIds, random), shown: 0, recent };
  if (current.shown >= current.cycle.length) {
    // Never start the new cycle with the card the old one ended on.
    current = {
      ...current,
      cycle: newCycle(deckIds, random, current.cycle.at(-1) ?? recent.at(-1)),
      shown: 0,
    };
  }
  let shown = current.shown;
  // Never deal the card already on screen: it counts as shown.
  if (current.cycle[shown] === onScreen && shown + 1 < current.cycle.length) shown++;
  const id = current.cycle[shown] as string;
  const { reserved: _dropped, ...rest } = current;
  return { id, state: { ...rest, shown: shown + 1 } };
}

/** Records a lesson as shown, for "Previous lesson". */
export function record(state: RotationState, id: string): RotationState {
  return { ...state, recent: [...state.recent, id].slice(-RECENT_LIMIT) };
}

/** Draws the next lesson: takes it from the cycle and records it as shown. */
export function draw(
  state: RotationState | undefined,
  deckIds: readonly string[],
  random: Random,
): { id: string | undefined; state: RotationState } {
  const taken = take(state, deckIds, random);
  return { id: taken.id, state: taken.id ? record(taken.state, taken.id) : taken.state };
}

/** Reads a stored value defensively: anything malformed starts a fresh rotation. */
export function parseRotationState(value: unknown): RotationState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { cycle, shown, recent } = value as Record<string, unknown>;
  const isIdList = (list: unknown): list is string[] =>
    Array.isArray(list) && list.every((id) => typeof id === 'string');
  if (!isIdList(cycle) || !isIdList(recent)) return undefined;
  if (typeof shown !== 'number' || !Number.isInteger(shown) || shown < 0 || shown > cycle.length)
    return undefined;
  if (new Set(cycle).size !== cycle.length) return undefined;
  const state: RotationState = { cycle, shown, recent: recent.slice(-RECENT_LIMIT) };
  const { period } = value as { period?: { id?: unknown; at?: unknown } };
  if (typeof period?.id === 'string' && typeof period.at === 'number' && Number.isFinite(period.at)) {
    state.period = { id: period.id, at: period.at };
  }
  const { reserved, recordedUntil } = value as { reserved?: unknown; recordedUntil?: unknown };
  if (typeof reserved === 'string') state.reserved = reserved;
  if (typeof recordedUntil === 'number' && Number.isFinite(recordedUntil))
    state.recordedUntil = recordedUntil;
  return state;
}

export interface NewTabOptions {
  mode: RotationMode;
  now: number;
  timeZone?: string;
}

/**
 * The lesson for a newly opened tab: the current period's lesson while the period lasts (hourly
 * and daily modes), otherwise the next of the cycle, which then starts a new period.
 * `changed` says whether the state needs saving.
 */
export function drawForNewTab(
  state: RotationState | undefined,
  deckIds: readonly string[],
  random: Random,
  { mode, now, timeZone }: NewTabOptions,
): { id: string | undefined; state: RotationState; changed: boolean } {
  const period = state?.period;
  if (state && period && deckIds.includes(period.id) && isSamePeriod(mode, period.at, now, timeZone)) {
    return { id: period.id, state, changed: false };
  }
  const drawn = draw(state, deckIds, random);
  const next = drawn.id ? { ...drawn.state, period: { id: drawn.id, at: now } } : drawn.state;
  return { id: drawn.id, state: next, changed: true };
}

/**
 * Sets aside the next card for the next tab, so it can show without waiting for storage. A
 * reservation that is still in the deck is kept rather than replaced (no card is skipped).
 */
export function reserve(
  state: RotationState | undefined,
  deckIds: readonly string[],
  random: Random,
): { id: string | undefined; state: RotationState } {
  const kept = state?.reserved;
  if (kept && deckIds.includes(kept) && kept !== state?.period?.id) return { id: kept, state };
  const taken = take(state, deckIds, random);
  return { id: taken.id, state: { ...taken.state, reserved: taken.id } };
}

/**
 * A tab showed `id` (a reserved card, or one picked before the rotation existed): record it, count
 * it as shown in the cycle so it does not come round again, and start its period.
 */
export function showed(state: RotationState, id: string, now: number): RotationState {
  const at = state.cycle.indexOf(id);
  let counted = state;
  if (at === -1) {
    // Not dealt yet (the very first tab, before any cycle existed): count it in this cycle.
    const cycle = [...state.cycle.slice(0, state.shown), id, ...state.cycle.slice(state.shown)];
    counted = { ...state, cycle, shown: state.shown + 1 };
  } else if (at >= state.shown) {
    const cycle = [...state.cycle];
    [cycle[at], cycle[state.shown]] = [cycle[state.shown] as string, id];
    counted = { ...state, cycle, shown: state.shown + 1 };
  }
  const { reserved, ...rest } = record(counted, id);
  const next: RotationState = { ...rest, period: { id, at: now } };
  if (reserved && reserved !== id) next.reserved = reserved;
  return next;
}
