/**
 * The settings in `sync:` storage: read (migrated in memory), watched, written. A failed read
 * falls back to defaults in memory only: nothing is written on a read that failed.
 */
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  rebaseSettings,
  SETTINGS_KEY,
  SETTINGS_VERSION,
  type Settings,
  sameSettings,
  sanitizeSettings,
  settingsVersion,
} from './settings';
import { readMirror, writeMirror } from './settings-mirror';

/** Beside the value, its version, in the form @wxt-dev/storage keeps it (`settings$: { v }`). */
const META_KEY = `${SETTINGS_KEY}$`;

export type SettingsRead =
  | { ok: true; settings: Settings; stored: boolean }
  | { ok: false; settings: Settings };

/**
 * Reads settings without writing anything: the stored value is migrated and sanitized in memory.
 * A failed read gives defaults, marked not ok.
 */
export async function readSettings(area = browser.storage.sync): Promise<SettingsRead> {
  try {
    const stored = await area.get([SETTINGS_KEY, META_KEY]);
    const value = stored[SETTINGS_KEY];
    if (value == null) return { ok: true, settings: DEFAULT_SETTINGS, stored: false };
    const marker = (stored[META_KEY] as { v?: unknown } | undefined)?.v;
    const version = settingsVersion(value, marker);
    // Written by a newer Lesson Tab (on another device): not ours to rewrite in an older shape.
    if (version > SETTINGS_VERSION) return { ok: false, settings: sanitizeSettings(value) };
    return { ok: true, settings: migrateSettings(value, version), stored: true };
  } catch {
    return { ok: false, settings: DEFAULT_SETTINGS };
  }
}

/** Calls back with sanitized settings whenever another page or device changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes)
      onChange(sanitizeSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Writes the settings and their version in one storage call, made at once: a page closing right
 * after a change (pagehide) still sends it whole.
 */
export function writeSettings(settings: Settings, area = browser.storage.sync): Promise<void> {
  return area.set({ [SETTINGS_KEY]: settings, [META_KEY]: { v: SETTINGS_VERSION } });
}

/**
 * After a good read: a local change still marked unsynced (its page closed before the write was
 * confirmed, or sync refused it) is replayed on what sync holds now (only the fields it changed)
 * and written if that differs; the mark is cleared unless a newer change came meanwhile. Returns
 * what the page should show. A read that failed never gets here, so it never writes.
 */
export async function settleUnsynced(synced: Settings, area = browser.storage.sync): Promise<Settings> {
  const mirror = readMirror();
  if (!mirror.unsynced) return synced;
  const wanted = rebaseSettings(mirror.settings, mirror.base, synced);
  try {
    if (!sameSettings(wanted, synced)) await writeSettings(wanted, area);
  } catch {
    // Sync still refuses it: it stays here, marked, on top of what sync now holds.
    writeMirror({ settings: wanted, unsynced: true, base: synced });
    return wanted;
  }
  if (sameSettings(readMirror().settings, mirror.settings))
    writeMirror({ settings: wanted, unsynced: false });
  return wanted;
}

/**
 * What a page shows when sync changes while a change of its own may be unsynced: that change
 * replayed on the new value, the mark cleared when sync already has it.
 */
export function adoptSynced(synced: Settings): Settings {
  const mirror = readMirror();
  if (!mirror.unsynced) return synced;
  if (sameSettings(mirror.settings, synced)) {
    writeMirror({ settings: synced, unsynced: false });
    return synced;
  }
  return rebaseSettings(mirror.settings, mirror.base, synced);
}
