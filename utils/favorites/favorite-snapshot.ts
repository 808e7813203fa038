import type { Lesson } from '../../data/lesson';
import { SOURCES } from '../../data/sources';
import type { Favorite } from './favorites-db';

/** A favorite keeps what the user saw, so it survives even if the card later changes or goes. */
export function favoriteFromLesson(lesson: Lesson, savedAt: number): Favorite {
  const snapshot: Favorite['snapshot'] = {
    title: lesson.title,
    body: lesson.body,
    themes: [...lesson.themes],
    source: SOURCES[lesson.source].title,
  };
  if (lesson.tryThis) snapshot.tryThis = lesson.tryThis;
  if (lesson.quote) {
    snapshot.quote = lesson.quote.text;
    snapshot.speaker = lesson.quote.speaker;
  }
  return { lessonId: lesson.id, savedAt, snapshot };
}
