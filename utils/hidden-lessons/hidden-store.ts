/**
 * The lessons the user never wants again ("Don't show this again"), and their one owner. The
 * record of truth is in `storage.local`; a mirror of the ids in localStorage lets a new tab's
 * first frame leave them out before its first paint, synchronously and without the extension API.
 * Every change writes both; after paint, `keepHiddenMirror` rebuilds a mirror that was lost.
 */
import { readJson, type Slot, writeJson } from '../first-frame/local-json';
import type { StorageArea } from '../rotation/rotation-store';
import { oneAtATime } from '../storage/one-at-a-time';
import { asRecord, type Migration, upgradeStored } from '../storage/stored-version';

export interface HiddenLesson {
  id: string;
  /** When it was hidden (milliseconds since the epoch); missing if the stored date was damaged. */
  hiddenAt?: number;
}

/** Newest first. */
export type HiddenLessons = readonly HiddenLesson[];

export const DEFAULT_HIDDEN: HiddenLessons = [];
export const HIDDEN_KEY = 'hidden';
export const HIDDEN_MIRROR_KEY = 'lesson-tab:hidden';
/** The options page's section that lists them, where the new tab's "all hidden" page links. */
export const HIDDEN_LESSONS_ANCHOR = 'hidden-lessons';
/** 1: `{ version, lessons: [{ id, hiddenAt }] }` in storage.local, `{ version, ids }` in localStorage. */
export const HIDDEN_VERSION = 1;
/** Upgrades from each past version to the next (none yet: version 1 is the first). */
export const HIDDEN_MIGRATIONS: Record<number, Migration> = {};

// Our ids are kebab-case, the user's `my-…`: anything else is not an id we wrote.
const isId = (value: unknown): value is string => typeof value === 'string' && /^[\w-]{1,200}$/.test(value);

/**
 * Any stored value to a sound list: migrated up, damaged or repeated entries left out; never
 * throws. Undefined for a newer Lesson Tab's value, which is not ours to read or overwrite.
 */
export function parseHidden(value: unknown): HiddenLesson[] | undefined {
  // A value without its marker is read as the first version.
  const raw = upgradeStored(value, HIDDEN_VERSION, HIDDEN_MIGRATIONS, 1);
  if (!raw) return undefined;
  const seen = new Set<string>();
  return (Array.isArray(raw.lessons) ? raw.lessons : []).flatMap((entry: unknown) => {
    const { id, hiddenAt } = asRecord(entry);
    if (!isId(id) || seen.has(id)) return [];
    seen.add(id);
    // A damaged date costs the date only: the user still asked never to see the lesson again.
    return typeof hiddenAt === 'number' && Number.isFinite(hiddenAt) ? [{ id, hiddenAt }] : [{ id }];
  });
}

/** The list with `id` hidden now (first, as the newest); the same list if it already was. */
export function withHidden(lessons: HiddenLessons, id: string, now: number): HiddenLessons {
  return lessons.some((lesson) => lesson.id === id) ? lessons : [{ id, hiddenAt: now }, ...lessons];
}

/** The list without `id`; the same list if it was not hidden. */
export function withoutHidden(lessons: HiddenLessons, id: string): HiddenLessons {
  return lessons.some((lesson) => lesson.id === id) ? lessons.filter((lesson) => lesson.id !== id) : lessons;
}

/** The hidden ids, from the mirror: synchronous, for the first frame. Never throws. */
export function readHiddenIds(slot: Slot | undefined): ReadonlySet<string> {
  const stored = readJson(slot, HIDDEN_MIRROR_KEY) as { version?: unknown; ids?: unknown } | null;
  if (stored?.version !== HIDDEN_VERSION || !Array.isArray(stored.ids)) return new Set();
  return new Set(stored.ids.filter(isId));
}

/** Writes the mirror of `lessons` unless it already says the same (nothing to write for none). */
export function writeHiddenMirror(slot: Slot | undefined, lessons: HiddenLessons): void {
  const mirror = { version: HIDDEN_VERSION, ids: lessons.map((lesson) => lesson.id) };
  const stored = readJson(slot, HIDDEN_MIRROR_KEY);
  if (stored === null ? mirror.ids.length > 0 : JSON.stringify(stored) !== JSON.stringify(mirror))
    writeJson(slot, HIDDEN_MIRROR_KEY, mirror);
}

/** The record (empty when none). Rejects when storage cannot be read or holds a newer version. */
export async function readHidden(area: StorageArea): Promise<HiddenLessons> {
  const value = (await area.get(HIDDEN_KEY))[HIDDEN_KEY];
  const lessons = value === undefined ? DEFAULT_HIDDEN : parseHidden(value);
  if (!lessons) throw new Error('The hidden lessons were stored by a newer Lesson Tab.');
  return lessons;
}

/** Reads the record, edits it and writes it and the mirror. Nothing is written if the read fails. */
function change(
  area: StorageArea,
  slot: Slot | undefined,
  edit: (lessons: HiddenLessons) => HiddenLessons,
): Promise<HiddenLessons> {
  // Changes are read, edited and written one after another, in this page and across pages, so two
  // quick ones both land.
  return oneAtATime('lesson-tab:hidden', async () => {
    const stored = await readHidden(area);
    const lessons = edit(stored);
    if (lessons !== stored) await area.set({ [HIDDEN_KEY]: { version: HIDDEN_VERSION, lessons } });
    writeHiddenMirror(slot, lessons);
    return lessons;
  });
}

/** "Don't show this again": the list as written. */
export function hideLesson(
  area: StorageArea,
  slot: Slot | undefined,
  id: string,
  now: number,
): Promise<HiddenLessons> {
  return change(area, slot, (lessons) => withHidden(lessons, id, now));
}

/** "Show again": the list as written. */
export function showLessonAgain(
  area: StorageArea,
  slot: Slot | undefined,
  id: string,
): Promise<HiddenLessons> {
  return change(area, slot, (lessons) => withoutHidden(lessons, id));
}

/**
 * After paint: rewrites the mirror from the record when it is missing or differs (site data
 * cleared, a change whose mirror write failed). Never rejects: an unread record leaves it alone.
 */
export async function keepHiddenMirror(area: StorageArea, slot: Slot | undefined): Promise<void> {
  try {
    writeHiddenMirror(slot, await readHidden(area));
  } catch {
    // The mirror stays as it is until the record can be read.
  }
}
