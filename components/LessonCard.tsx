import type { ComponentChildren } from 'preact';
import { sourceOf } from '../utils/deck/lesson-source';
import { themeKey } from '../utils/i18n/i18n';
import { useI18n } from '../utils/i18n/i18n-context';
import type { LocalizedLesson } from '../utils/i18n/localize-lesson';
import './LessonCard.css';

export interface LessonCardProps {
  lesson: LocalizedLesson;
  /** Controls beside the title, such as the favorite button. */
  actions?: ComponentChildren;
  /** Fade in: for a card that replaces another, never for the first one (it must show at once). */
  entering?: boolean;
  /** Above the title: where a favorite coming back comes from, and the reader's note. */
  banner?: ComponentChildren;
}

/** One lesson: an article named by its title. */
export function LessonCard({ lesson, actions, entering, banner }: LessonCardProps) {
  const { t, lang } = useI18n();
  const titleId = `lesson-title-${lesson.id}`;
  const source = sourceOf(lesson);
  // A lesson of the user's own is in the language they wrote it in, whatever the page's.
  const textLang = source.own ? source.lang : undefined;
  return (
    <article
      class={entering ? 'lesson-card lesson-card--entering' : 'lesson-card'}
      aria-labelledby={titleId}
      data-lesson-id={lesson.id}
    >
      {banner}
      <div class="lesson-card__header">
        <h1 id={titleId} class="lesson-card__title" lang={textLang}>
          {lesson.title}
        </h1>
        {actions}
      </div>
      <p class="lesson-card__body" lang={textLang}>
        {lesson.body}
      </p>
      {lesson.quote && (
        <figure class="lesson-card__quote">
          <blockquote lang={lesson.quote.lang}>
            <p>{lesson.quote.text}</p>
          </blockquote>
          <figcaption>
            {lesson.quote.speaker && <cite>{lesson.quote.speaker}</cite>}
            {lesson.quoteTranslation && (
              <span class="lesson-card__translation" lang={lang}>
                {t('translation')} {lesson.quoteTranslation}
              </span>
            )}
          </figcaption>
        </figure>
      )}
      {lesson.tryThis && (
        <p class="lesson-card__try">
          <strong>{t('tryThis')}</strong>{' '}
          {textLang ? <span lang={textLang}>{lesson.tryThis}</span> : lesson.tryThis}
        </p>
      )}
      <footer class="lesson-card__meta">
        <ul class="lesson-card__themes" aria-label={t('themesList')}>
          {lesson.themes.map((theme) => (
            <li key={theme}>{t(themeKey(theme))}</li>
          ))}
        </ul>
        <p class="lesson-card__source">
          {source.own && <strong class="lesson-card__own">{t('yourLesson')}</strong>}
          {source.own && source.title && ' · '}
          {source.title && (
            <>
              {t('source')} <cite lang={source.lang}>{source.title}</cite>
            </>
          )}
        </p>
      </footer>
    </article>
  );
}
