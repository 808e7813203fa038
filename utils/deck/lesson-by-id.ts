import type { Lesson } from '../../data/lesson';
import { LESSONS } from '../../data/lessons';
import { liveId } from './live-id';

const byId = new Map(LESSONS.map((lesson) => [lesson.id, lesson]));

/** A card by its id, or by the id it had before it was merged into another. */
export function lessonById(id: string | undefined): Lesson | undefined {
  return id === undefined ? undefined : byId.get(liveId(id));
}
