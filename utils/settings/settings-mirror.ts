/**
 * A copy of the settings in localStorage, readable synchronously, so the first frame of a new tab
 * already has the right deck and colours without waiting for sync storage. Sync storage stays the
 * source of truth; the mirror also remembers a change that could not be synced yet.
 */
import { localSlot, readJson, type Slot, writeJson } from '../first-frame/local-json';
import { DEFAULT_SETTINGS, type Settings, sanitizeSettings } from './settings';

export const MIRROR_KEY = 'lesson-tab:settings';

export interface Mirror {
  settings: Settings;
  /** True while this copy is newer than sync storage (a change on its way, or one sync refused). */
  unsynced: boolean;
  /** With `unsynced`: what sync held when the change was made, so only the fields changed here win. */
  base?: Settings;
}

export function readMirror(slot: Slot | undefined = localSlot()): Mirror {
  const stored = readJson(slot, MIRROR_KEY) as {
    settings?: unknown;
    unsynced?: unknown;
    base?: unknown;
  } | null;
  if (!stored) return { settings: DEFAULT_SETTINGS, unsynced: false };
  const mirror: Mirror = { settings: sanitizeSettings(stored.settings), unsynced: stored.unsynced === true };
  if (mirror.unsynced && stored.base) mirror.base = sanitizeSettings(stored.base);
  return mirror;
}

/** A full or disabled localStorage only costs the fast path; settings still load from sync. */
export function writeMirror(mirror: Mirror, slot: Slot | undefined = localSlot()): void {
  writeJson(slot, MIRROR_KEY, mirror);
}
