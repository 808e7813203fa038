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
import { freshIndexedDb, sampleFavorite } from './favorites-test-kit';

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);

const lessonId = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/);
/** Any unicode, including astral characters and combining marks. */
const anyText = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });
const favoriteArb: fc.Arbitrary<Favorite> = fc.record(
  {
    lessonId,
    savedAt: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
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
    note: anyText(2000),
  },
  { requiredKeys: ['lessonId', 'savedAt', 'snapshot'] },
);
const favoritesArb = fc.uniqueArray(favoriteArb, { selector: (f) => f.lessonId, maxLength: 12 });

const validFile = (favorites: Favorite[]) => JSON.parse(favoritesToJson(favorites, NOW));

/** Ways to spoil a valid file, each with the reason a reader would expect it to be rejected. */
type Spoiler = (file: Record<string, unknown>, seed: number) => string;
const spoilers: Record<string, Spoiler> = {
  'another format': (file) => JSON.stringify({ ...file, format: 'something-else' }),
  'an unknown version': (file, seed) => JSON.stringify({ ...file, version: 2 + (seed % 98) }),
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
      version: 1,
      exportedAt: '2026-11-21T12:00:00.000Z',
      favorites: [],
    });
  });

  it.each([
    ['invalid JSON', '{"format":', /not valid JSON/],
    ['another format', '{"format":"other","version":1}', /not a Lesson Tab favorites file/],
    ['an unknown version', '{"format":"lesson-tab-favorites","version":2}', /version 2/],
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
