/**
 * A copy of the settings in localStorage, readable synchronously, so the first frame of a new tab
 * already has the right deck and colours without waiting for sync storage. Sync storage stays the
 * source of truth; the mirror also remembers a change that could not be synced yet.
 */
import { DEFAULT_SETTINGS, type Settings, sanitizeSettings } from './settings';

export const MIRROR_KEY = 'lesson-tab:settings';

export interface Mirror {
  settings: Settings;
  /** True while this copy is newer than sync storage (a change on its way, or one sync refused). */
  unsynced: boolean;
}

export function readMirror(store: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Mirror {
  try {
    const raw = store?.getItem(MIRROR_KEY);
    if (!raw) return { settings: DEFAULT_SETTINGS, unsynced: false };
    const parsed = JSON.parse(raw) as { settings?: unknown; unsynced?: unknown };
    return { settings: sanitizeSettings(parsed.settings), unsynced: parsed.unsynced === true };
  } catch {
    return { settings: DEFAULT_SETTINGS, unsynced: false };
  }
}

export function writeMirror(
  mirror: Mirror,
  store: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  try {
    store?.setItem(MIRROR_KEY, JSON.stringify(mirror));
  } catch {
    // A full or disabled localStorage only costs the fast path; settings still load from sync.
  }
}
