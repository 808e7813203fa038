/**
 * The settings in `sync:` storage: read (migrated in memory), watched, written. A failed read
 * falls back to defaults in memory only: nothing is written on a read that failed.
 */
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
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
 * Reads settings without writing anything (the new tab must never write to sync storage): the
 * stored value is migrated and sanitized in memory. A failed read gives defaults, marked not ok.
 */
export async function readSettings(area = browser.storage.sync): Promise<SettingsRead> {
  try {
    const stored = await area.get([SETTINGS_KEY, META_KEY]);
    const value = stored[SETTINGS_KEY];
    if (value == null) return { ok: true, settings: DEFAULT_SETTINGS, stored: false };
    const marker = (stored[META_KEY] as { v?: unknown } | undefined)?.v;
    return { ok: true, settings: migrateSettings(value, settingsVersion(value, marker)), stored: true };
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
 * After a good read: a local copy still marked unsynced (its write did not land: the page closed
 * first, or sync refused it) is written now, and the mark is cleared once sync agrees. Returns
 * what the page should show. A read that failed never gets here, so it never writes.
 */
export async function settleUnsynced(synced: Settings, area = browser.storage.sync): Promise<Settings> {
  const mirror = readMirror();
  if (!mirror.unsynced) return synced;
  if (!sameSettings(mirror.settings, synced)) {
    try {
      await writeSettings(mirror.settings, area);
    } catch {
      // Sync still refuses it: it stays here, marked, for the next page.
      return mirror.settings;
    }
  }
  writeMirror({ settings: mirror.settings, unsynced: false });
  return mirror.settings;
}
