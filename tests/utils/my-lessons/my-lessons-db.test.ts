import { beforeEach, describe, expect, it } from 'vitest';
import { type FavoritesDb, openFavoritesDb, setFavorite } from '../../../utils/favorites/favorites-db';
import {
  MAX_MY_LESSONS,
  MY_LESSON_ID,
  type MyLesson,
  type MyLessonDraft,
} from '../../../utils/my-lessons/my-lesson';
import {
  clearMyLessons,
  deleteMyLesson,
  importMyLessons,
  listMyLessons,
  putMyLesson,
  restoreMyLesson,
  TooManyMyLessonsError,
} from '../../../utils/my-lessons/my-lessons-db';
import { freshIndexedDb, sampleFavorite } from '../favorites/favorites-test-kit';

const draft = (title: string): MyLessonDraft => ({
  title,
  body: `What ${title} taught me.`,
  themes: ['persistence'],
  lang: 'en',
});

const lesson = (id: string, updatedAt: number, createdAt = updatedAt): MyLesson => ({
  ...draft(`Lesson ${id}`),
  id: `my-${id.padEnd(8, '0')}`,
  createdAt,
  updatedAt,
});

/** A random source whose ids are the given digits repeated: 'my-111111111111' for 1, and so on. */
const idDigits = (...digits: number[]) => {
  let calls = 0;
  return () => ((digits[Math.floor(calls++ / 12) % digits.length] ?? 0) + 0.5) / 36;
};

let seed = 0;
const seeded = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

describe('my lessons database', () => {
  let db: FavoritesDb;
  beforeEach(async () => {
    freshIndexedDb();
    db = await openFavoritesDb();
  });

  it('puts a new lesson, replaces it on edit, and lists the most recently written first', async () => {
    await putMyLesson(db, lesson('a', 100));
    await putMyLesson(db, lesson('b', 200));
    await putMyLesson(db, { ...lesson('a', 300, 100), title: 'Edited' });
    expect(await listMyLessons(db)).toEqual([
      { ...lesson('a', 300, 100), title: 'Edited' },
      lesson('b', 200),
    ]);
  });

  it('deletes one lesson, hands it back as stored, and restores it exactly', async () => {
    await putMyLesson(db, lesson('a', 100));
    await putMyLesson(db, lesson('b', 200));
    const removed = await deleteMyLesson(db, lesson('a', 0).id);
    expect(removed).toEqual(lesson('a', 100));
    expect(await deleteMyLesson(db, lesson('a', 0).id)).toBeUndefined();
    expect(await listMyLessons(db)).toEqual([lesson('b', 200)]);
    await restoreMyLesson(db, removed as MyLesson);
    expect(await listMyLessons(db)).toEqual([lesson('b', 200), lesson('a', 100)]);
  });

  it('a second restore changes nothing', async () => {
    await putMyLesson(db, { ...lesson('a', 500, 100), title: 'Edited since' });
    await restoreMyLesson(db, lesson('a', 100));
    expect(await listMyLessons(db)).toEqual([{ ...lesson('a', 500, 100), title: 'Edited since' }]);
  });

  it('imports drafts with fresh ids and the time given, in the order given', async () => {
    const added = await importMyLessons(
      db,
      [draft('first'), draft('second'), draft('third')],
      10_000,
      seeded,
    );
    for (const l of added) expect(l.id).toMatch(MY_LESSON_ID);
    expect(new Set(added.map((l) => l.id)).size).toBe(3);
    expect(added.map((l) => [l.createdAt, l.updatedAt])).toEqual([
      [10_000, 10_000],
      [9_999, 9_999],
      [9_998, 9_998],
    ]);
    expect(await listMyLessons(db)).toEqual(added);
    expect((await listMyLessons(db)).map((l) => l.title)).toEqual(['first', 'second', 'third']);
  });

  it('imports all or nothing: a value that cannot be stored leaves everything as it was', async () => {
    await putMyLesson(db, lesson('kept', 100));
    const unstorable = { ...draft('bad'), source: (() => 'a function') as unknown as string };
    await expect(
      importMyLessons(db, [draft('one'), draft('two'), unstorable], 1000, seeded),
    ).rejects.toMatchObject({
      name: 'DataCloneError',
    });
    expect(await listMyLessons(db)).toEqual([lesson('kept', 100)]);
  });

  it('imports all or nothing: a write that fails part-way (an id already taken) undoes the rest', async () => {
    const taken = { ...lesson('x', 100), id: 'my-000000000000' };
    await putMyLesson(db, taken);
    await expect(
      importMyLessons(db, [draft('one'), draft('two'), draft('three')], 1000, idDigits(1, 2, 0)),
    ).rejects.toBeInstanceOf(DOMException);
    expect(await listMyLessons(db)).toEqual([taken]);
  });

  it(`refuses to go past ${MAX_MY_LESSONS} lessons, with a typed error and nothing written`, async () => {
    const drafts = Array.from({ length: MAX_MY_LESSONS - 1 }, (_, i) => draft(`row ${i}`));
    await importMyLessons(db, drafts, 1_000_000, seeded);
    const refused = importMyLessons(db, [draft('one'), draft('two')], 2_000_000, seeded);
    await expect(refused).rejects.toBeInstanceOf(TooManyMyLessonsError);
    await expect(refused).rejects.toMatchObject({
      stored: MAX_MY_LESSONS - 1,
      adding: 2,
      limit: MAX_MY_LESSONS,
    });
    expect(await db.count('lessons')).toBe(MAX_MY_LESSONS - 1);
    // The last place can be filled; past it a new lesson is refused, and an edit still goes through.
    await putMyLesson(db, lesson('last', 3_000_000));
    await expect(putMyLesson(db, lesson('over', 3_000_001))).rejects.toBeInstanceOf(TooManyMyLessonsError);
    await putMyLesson(db, { ...lesson('last', 3_000_002, 3_000_000), title: 'Edited' });
    expect(await db.count('lessons')).toBe(MAX_MY_LESSONS);
    await expect(importMyLessons(db, [], 4_000_000, seeded)).resolves.toEqual([]);
  }, 30_000);

  it('clears the lessons and leaves the favorites alone', async () => {
    await setFavorite(db, sampleFavorite('kept'), true);
    await importMyLessons(db, [draft('one'), draft('two')], 1000, seeded);
    await clearMyLessons(db);
    expect(await listMyLessons(db)).toEqual([]);
    expect(await db.count('favorites')).toBe(1);
  });
});
