/**
 * The lesson the next new tab will show, set aside in localStorage by the tab before it, so a
 * new tab can draw its first frame without waiting for extension storage. Reading and removing it
 * happen in one synchronous step, and an extension's pages share one thread (Chrome and Firefox
 * run them in the extension's one process), so two tabs can never claim the same card: the second
 * finds the slot empty and draws from the rotation instead.
 */
import { isSamePeriod } from './lesson-period';
import type { NewTabOptions } from './rotation';

const NEXT_KEY = 'lesson-tab:next';
const PERIOD_KEY = 'lesson-tab:period';
/** Set by the very first tab: from then on a missing slot means another tab just claimed it. */
const STARTED_KEY = 'lesson-tab:started';

export type Slot = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function read(slot: Slot | undefined, key: string): unknown {
  try {
    return JSON.parse(slot?.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function write(slot: Slot | undefined, key: string, value: unknown): void {
  try {
    slot?.setItem(key, JSON.stringify(value));
  } catch {
    // Without localStorage the next tab simply takes the slower path through storage.
  }
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
): { id: string; claimed: boolean } | undefined {
  const period = read(slot, PERIOD_KEY) as { id?: unknown; at?: unknown } | null;
  if (
    mode !== 'every-tab' &&
    typeof period?.id === 'string' &&
    typeof period.at === 'number' &&
    deckIds.includes(period.id) &&
    isSamePeriod(mode, period.at, now, timeZone)
  ) {
    return { id: period.id, claimed: false };
  }
  const next = read(slot, NEXT_KEY);
  const started = read(slot, STARTED_KEY) === true;
  try {
    slot?.removeItem(NEXT_KEY);
    slot?.setItem(STARTED_KEY, 'true');
  } catch {
    return undefined;
  }
  if (typeof next === 'string' && deckIds.includes(next)) return { id: next, claimed: true };
  const first = started || deckIds.length === 0 ? undefined : deckIds[Math.floor(random() * deckIds.length)];
  return first ? { id: first, claimed: true } : undefined;
}

/** What the rotation decided, for the next tab to find. */
export function setAside(
  next: string | undefined,
  period: { id: string; at: number } | undefined,
  slot: Slot | undefined = globalThis.localStorage,
): void {
  if (next) write(slot, NEXT_KEY, next);
  if (period) write(slot, PERIOD_KEY, period);
}

/** Whether a card set aside is still waiting in the slot (not claimed by a tab yet). */
export function isSetAside(id: string, slot: Slot | undefined = globalThis.localStorage): boolean {
  return read(slot, NEXT_KEY) === id;
}
