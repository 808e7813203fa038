import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '../../../data/messages-en';
import { type Favorite, listFavorites, openFavoritesDb } from '../../../utils/favorites/favorites-db';
import {
  exportFileName,
  favoritesToJson,
  favoritesToMarkdown,
  MAX_FILE_BYTES,
  parseFavoritesFile,
} from '../../../utils/favorites/favorites-file';
import { createFavoritesStore } from '../../../utils/favorites/favorites-store';
import { translator } from '../../../utils/i18n/i18n';
import v1File from '../../fixtures/favorites-file-v1.json';
import { freshIndexedDb, sampleFavorite } from './favorites-test-kit';

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);

const lessonId = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/);
/** Any unicode, including astral characters and combining marks. */
const anyText = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });
const time = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
/** A note as the editor stores it: at most 1,000 code units, with its time or (from a v1 file) none. */
const noteArb = fc.record(
  { note: anyText(1000).filter((note) => note.length <= 1000), noteAt: time },
  { requiredKeys: ['note'] },
);
const favoriteArb: fc.Arbitrary<Favorite> = fc
  .tuple(
    fc.record({
      lessonId,
      savedAt: time,
      snapshot: fc.record(
        {
          title: anyText(80).filter((t) => t.length > 0),
          body: anyText(600),
          tryThis: anyText(200),
          quote: anyText(400),
          speaker: anyText(40),
          themes: fc.array(anyText(20), { maxLength: 5 }),
          source: anyText(100),
        },
        { requiredKeys: ['title', 'body', 'themes'] },
      ),
    }),
    fc.option(noteArb, { nil: undefined }),
  )
  .map(([favorite, note]) => ({ ...favorite, ...note }));
const favoritesArb = fc.uniqueArray(favoriteArb, { selector: (f) => f.lessonId, maxLength: 12 });

const validFile = (favorites: Favorite[]) => JSON.parse(favoritesToJson(favorites, NOW));
const sampleEntry = validFile([sampleFavorite('sample')]).favorites[0];

/** Ways to spoil a valid file, each with the reason a reader would expect it to be rejected. */
type Spoiler = (file: Record<string, unknown>, seed: number) => string;
const spoilers: Record<string, Spoiler> = {
  'another format': (file) => JSON.stringify({ ...file, format: 'something-else' }),
  'an unknown version': (file, seed) => JSON.stringify({ ...file, version: 3 + (seed % 97) }),
  'a note time in a version 1 file': (file) =>
    JSON.stringify({
      ...file,
      version: 1,
      favorites: [{ ...sampleEntry, note: 'A note', noteAt: sampleEntry.savedAt }],
    }),
  'a missing field': (file) => {
    const { favorites: _gone, ...rest } = file;
    return JSON.stringify(rest);
  },
  'an extra top-level field': (file) => JSON.stringify({ ...file, extra: true }),
  'a wrongly typed field': (file) => JSON.stringify({ ...file, favorites: 'many' }),
  'a proto key at the top': (file) => JSON.stringify(file).replace('{', '{"__proto__":{"polluted":true},'),
  'a constructor key in a favorite': (file) =>
    JSON.stringify({ ...file, favorites: [{ constructor: { prototype: {} }, lessonId: 'a' }] }),
  'an invalid date': (file) => JSON.stringify({ ...file, exportedAt: 'yesterday' }),
  'truncated JSON': (file) => JSON.stringify(file).slice(0, -1),
  'not JSON at all': () => 'lessonId,savedAt\nfoo,1',
};
const spoilFavorite: Record<string, (f: Record<string, unknown>) => unknown> = {
  'no lesson id': ({ lessonId: _id, ...rest }) => rest,
  'a numeric savedAt': (f) => ({ ...f, savedAt: 123 }),
  'a bad lesson id': (f) => ({ ...f, lessonId: 'Not An Id!' }),
  'an absurdly long title': (f) => ({
    ...f,
    snapshot: { ...(f.snapshot as object), title: 'x'.repeat(5000) },
  }),
  'an empty title': (f) => ({ ...f, snapshot: { ...(f.snapshot as object), title: '' } }),
  'themes as a string': (f) => ({ ...f, snapshot: { ...(f.snapshot as object), themes: 'failure' } }),
  'an unknown field': (f) => ({ ...f, html: '<img src=x onerror=alert(1)>' }),
  'a note over 1,000 characters': (f) => ({ ...f, note: 'x'.repeat(1001) }),
  'a note as a number': (f) => ({ ...f, note: 42 }),
  'a note time as a number': (f) => ({ ...f, note: 'A note', noteAt: 1_764_000_000_000 }),
  null: () => null,
};

const badFileArb = fc.oneof(
  // Spoiled versions of valid files.
  fc
    .tuple(favoritesArb, fc.constantFrom(...Object.keys(spoilers)), fc.nat())
    .map(([favorites, name, seed]) => (spoilers[name] as Spoiler)(validFile(favorites), seed)),
  // A valid file with one favorite spoiled.
  fc
    .tuple(
      favoritesArb.filter((f) => f.length > 0),
      fc.constantFrom(...Object.keys(spoilFavorite)),
      fc.nat(),
    )
    .map(([favorites, name, index]) => {
      const file = validFile(favorites);
      const at = index % file.favorites.length;
      file.favorites[at] = (spoilFavorite[name] as (f: Record<string, unknown>) => unknown)(
        file.favorites[at],
      );
      return JSON.stringify(file);
    }),
  // A valid file listing the same lesson twice.
  favoritesArb
    .filter((f) => f.length > 0)
    .map((favorites) => {
      const file = validFile(favorites);
      file.favorites.push(file.favorites[0]);
      return JSON.stringify(file);
    }),
  // Any JSON value or string at all.
  fc.json().filter((text) => !text.includes('lesson-tab-favorites')),
  fc.string(),
);

describe('favorites file', () => {
  it('round-trips any favorites exactly (unicode and long text included)', () => {
    fc.assert(
      fc.property(favoritesArb, (favorites) => {
        const parsed = parseFavoritesFile(favoritesToJson(favorites, NOW));
        expect(parsed).toEqual({ ok: true, favorites });
      }),
      { numRuns: 300 },
    );
  });

  it('writes the documented header', () => {
    expect(validFile([])).toEqual({
      format: 'lesson-tab-favorites',
      version: 2,
      exportedAt: '2026-11-21T12:00:00.000Z',
      favorites: [],
    });
  });

  it.each([
    ['invalid JSON', '{"format":', /not valid JSON/],
    ['another format', '{"format":"other","version":1}', /not a Lesson Tab favorites file/],
    ['an unknown version', '{"format":"lesson-tab-favorites","version":3}', /version 3; .* versions 1 and 2/],
    [
      'a missing field',
      '{"format":"lesson-tab-favorites","version":1,"exportedAt":"2026-11-21T12:00:00.000Z"}',
      /favorites/,
    ],
    [
      'a __proto__ key',
      '{"format":"lesson-tab-favorites","version":1,"__proto__":{},"exportedAt":"2026-11-21T12:00:00.000Z","favorites":[]}',
      /__proto__/,
    ],
  ])('rejects %s with a clear message', (_name, content, message) => {
    const parsed = parseFavoritesFile(content);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(translator(MESSAGES_EN)(parsed.error.key, parsed.error.values)).toMatch(message);
  });

  it('rejects duplicate ids and says which', () => {
    const file = validFile([sampleFavorite('twice')]);
    file.favorites.push(file.favorites[0]);
    const parsed = parseFavoritesFile(JSON.stringify(file));
    expect(parsed).toEqual({ ok: false, error: { key: 'importDuplicate', values: { id: 'twice' } } });
  });

  it('rejects a file over 5 MB before reading it', () => {
    const parsed = parseFavoritesFile('{}', MAX_FILE_BYTES + 1);
    expect(parsed).toEqual({ ok: false, error: { key: 'importTooLarge' } });
  });

  it('reads a version 1 file (the export before note times): its notes have no time', () => {
    const parsed = parseFavoritesFile(JSON.stringify(v1File));
    if (!parsed.ok) throw new Error(parsed.error.key);
    expect(parsed.favorites.map((f) => f.lessonId)).toEqual([
      'three-years-of-zero-revenue',
      'repair-the-roof-in-sunshine',
    ]);
    expect(parsed.favorites[0]).toMatchObject({
      savedAt: Date.parse('2026-11-25T10:00:00.000Z'),
      note: 'Read this before the board meeting — « patience » 🚀\nSecond line.',
    });
    expect(parsed.favorites[0]?.noteAt).toBeUndefined();
    expect(parsed.favorites[1]?.note).toBeUndefined();
    // Exported again, it is a version 2 file with the same entries.
    expect(validFile(parsed.favorites)).toEqual({
      ...v1File,
      version: 2,
      exportedAt: validFile([]).exportedAt,
    });
  });

  it('writes a note with its time, and reads both back', () => {
    const noted = {
      ...sampleFavorite('noted'),
      note: 'Tried it on Monday.',
      noteAt: Date.UTC(2026, 11, 1, 9),
    };
    const file = validFile([noted, sampleFavorite('plain')]);
    expect(file.favorites[0]).toMatchObject({
      note: 'Tried it on Monday.',
      noteAt: '2026-12-01T09:00:00.000Z',
    });
    expect(Object.keys(file.favorites[1])).toEqual(['lessonId', 'savedAt', 'snapshot']);
    expect(parseFavoritesFile(JSON.stringify(file))).toEqual({
      ok: true,
      favorites: [noted, sampleFavorite('plain')],
    });
  });

  it('leaves out whatever else a stored record carries', () => {
    const stray = { ...sampleFavorite('a'), halfLife: 3 } as Favorite;
    expect(parseFavoritesFile(favoritesToJson([stray], NOW))).toEqual({
      ok: true,
      favorites: [sampleFavorite('a')],
    });
  });

  it.each([
    [
      'a note over 1,000 characters',
      { note: 'x'.repeat(1001) },
      /favorites\.0\.note: a note is longer than 1,000/,
    ],
    ['a note that is a number', { note: 42 }, /favorites\.0\.note: a field .* of the wrong kind/],
    ['a note time that is a number', { note: 'A note', noteAt: 1 }, /favorites\.0\.noteAt: a field/],
    [
      'a note time that is not a date',
      { note: 'A note', noteAt: 'Monday' },
      /favorites\.0\.noteAt: not a date/,
    ],
  ])('rejects %s, saying where', (_name, change, message) => {
    const file = validFile([sampleFavorite('a')]);
    Object.assign(file.favorites[0], change);
    const parsed = parseFavoritesFile(JSON.stringify(file));
    if (parsed.ok) throw new Error('accepted');
    expect(translator(MESSAGES_EN)(parsed.error.key, parsed.error.values)).toMatch(message);
    expect(translator(MESSAGES_EN)(parsed.error.key, parsed.error.values)).toMatch(/Nothing was imported/);
  });

  it('accepts a note of exactly 1,000 characters', () => {
    const file = validFile([{ ...sampleFavorite('a'), note: '🚀'.repeat(500), noteAt: NOW }]);
    expect(parseFavoritesFile(JSON.stringify(file)).ok).toBe(true);
  });

  describe('importing into the database', () => {
    beforeEach(freshIndexedDb);

    it('rejects 1000 generated bad files, each with a message, changing nothing', async () => {
      const store = createFavoritesStore({ open: (callbacks) => openFavoritesDb(callbacks) });
      await store.start();
      await store.toggle(sampleFavorite('already-saved'), true);
      const before = await listFavorites(await openFavoritesDb());
      await fc.assert(
        fc.asyncProperty(badFileArb, async (content) => {
          // Every rejection names a message the interface can show.
          await expect(store.importFile(content)).rejects.toMatchObject({
            key: expect.stringMatching(/^import/),
          });
        }),
        { numRuns: 1000 },
      );
      expect(await listFavorites(await openFavoritesDb())).toEqual(before);
      expect(store.getState().favorites).toEqual(before);
    });

    it('imports a version 1 file: a dated note here stays, a note only in the file is added', async () => {
      const store = createFavoritesStore({ open: (callbacks) => openFavoritesDb(callbacks) });
      await store.start();
      await store.toggle(sampleFavorite('three-years-of-zero-revenue', 1), true);
      await store.setNote('three-years-of-zero-revenue', 'Mine, written today', Date.UTC(2026, 11, 3));
      const summary = await store.importFile(JSON.stringify(v1File));
      expect(summary).toEqual({ added: 1, updated: 1, skipped: 0 });
      const stored = await listFavorites(await openFavoritesDb());
      // The file's card is newer; the note written here has a time, the file's has none.
      expect(stored.find((f) => f.lessonId === 'three-years-of-zero-revenue')).toMatchObject({
        savedAt: Date.parse('2026-11-25T10:00:00.000Z'),
        snapshot: { title: 'Three years without revenue' },
        note: 'Mine, written today',
        noteAt: Date.UTC(2026, 11, 3),
      });
      expect(stored.find((f) => f.lessonId === 'repair-the-roof-in-sunshine')?.note).toBeUndefined();
      // A newer note in a version 2 file wins over it.
      const newer = validFile(stored);
      Object.assign(
        newer.favorites.find((f: Favorite) => f.lessonId === 'three-years-of-zero-revenue'),
        {
          note: 'From my other browser',
          noteAt: '2026-12-03T08:00:00.000Z',
        },
      );
      expect(await store.importFile(JSON.stringify(newer))).toEqual({ added: 0, updated: 1, skipped: 1 });
      expect(store.getState().favorites.find((f) => f.note)?.note).toBe('From my other browser');
      store.close();
    });

    it('export, clear, import gives back exactly the same favorites', async () => {
      await fc.assert(
        fc.asyncProperty(favoritesArb, async (favorites) => {
          freshIndexedDb();
          const store = createFavoritesStore({ open: (callbacks) => openFavoritesDb(callbacks) });
          await store.start();
          await store.importFile(favoritesToJson(favorites, NOW));
          const saved = store.getState().favorites;
          const exported = favoritesToJson(saved, NOW);
          await store.clear();
          expect(store.getState().favorites).toEqual([]);
          const summary = await store.importFile(exported);
          expect(summary).toEqual({ added: favorites.length, updated: 0, skipped: 0 });
          expect(store.getState().favorites).toEqual(saved);
          expect(saved.toSorted((a, b) => a.lessonId.localeCompare(b.lessonId))).toEqual(
            favorites.toSorted((a, b) => a.lessonId.localeCompare(b.lessonId)),
          );
          store.close();
        }),
        { numRuns: 60 },
      );
    });
  });

  it('writes Markdown for reading', () => {
    const markdown = favoritesToMarkdown(
      [{ ...sampleFavorite('a'), snapshot: { ...sampleFavorite('a').snapshot, quote: 'Q', speaker: 'S' } }],
      NOW,
      translator(MESSAGES_EN),
    );
    expect(markdown).toContain('## Title of a');
    expect(markdown).toContain('> Q\n> — S');
  });

  it('shows the note in Markdown, its line breaks kept', () => {
    const noted = { ...sampleFavorite('a'), note: 'Tried it on Monday.\nIt worked.', noteAt: NOW };
    const markdown = favoritesToMarkdown([noted, sampleFavorite('b')], NOW, translator(MESSAGES_EN));
    expect(markdown).toContain('\nYour note: Tried it on Monday.  \nIt worked.\n');
    expect(markdown.match(/Your note:/g)).toHaveLength(1);
  });

  it('names files with the date', () => {
    expect(exportFileName('json', new Date(2026, 0, 5, 10).getTime())).toBe(
      'lesson-tab-favorites-2026-01-05.json',
    );
  });

  it('dates the file name, "Exported" and "Saved" with the same local day, east of UTC too', () => {
    // 20:30 UTC on 21 November is already 22 November in Auckland (UTC+13) and Tokyo (UTC+9).
    const now = Date.parse('2026-11-21T20:30:00Z');
    const favorite = { ...sampleFavorite('a'), savedAt: Date.parse('2026-11-20T23:00:00Z') };
    for (const [timeZone, today, saved] of [
      ['Pacific/Auckland', '2026-11-22', '2026-11-21'],
      ['Asia/Tokyo', '2026-11-22', '2026-11-21'],
      ['America/New_York', '2026-11-21', '2026-11-20'],
    ] as const) {
      const markdown = favoritesToMarkdown([favorite], now, translator(MESSAGES_EN), timeZone);
      expect(exportFileName('md', now, timeZone)).toBe(`lesson-tab-favorites-${today}.md`);
      expect(markdown).toContain(`Exported ${today}.`);
      expect(markdown).toContain(`Saved ${saved}`);
    }
  });
});
