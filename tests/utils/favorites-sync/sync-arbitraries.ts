/** Random synced records for the property tests: realistic ids and odd ones, ties made likely. */
import fc from 'fast-check';
import { LESSONS } from '../../../data/lessons';
import type { SyncEntry, SyncRecord } from '../../../utils/favorites-sync/sync-record';

export const DECK_IDS = LESSONS.map((lesson) => lesson.id);

/** A user's lesson id as newLessonId makes them: `my-` and 12 base-36 characters. */
export const myLessonId = fc.stringMatching(/^my-[0-9a-z]{12}$/);

/** Deck ids, own lessons' ids, and strings no id should be but a record must survive. */
export const lessonId = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DECK_IDS) },
  { weight: 3, arbitrary: myLessonId },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', '0', '<b>', 'é\u2028') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);

/** Few distinct times, so equal times (the ties) come up often. */
export const closeTime = fc.integer({ min: 0, max: 12 });
/** Any whole millisecond from 1970 to 2100. */
export const anyTime = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) });

/** Any text a note may hold, with the characters Chrome counts differently from JSON.stringify. */
export const noteText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: fc.constantFrom('a', 'é', '’', '<', '\u2028', '"', '\n', '😀'), maxLength }),
  );

export const entryOf = (time: fc.Arbitrary<number>, note: fc.Arbitrary<string>): fc.Arbitrary<SyncEntry> =>
  fc.record(
    { savedAt: time, removedAt: time, note, noteAt: time },
    { requiredKeys: ['savedAt'], noNullPrototype: true },
  );

/** A record from distinct ids (built with fromEntries, so `__proto__` is a plain key). */
export const recordOf = (
  entry: fc.Arbitrary<SyncEntry>,
  options: { minLength?: number; maxLength?: number; id?: fc.Arbitrary<string> } = {},
): fc.Arbitrary<SyncRecord> =>
  fc
    .uniqueArray(fc.tuple(options.id ?? lessonId, entry), { selector: ([id]) => id, ...options })
    .map((pairs) => Object.fromEntries(pairs));

/** Records for the merge: few ids, times and notes, so the same favorite and every tie come up. */
export const mergeRecord = recordOf(entryOf(closeTime, fc.constantFrom('', 'a', 'b', 'Tried it')), {
  maxLength: 6,
  id: fc.constantFrom(
    'know-say-do',
    'gentleness-is-tenacity',
    'my-k3v9x0q2m7ab',
    '__proto__',
    'constructor',
    '0',
  ),
});
