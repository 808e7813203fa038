/**
 * The safety copy and its one owner: the favorites and the user's own lessons, each record as the
 * database stores it, kept in `storage.local`, so favorites lost with the database (site data
 * cleared, a faulty upgrade) can be put back. Taken at most once a day and before every database
 * upgrade (page-safety-copy.ts); restored only when the user asks (use-safety-copy.ts).
 *
 * Two keys, written in one call: the copy, and its summary (when, how many). The summary is all
 * a page reads to know whether a copy is due: with thousands of lessons the copy runs to megabytes.
 */
import * as v from 'valibot';
import { THEMES } from '../../data/lesson';
import type { StoredRecords } from '../favorites/favorites-db';
import { MAX_MY_LESSONS, MY_LESSON_ID } from '../my-lessons/my-lesson';
import type { StorageArea } from '../rotation/rotation-store';
import { asRecord, type Migration, upgradeStored, versionOf } from '../storage/stored-version';

export const SAFETY_COPY_KEY = 'safety-copy';
export const SAFETY_COPY_SUMMARY_KEY = 'safety-copy:summary';
/**
 * 1: the copy `{ version, takenAt, reason, favorites, lessons }` (records as stored), the summary
 * `{ version, takenAt, favorites, lessons }` (their counts).
 */
export const SAFETY_COPY_VERSION = 1;
/** Upgrades from each past version to the next (none yet: version 1 is the first). */
export const SAFETY_COPY_MIGRATIONS: Record<number, Migration> = {};

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Why it was taken: the day's copy, or the records just before a database upgrade. */
export type CopyReason = 'daily' | 'upgrade';

export interface SafetyCopy extends StoredRecords {
  /** Milliseconds since the epoch. */
  takenAt: number;
  reason: CopyReason;
}

export interface SafetyCopySummary {
  takenAt: number;
  favorites: number;
  lessons: number;
}

/** What `takeSafetyCopy` did: `kept` means an empty database left the good copy as it was. */
export type CopyOutcome = 'taken' | 'not-due' | 'kept' | 'nothing-to-keep' | 'newer';

const time = v.pipe(v.number(), v.finite());
const optionalText = v.optional(v.string());
// Loose: a record is kept as the database stored it, fields added since included.
const FavoriteRecord = v.looseObject({
  lessonId: v.pipe(v.string(), v.nonEmpty()),
  savedAt: time,
  snapshot: v.looseObject({
    title: v.string(),
    body: v.string(),
    tryThis: optionalText,
    quote: optionalText,
    speaker: optionalText,
    themes: v.array(v.string()),
    source: optionalText,
  }),
  note: optionalText,
  noteAt: v.optional(time),
});
const LessonRecord = v.looseObject({
  id: v.pipe(v.string(), v.regex(MY_LESSON_ID)),
  title: v.string(),
  body: v.string(),
  quote: optionalText,
  speaker: optionalText,
  tryThis: optionalText,
  themes: v.array(v.picklist(THEMES)),
  source: optionalText,
  lang: v.picklist(['en', 'fr']),
  createdAt: time,
  updatedAt: time,
});
const CopyV1 = v.object({
  version: v.literal(SAFETY_COPY_VERSION),
  takenAt: time,
  reason: v.picklist(['daily', 'upgrade']),
  favorites: v.array(FavoriteRecord),
  lessons: v.pipe(v.array(LessonRecord), v.maxLength(MAX_MY_LESSONS)),
});

/** Any stored value to a sound copy, migrated up; undefined when damaged, missing or newer. Never throws. */
export function parseSafetyCopy(value: unknown): SafetyCopy | undefined {
  const raw = upgradeStored(value, SAFETY_COPY_VERSION, SAFETY_COPY_MIGRATIONS);
  if (!raw) return undefined;
  const parsed = v.safeParse(CopyV1, raw);
  if (!parsed.success) return undefined;
  const { takenAt, reason, favorites, lessons } = parsed.output;
  return { takenAt, reason, favorites, lessons };
}

/** The summary; 'newer' when a newer Lesson Tab wrote it (not ours to overwrite). Never throws. */
export function parseSummary(value: unknown): SafetyCopySummary | 'newer' | undefined {
  const raw = asRecord(value);
  const version = versionOf(raw);
  if (version !== undefined && version > SAFETY_COPY_VERSION) return 'newer';
  const { takenAt, favorites, lessons } = raw;
  const count = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  if (version === undefined || typeof takenAt !== 'number' || !Number.isFinite(takenAt)) return undefined;
  return count(favorites) && count(lessons) ? { takenAt, favorites, lessons } : undefined;
}

/** A day has passed since the last copy (or the clock went back past it). */
export function copyIsDue(takenAt: number, now: number): boolean {
  return now - takenAt >= DAY_MS || now < takenAt;
}

/** The copy kept, or undefined: none, damaged, newer, or storage that cannot be read. Never rejects. */
export async function readSafetyCopy(area: StorageArea): Promise<SafetyCopy | undefined> {
  try {
    return parseSafetyCopy((await area.get(SAFETY_COPY_KEY))[SAFETY_COPY_KEY]);
  } catch {
    return undefined;
  }
}

/**
 * Takes a copy of what `read` returns, at `now`. A daily copy only once a day (`read` is not even
 * called otherwise); an upgrade's copy whenever asked. Never writes a copy without favorites over
 * one with favorites: a database found empty is exactly when the copy is needed.
 */
export async function takeSafetyCopy(
  area: StorageArea,
  read: () => Promise<StoredRecords>,
  now: number,
  reason: CopyReason,
): Promise<CopyOutcome> {
  const summary = parseSummary((await area.get(SAFETY_COPY_SUMMARY_KEY))[SAFETY_COPY_SUMMARY_KEY]);
  if (summary === 'newer') return 'newer';
  if (reason === 'daily' && summary && !copyIsDue(summary.takenAt, now)) return 'not-due';
  const { favorites, lessons } = await read();
  if (favorites.length === 0) {
    if (lessons.length === 0) return 'nothing-to-keep';
    const held = summary ? summary.favorites : ((await readSafetyCopy(area))?.favorites.length ?? 0);
    if (held > 0) return 'kept';
  }
  const base = { version: SAFETY_COPY_VERSION, takenAt: now };
  await area.set({
    [SAFETY_COPY_KEY]: { ...base, reason, favorites, lessons },
    [SAFETY_COPY_SUMMARY_KEY]: { ...base, favorites: favorites.length, lessons: lessons.length },
  });
  return 'taken';
}
