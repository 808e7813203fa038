import { describe, expect, it, vi } from 'vitest';
import {
  copyIsDue,
  DAY_MS,
  parseSafetyCopy,
  parseSummary,
  readSafetyCopy,
  SAFETY_COPY_KEY,
  SAFETY_COPY_SUMMARY_KEY,
  type SafetyCopy,
  takeSafetyCopy,
} from '../../../utils/safety-copy/safety-copy-store';
import v1 from '../../fixtures/safety-copy-v1.json';
import { HOUR, memoryArea, NOW, records } from './safety-copy-test-kit';

const V1_COPY = v1.local[SAFETY_COPY_KEY];

describe('safety copy store', () => {
  it('reads the version 1 copy as it was stored, record for record', () => {
    const copy = parseSafetyCopy(V1_COPY);
    expect(copy).toEqual({
      takenAt: V1_COPY.takenAt,
      reason: 'daily',
      favorites: V1_COPY.favorites,
      lessons: V1_COPY.lessons,
    });
    // The hard cases, named so that a trimmed fixture cannot pass silently.
    expect(copy?.favorites[0]).toMatchObject({
      note: expect.stringContaining('« patience » 🚀'),
      noteAt: 1764000000000,
    });
    expect(copy?.favorites[1]?.noteAt).toBeUndefined();
    expect(parseSummary(v1.local[SAFETY_COPY_SUMMARY_KEY])).toEqual({
      takenAt: V1_COPY.takenAt,
      favorites: 3,
      lessons: 1,
    });
  });

  it('writes what it reads back: the copy and its summary, together', async () => {
    const area = memoryArea();
    const taken = records(['a', 'b'], ['mine']);
    taken.favorites[0] = {
      ...(taken.favorites[0] as SafetyCopy['favorites'][0]),
      note: 'Mine',
      noteAt: NOW - HOUR,
    };
    expect(await takeSafetyCopy(area, async () => taken, NOW, 'daily')).toBe('taken');
    expect(area.writes).toBe(1);
    expect(await readSafetyCopy(area)).toEqual({ takenAt: NOW, reason: 'daily', ...taken });
    expect(parseSummary(area.data[SAFETY_COPY_SUMMARY_KEY])).toEqual({
      takenAt: NOW,
      favorites: 2,
      lessons: 1,
    });
  });

  it('takes the daily copy at most once a day, without reading the database otherwise', async () => {
    const area = memoryArea();
    const read = vi.fn(async () => records(['a']));
    expect(await takeSafetyCopy(area, read, NOW, 'daily')).toBe('taken');
    expect(await takeSafetyCopy(area, read, NOW + 23 * HOUR, 'daily')).toBe('not-due');
    expect(read).toHaveBeenCalledTimes(1);
    expect(area.writes).toBe(1);
    expect(await takeSafetyCopy(area, read, NOW + DAY_MS, 'daily')).toBe('taken');
    expect((await readSafetyCopy(area))?.takenAt).toBe(NOW + DAY_MS);
  });

  it.each([
    [NOW - DAY_MS, true],
    [NOW - DAY_MS + 1, false],
    [NOW, false],
    // The clock went back: a copy "from the future" would otherwise block copies for as long.
    [NOW + HOUR, true],
  ])('a copy taken at %i is due again at NOW: %s', (takenAt, due) => {
    expect(copyIsDue(takenAt, NOW)).toBe(due);
  });

  it('takes an upgrade’s copy whenever asked, even the same day', async () => {
    const area = memoryArea();
    await takeSafetyCopy(area, async () => records(['a']), NOW, 'daily');
    expect(await takeSafetyCopy(area, async () => records(['a', 'b']), NOW + HOUR, 'upgrade')).toBe('taken');
    expect(await readSafetyCopy(area)).toMatchObject({ reason: 'upgrade', takenAt: NOW + HOUR });
  });

  it.each(['daily', 'upgrade'] as const)(
    'never writes a %s copy from an empty database over a good copy',
    async (reason) => {
      const area = memoryArea();
      await takeSafetyCopy(area, async () => records(['a', 'b'], ['mine']), NOW, 'daily');
      const later = NOW + 2 * DAY_MS;
      expect(await takeSafetyCopy(area, async () => records([], ['mine']), later, reason)).toBe('kept');
      expect(await takeSafetyCopy(area, async () => records([]), later, reason)).toBe('nothing-to-keep');
      expect(area.writes).toBe(1);
      expect((await readSafetyCopy(area))?.favorites.map((f) => f.lessonId)).toEqual(['a', 'b']);
    },
  );

  it('keeps the good copy even when its summary is lost', async () => {
    const area = memoryArea();
    await takeSafetyCopy(area, async () => records(['a']), NOW, 'daily');
    delete area.data[SAFETY_COPY_SUMMARY_KEY];
    expect(await takeSafetyCopy(area, async () => records([], ['mine']), NOW, 'daily')).toBe('kept');
  });

  it('keeps your lessons when there is no copy with favorites to protect', async () => {
    const area = memoryArea();
    expect(await takeSafetyCopy(area, async () => records([], ['mine']), NOW, 'daily')).toBe('taken');
    expect((await readSafetyCopy(area))?.lessons).toHaveLength(1);
  });

  it('leaves a newer Lesson Tab’s copy alone', async () => {
    const area = memoryArea({
      [SAFETY_COPY_KEY]: { ...V1_COPY, version: 2 },
      [SAFETY_COPY_SUMMARY_KEY]: { version: 2, takenAt: NOW - 2 * DAY_MS, favorites: 3, lessons: 1 },
    });
    expect(await takeSafetyCopy(area, async () => records(['a']), NOW, 'upgrade')).toBe('newer');
    expect(area.writes).toBe(0);
    expect(await readSafetyCopy(area)).toBeUndefined();
  });

  const favorite = V1_COPY.favorites[0];
  const lesson = V1_COPY.lessons[0];
  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'safety-copy'],
    ['no version', { ...V1_COPY, version: undefined }],
    ['a version that is not a number', { ...V1_COPY, version: '1' }],
    ['no date', { ...V1_COPY, takenAt: undefined }],
    ['a date that is not a number', { ...V1_COPY, takenAt: 'yesterday' }],
    ['an unknown reason', { ...V1_COPY, reason: 'weekly' }],
    ['favorites that are not a list', { ...V1_COPY, favorites: {} }],
    ['a favorite without its card', { ...V1_COPY, favorites: [{ ...favorite, snapshot: undefined }] }],
    ['a favorite without an id', { ...V1_COPY, favorites: [{ ...favorite, lessonId: '' }] }],
    ['a favorite saved at no time', { ...V1_COPY, favorites: [{ ...favorite, savedAt: Number.NaN }] }],
    ['a note that is not text', { ...V1_COPY, favorites: [{ ...favorite, note: 42 }] }],
    ['a lesson with an id not of ours', { ...V1_COPY, lessons: [{ ...lesson, id: 'repair-the-roof' }] }],
    ['a lesson with an unknown theme', { ...V1_COPY, lessons: [{ ...lesson, themes: ['luck'] }] }],
    ['a lesson in an unknown language', { ...V1_COPY, lessons: [{ ...lesson, lang: 'de' }] }],
  ])('reads a damaged copy (%s) as none, without throwing', async (_what, value) => {
    expect(parseSafetyCopy(value)).toBeUndefined();
    expect(await readSafetyCopy(memoryArea({ [SAFETY_COPY_KEY]: value }))).toBeUndefined();
  });

  it('reads storage that cannot be read as no copy', async () => {
    const area = { get: () => Promise.reject(new Error('gone')), set: async () => undefined };
    expect(await readSafetyCopy(area)).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['no version', { takenAt: NOW, favorites: 1, lessons: 0 }],
    ['a count that is not one', { version: 1, takenAt: NOW, favorites: -1, lessons: 0 }],
    ['no date', { version: 1, favorites: 1, lessons: 0 }],
  ])('reads a damaged summary (%s) as none: the copy is then due', (_what, value) => {
    expect(parseSummary(value)).toBeUndefined();
  });
});
