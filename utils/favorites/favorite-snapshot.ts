import type { Lesson } from '../../data/lesson';
import { sourceOf } from '../deck/lesson-source';
import type { Favorite } from './favorites-db';

/** A favorite keeps what the user saw, so it survives even if the card later changes or goes. */
export function favoriteFromLesson(lesson: Lesson, savedAt: number): Favorite {
  const snapshot: Favorite['snapshot'] = {
    title: lesson.title,
    body: lesson.body,
    themes: [...lesson.themes],
  };
  const { title: source } = sourceOf(lesson);
  if (source) snapshot.source = source;
  if (lesson.tryThis) snapshot.tryThis = lesson.tryThis;
  if (lesson.quote) {
    snapshot.quote = lesson.quote.text;
    if (lesson.quote.speaker) snapshot.speaker = lesson.quote.speaker;
  }
  return { lessonId: lesson.id, savedAt, snapshot };
}
