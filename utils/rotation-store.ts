/**
 * Persists the rotation in `storage.local` and draws under a Web Lock, so two tabs opened at the
 * same moment read and write the state one after the other and never get the same card.
 */
import { browser } from 'wxt/browser';
import { forgetPending, pendingShown, type Shown, type Slot, setAside, withdraw } from './next-lesson';
import {
  draw,
  drawForNewTab,
  type NewTabOptions,
  parseRotationState,
  type Random,
  type RotationState,
  reserve,
  showed,
} from './rotation';

const KEY = 'rotation';
/** Bump with a migration in `readRotation` when the stored shape changes. */
const VERSION = 1;

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type WithLock = <T>(name: string, task: () => Promise<T>) => Promise<T>;

const webLock: WithLock = async (name, task) =>
  globalThis.navigator?.locks
    ? ((await globalThis.navigator.locks.request(name, task)) as Awaited<ReturnType<typeof task>>)
    : task();

export async function readRotation(area: StorageArea): Promise<RotationState | undefined> {
  const stored = (await area.get(KEY))[KEY] as { version?: unknown } | undefined;
  return stored?.version === VERSION ? parseRotationState(stored) : undefined;
}

export interface DrawDeps {
  area?: StorageArea;
  withLock?: WithLock;
  /** Set when a tab opens: the rotation mode may keep the current period's lesson. */
  newTab?: NewTabOptions;
  /** Where cards shown the quick way wait to be recorded (localStorage; see next-lesson.ts). */
  slot?: Slot;
}

/** Records the cards tabs showed from the slot, each once (a report may come twice). */
function withPending(state: RotationState | undefined, pending: Shown[]): RotationState | undefined {
  const fresh = pending.filter(({ at }) => at > (state?.recordedUntil ?? 0));
  if (fresh.length === 0) return state;
  const recorded = fresh.reduce(
    (current, { id, at }) => showed(current, id, at),
    state ?? { cycle: [], shown: 0, recent: [] },
  );
  return { ...recorded, recordedUntil: Math.max(...fresh.map(({ at }) => at)) };
}

/** Saves the rotation, then lets go of the reports it now holds. */
async function save(area: StorageArea, state: RotationState, slot: Slot | undefined): Promise<void> {
  await area.set({ [KEY]: { version: VERSION, ...state } });
  if (state.recordedUntil) forgetPending(state.recordedUntil, slot);
}

/**
 * Draws the lesson to show and saves the rotation if it changed. Without `newTab` (the Next
 * button) it always draws the next card. Returns the id and the recent ids, ending with it.
 */
export async function drawLesson(
  deckIds: readonly string[],
  random: Random,
  { area = browser.storage.local, withLock = webLock, newTab, slot = globalThis.localStorage }: DrawDeps = {},
): Promise<{ id: string | undefined; recent: string[] }> {
  return withLock('lesson-tab:rotation', async () => {
    const stored = await readRotation(area);
    const current = withPending(stored, pendingShown(slot));
    // The card set aside goes to this draw: take it out of the slot so no tab claims it too.
    if (current?.reserved) withdraw(current.reserved, slot);
    const { id, state, changed } = newTab
      ? drawForNewTab(current, deckIds, random, newTab)
      : { ...draw(current, deckIds, random), changed: true };
    if (changed || current !== stored) await save(area, state, slot);
    const recent = id === undefined || state.recent.at(-1) === id ? state.recent : [...state.recent, id];
    return { id, recent };
  });
}

export interface AfterNewTabOptions extends Omit<DrawDeps, 'newTab'> {}

/**
 * After a new tab's first frame: records the cards shown the quick way, and sets aside the next
 * one for the next tab. Returns the recent ids, for "Previous lesson".
 */
export async function afterNewTab(
  deckIds: readonly string[],
  random: Random,
  {
    area = browser.storage.local,
    withLock = webLock,
    slot = globalThis.localStorage,
  }: AfterNewTabOptions = {},
): Promise<string[]> {
  return withLock('lesson-tab:rotation', async () => {
    // Still reserved once the shown cards are recorded means no tab showed it: offer it again.
    const state = withPending(await readRotation(area), pendingShown(slot));
    const { id, state: next } = reserve(state, deckIds, random);
    await save(area, next, slot);
    setAside(id, next.period, slot);
    return next.recent;
  });
}
