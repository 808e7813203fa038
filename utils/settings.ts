/**
 * The user's settings: their type, defaults, version and migrations, and how they are read and
 * written (`sync:` storage, through @wxt-dev/storage). Stored values are sanitized on read, and a
 * failed read falls back to defaults in memory only: defaults are never written over stored data.
 */
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { THEMES, type Theme } from '../data/lesson';

export const ROTATION_MODES = ['every-tab', 'hourly', 'daily'] as const;
export const LESSON_SOURCES = ['all', 'favorites'] as const;
export const APPEARANCES = ['system', 'light', 'dark'] as const;

export type RotationMode = (typeof ROTATION_MODES)[number];
export type LessonSource = (typeof LESSON_SOURCES)[number];
export type Appearance = (typeof APPEARANCES)[number];

export interface Settings {
  /** Themes whose cards the new tab shows (a card needs at least one of them). */
  themes: Theme[];
  rotation: RotationMode;
  lessonsFrom: LessonSource;
  appearance: Appearance;
}

export const DEFAULT_SETTINGS: Settings = {
  themes: [...THEMES],
  rotation: 'every-tab',
  lessonsFrom: 'all',
  appearance: 'system',
};

export const SETTINGS_KEY = 'settings';
/** 1: { themes, mode: 'tab' | 'hour' | 'day' } (pre-release). 2: the Settings above. */
export const SETTINGS_VERSION = 2;

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old) => {
    const v1 = (old ?? {}) as { themes?: unknown; mode?: unknown };
    const modes: Record<string, RotationMode> = { tab: 'every-tab', hour: 'hourly', day: 'daily' };
    return { themes: v1.themes, rotation: modes[String(v1.mode)] ?? 'every-tab' };
  },
};

const pick = <T extends string>(options: readonly T[], value: unknown, fallback: T): T =>
  options.includes(value as T) ? (value as T) : fallback;

/** Any stored value to valid Settings: unknown themes dropped, bad values replaced by defaults. */
export function sanitizeSettings(value: unknown): Settings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const themes = Array.isArray(raw.themes)
    ? THEMES.filter((theme) => (raw.themes as unknown[]).includes(theme))
    : DEFAULT_SETTINGS.themes;
  return {
    themes,
    rotation: pick(ROTATION_MODES, raw.rotation, DEFAULT_SETTINGS.rotation),
    lessonsFrom: pick(LESSON_SOURCES, raw.lessonsFrom, DEFAULT_SETTINGS.lessonsFrom),
    appearance: pick(APPEARANCES, raw.appearance, DEFAULT_SETTINGS.appearance),
  };
}

/** Runs the migrations from a stored version up to the current one, in memory. */
export function migrateSettings(value: unknown, storedVersion = 1): Settings {
  let migrated = value;
  for (let version = storedVersion + 1; version <= SETTINGS_VERSION; version++) {
    migrated = SETTINGS_MIGRATIONS[version]?.(migrated) ?? migrated;
  }
  return sanitizeSettings(migrated);
}

export function sameSettings(a: Settings, b: Settings): boolean {
  return (
    a.rotation === b.rotation &&
    a.lessonsFrom === b.lessonsFrom &&
    a.appearance === b.appearance &&
    a.themes.length === b.themes.length &&
    a.themes.every((theme, i) => b.themes[i] === theme)
  );
}

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
