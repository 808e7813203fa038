import { describe, expect, it, vi } from 'vitest';
import {
  HIDDEN_MIRROR_KEY,
  HIDDEN_VERSION,
  hideLesson,
  keepHiddenMirror,
  parseHidden,
  readHidden,
  readHiddenIds,
  showLessonAgain,
} from '../../../utils/hidden-lessons/hidden-store';
import type { StorageArea } from '../../../utils/rotation/rotation-store';
import v1 from '../../fixtures/hidden-v1.json';
import { broken, memory } from '../first-frame/memory-slot';

/** storage.local as a plain object, with its writes counted. */
function area(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data = structuredClone(initial);
  return {
    data,
    get: vi.fn(async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items))),
  };
}

const fixtureSlot = () => {
  const slot = memory();
  for (const [key, value] of Object.entries(v1.localStorage)) slot.setItem(key, value);
  return slot;
};

describe('hidden lessons', () => {
  it('hides and shows again, in the record and in the mirror', async () => {
    const local = area();
    const slot = memory();
    await hideLesson(local, slot, 'a', 1000);
    await hideLesson(local, slot, 'b', 2000);
    expect(local.data.hidden).toEqual({
      version: HIDDEN_VERSION,
      lessons: [
        { id: 'b', hiddenAt: 2000 },
        { id: 'a', hiddenAt: 1000 },
      ],
    });
    expect([...readHiddenIds(slot)]).toEqual(['b', 'a']);
    await showLessonAgain(local, slot, 'b');
    expect(await readHidden(local)).toEqual([{ id: 'a', hiddenAt: 1000 }]);
    expect([...readHiddenIds(slot)]).toEqual(['a']);
  });

  it('keeps the first date when a lesson is hidden twice, and writes nothing', async () => {
    const local = area();
    await hideLesson(local, memory(), 'a', 1000);
    await hideLesson(local, memory(), 'a', 5000);
    expect(await readHidden(local)).toEqual([{ id: 'a', hiddenAt: 1000 }]);
    expect(local.set).toHaveBeenCalledTimes(1);
  });

  it('lands two quick changes of one page, one after the other', async () => {
    const local = area();
    const slot = memory();
    await Promise.all([hideLesson(local, slot, 'a', 1), hideLesson(local, slot, 'b', 2)]);
    expect((await readHidden(local)).map((lesson) => lesson.id)).toEqual(['b', 'a']);
  });

  it('reads the stored shape of version 1 (fixture)', async () => {
    const local = area(v1.local);
    expect(await readHidden(local)).toEqual(v1.local.hidden.lessons);
    expect([...readHiddenIds(fixtureSlot())]).toEqual(v1.local.hidden.lessons.map((lesson) => lesson.id));
  });

  it.each([
    ['nothing', undefined, []],
    ['a string', 'hidden', []],
    ['an array', ['a'], []],
    ['no list', { version: 1 }, []],
    ['a list that is not one', { version: 1, lessons: 'a' }, []],
    [
      'bad entries among good ones',
      {
        version: 1,
        lessons: [
          null,
          7,
          'a',
          { id: '' },
          { id: 12 },
          { id: 'x y' },
          { id: 'kept', hiddenAt: 1 },
          { id: 'b', hiddenAt: 3 },
        ],
      },
      [
        { id: 'kept', hiddenAt: 1 },
        { id: 'b', hiddenAt: 3 },
      ],
    ],
    [
      'the same id twice (the first kept)',
      {
        version: 1,
        lessons: [
          { id: 'a', hiddenAt: 2 },
          { id: 'a', hiddenAt: 1 },
        ],
      },
      [{ id: 'a', hiddenAt: 2 }],
    ],
    [
      'a damaged date (the lesson stays hidden)',
      { version: 1, lessons: [{ id: 'a', hiddenAt: 'yesterday' }] },
      [{ id: 'a' }],
    ],
    ['no version marker', { lessons: [{ id: 'a', hiddenAt: 1 }] }, [{ id: 'a', hiddenAt: 1 }]],
    [
      'a damaged version marker',
      { version: 'one', lessons: [{ id: 'a', hiddenAt: 1 }] },
      [{ id: 'a', hiddenAt: 1 }],
    ],
  ])('reads %s as a sound list', (_name, value, expected) => {
    expect(parseHidden(value)).toEqual(expected);
  });

  it('never overwrites a newer version it cannot read', async () => {
    const newer = { version: HIDDEN_VERSION + 1, hiddenLessons: { a: 1 } };
    const local = area({ hidden: newer });
    expect(parseHidden(newer)).toBeUndefined();
    await expect(hideLesson(local, memory(), 'b', 1)).rejects.toThrow();
    await expect(showLessonAgain(local, memory(), 'a')).rejects.toThrow();
    expect(local.set).not.toHaveBeenCalled();
    expect(local.data.hidden).toEqual(newer);
  });

  it('writes nothing when storage cannot be read', async () => {
    const local = area({ hidden: { version: 1, lessons: [{ id: 'a', hiddenAt: 1 }] } });
    vi.mocked(local.get).mockRejectedValueOnce(new Error('storage is broken'));
    const slot = memory();
    await expect(hideLesson(local, slot, 'b', 2)).rejects.toThrow('storage is broken');
    expect(local.set).not.toHaveBeenCalled();
    expect(slot.data.size).toBe(0);
    // The queue goes on after a failure.
    await hideLesson(local, slot, 'b', 3);
    expect([...readHiddenIds(slot)]).toEqual(['b', 'a']);
  });

  it.each([
    ['missing', undefined],
    ['damaged', '{"version":1,"ids":'],
    ['of another version', '{"version":99,"ids":["a"]}'],
    ['holding other things', '{"version":1,"ids":"a"}'],
  ])('reads a mirror %s as none, and rebuilds it from the record after paint', async (_name, raw) => {
    const slot = memory();
    if (raw !== undefined) slot.setItem(HIDDEN_MIRROR_KEY, raw);
    expect(readHiddenIds(slot).size).toBe(0);
    await keepHiddenMirror(area(v1.local), slot);
    expect(slot.getItem(HIDDEN_MIRROR_KEY)).toBe(v1.localStorage['lesson-tab:hidden']);
  });

  it('rebuilds a mirror that differs from the record, and leaves one that agrees', async () => {
    const slot = memory();
    slot.setItem(HIDDEN_MIRROR_KEY, '{"version":1,"ids":["gone"]}');
    await keepHiddenMirror(area(), slot);
    expect(readHiddenIds(slot).size).toBe(0);
    const agrees = fixtureSlot();
    const setItem = vi.spyOn(agrees, 'setItem');
    await keepHiddenMirror(area(v1.local), agrees);
    expect(setItem).not.toHaveBeenCalled();
    // Nothing hidden and no mirror: nothing to write.
    const fresh = memory();
    await keepHiddenMirror(area(), fresh);
    expect(fresh.data.size).toBe(0);
  });

  it('leaves the mirror alone when the record cannot be read, and never throws', async () => {
    const slot = fixtureSlot();
    const failing = area();
    vi.mocked(failing.get).mockRejectedValue(new Error('storage is broken'));
    await expect(keepHiddenMirror(failing, slot)).resolves.toBeUndefined();
    expect(readHiddenIds(slot).size).toBe(3);
    expect(readHiddenIds(broken()).size).toBe(0);
    expect(readHiddenIds(undefined).size).toBe(0);
    await expect(keepHiddenMirror(area(v1.local), broken())).resolves.toBeUndefined();
  });

  it('still records a change when localStorage refuses it (the mirror is rebuilt later)', async () => {
    const local = area();
    await hideLesson(local, broken(), 'a', 1);
    expect(await readHidden(local)).toEqual([{ id: 'a', hiddenAt: 1 }]);
  });
});
