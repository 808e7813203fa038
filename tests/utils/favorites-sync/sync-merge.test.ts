import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addsTo, mergeRecords } from '../../../utils/favorites-sync/sync-merge';
import { isPresent, type SyncRecord } from '../../../utils/favorites-sync/sync-record';
import { mergeRecord } from './sync-arbitraries';

const own = (record: SyncRecord, id: string) => (Object.hasOwn(record, id) ? record[id] : undefined);

describe('mergeRecords', () => {
  it('gives the same record in any order (commutative, associative)', () => {
    fc.assert(
      fc.property(mergeRecord, mergeRecord, mergeRecord, (a, b, c) => {
        expect(mergeRecords(a, b)).toEqual(mergeRecords(b, a));
        expect(mergeRecords(mergeRecords(a, b), c)).toEqual(mergeRecords(a, mergeRecords(b, c)));
      }),
      { numRuns: 2000 },
    );
  });

  it('changes nothing when merged twice (idempotent)', () => {
    fc.assert(
      fc.property(mergeRecord, mergeRecord, (a, b) => {
        const merged = mergeRecords(a, b);
        expect(mergeRecords(merged, b)).toEqual(merged);
        expect(mergeRecords(merged, merged)).toEqual(merged);
        expect(mergeRecords(a, a)).toEqual(a);
        expect(mergeRecords(a, {})).toEqual(a);
      }),
      { numRuns: 1000 },
    );
  });

  it('loses no favorite unless a removal is as new, and no note unless one is newer', () => {
    fc.assert(
      fc.property(fc.array(mergeRecord, { minLength: 1, maxLength: 4 }), (records) => {
        const merged = records.reduce(mergeRecords);
        for (const record of records) {
          for (const [id, entry] of Object.entries(record)) {
            const result = own(merged, id);
            expect(result).toBeDefined();
            if (!result) continue;
            expect(result.savedAt).toBeGreaterThanOrEqual(entry.savedAt);
            if (isPresent(entry) && !isPresent(result)) {
              // Taken away only by a removal at least as new as this save, from some input.
              const removals = records.map((other) => own(other, id)?.removedAt ?? Number.NEGATIVE_INFINITY);
              expect(Math.max(...removals)).toBeGreaterThanOrEqual(entry.savedAt);
            }
            if (entry.note !== undefined) {
              // A note gives way only to newer note news, or at the same instant to another note.
              const at = entry.noteAt ?? Number.NEGATIVE_INFINITY;
              expect(result.noteAt ?? Number.NEGATIVE_INFINITY).toBeGreaterThanOrEqual(at);
              if ((result.noteAt ?? Number.NEGATIVE_INFINITY) === at) expect(result.note).toBeDefined();
            }
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('says whether a record adds anything to another (whether merging it in changes it)', () => {
    fc.assert(
      fc.property(mergeRecord, mergeRecord, (a, b) => {
        const merged = mergeRecords(a, b);
        expect(addsTo(a, b)).toBe(!isDeepStrictEqual(merged, a));
        expect(addsTo(merged, b)).toBe(false);
        expect(addsTo(merged, a)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a newer save wins', { savedAt: 5 }, { savedAt: 3, removedAt: 4 }, true],
    ['a newer removal wins', { savedAt: 5 }, { savedAt: 5, removedAt: 6 }, false],
    ['a removal wins a tie', { savedAt: 5 }, { savedAt: 2, removedAt: 5 }, false],
    ['an undo after a removal wins', { savedAt: 7, removedAt: 6 }, { savedAt: 2, removedAt: 6 }, true],
  ])('%s', (_name, a, b, present) => {
    const merged = mergeRecords({ 'know-say-do': a }, { 'know-say-do': b })['know-say-do'];
    expect(merged && isPresent(merged)).toBe(present);
  });

  it('keeps the newer note, a note over a cleared one at the same time, and the same one everywhere on a tie', () => {
    const id = 'know-say-do';
    const merge = (a: object, b: object) =>
      mergeRecords({ [id]: { savedAt: 1, ...a } }, { [id]: { savedAt: 1, ...b } })[id];
    expect(merge({ note: 'old', noteAt: 1 }, { note: 'new', noteAt: 2 })).toMatchObject({
      note: 'new',
      noteAt: 2,
    });
    expect(merge({ note: 'kept', noteAt: 3 }, { noteAt: 2 })).toMatchObject({ note: 'kept', noteAt: 3 });
    expect(merge({ note: 'old', noteAt: 1 }, { noteAt: 2 })).toEqual({ savedAt: 1, noteAt: 2 });
    expect(merge({ note: 'written', noteAt: 2 }, { noteAt: 2 })).toMatchObject({ note: 'written' });
    expect(merge({ note: 'b', noteAt: 2 }, { note: 'a', noteAt: 2 })).toMatchObject({ note: 'b' });
    expect(merge({ note: 'untimed' }, {})).toMatchObject({ note: 'untimed' });
  });

  it('keeps ids such as __proto__ as ordinary keys', () => {
    const merged = mergeRecords(Object.fromEntries([['__proto__', { savedAt: 1 }]]), {
      constructor: { savedAt: 2 },
    });
    expect(Object.keys(merged).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});
