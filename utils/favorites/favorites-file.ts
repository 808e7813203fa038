/**
 * The favorites file format: JSON to export and import, Markdown to read.
 *
 * {"format":"lesson-tab-favorites","version":2,"exportedAt":"2026-11-21T10:00:00.000Z",
 *  "favorites":[{"lessonId":"…","savedAt":"<ISO date>","snapshot":{"title":"…","body":"…",
 *  "tryThis"?,"quote"?,"speaker"?,"themes":["…"],"source"?},"note"?,"noteAt"?:"<ISO date>"}]}
 *
 * Version 2 added `noteAt` (when the note last changed: on import the newer note wins); version 1
 * files still import, their notes counting as older than any dated one. A note is at most
 * NOTE_MAX characters in both. Import is strict and all or nothing: any problem rejects the whole
 * file with a message.
 */
import * as v from 'valibot';
import type { MessageKey } from '../../data/messages-en';
import { parseUntrustedJson } from '../files/untrusted-json';
import type { MessageValues, Translate } from '../i18n/i18n';
import { localDate } from '../rotation/period';
import { NOTE_MAX } from './favorite-note';
import type { Favorite } from './favorites-db';

export const FILE_FORMAT = 'lesson-tab-favorites';
export const FILE_VERSION = 2;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FAVORITES = 10_000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
/** A date as toISOString writes it, and only so: one spelling per instant. */
export const isoDate = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check((value) => {
    const time = Date.parse(value);
    return Number.isFinite(time) && new Date(time).toISOString() === value;
  }),
);

/** One favorite as version 1 files spell it (backup version 1 holds the same entries). */
export const FavoriteEntryV1 = v.strictObject({
  lessonId: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(100)),
  savedAt: isoDate,
  snapshot: v.strictObject({
    title: v.pipe(text(300), v.nonEmpty()),
    body: text(3000),
    tryThis: v.optional(text(1000)),
    quote: v.optional(text(2000)),
    speaker: v.optional(text(300)),
    themes: v.pipe(v.array(text(60)), v.maxLength(30)),
    source: v.optional(text(500)),
  }),
  note: v.optional(text(NOTE_MAX)),
});

/** One favorite as files spell it now; the backup file holds the same entries. */
export const FavoriteEntry = v.strictObject({ ...FavoriteEntryV1.entries, noteAt: v.optional(isoDate) });

const favoritesFile = (version: number, entry: typeof FavoriteEntryV1 | typeof FavoriteEntry) =>
  v.strictObject({
    format: v.literal(FILE_FORMAT),
    version: v.literal(version),
    exportedAt: isoDate,
    favorites: v.pipe(v.array(entry), v.maxLength(MAX_FAVORITES)),
  });
const FavoritesFileV1 = favoritesFile(1, FavoriteEntryV1);
const FavoritesFile = favoritesFile(FILE_VERSION, FavoriteEntry);

export type FavoriteEntry = v.InferOutput<typeof FavoriteEntry>;

export interface ParseError {
  key: MessageKey;
  values?: MessageValues;
}

export type ParseResult = { ok: true; favorites: Favorite[] } | { ok: false; error: ParseError };

const fail = (key: MessageKey, values?: MessageValues): ParseResult => ({
  ok: false,
  error: { key, values },
});

export function parseFavoritesFile(content: string, byteSize = new Blob([content]).size): ParseResult {
  if (byteSize > MAX_FILE_BYTES) return fail('importTooLarge');
  const json = parseUntrustedJson(content);
  if ('forbidden' in json) return fail('importForbiddenKey', { key: json.forbidden });
  if ('invalid' in json) return fail('importNotJson');
  const { data } = json;
  const header = data as { format?: unknown; version?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== FILE_FORMAT) {
    return fail('importNotLessonTab');
  }
  const schema =
    header.version === FILE_VERSION ? FavoritesFile : header.version === 1 ? FavoritesFileV1 : undefined;
  if (!schema) return fail('importBadVersion', { version: JSON.stringify(header.version) ?? 'none' });
  const parsed = v.safeParse(schema, data);
  if (!parsed.success) {
    return damaged(parsed.issues[0]);
  }
  const ids = new Set<string>();
  for (const entry of parsed.output.favorites) {
    if (ids.has(entry.lessonId)) return fail('importDuplicate', { id: entry.lessonId });
    ids.add(entry.lessonId);
  }
  return { ok: true, favorites: parsed.output.favorites.map(favoriteFromEntry) };
}

/** The first problem found, in words a person can act on. The path stays as the file spells it. */
function damaged(issue: v.BaseIssue<unknown>): ParseResult {
  const path = v.getDotPath(issue) ?? '/';
  if (issue.type === 'max_length' && path.endsWith('.note')) return fail('importNoteTooLong', { path });
  if (issue.type === 'max_length')
    return fail('importDamagedLength', { path, max: String(issue.requirement) });
  if (issue.type === 'iso_timestamp' || issue.type === 'check') return fail('importDamagedDate', { path });
  if (issue.type === 'regex') return fail('importDamagedId', { path });
  return fail('importDamagedValue', { path });
}

export function favoriteFromEntry(entry: FavoriteEntry): Favorite {
  const { snapshot } = entry;
  const favorite: Favorite = {
    lessonId: entry.lessonId,
    savedAt: Date.parse(entry.savedAt),
    snapshot: { title: snapshot.title, body: snapshot.body, themes: [...snapshot.themes] },
  };
  for (const key of ['tryThis', 'quote', 'speaker', 'source'] as const) {
    if (snapshot[key] !== undefined) favorite.snapshot[key] = snapshot[key];
  }
  // A time without a note has nothing to date: it is dropped.
  if (entry.note !== undefined) favorite.note = entry.note;
  if (entry.note !== undefined && entry.noteAt !== undefined) favorite.noteAt = Date.parse(entry.noteAt);
  return favorite;
}

export function favoritesToJson(favorites: readonly Favorite[], now: number): string {
  const file = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    favorites: favorites.map(favoriteToEntry),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A stored favorite as files spell it: the same fields, dates as ISO text. Named fields only, so
 * that whatever else a stored record carries cannot make the file unreadable.
 */
export function favoriteToEntry({ lessonId, savedAt, snapshot, note, noteAt }: Favorite): FavoriteEntry {
  const entry: FavoriteEntry = { lessonId, savedAt: new Date(savedAt).toISOString(), snapshot };
  if (note !== undefined) entry.note = note;
  if (note !== undefined && noteAt !== undefined) entry.noteAt = new Date(noteAt).toISOString();
  return entry;
}

/** Dates in the Markdown and the file name are the reader's local day (`timeZone`, for tests). */
export function favoritesToMarkdown(
  favorites: readonly Favorite[],
  now: number,
  t: Translate,
  timeZone?: string,
): string {
  const day = (time: number) => localDate(time, timeZone);
  const lines = [`# ${t('markdownHeading')}`, '', t('markdownExported', { date: day(now) }), ''];
  for (const { snapshot, savedAt, note } of favorites) {
    lines.push(`## ${snapshot.title}`, '', snapshot.body, '');
    if (snapshot.quote) lines.push(`> ${snapshot.quote}`, `> — ${snapshot.speaker ?? '?'}`, '');
    if (snapshot.tryThis) lines.push(`**${t('markdownTryThis')}** ${snapshot.tryThis}`, '');
    const meta = [t('markdownSaved', { date: day(savedAt) })];
    if (snapshot.themes.length) meta.push(t('markdownThemes', { themes: snapshot.themes.join(', ') }));
    if (snapshot.source) meta.push(t('markdownSource', { source: snapshot.source }));
    lines.push(`_${meta.join(' · ')}_`, '');
    // A note's own line breaks stay line breaks (two trailing spaces), within one paragraph.
    if (note) lines.push(t('markdownNote', { note: note.split(/\r?\n/).join('  \n') }), '');
  }
  return lines.join('\n');
}

/** A dated file name such as lesson-tab-favorites-2026-11-21.json (the local date). */
export function exportFileName(extension: 'json' | 'md', now: number, timeZone?: string): string {
  return `lesson-tab-favorites-${localDate(now, timeZone)}.${extension}`;
}
