/**
 * Persists the rotation in `storage.local` and draws under a Web Lock, so two tabs opened at the
 * same moment read and write the state one after the other and never get the same card.
 */
import { browser } from 'wxt/browser';
import {
  draw,
  drawForNewTab,
  type NewTabOptions,
  parseRotationState,
  type Random,
  type RotationState,
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
