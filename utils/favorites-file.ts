/**
 * The favorites file format: JSON to export and import, Markdown to read.
 *
 * {"format":"lesson-tab-favorites","version":1,"exportedAt":"2026-11-21T10:00:00.000Z",
 *  "favorites":[{"lessonId":"…","savedAt":"<ISO date>","snapshot":{"title":"…","body":"…",
 *  "tryThis"?,"quote"?,"speaker"?,"themes":["…"],"source"?},"note"?}]}
 *
 * Import is strict and all or nothing: any problem rejects the whole file with a message.
 */
import * as v from 'valibot';
import type { Favorite } from './favorites-db';

export const FILE_FORMAT = 'lesson-tab-favorites';
export const FILE_VERSION = 1;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_FAVORITES = 10_000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const isoDate = v.pipe(
  v.string(),
  v.isoTimestamp('is not an ISO date'),
  v.check((value) => {
    const time = Date.parse(value);
    return Number.isFinite(time) && new Date(time).toISOString() === value;
  }, 'is not an ISO date such as 2026-01-31T09:00:00.000Z'),
);

const FavoriteEntry = v.strictObject({
  lessonId: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not a lesson id'), v.maxLength(100)),
  savedAt: isoDate,
  snapshot: v.strictObject({
    title: v.pipe(text(300), v.nonEmpty('is empty')),
    body: text(3000),
    tryThis: v.optional(text(1000)),
    quote: v.optional(text(2000)),
    speaker: v.optional(text(300)),
    themes: v.pipe(v.array(text(60)), v.maxLength(30, 'has more than 30 themes')),
    source: v.optional(text(500)),
  }),
  note: v.optional(text(10_000)),
});

const FavoritesFile = v.strictObject({
  format: v.literal(FILE_FORMAT),
  version: v.literal(FILE_VERSION),
  exportedAt: isoDate,
  favorites: v.pipe(
    v.array(FavoriteEntry),
    v.maxLength(MAX_FAVORITES, `has more than ${MAX_FAVORITES} favorites`),
  ),
});

type FavoriteEntry = v.InferOutput<typeof FavoriteEntry>;

export type ParseResult = { ok: true; favorites: Favorite[] } | { ok: false; error: string };

const fail = (error: string): ParseResult => ({ ok: false, error });

/** Keys that could reach an object's prototype if this data were ever merged into one. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseFavoritesFile(content: string, byteSize = new Blob([content]).size): ParseResult {
  if (byteSize > MAX_FILE_BYTES)
    return fail('This file is larger than 5 MB, too large to be a Lesson Tab export.');
  let data: unknown;
  try {
    data = JSON.parse(content, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new SyntaxError(`forbidden key "${key}"`);
      return value;
    });
  } catch (error) {
    const reason =
      error instanceof SyntaxError && error.message.startsWith('forbidden') ? ` (${error.message})` : '';
    return fail(`This file is not valid JSON${reason}, so nothing was imported.`);
  }
  const header = data as { format?: unknown; version?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== FILE_FORMAT) {
    return fail('This is not a Lesson Tab favorites file (its "format" is not "lesson-tab-favorites").');
  }
  if (header.version !== FILE_VERSION) {
    return fail(
      `This favorites file has version ${JSON.stringify(header.version)}; this Lesson Tab reads version 1.`,
    );
  }
  const parsed = v.safeParse(FavoritesFile, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = v.getDotPath(issue) ?? 'the file';
    return fail(`The file is damaged: ${path} ${issue.message}. Nothing was imported.`);
  }
  const ids = new Set<string>();
  for (const entry of parsed.output.favorites) {
    if (ids.has(entry.lessonId))
      return fail(`The file lists "${entry.lessonId}" twice. Nothing was imported.`);
    ids.add(entry.lessonId);
  }
  return { ok: true, favorites: parsed.output.favorites.map(fromEntry) };
}

function fromEntry(entry: FavoriteEntry): Favorite {
  const { snapshot } = entry;
  const favorite: Favorite = {
    lessonId: entry.lessonId,
    savedAt: Date.parse(entry.savedAt),
    snapshot: { title: snapshot.title, body: snapshot.body, themes: [...snapshot.themes] },
  };
  for (const key of ['tryThis', 'quote', 'speaker', 'source'] as const) {
    if (snapshot[key] !== undefined) favorite.snapshot[key] = snapshot[key];
  }
  if (entry.note !== undefined) favorite.note = entry.note;
  return favorite;
}

export function favoritesToJson(favorites: readonly Favorite[], now: number): string {
  const file = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: new Date(now).toISOString(),
    favorites: favorites.map((favorite) => ({
      ...favorite,
      savedAt: new Date(favorite.savedAt).toISOString(),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function favoritesToMarkdown(favorites: readonly Favorite[], now: number): string {
  const lines = [
    `# My Lesson Tab favorites`,
    '',
    `Exported ${new Date(now).toISOString().slice(0, 10)}.`,
    '',
  ];
  for (const { snapshot, savedAt, note } of favorites) {
    lines.push(`## ${snapshot.title}`, '', snapshot.body, '');
    if (snapshot.quote) lines.push(`> ${snapshot.quote}`, `> — ${snapshot.speaker ?? 'Unknown'}`, '');
    if (snapshot.tryThis) lines.push(`**Try this:** ${snapshot.tryThis}`, '');
    const meta = [`Saved ${new Date(savedAt).toISOString().slice(0, 10)}`];
    if (snapshot.themes.length) meta.push(`Themes: ${snapshot.themes.join(', ')}`);
    if (snapshot.source) meta.push(`Source: ${snapshot.source}`);
    lines.push(`_${meta.join(' · ')}_`, '');
    if (note) lines.push(`Note: ${note}`, '');
  }
  return lines.join('\n');
}

/** A dated file name such as lesson-tab-favorites-2026-11-21.json (the local date). */
export function exportFileName(extension: 'json' | 'md', now: number): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `lesson-tab-favorites-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}
