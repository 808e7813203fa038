/** Shared helpers for the safety copy's tests: a storage area in memory, lessons, copies. */
import type { StoredRecords } from '../../../utils/favorites/favorites-db';
import type { MyLesson } from '../../../utils/my-lessons/my-lesson';
import type { StorageArea } from '../../../utils/rotation/rotation-store';
import type { SafetyCopy } from '../../../utils/safety-copy/safety-copy-store';
import { sampleFavorite } from '../favorites/favorites-test-kit';
import { sampleLesson as lessonOfYourOwn } from '../my-lessons/my-lessons-test-kit';

export const HOUR = 60 * 60 * 1000;
/** 2026-12-03, 09:00 UTC. */
export const NOW = Date.UTC(2026, 11, 3, 9);

/** A StorageArea in memory that counts its writes; values are copied in and out, as storage does. */
export function memoryArea(initial: Record<string, unknown> = {}): StorageArea & {
  data: Record<string, unknown>;
  writes: number;
} {
  const clone = <T>(value: T): T => structuredClone(value);
  const area = {
    data: clone(initial),
    writes: 0,
    async get(key: string) {
      return key in area.data ? { [key]: clone(area.data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      area.writes++;
      Object.assign(area.data, clone(items));
    },
  };
  return area;
}

/** A lesson of the user's own, changed ten hours before NOW unless said otherwise. */
export const sampleLesson = (suffix: string, updatedAt = NOW - 10 * HOUR): MyLesson =>
  lessonOfYourOwn(suffix, updatedAt);

export function records(favoriteIds: string[], lessonIds: string[] = []): StoredRecords {
  return {
    favorites: favoriteIds.map((id, at) => sampleFavorite(id, NOW - (at + 1) * HOUR)),
    lessons: lessonIds.map((id) => sampleLesson(id)),
  };
}

export function sampleCopy(
  favoriteIds: string[],
  lessonIds: string[] = [],
  takenAt = NOW - HOUR,
): SafetyCopy {
  return { takenAt, reason: 'daily', ...records(favoriteIds, lessonIds) };
}
