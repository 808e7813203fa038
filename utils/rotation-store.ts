/**
 * Persists the rotation in `storage.local` and draws under a Web Lock, so two tabs opened at the
 * same moment read and write the state one after the other and never get the same card.
 */
import { browser } from 'wxt/browser';
import { draw, parseRotationState, type Random, type RotationState } from './rotation';

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
}

/** Draws the next lesson for a new tab and saves the rotation; returns the id and recent ids. */
export async function drawLesson(
  deckIds: readonly string[],
  random: Random,
  { area = browser.storage.local, withLock = webLock }: DrawDeps = {},
): Promise<{ id: string | undefined; recent: string[] }> {
  return withLock('lesson-tab:rotation', async () => {
    const { id, state } = draw(await readRotation(area), deckIds, random);
    await area.set({ [KEY]: { version: VERSION, ...state } });
    return { id, recent: state.recent };
  });
}
