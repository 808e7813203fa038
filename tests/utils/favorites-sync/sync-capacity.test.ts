/**
 * How many favorites sync holds: the deck's ids first, then own lessons' ids as newLessonId makes
 * them, saved through 2026, each with a note of the given length or none. The figures printed
 * here are the README's; the expectations keep them from shrinking unnoticed.
 */
import { describe, expect, it } from 'vitest';
import type { SyncEntry } from '../../../utils/favorites-sync/sync-record';
import { encodeRecord, itemBytes, SYNC_LIMITS } from '../../../utils/favorites-sync/sync-shards';
import { newLessonId } from '../../../utils/my-lessons/my-lesson';
import { DECK_IDS } from './sync-arbitraries';

const ENGLISH =
  'Tried this with the team on Monday: we listed every customer complaint and fixed the top three first. ';
const FRENCH =
  'Essayé lundi avec l’équipe\u202F: on a noté chaque réclamation, réglé les trois premières et gardé le reste à côté. ';

/** A seeded random source, so the ids are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const random = seeded(2026);
const IDS = [...DECK_IDS, ...Array.from({ length: 6000 }, () => newLessonId(random))];
const YEAR_START = Date.UTC(2026, 0, 1);

/** The first `count` ids, saved through 2026, each with `note` (none if empty). */
function favorites(count: number, note: string): Record<string, SyncEntry> {
  const record: Record<string, SyncEntry> = {};
  for (const [i, id] of IDS.slice(0, count).entries()) {
    const savedAt = YEAR_START + i * 4_751_000;
    record[id] = note ? { savedAt, note, noteAt: savedAt + 60_000 } : { savedAt };
  }
  return record;
}

/** The most favorites that sync holds whole, with their notes. */
function capacity(note: string, budget: number): number {
  let fits = 0;
  let tooMany = IDS.length + 1;
  while (tooMany - fits > 1) {
    const count = Math.floor((fits + tooMany) / 2);
    const { notesLeftOut, entriesLeftOut } = encodeRecord(favorites(count, note), budget);
    if (notesLeftOut.length + entriesLeftOut.length === 0) fits = count;
    else tooMany = count;
  }
  return fits;
}

const noteOf = (text: string, length: number) =>
  text.repeat(Math.ceil(length / text.length)).slice(0, length);

describe('capacity of sync (favorites per 100 KB)', () => {
  const budget = SYNC_LIMITS.quotaBytes;
  const rows: [string, number][] = [
    ['no note', capacity('', budget)],
    ...[100, 300, 1000].flatMap((length): [string, number][] => [
      [`${length}-character notes, English`, capacity(noteOf(ENGLISH, length), budget)],
      [`${length}-character notes, French`, capacity(noteOf(FRENCH, length), budget)],
    ]),
  ];

  it('prints the figures', () => {
    const perItem = itemBytes('favorites:12', { v: 1, e: { 'my-k3v9x0q2m7ab': 'mj9c4kq8' } });
    console.log(
      [
        `Favorites that fit in ${budget.toLocaleString('en')} bytes of storage.sync (42 deck ids, then own lessons' ids):`,
        ...rows.map(([what, count]) => `  ${what.padEnd(32)} ${count.toLocaleString('en')}`),
        `One shard holding one own lesson's favorite: ${perItem} bytes.`,
      ].join('\n'),
    );
  });

  it.each([
    ['no note', 3000],
    ['100-character notes, English', 600],
    ['100-character notes, French', 550],
    ['300-character notes, English', 250],
    ['300-character notes, French', 220],
    ['1000-character notes, English', 85],
    ['1000-character notes, French', 75],
  ])('holds %s for at least %i favorites', (what, least) => {
    expect(rows.find(([row]) => row === what)?.[1]).toBeGreaterThanOrEqual(least);
  });

  it('holds every card of the deck, with a 1,000-character note each, within the quotas', () => {
    const deck = favorites(DECK_IDS.length, noteOf(FRENCH, 1000));
    const { notesLeftOut, entriesLeftOut } = encodeRecord(deck, budget);
    expect(entriesLeftOut).toEqual([]);
    expect(notesLeftOut.length).toBeLessThanOrEqual(DECK_IDS.length);
  });
});
