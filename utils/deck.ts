import type { Lesson } from '../data/lesson';
import { LESSONS } from '../data/lessons';

const byId = new Map(LESSONS.map((lesson) => [lesson.id, lesson]));

export const LESSON_IDS: readonly string[] = LESSONS.map((lesson) => lesson.id);

export function lessonById(id: string | undefined): Lesson | undefined {
  return id === undefined ? undefined : byId.get(id);
}
