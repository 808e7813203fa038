import type { Lang, Lesson, OwnSource } from '../../data/lesson';
import { SOURCES } from '../../data/sources';

export function isOwn(
  lesson: Pick<Lesson, 'source'>,
): lesson is Pick<Lesson, 'source'> & { source: OwnSource } {
  return typeof lesson.source === 'object';
}

/** The card's source as shown: our article's title, or what the user wrote (if anything). */
export function sourceOf(lesson: Pick<Lesson, 'source'>): { title?: string; lang: Lang; own: boolean } {
  if (typeof lesson.source === 'object')
    return { title: lesson.source.text, lang: lesson.source.lang, own: true };
  const article = SOURCES[lesson.source];
  return { title: article.title, lang: article.lang, own: false };
}
