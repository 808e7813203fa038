/**
 * Which lesson a tab shows: a shuffled cycle over the deck, so no card repeats until every card
 * has been shown, and, in hourly and daily modes, the current period's card while it lasts.
 * Pure: the deck, the clock and randomness come in; the caller keeps the state (rotation-store).
 */
import type { RotationMode } from '../settings/settings';
import { isSamePeriod } from './period';

export interface RotationState {
  /** This cycle's order of lesson ids. */
  cycle: string[];
  /** How many ids of `cycle` have been shown. */
  shown: number;
  /** The most recently shown ids, oldest first: what "Previous lesson" walks back through. */
  recent: string[];
  /**
   * The lesson new tabs show for the current hour or day, and when that period began; `returning`
   * when it is a favorite that came back in place of the period's card (shown as one all period).
   */
  period?: { id: string; at: number; returning?: true };
  /** Which cycle this is, from 1: one more each time the deck is used up (missing reads as 1). */
  round?: number;
}

export type Random = () => number;

/** A card dealt (none from an empty deck) and the state that records it. */
export interface Dealt {
  id: string | undefined;
  state: RotationState;
  /** The card was the one offered in place of the next (`NewTabOptions.instead`), just now. */
  instead?: boolean;
  /** The card is a favorite that came back: just now, or earlier in this hour or day. */
  returning?: boolean;
}

export interface NewTabOptions {
  mode: RotationMode;
  now: number;
  timeZone?: string;
  /** Cards this tab can draw at once (their frames are kept): dealt first while any is unshown. */
  prefer?: (id: string) => boolean;
  /**
   * A card to show in place of the next one (a favorite coming back), asked only when a new card
   * is due, given the card shown last: the cycle keeps its next card for the tab after.
   */
  instead?: (lastShown: string | undefined) => string | undefined;
}

/** How many shown ids a state keeps for going back. */
export const RECENT_LIMIT = 50;

export const EMPTY_ROTATION: RotationState = { cycle: [], shown: 0, recent: [] };

function swap(list: unknown[], i: number, j: number): void {
  [list[i], list[j]] = [list[j], list[i]];
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) swap(out, i, Math.floor(random() * (i + 1)));
  return out;
}

/** A new cycle that never starts with the card just shown (when there is any choice). */
export function newCycle(deckIds: readonly string[], random: Random, lastShown?: string): string[] {
  const cycle = shuffle(deckIds, random);
  if (cycle.length > 1 && cycle[0] === lastShown)
    swap(cycle, 0, 1 + Math.floor(random() * (cycle.length - 1)));
  return cycle;
}

/**
 * Fits a state to the current deck (cards added, removed or filtered out): what was shown stays
 * shown, what was not yet shown is dealt again in a random order.
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

/**
 * The next card of the cycle, recorded as shown; a fresh cycle when the deck is used up, never
 * starting on the card just shown. A first cycle may start on `first` (the welcome card).
 */
export function next(
  state: RotationState | undefined,
  deckIds: readonly string[],
  random: Random,
  first?: string,
  prefer?: (id: string) => boolean,
): Dealt {
  if (deckIds.length === 0) return { id: undefined, state: state ?? EMPTY_ROTATION };
  const recent = state?.recent ?? [];
  const fitted = state
    ? fitToDeck(state, deckIds, random)
    : { ...EMPTY_ROTATION, cycle: newCycle(deckIds, random) };
  let { cycle, shown, round } = fitted;
  if (!state && first && deckIds.includes(first)) cycle = [first, ...cycle.filter((id) => id !== first)];
  if (shown >= cycle.length) {
    cycle = newCycle(deckIds, random, cycle.at(-1) ?? recent.at(-1));
    shown = 0;
    round = roundOf(fitted) + 1;
  }
  // A card that can be drawn at once comes first, if one is still to be shown this cycle: after a
  // deck change reshuffles the rest, the cards whose frames were kept are still among it.
  if (prefer && !prefer(cycle[shown] as string)) {
    const at = cycle.findIndex((id, i) => i > shown && id !== recent.at(-1) && prefer(id));
    if (at !== -1) {
      cycle = [...cycle];
      swap(cycle, shown, at);
    }
  }
  // Never the card just shown (a deck change can put it back among the unshown).
  if (cycle[shown] === recent.at(-1) && shown + 1 < cycle.length) {
    cycle = [...cycle];
    swap(cycle, shown, shown + 1);
  }
  const id = cycle[shown] as string;
  const shownNow = { cycle, shown: shown + 1, recent: [...recent, id].slice(-RECENT_LIMIT) };
  return { id, state: { ...fitted, ...shownNow, ...(round !== undefined && { round }) } };
}

/** Which cycle a state is in, counted from 1 (states kept before the counter read as the first). */
export function roundOf(state: RotationState | undefined): number {
  return state?.round ?? 1;
}

/**
 * The lesson for a newly opened tab: the current period's lesson while the period lasts (hourly
 * and daily modes), otherwise the next of the cycle, which starts a new period at `now`. A clock
 * that went back or jumped ahead only ends the period once: the new one starts at the new time.
 */
export function dealNewTab(
  state: RotationState | undefined,
  deckIds: readonly string[],
  random: Random,
  { mode, now, timeZone, prefer, instead }: NewTabOptions,
  first?: string,
): Dealt {
  const period = state?.period;
  // A favorite that came back stays the period's card whatever the themes chosen.
  const kept = period && (period.returning || deckIds.includes(period.id));
  if (period && kept && isSamePeriod(mode, period.at, now, timeZone)) {
    return { id: period.id, state: state as RotationState, ...(period.returning && { returning: true }) };
  }
  const other = state && instead?.(state.recent.at(-1));
  if (other) {
    // Counted as seen if it is in this cycle still to come; either way Previous comes back to it.
    const seen = state.cycle.indexOf(other) >= state.shown ? markShown(state, [other]) : undefined;
    const recent = seen?.recent ?? [...state.recent, other].slice(-RECENT_LIMIT);
    return {
      id: other,
      state: { ...(seen ?? state), recent, period: { id: other, at: now, returning: true } },
      instead: true,
      returning: true,
    };
  }
  const { id, state: dealt } = next(state, deckIds, random, first, prefer);
  return { id, state: id ? { ...dealt, period: { id, at: now } } : dealt };
}

/** The cards the next tabs will most likely show, for their first frames. */
export function upcoming(state: RotationState, mode: RotationMode, count: number): string[] {
  const ids = state.cycle.slice(state.shown, state.shown + count);
  return mode !== 'every-tab' && state.period ? [state.period.id, ...ids] : ids;
}

/**
 * Counts cards as shown that a state did not know of (shown while it was out of reach), in order:
 * each moves into the shown part of the cycle and onto the recent list.
 */
export function markShown(state: RotationState, ids: readonly string[]): RotationState {
  const cycle = [...state.cycle];
  let { shown, recent } = state;
  for (const id of ids) {
    const at = cycle.indexOf(id);
    if (at === -1) cycle.splice(shown++, 0, id);
    else if (at >= shown) swap(cycle, at, shown++);
    recent = [...recent, id].slice(-RECENT_LIMIT);
  }
  return { ...state, cycle, shown, recent };
}

/**
 * The cards a state knows were shown: this cycle's shown part, and the recent ones (which hold the
 * end of the cycle before, and a favorite shown in place of the next card).
 */
export function shownIds(state: RotationState): string[] {
  return [...new Set([...state.cycle.slice(0, state.shown), ...state.recent])];
}

/** Reads a stored value defensively: anything malformed reads as no state. */
export function parseRotation(value: unknown): RotationState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { cycle, shown, recent, period } = value as Record<string, unknown>;
  const isIdList = (list: unknown): list is string[] =>
    Array.isArray(list) && list.every((id) => typeof id === 'string');
  if (!isIdList(cycle) || !isIdList(recent) || new Set(cycle).size !== cycle.length) return undefined;
  if (typeof shown !== 'number' || !Number.isInteger(shown) || shown < 0 || shown > cycle.length)
    return undefined;
  const state: RotationState = { cycle, shown, recent: recent.slice(-RECENT_LIMIT) };
  const { id, at, returning } = (period ?? {}) as { id?: unknown; at?: unknown; returning?: unknown };
  if (typeof id === 'string' && typeof at === 'number' && Number.isFinite(at))
    state.period = { id, at, ...(returning === true && { returning: true as const }) };
  const { round } = value as Record<string, unknown>;
  if (typeof round === 'number' && Number.isSafeInteger(round) && round >= 1) state.round = round;
  return state;
}
