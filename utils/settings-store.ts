/**
 * Reading and watching the settings in `sync:` storage, with plain storage calls so the new tab
 * stays light (writes go through settings-item.ts). A failed read falls back to defaults in
 * memory only: defaults are never written over stored data.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, migrateSettings, SETTINGS_KEY, type Settings, sanitizeSettings } from './settings';

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

/** Calls back with sanitized settings whenever another page or device changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes)
      onChange(sanitizeSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
