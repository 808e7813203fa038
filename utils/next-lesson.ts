/**
 * The lesson the next new tab will show, set aside in localStorage by the tab before it, so a
 * new tab can draw its first frame without waiting for extension storage. Reading and removing it
 * happen in one synchronous step, and an extension's pages share one thread (Chrome and Firefox
 * run them in the extension's one process), so two tabs can never claim the same card: the second
 * finds the slot empty and draws from the rotation instead.
 */
import { isSamePeriod } from './lesson-period';
import { readJson, type Slot, writeJson } from './local-slot';
import type { NewTabOptions } from './rotation';

export type { Slot } from './local-slot';

const NEXT_KEY = 'lesson-tab:next';
const PERIOD_KEY = 'lesson-tab:period';
/** Set by the very first tab: from then on a missing slot means another tab just claimed it. */
const STARTED_KEY = 'lesson-tab:started';
/**
 * Cards shown from the slot and not yet recorded in the rotation. A tab closed at once (the user
 * typed an address) never gets to record its card; the next tab to hold the rotation does.
 */
const PENDING_KEY = 'lesson-tab:pending';
const STAMP_KEY = 'lesson-tab:pending-stamp';

export interface Shown {
  id: string;
  at: number;
}

/**
 * The lesson a new tab can show at once: the current period's, the one set aside for it, or, for
 * the very first tab (no rotation yet), any card. Undefined sends the tab the slower way.
 */
export function quickLesson(
  deckIds: readonly string[],
  { mode, now, timeZone }: NewTabOptions,
  random: () => number,
  slot: Slot | undefined = globalThis.localStorage,
): string | undefined {
  const { next, period } = peekSlot(slot);
  if (
    mode !== 'every-tab' &&
    period &&
    deckIds.includes(period.id) &&
    isSamePeriod(mode, period.at, now, timeZone)
  ) {
    return period.id;
  }
  const started = readJson(slot, STARTED_KEY) === true;
  try {
    slot?.removeItem(NEXT_KEY);
    slot?.setItem(STARTED_KEY, 'true');
  } catch {
    return undefined;
  }
  const first = started || deckIds.length === 0 ? undefined : deckIds[Math.floor(random() * deckIds.length)];
  const id = next !== undefined && deckIds.includes(next) ? next : first;
  if (!id) return undefined;
  // Strictly increasing, even for two tabs in the same millisecond: the rotation records each once.
  const last = readJson(slot, STAMP_KEY);
  const at = Math.max(now, (typeof last === 'number' ? last : 0) + 0.001);
  writeJson(slot, STAMP_KEY, at);
  writeJson(slot, PENDING_KEY, [...pendingIn(slot), { id, at }]);
  return id;
}

function pendingIn(slot: Slot | undefined): Shown[] {
  const list = readJson(slot, PENDING_KEY);
  return Array.isArray(list)
    ? list.filter((item): item is Shown => typeof item?.id === 'string' && typeof item?.at === 'number')
    : [];
}

/** The cards tabs showed from the slot and have not been recorded yet. */
export function pendingShown(slot: Slot | undefined = globalThis.localStorage): Shown[] {
  return pendingIn(slot);
}

/**
 * Forgets the cards recorded up to `until`, once the rotation holding them is saved: if the tab
 * closes before that, the next tab records them again (the rotation ignores what it already has).
 */
export function forgetPending(until: number, slot: Slot | undefined = globalThis.localStorage): void {
  const left = pendingIn(slot).filter((shown) => shown.at > until);
  try {
    if (left.length === 0) slot?.removeItem(PENDING_KEY);
    else slot?.setItem(PENDING_KEY, JSON.stringify(left));
  } catch {
    // Recording them twice is harmless.
  }
}

/** What the rotation decided, for the next tab to find. */
export function setAside(
  next: string | undefined,
  period: { id: string; at: number } | undefined,
  slot: Slot | undefined = globalThis.localStorage,
): void {
  if (next) writeJson(slot, NEXT_KEY, next);
  if (period) writeJson(slot, PERIOD_KEY, period);
}

/** Takes a card back out of the slot (the rotation gave it to a tab that drew the slow way). */
export function withdraw(id: string, slot: Slot | undefined = globalThis.localStorage): void {
  try {
    if (readJson(slot, NEXT_KEY) === id) slot?.removeItem(NEXT_KEY);
  } catch {
    // Nothing set aside.
  }
}

/** What is set aside without claiming it: the next card, and the current period's. */
export function peekSlot(slot: Slot | undefined = globalThis.localStorage): {
  next?: string;
  period?: { id: string; at: number };
} {
  const next = readJson(slot, NEXT_KEY);
  const period = readJson(slot, PERIOD_KEY) as { id?: unknown; at?: unknown } | null;
  return {
    next: typeof next === 'string' ? next : undefined,
    period:
      typeof period?.id === 'string' && typeof period.at === 'number'
        ? { id: period.id, at: period.at }
        : undefined,
  };
}
