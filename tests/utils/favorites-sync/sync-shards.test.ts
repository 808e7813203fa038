import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPresent, type SyncEntry, type SyncRecord } from '../../../utils/favorites-sync/sync-record';
import {
  decodeItems,
  type Encoded,
  encodeRecord,
  itemBytes,
  SHARD_COUNT,
  SHARD_PREFIX,
  SYNC_LIMITS,
  SYNC_VERSION,
  shardChanges,
  shardKey,
} from '../../../utils/favorites-sync/sync-shards';
import { anyTime, DECK_IDS, entryOf, lessonId, noteText, recordOf } from './sync-arbitraries';

const SAVED = Date.UTC(2026, 11, 3, 9, 30, 0, 123);

/** A record as big as asked: `count` favorites, notes of `noteLength` on the first 600, some removed. */
const bulkRecord = fc
  .record({
    count: fc.integer({ min: 0, max: 4000 }),
    noteLength: fc.integer({ min: 0, max: 1000 }),
    noteChar: fc.constantFrom('a', 'é', '<', '😀'),
    removedEvery: fc.integer({ min: 1, max: 10 }),
  })
  .map(({ count, noteLength, noteChar, removedEvery }) => {
    const record: Record<string, SyncEntry> = {};
    for (let i = 0; i < count; i++) {
      const id =
        i < DECK_IDS.length ? (DECK_IDS[i] as string) : `my-${(i * 7919).toString(36).padStart(12, '0')}`;
      const entry: SyncEntry = { savedAt: SAVED + i * 1000 };
      if (i % removedEvery === removedEvery - 1) entry.removedAt = SAVED + i * 1000 + 500;
      if (noteLength > 0 && i % 3 !== 0 && i < 600)
        Object.assign(entry, { note: noteChar.repeat(noteLength), noteAt: SAVED + i });
      record[id] = entry;
    }
    return record;
  });

/** Any record: odd ids and characters, or one far too large for sync. */
const anyRecord = fc.oneof(recordOf(entryOf(anyTime, noteText(1000)), { maxLength: 60 }), bulkRecord);

const totalBytes = (items: Record<string, unknown>) =>
  Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);

describe('itemBytes', () => {
  it.each([
    ['ASCII', 'k', 'abc', 1 + 5],
    ['two-byte UTF-8', 'k', 'é', 1 + 4],
    ['an astral character', 'k', '😀', 1 + 6],
    ['"<", which Chrome writes \\u003C', 'k', '<', 1 + 8],
    ['U+2028, which Chrome writes \\u2028', 'k', '\u2028', 1 + 8],
    ['a control character', 'k', '\n', 1 + 4],
    ['a key in UTF-8', 'clé', 1, 4 + 1],
    ['a 32-bit integer', 'k', 2 ** 31 - 1, 1 + 10],
    ['a larger integer, kept as a double and written with ".0"', 'k', 2 ** 31, 1 + 12],
    ['a fraction', 'k', 1.5, 1 + 3],
    ['an object', 'k', { v: 1, e: {} }, 1 + 14],
  ])('counts %s', (_name, key, value, bytes) => {
    expect(itemBytes(key, value)).toBe(bytes);
  });
});

describe('encodeRecord', () => {
  it('writes each shard as { v, e } with compact entries', () => {
    const { items } = encodeRecord(
      {
        'know-say-do': { savedAt: SAVED },
        'gentleness-is-tenacity': { savedAt: SAVED, removedAt: SAVED + 1 },
        'my-k3v9x0q2m7ab': { savedAt: SAVED, note: 'Tried it', noteAt: SAVED + 2 },
      },
      SYNC_LIMITS.quotaBytes,
    );
    const t = SAVED.toString(36);
    expect(Object.values(items).flatMap((shard) => Object.entries((shard as { e: object }).e))).toEqual(
      expect.arrayContaining([
        ['know-say-do', t],
        ['gentleness-is-tenacity', `${t}.${(SAVED + 1).toString(36)}`],
        ['my-k3v9x0q2m7ab', [t, 'Tried it', (SAVED + 2).toString(36)]],
      ]),
    );
    for (const [key, shard] of Object.entries(items)) {
      expect(key).toMatch(/^favorites:\d+$/);
      expect(shard).toMatchObject({ v: SYNC_VERSION });
    }
  });

  it('reads back what it wrote when everything fits', () => {
    fc.assert(
      fc.property(recordOf(entryOf(anyTime, noteText(300)), { maxLength: 40 }), (record) => {
        const encoded = encodeRecord(record, SYNC_LIMITS.quotaBytes);
        expect([...encoded.notesLeftOut, ...encoded.entriesLeftOut, ...encoded.removalsLeftOut]).toEqual([]);
        const decoded = decodeItems(encoded.items);
        expect(decoded.problems).toEqual([]);
        expect(decoded.record).toEqual(record);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every item within the quotas and the whole within the budget, and says what it left out', () => {
    fc.assert(
      fc.property(anyRecord, fc.integer({ min: 0, max: SYNC_LIMITS.quotaBytes }), (record, budget) => {
        const encoded = encodeRecord(record, budget);
        const keys = Object.keys(encoded.items);
        expect(keys.length).toBeLessThanOrEqual(Math.min(SHARD_COUNT, SYNC_LIMITS.maxItems));
        for (const key of keys) {
          expect(key.startsWith(SHARD_PREFIX)).toBe(true);
          expect(itemBytes(key, encoded.items[key])).toBeLessThanOrEqual(SYNC_LIMITS.quotaBytesPerItem);
        }
        expect(totalBytes(encoded.items)).toBeLessThanOrEqual(budget);

        // Nothing dropped silently: each favorite is synced whole, synced without its note, or listed.
        const { record: synced, problems } = decodeItems(encoded.items);
        expect(problems).toEqual([]);
        const notesOut = new Set(encoded.notesLeftOut);
        const entriesOut = new Set(encoded.entriesLeftOut);
        const removalsOut = new Set(encoded.removalsLeftOut);
        for (const [id, entry] of Object.entries(record)) {
          const got = Object.hasOwn(synced, id) ? synced[id] : undefined;
          if (!got) {
            expect((isPresent(entry) ? entriesOut : removalsOut).has(id)).toBe(true);
            continue;
          }
          const { note, noteAt, ...times } = entry;
          expect(got).toEqual(notesOut.has(id) ? times : entry);
          expect(note !== undefined || noteAt !== undefined || !notesOut.has(id)).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  }, 30_000);

  describe('when sync is full', () => {
    /** 600 own lessons, saved a second apart; every fourth removed later, every fifth with a note of its own length. */
    const record: Record<string, SyncEntry> = {};
    for (let i = 0; i < 600; i++) {
      record[`my-${i.toString(36).padStart(12, '0')}`] = {
        savedAt: SAVED + i * 1000,
        ...(i % 4 === 0 ? { removedAt: SAVED + 10_000_000 - i * 1000 } : {}),
        ...(i % 5 === 0 ? { note: 'n'.repeat(i + 1), noteAt: SAVED } : {}),
      };
    }
    const ids = Object.keys(record);
    const entry = (id: string) => record[id] as SyncEntry;
    const present = ids.filter((id) => isPresent(entry(id)));
    const removed = ids.filter((id) => !isPresent(entry(id)));
    /** The bytes of the record's shards with only some of its parts. */
    const bytesOf = (keep: (id: string) => boolean, notes: boolean) => {
      const part = ids.filter(keep).map((id) => {
        const { note: _note, noteAt: _noteAt, ...times } = entry(id);
        return [id, notes ? entry(id) : times] as const;
      });
      return totalBytes(encodeRecord(Object.fromEntries(part), Number.POSITIVE_INFINITY).items);
    };
    const favorites = bytesOf((id) => isPresent(entry(id)), false);
    const markers = bytesOf(() => true, false);
    const everything = bytesOf(() => true, true);
    /** Every value of `of` among the ids left out lies beyond every value among those kept. */
    const leftOutLast = (leftOut: string[], among: string[], of: (id: string) => number) => {
      const kept = among.filter((id) => !leftOut.includes(id)).map(of);
      expect(leftOut.length).toBeGreaterThan(0);
      expect(kept.length).toBeGreaterThan(0);
      expect(Math.min(...leftOut.map(of))).toBeGreaterThan(Math.max(...kept));
    };

    it('leaves out notes first, the longest first', () => {
      const { notesLeftOut, entriesLeftOut, removalsLeftOut } = encodeRecord(
        record,
        (markers + everything) / 2,
      );
      expect([...entriesLeftOut, ...removalsLeftOut]).toEqual([]);
      const noted = present.filter((id) => entry(id).note);
      leftOutLast(
        notesLeftOut.filter((id) => noted.includes(id)),
        noted,
        (id) => entry(id).note?.length ?? 0,
      );
      // Notes of removed favorites come after those of present ones: the longest of them go.
      expect(notesLeftOut.filter((id) => removed.includes(id)).length).toBeGreaterThan(0);
    });

    it('then the oldest removal markers', () => {
      const { notesLeftOut, entriesLeftOut, removalsLeftOut } = encodeRecord(
        record,
        (favorites + markers) / 2,
      );
      expect(entriesLeftOut).toEqual([]);
      leftOutLast(removalsLeftOut, removed, (id) => -(entry(id).removedAt ?? 0));
      expect(notesLeftOut.length).toBeGreaterThan(0);
    });

    it('then the newest favorites, which stay local', () => {
      const { entriesLeftOut, removalsLeftOut } = encodeRecord(record, favorites * 0.7);
      expect(removalsLeftOut).toEqual(removed.sort());
      leftOutLast(entriesLeftOut, present, (id) => entry(id).savedAt);
    });
  });

  it('fills a shard up to 8,192 bytes and leaves out the notes that do not fit there, though others have room', () => {
    const ids: string[] = [];
    for (let i = 0; ids.length < 12; i++) {
      const id = `my-${i.toString(36).padStart(12, '0')}`;
      if (shardKey(id) === 'favorites:7') ids.push(id);
    }
    const record = Object.fromEntries(
      ids.map((id, i) => [id, { savedAt: SAVED + i, note: 'é'.repeat(1000 - i), noteAt: SAVED + i }]),
    );
    const { items, notesLeftOut, entriesLeftOut } = encodeRecord(record, SYNC_LIMITS.quotaBytes);
    expect(Object.keys(items)).toEqual(['favorites:7']);
    const bytes = itemBytes('favorites:7', items['favorites:7']);
    expect(bytes).toBeLessThanOrEqual(SYNC_LIMITS.quotaBytesPerItem);
    expect(bytes).toBeGreaterThan(SYNC_LIMITS.quotaBytesPerItem - 2_100);
    expect(entriesLeftOut).toEqual([]);
    // Three notes of 2 KB each fit in 8 KB beside the twelve entries; the longest stay local.
    expect(notesLeftOut).toEqual(ids.slice(0, 9).sort());
  });

  it('changes one shard when one favorite is saved, removed, noted or restored', () => {
    const change = fc.oneof(
      fc.record({ id: lessonId, kind: fc.constant('save' as const) }),
      fc.record({
        kind: fc.constantFrom('remove' as const, 'note' as const, 'restore' as const),
        pick: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(
        recordOf(entryOf(anyTime, noteText(100)), { minLength: 1, maxLength: 120 }),
        change,
        (record, step) => {
          const ids = Object.keys(record);
          const id = 'id' in step ? step.id : (ids[step.pick % ids.length] as string);
          const entry = Object.hasOwn(record, id) ? record[id] : undefined;
          const later = Date.UTC(2100, 0, 2);
          const changed: SyncEntry =
            step.kind === 'save' || step.kind === 'restore'
              ? { ...entry, savedAt: later }
              : step.kind === 'remove'
                ? { savedAt: entry?.savedAt ?? 0, ...entry, removedAt: later }
                : { savedAt: entry?.savedAt ?? 0, ...entry, note: 'A new note', noteAt: later };
          const after: SyncRecord = Object.fromEntries([...Object.entries(record), [id, changed]]);
          const before = encodeRecord(record, SYNC_LIMITS.quotaBytes);
          const encoded = encodeRecord(after, SYNC_LIMITS.quotaBytes);
          const fits = (e: Encoded) =>
            e.notesLeftOut.length + e.entriesLeftOut.length + e.removalsLeftOut.length === 0;
          fc.pre(fits(before) && fits(encoded));
          const { set, remove } = shardChanges(before.items, encoded.items);
          expect(remove).toEqual([]);
          expect(Object.keys(set)).toEqual([shardKey(id)]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('spreads the deck and users’ ids over the shards', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 6400; i++) {
      const key = shardKey(`my-${(i * 104729).toString(36).padStart(12, '0')}`);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(SHARD_COUNT);
    expect(Math.max(...counts.values())).toBeLessThan(150);
    expect(new Set(DECK_IDS.map(shardKey)).size).toBeGreaterThan(20);
  });
});

describe('decodeItems', () => {
  const good = encodeRecord({ 'know-say-do': { savedAt: SAVED } }, SYNC_LIMITS.quotaBytes).items;
  const goodKey = shardKey('know-say-do');
  const t = SAVED.toString(36);

  it('reads only shard keys', () => {
    expect(decodeItems({ ...good, settings: { themes: [] }, settings$: { v: 3 } })).toEqual({
      record: { 'know-say-do': { savedAt: SAVED } },
      problems: [],
    });
  });

  it('reports a shard from a newer version and does not read it', () => {
    const result = decodeItems({ ...good, 'favorites:3': { v: SYNC_VERSION + 1, e: { x: t }, more: true } });
    expect(result.problems).toEqual([{ key: 'favorites:3', kind: 'newer-version' }]);
    expect(Object.keys(result.record)).toEqual(['know-say-do']);
  });

  it.each([
    ['not an object', 'oops'],
    ['an array', [1, 2]],
    ['no version', { e: { 'know-say-do': t } }],
    ['a version as a string', { v: '1', e: { 'know-say-do': t } }],
    ['an older version', { v: 0, e: { 'know-say-do': t } }],
    ['entries as an array', { v: 1, e: [t] }],
    ['a time as a number', { v: 1, e: { 'know-say-do': SAVED } }],
    ['a time in capitals', { v: 1, e: { 'know-say-do': t.toUpperCase() } }],
    ['three times', { v: 1, e: { 'know-say-do': `${t}.${t}.${t}` } }],
    ['a time past 2^53', { v: 1, e: { 'know-say-do': 'zzzzzzzzzzz' } }],
    ['a note as a number', { v: 1, e: { 'know-say-do': [t, 5] } }],
    ['a cleared note without its time', { v: 1, e: { 'know-say-do': [t, null] } }],
    ['four parts', { v: 1, e: { 'know-say-do': [t, 'n', t, t] } }],
  ])('reports a shard holding %s as corrupt and skips it', (_name, value) => {
    expect(decodeItems({ [goodKey]: value })).toEqual({
      record: {},
      problems: [{ key: goodKey, kind: 'corrupt' }],
    });
  });

  it.each([
    [
      'an id in another shard than its own',
      () => DECK_IDS.find((id) => shardKey(id) !== goodKey) as string,
      goodKey,
    ],
    ['a key out of range', () => 'know-say-do', `${SHARD_PREFIX}${SHARD_COUNT}`],
    [
      'a key not as we write it',
      () => 'know-say-do',
      `${SHARD_PREFIX}0${goodKey.slice(SHARD_PREFIX.length)}`,
    ],
  ])('reports %s as corrupt', (_name, id, key) => {
    expect(decodeItems({ [key]: { v: 1, e: { [id()]: t } } }).problems).toEqual([{ key, kind: 'corrupt' }]);
  });
});

describe('shardChanges', () => {
  const shard = (e: object) => ({ v: SYNC_VERSION, e });

  it('writes only the shards that differ and removes the emptied ones', () => {
    const current = {
      'favorites:1': shard({ a: '1' }),
      'favorites:2': shard({ b: '2' }),
      'favorites:3': shard({ c: '3' }),
      settings: { themes: [] },
    };
    // Chrome hands objects back with their keys sorted: the order of keys is no difference.
    const wanted = {
      'favorites:1': { e: { a: '1' }, v: SYNC_VERSION },
      'favorites:2': shard({ b: '9' }),
      'favorites:4': shard({ d: '4' }),
    };
    expect(shardChanges(current, wanted)).toEqual({
      set: { 'favorites:2': shard({ b: '9' }), 'favorites:4': shard({ d: '4' }) },
      remove: ['favorites:3'],
    });
  });

  it('never overwrites nor removes a shard of a newer version', () => {
    const newer = { v: SYNC_VERSION + 1, e: {} };
    expect(
      shardChanges({ 'favorites:1': newer, 'favorites:2': newer }, { 'favorites:1': shard({ a: '1' }) }),
    ).toEqual({
      set: {},
      remove: [],
    });
  });

  it('repairs a corrupt shard with the next write', () => {
    const record = { 'know-say-do': { savedAt: SAVED } };
    const key = shardKey('know-say-do');
    const { set } = shardChanges({ [key]: 'garbage' }, encodeRecord(record, SYNC_LIMITS.quotaBytes).items);
    expect(decodeItems(set).record).toEqual(record);
  });
});
