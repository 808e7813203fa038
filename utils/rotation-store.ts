/**
 * Persists the rotation in `storage.local` and draws under a Web Lock, so two tabs opened at the
 * same moment read and write the state one after the other and never get the same card.
 */
import { browser } from 'wxt/browser';
import { isSetAside, type Slot, setAside } from './next-lesson';
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
}

/**
 * Draws the lesson to show and saves the rotation if it changed. Without `newTab` (the Next
 * button) it always draws the next card. Returns the id and the recent ids, ending with it.
 */
export async function drawLesson(
  deckIds: readonly string[],
  random: Random,
  { area = browser.storage.local, withLock = webLock, newTab }: DrawDeps = {},
): Promise<{ id: string | undefined; recent: string[] }> {
  return withLock('lesson-tab:rotation', async () => {
    const stored = await readRotation(area);
    const { id, state, changed } = newTab
      ? drawForNewTab(stored, deckIds, random, newTab)
      : { ...draw(stored, deckIds, random), changed: true };
    if (changed) await area.set({ [KEY]: { version: VERSION, ...state } });
    const recent = id === undefined || state.recent.at(-1) === id ? state.recent : [...state.recent, id];
    return { id, recent };
  });
}

export interface AfterNewTabOptions extends Omit<DrawDeps, 'newTab'> {
  /** The card the tab showed from the slot, to record as shown. */
  claimed?: string;
  now: number;
  slot?: Slot;
}

/**
 * After a new tab's first frame: records a card it claimed from the slot, and sets aside the
 * next one for the next tab. Returns the recent ids, for "Previous lesson".
 */
export async function afterNewTab(
  deckIds: readonly string[],
  random: Random,
  {
    claimed,
    now,
    area = browser.storage.local,
    withLock = webLock,
    slot = globalThis.localStorage,
  }: AfterNewTabOptions,
): Promise<string[]> {
  return withLock('lesson-tab:rotation', async () => {
    let state = await readRotation(area);
    if (claimed) state = showed(state ?? { cycle: [], shown: 0, recent: [] }, claimed, now);
    // A reservation the slot no longer holds (discarded by a tab whose deck had changed) is taken again.
    if (state?.reserved && !isSetAside(state.reserved, slot) && state.reserved !== claimed) {
      state = { ...state, reserved: undefined };
    }
    const { id, state: next } = reserve(state, deckIds, random);
    await area.set({ [KEY]: { version: VERSION, ...next } });
    setAside(id, next.period, slot);
    return next.recent;
  });
}
