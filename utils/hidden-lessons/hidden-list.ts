/** The options page's list of hidden lessons: each one named as the reader knows it. */
import type { Lang } from '../../data/lesson';
import { lessonById } from '../deck/lesson-by-id';
import type { Translate } from '../i18n/i18n';
import { localizeLesson, type Translations } from '../i18n/localize-lesson';
import { isMyLessonId, type MyLesson } from '../my-lessons/my-lesson';
import type { HiddenLessons } from './hidden-store';

export interface HiddenItem {
  id: string;
  title: string;
  /** The title's language, when it is the lesson's own (not our words for a missing one). */
  lang?: Lang;
}

export interface TitleSources {
  /** The user's own lessons, and whether they have been read (a page still opening them). */
  mine: readonly Pick<MyLesson, 'id' | 'title' | 'lang'>[];
  mineRead: boolean;
  lang: Lang;
  translations?: Translations;
}

/**
 * Our cards by their title in the reader's language, the user's by theirs; an id that names
 * nothing (a lesson deleted since) says so, unless it may be one of the user's not read yet.
 */
export function hiddenItems(hidden: HiddenLessons, sources: TitleSources, t: Translate): HiddenItem[] {
  const mine = new Map(sources.mine.map((lesson) => [lesson.id, lesson]));
  return hidden.map(({ id }): HiddenItem => {
    const own = mine.get(id);
    if (own) return { id, title: own.title, lang: own.lang };
    const ours = lessonById(id);
    if (ours) {
      const translated = sources.lang === 'en' || sources.translations?.[ours.id] !== undefined;
      const title = localizeLesson(ours, sources.lang, sources.translations).title;
      return { id, title, lang: translated ? sources.lang : 'en' };
    }
    if (isMyLessonId(id) && !sources.mineRead) return { id, title: t('hiddenOwnUnread') };
    return { id, title: t('hiddenGone') };
  });
}
