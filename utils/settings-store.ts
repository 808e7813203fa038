/**
 * Reading and writing the settings in `sync:` storage (through @wxt-dev/storage for writes). A
 * failed read falls back to defaults in memory only: defaults are never written over stored data.
 */
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  SETTINGS_KEY,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
  sanitizeSettings,
} from './settings';

export type SettingsRead =
  | { ok: true; settings: Settings; stored: boolean }
  | { ok: false; settings: Settings };

/**
 * Reads settings without writing anything (the new tab must never write to sync storage): the
 * stored value is migrated and sanitized in memory. A failed read gives defaults, marked not ok.
 */
export async function readSettings(area = browser.storage.sync): Promise<SettingsRead> {
  try {
    const metaKey = `${SETTINGS_KEY}$`;
    const stored = await area.get([SETTINGS_KEY, metaKey]);
    const value = stored[SETTINGS_KEY];
    if (value == null) return { ok: true, settings: DEFAULT_SETTINGS, stored: false };
    const version = (stored[metaKey] as { v?: unknown } | undefined)?.v;
    return {
      ok: true,
      settings: migrateSettings(value, typeof version === 'number' ? version : 1),
      stored: true,
    };
  } catch {
    return { ok: false, settings: DEFAULT_SETTINGS };
  }
}

let item: WxtStorageItem<Settings, Record<string, unknown>> | undefined;

/** The settings item for pages that write (options). Defined on first use: no work on import. */
export function settingsItem(): WxtStorageItem<Settings, Record<string, unknown>> {
  item ??= storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
  return item;
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
