/**
 * The user's settings: their type, defaults, version, migrations and sanitizing. Pure: reading
 * and writing them lives in settings-store.ts, the quick local copy in settings-mirror.ts.
 */
import { THEMES, type Theme } from '../../data/lesson';

export const ROTATION_MODES = ['every-tab', 'hourly', 'daily'] as const;
/** 'mine': only the user's own lessons (My lessons). */
export const LESSON_SOURCES = ['all', 'favorites', 'mine'] as const;
export const APPEARANCES = ['system', 'light', 'dark'] as const;
export const LANGUAGES = ['auto', 'en', 'fr'] as const;
/** How often favorites come back in place of the next card (utils/resurfacing/schedule.ts). */
export const COME_BACK = ['never', 'sometimes', 'often'] as const;

export type RotationMode = (typeof ROTATION_MODES)[number];
export type LessonSource = (typeof LESSON_SOURCES)[number];
export type Appearance = (typeof APPEARANCES)[number];
export type LanguageSetting = (typeof LANGUAGES)[number];
export type ComeBack = (typeof COME_BACK)[number];

export interface Settings {
  /** Themes whose cards the new tab shows (a card needs at least one of them). */
  themes: Theme[];
  rotation: RotationMode;
  lessonsFrom: LessonSource;
  appearance: Appearance;
  /** 'auto' follows the browser's language. */
  language: LanguageSetting;
  /** "Favorites come back": never, now and then (the default), often. */
  comeBack: ComeBack;
  /** Keep favorites in sync across the user's browsers, through the browser's own sync. */
  syncFavorites: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  themes: [...THEMES],
  rotation: 'every-tab',
  lessonsFrom: 'all',
  appearance: 'system',
  language: 'auto',
  comeBack: 'sometimes',
  syncFavorites: true,
};

export const SETTINGS_KEY = 'settings';
/**
 * 1: { themes, mode: 'tab' | 'hour' | 'day' } (pre-release). 2: the Settings above.
 * 3: `lessonsFrom` may be 'mine'. An older Lesson Tab reads a newer version as not its own and
 * leaves it alone, where it would have turned 'mine' into 'all' and synced that everywhere.
 * 4: `comeBack` and `syncFavorites`. An older Lesson Tab on another browser would write settings
 * without them, and every device would read the defaults back (sync switched on again): with the
 * new version it leaves them alone. (A field whose default is harmless, like language, needed none.)
 */
export const SETTINGS_VERSION = 4;

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  // v1 → v2: `mode` becomes `rotation`. Whatever else the value holds is kept, so a value that is
  // already v2 (its version marker lost) passes through unchanged: a migration never drops data.
  2: (old) => {
    const { mode, ...rest } = (typeof old === 'object' && old !== null ? old : {}) as Record<string, unknown>;
    const modes: Record<string, RotationMode> = { tab: 'every-tab', hour: 'hourly', day: 'daily' };
    return { ...rest, rotation: modes[String(mode)] ?? rest.rotation };
  },
  // v2 → v3, v3 → v4: every older value is a newer one (sanitizing fills in the new fields).
  3: (old) => old,
  4: (old) => old,
};

/** The version a stored value is in: its marker's, or, without one, what its shape says. */
export function settingsVersion(value: unknown, marker?: unknown): number {
  if (typeof marker === 'number' && Number.isInteger(marker) && marker >= 1) return marker;
  const shaped = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return 'mode' in shaped && !('rotation' in shaped) ? 1 : SETTINGS_VERSION;
}

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
    language: pick(LANGUAGES, raw.language, DEFAULT_SETTINGS.language),
    comeBack: pick(COME_BACK, raw.comeBack, DEFAULT_SETTINGS.comeBack),
    syncFavorites:
      typeof raw.syncFavorites === 'boolean' ? raw.syncFavorites : DEFAULT_SETTINGS.syncFavorites,
  };
}

/** Runs the migrations from a stored version up to the current one, in memory. */
export function migrateSettings(value: unknown, storedVersion = settingsVersion(value)): Settings {
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
    a.language === b.language &&
    a.comeBack === b.comeBack &&
    a.syncFavorites === b.syncFavorites &&
    a.themes.length === b.themes.length &&
    a.themes.every((theme, i) => b.themes[i] === theme)
  );
}

/**
 * A change made on `base`, replayed on what sync holds now: the fields changed here win, the
 * others follow sync (another device may have changed them meanwhile). Without a base (a copy
 * from before bases were kept) the local copy wins whole.
 */
export function rebaseSettings(local: Settings, base: Settings | undefined, synced: Settings): Settings {
  if (!base) return local;
  const changed = (key: keyof Settings) => JSON.stringify(local[key]) !== JSON.stringify(base[key]);
  return {
    themes: changed('themes') ? local.themes : synced.themes,
    rotation: changed('rotation') ? local.rotation : synced.rotation,
    lessonsFrom: changed('lessonsFrom') ? local.lessonsFrom : synced.lessonsFrom,
    appearance: changed('appearance') ? local.appearance : synced.appearance,
    language: changed('language') ? local.language : synced.language,
    comeBack: changed('comeBack') ? local.comeBack : synced.comeBack,
    syncFavorites: changed('syncFavorites') ? local.syncFavorites : synced.syncFavorites,
  };
}
