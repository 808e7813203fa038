import type { Lang, Lesson, LessonTranslation } from '../../data/lesson';

export interface LocalizedLesson extends Lesson {
  /** The quote in the reader's language, when it was said in another; shown marked as such. */
  quoteTranslation?: string;
}

export type Translations = Readonly<Record<string, LessonTranslation>>;

/** The card in the reader's language; the quote always keeps the words it was said in. */
export function localizeLesson(lesson: Lesson, lang: Lang, translations?: Translations): LocalizedLesson {
  const translated = lang === 'en' ? undefined : translations?.[lesson.id];
  const quoteTranslation =
    lesson.quote && lesson.quote.lang !== lang
      ? lang === 'en'
        ? lesson.quote.translation
        : translated?.quote
      : undefined;
  const localized: LocalizedLesson = translated
    ? { ...lesson, title: translated.title, body: translated.body, tryThis: translated.tryThis }
    : { ...lesson };
  if (quoteTranslation) localized.quoteTranslation = quoteTranslation;
  return localized;
}
