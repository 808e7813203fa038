/**
 * The backup file: favorites, the user's own lessons and settings in one JSON, restored whole.
 *
 * {"format":"lesson-tab-backup","version":2,"exportedAt":"<ISO>","settings":{…Settings},
 *  "favorites":[…the favorites file's entries],"lessons":[{"id","title","body","quote"?,"speaker"?,
 *  "tryThis"?,"themes","source"?,"lang","createdAt":"<ISO>","updatedAt":"<ISO>"}]}
 *
 * Version 2: favorites may carry their note's time (`noteAt`), as in favorites files of version 2;
 * version 1 backups still restore.
 *
 * Reading is strict and all or nothing: any problem refuses the whole file with a message. A restore
 * replaces what is stored, so previewRestore says what would change first. Pure: time is passed in.
 */
import * as v from 'valibot';
import type { MessageKey } from '../../data/messages-en';
import type { Favorite } from '../favorites/favorites-db';
import {
  FavoriteEntry,
  FavoriteEntryV1,
  favoriteFromEntry,
  favoriteToEntry,
  isoDate,
  MAX_FAVORITES,
} from '../favorites/favorites-file';
import { parseUntrustedJson } from '../files/untrusted-json';
import type { MessageValues } from '../i18n/i18n';
import {
  DRAFT_FIELDS,
  MAX_MY_LESSONS,
  MY_LESSON_ID,
  type MyLesson,
  validateDraft,
} from '../my-lessons/my-lesson';
import { localDate } from '../rotation/period';
import { DEFAULT_SETTINGS, type Settings, sanitizeSettings } from '../settings/settings';

export const BACKUP_FORMAT = 'lesson-tab-backup';
export const BACKUP_VERSION = 2;
/**
 * Room for the most a user can keep: 5,000 lessons at their limits (about 2 KB each, 10 MB) and
 * thousands of favorites, with space to spare; the favorites and lessons files keep 5 MB.
 */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** What a backup holds, as the app keeps it (times in milliseconds since the epoch). */
export interface BackupContents {
  settings: Settings;
  favorites: readonly Favorite[];
  lessons: readonly MyLesson[];
}
export interface Backup extends BackupContents {
  exportedAt: number;
  favorites: Favorite[];
  lessons: MyLesson[];
}

export type ParseBackupResult =
  | { ok: true; backup: Backup }
  | { ok: false; error: MessageKey; values?: MessageValues };

/** Every setting's name, in the order of DEFAULT_SETTINGS: the one list of what Settings holds. */
export const SETTING_NAMES = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** The options page's label for each setting, to name the ones a restore changes. */
export const SETTING_LABELS: Record<keyof Settings, MessageKey> = {
  themes: 'themesLegend',
  rotation: 'rotationLegend',
  lessonsFrom: 'lessonsFromLegend',
  appearance: 'colorsLegend',
  comeBack: 'comeBackLegend',
  syncFavorites: 'syncLegend',
  language: 'languageLegend',
};

// Only the shape here: whether a lesson's words are acceptable is validateDraft's to say.
const LessonEntry = v.strictObject({
  id: v.pipe(v.string(), v.regex(MY_LESSON_ID)),
  title: v.string(),
  body: v.string(),
  quote: v.optional(v.string()),
  speaker: v.optional(v.string()),
  tryThis: v.optional(v.string()),
  themes: v.array(v.string()),
  source: v.optional(v.string()),
  lang: v.string(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

const backupFile = (version: number, favorite: typeof FavoriteEntryV1 | typeof FavoriteEntry) =>
  v.strictObject({
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(version),
    exportedAt: isoDate,
    // Checked by the settings module's own sanitizing below, so Settings has one definition.
    settings: v.record(v.string(), v.unknown()),
    favorites: v.pipe(v.array(favorite), v.maxLength(MAX_FAVORITES)),
    lessons: v.array(LessonEntry),
  });
const BackupFileV1 = backupFile(1, FavoriteEntryV1);
const BackupFile = backupFile(BACKUP_VERSION, FavoriteEntry);

type LessonEntry = v.InferOutput<typeof LessonEntry>;

const iso = (time: number) => new Date(time).toISOString();

export function backupToJson({ settings, favorites, lessons }: BackupContents, now: number): string {
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: iso(now),
    // Named fields only, so that whatever else a stored record carries cannot make the file unreadable.
    settings: Object.fromEntries(SETTING_NAMES.map((name) => [name, settings[name]])),
    favorites: favorites.map(favoriteToEntry),
    lessons: lessons.map(lessonToEntry),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function lessonToEntry(lesson: MyLesson): LessonEntry {
  const { id, title, body, quote, speaker, tryThis, themes, source, lang } = lesson;
  return {
    id,
    title,
    body,
    quote,
    speaker,
    tryThis,
    themes: [...themes],
    source,
    lang,
    createdAt: iso(lesson.createdAt),
    updatedAt: iso(lesson.updatedAt),
  };
}

/** A dated file name such as lesson-tab-backup-2026-11-21.json (the local date). */
export function backupFileName(now: number, timeZone?: string): string {
  return `lesson-tab-backup-${localDate(now, timeZone)}.json`;
}

const fail = (error: MessageKey, values?: MessageValues): ParseBackupResult =>
  values ? { ok: false, error, values } : { ok: false, error };

export function parseBackup(text: string, byteLength: number): ParseBackupResult {
  // A UTF-8 file has at least as many bytes as characters, whatever byteLength says.
  if (byteLength > MAX_BACKUP_BYTES || text.length > MAX_BACKUP_BYTES) return fail('backupTooLarge');
  const json = parseUntrustedJson(text);
  if ('forbidden' in json) return fail('backupForbiddenKey', { key: json.forbidden });
  if ('invalid' in json) return fail('backupNotJson');
  const { data } = json;
  const header = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (header.format !== BACKUP_FORMAT) return fail('backupNotBackup', { format: BACKUP_FORMAT });
  const { version } = header;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return fail('backupNewerVersion', { version });
  }
  const schema = version === BACKUP_VERSION ? BackupFile : version === 1 ? BackupFileV1 : undefined;
  if (!schema) {
    return 'version' in header
      ? fail('backupBadVersion', { version: JSON.stringify(version) })
      : fail('backupDamaged', { path: 'version' });
  }
  // Said before the shape, so that a backup too big to restore is not called damaged.
  if (Array.isArray(header.lessons) && header.lessons.length > MAX_MY_LESSONS) {
    return fail('backupTooManyLessons', { count: header.lessons.length });
  }
  const parsed = v.safeParse(schema, data);
  if (!parsed.success) return fail('backupDamaged', { path: v.getDotPath(parsed.issues[0]) ?? '/' });
  const file = parsed.output;

  const settings = readSettings(file.settings);
  if (typeof settings === 'string') return fail('backupDamaged', { path: `settings.${settings}` });
  const duplicateFavorite = firstDuplicate(file.favorites.map((entry) => entry.lessonId));
  if (duplicateFavorite) return fail('backupDuplicate', { id: duplicateFavorite });
  const duplicateLesson = firstDuplicate(file.lessons.map((entry) => entry.id));
  if (duplicateLesson) return fail('backupDuplicate', { id: duplicateLesson });

  const lessons: MyLesson[] = [];
  for (const [index, entry] of file.lessons.entries()) {
    const result = validateDraft(entry);
    if (!result.ok) {
      const field = DRAFT_FIELDS.find((name) => result.errors[name] !== undefined) ?? 'title';
      return fail('backupDamaged', { path: `lessons.${index}.${field}` });
    }
    lessons.push({
      ...result.draft,
      id: entry.id,
      createdAt: Date.parse(entry.createdAt),
      updatedAt: Date.parse(entry.updatedAt),
    });
  }
  return {
    ok: true,
    backup: {
      exportedAt: Date.parse(file.exportedAt),
      settings,
      favorites: file.favorites.map(favoriteFromEntry),
      lessons,
    },
  };
}

/**
 * The backup's settings when every field is known and valid, else the first bad field's name.
 * Valid means sanitizeSettings keeps it as it is (themes in any order: they are a set).
 */
/** Settings added since backups began: a backup made before them takes their default. */
const ADDED_SETTINGS: readonly (keyof Settings)[] = ['comeBack', 'syncFavorites'];

function readSettings(raw: Record<string, unknown>): Settings | string {
  const unknown = Object.keys(raw).find((name) => !(SETTING_NAMES as string[]).includes(name));
  if (unknown !== undefined) return unknown;
  const settings = sanitizeSettings(raw);
  const bad = SETTING_NAMES.find((name) =>
    name in raw ? !sameSetting(raw[name], settings[name]) : !ADDED_SETTINGS.includes(name),
  );
  return bad ?? settings;
}

/** The same value, an array's items in any order (sanitizing drops duplicates, so they count). */
function sameSetting(a: unknown, b: unknown): boolean {
  const key = (value: unknown) =>
    JSON.stringify(Array.isArray(value) ? value.map((item) => JSON.stringify(item)).sort() : value);
  return key(a) === key(b);
}

function firstDuplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** What a restore would do; the ids are listed so the page can name them as well as count them. */
export interface RestorePreview {
  favorites: { restored: number; added: string[]; removed: string[] };
  /** `changed`: a lesson here and in the backup whose words differ (its times do not count). */
  lessons: { restored: number; added: string[]; removed: string[]; changed: string[] };
  /** The settings the backup would set to another value. */
  settings: (keyof Settings)[];
}

/** What restoring `backup` over `current` would change: a restore replaces all three whole. */
export function previewRestore(current: BackupContents, backup: BackupContents): RestorePreview {
  const favorites = compareIds(
    current.favorites.map((favorite) => favorite.lessonId),
    backup.favorites.map((favorite) => favorite.lessonId),
  );
  const lessons = compareIds(
    current.lessons.map((lesson) => lesson.id),
    backup.lessons.map((lesson) => lesson.id),
  );
  const now = new Map(current.lessons.map((lesson) => [lesson.id, lesson]));
  const changed = backup.lessons
    .filter((lesson) => {
      const here = now.get(lesson.id);
      return here !== undefined && DRAFT_FIELDS.some((field) => !sameWords(here[field], lesson[field]));
    })
    .map((lesson) => lesson.id);
  return {
    favorites: { restored: backup.favorites.length, ...favorites },
    lessons: { restored: backup.lessons.length, ...lessons, changed },
    settings: SETTING_NAMES.filter((name) => !sameSetting(current.settings[name], backup.settings[name])),
  };
}

function compareIds(current: readonly string[], backup: readonly string[]) {
  const here = new Set(current);
  const there = new Set(backup);
  return {
    added: backup.filter((id) => !here.has(id)),
    removed: current.filter((id) => !there.has(id)),
  };
}

const sameWords = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
