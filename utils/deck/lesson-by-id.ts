import type { Lesson } from '../../data/lesson';
import { LESSONS } from '../../data/lessons';

const byId = new Map(LESSONS.map((lesson) => [lesson.id, lesson]));

export function lessonById(id: string | undefined): Lesson | undefined {
  return id === undefined ? undefined : byId.get(id);
}
