/**
 * The settings as a @wxt-dev/storage item, for the page that writes them (options): it runs the
 * migrations for good on first use. Kept apart so the new tab never loads the storage library.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  type Settings,
} from './settings';

let item: WxtStorageItem<Settings, Record<string, unknown>> | undefined;

/** Defined on first use: no work on import. */
export function settingsItem(): WxtStorageItem<Settings, Record<string, unknown>> {
  item ??= storage.defineItem<Settings>(`sync:${SETTINGS_KEY}`, {
    fallback: DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    migrations: SETTINGS_MIGRATIONS,
  });
  return item;
}
