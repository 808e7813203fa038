/**
 * The one rotation state and its one owner. A fast copy in localStorage is read, dealt from and
 * written back in one synchronous step before a new tab's first paint. An extension's pages share
 * one thread (Chrome and Firefox run them in its one process), so that step is atomic across tabs:
 * no two tabs deal the same card, and a tab closed at once has already recorded its card. No lock.
 *
 * A durable copy in `storage.local`, written after paint, only ever restores a missing or damaged
 * fast copy (site data cleared, a new profile folder), never the other way. It alone also lists
 * every card ever seen (`seen`, for the options page's progress): the fast copy is read before
 * every first paint, so it stays small.
 */
import { readJson, removeKeys, type Slot, writeJson } from '../first-frame/local-json';
import {
  type Dealt,
  dealNewTab,
  EMPTY_ROTATION,
  markShown,
  type NewTabOptions,
  next,
  parseRotation,
  type Random,
  type RotationState,
  shownIds,
} from './cycle';

export const FAST_KEY = 'lesson-tab:rotation';
const DURABLE_KEY = 'rotation';
/**
 * 2: `{ version, state, fresh? }` in localStorage and `{ version, ...state }` in storage.local.
 * 1 (0.1.0): storage.local only, with `reserved` and `recordedUntil`, beside five localStorage
 * keys for cards set aside and shown (LEGACY_KEYS).
 * Fields added since with a safe reading when missing, so no new version: `round` (read as 1) and,
 * in storage.local only, `seen` (read as none seen before).
 */
export const ROTATION_VERSION = 2;
const LEGACY_KEYS = [
  'lesson-tab:next',
  'lesson-tab:period',
  'lesson-tab:started',
  'lesson-tab:pending',
  'lesson-tab:pending-stamp',
];

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

interface FastCopy {
  state: RotationState;
  /** Started from nothing on this device: the durable copy, if any, is merged in after paint. */
  fresh: boolean;
}

function readFast(slot: Slot | undefined): FastCopy | undefined {
  const stored = readJson(slot, FAST_KEY) as { version?: unknown; state?: unknown; fresh?: unknown } | null;
  const state = stored?.version === ROTATION_VERSION ? parseRotation(stored.state) : undefined;
  return state && { state, fresh: stored?.fresh === true };
}

function writeFast(slot: Slot | undefined, { state, fresh }: FastCopy): void {
  writeJson(slot, FAST_KEY, { version: ROTATION_VERSION, state, ...(fresh && { fresh }) });
}

/** Reads the fast copy, changes its state and writes it back: one synchronous step. */
function update(slot: Slot | undefined, change: (state?: RotationState) => Dealt): Dealt {
  const fast = readFast(slot);
  const changed = change(fast?.state);
  writeFast(slot, { state: changed.state, fresh: fast?.fresh ?? true });
  return changed;
}

/** The state as it stands (for "Previous lesson" and the next tabs' frames). */
export function currentRotation(slot: Slot | undefined): RotationState | undefined {
  return readFast(slot)?.state;
}

/**
 * A new tab's card, dealt and recorded. Without a fast copy it starts a fresh rotation (on
 * `first`, the welcome card, if the deck has it), marked for the durable copy.
 */
export function dealForNewTab(
  slot: Slot | undefined,
  deckIds: readonly string[],
  random: Random,
  options: NewTabOptions,
  first?: string,
): Dealt {
  return update(slot, (state) => dealNewTab(state, deckIds, random, options, first));
}

/** The next card for "Next lesson", dealt and recorded. */
export function dealNext(slot: Slot | undefined, deckIds: readonly string[], random: Random): Dealt {
  return update(slot, (state) => next(state, deckIds, random));
}

/** Records a card shown without being dealt here (a page with no localStorage of its own). */
export function recordShown(slot: Slot | undefined, id: string): void {
  update(slot, (state) => ({ id, state: markShown(state ?? EMPTY_ROTATION, [id]) }));
}

type DurableCopy = Record<string, unknown> | undefined;

async function readDurable(area: StorageArea): Promise<DurableCopy> {
  return (await area.get(DURABLE_KEY))[DURABLE_KEY] as DurableCopy;
}

/** The durable copy's state, migrated from version 1 (where the card set aside goes back in the cycle). */
function durableState(stored: DurableCopy): RotationState | undefined {
  const state = parseRotation(stored);
  if (!state || stored?.version === ROTATION_VERSION) return state;
  if (stored?.version !== 1) return undefined;
  const reserved = stored.reserved;
  const at = typeof reserved === 'string' ? state.cycle.indexOf(reserved) : -1;
  if (at === -1 || at >= state.shown || state.recent.includes(reserved as string)) return state;
  const cycle = [...state.cycle];
  [cycle[at], cycle[state.shown - 1]] = [cycle[state.shown - 1] as string, cycle[at] as string];
  return { ...state, cycle, shown: state.shown - 1 };
}

/** The durable copy's list of every card ever seen (none when it has no list yet). */
function seenList(stored: DurableCopy): string[] {
  const seen = stored?.seen;
  return Array.isArray(seen) ? seen.filter((id): id is string => typeof id === 'string') : [];
}

/** Every card seen on this device, as the durable copy last kept them (the options page's progress). */
export async function readSeenEver(area: StorageArea): Promise<string[]> {
  return seenList(await readDurable(area));
}

/** Cards 0.1.0 showed and had not recorded yet (its localStorage "pending" list). */
function legacyShown(slot: Slot | undefined): string[] {
  const pending = readJson(slot, 'lesson-tab:pending');
  return Array.isArray(pending)
    ? pending.flatMap((item) => (typeof item?.id === 'string' ? [item.id] : []))
    : [];
}

/**
 * After paint: a fast copy started from nothing takes in the durable one (with the cards dealt
 * since counted as shown), and the durable copy is brought up to date, its `seen` list grown by
 * the cards this state knows were shown. Every read of storage is done before the fast copy is
 * read and written again, in one synchronous step.
 */
export async function keepRotation(slot: Slot | undefined, area: StorageArea): Promise<void> {
  const stored = await readDurable(area);
  const durable = durableState(stored);
  let fast = readFast(slot);
  if (fast?.fresh || (!fast && durable)) {
    const dealtHere = fast?.state.recent ?? [];
    const state = durable ? markShown(durable, [...legacyShown(slot), ...dealtHere]) : fast?.state;
    if (state) fast = { state: { ...state, period: fast?.state.period ?? state.period }, fresh: false };
    if (fast) writeFast(slot, fast);
    removeKeys(slot, LEGACY_KEYS);
  }
  if (!fast) return;
  const seen = [...new Set([...seenList(stored), ...shownIds(fast.state)])];
  await area.set({ [DURABLE_KEY]: { version: ROTATION_VERSION, ...fast.state, seen } });
}
