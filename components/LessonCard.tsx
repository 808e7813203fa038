import type { ComponentChildren } from 'preact';
import { SOURCES } from '../data/sources';
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
}

/** One lesson: an article named by its title. */
export function LessonCard({ lesson, actions, entering }: LessonCardProps) {
  const { t, lang } = useI18n();
  const titleId = `lesson-title-${lesson.id}`;
  const source = SOURCES[lesson.source];
  return (
    <article
      class={entering ? 'lesson-card lesson-card--entering' : 'lesson-card'}
      aria-labelledby={titleId}
      data-lesson-id={lesson.id}
    >
      <div class="lesson-card__header">
        <h1 id={titleId} class="lesson-card__title">
          {lesson.title}
        </h1>
        {actions}
      </div>
      <p class="lesson-card__body">{lesson.body}</p>
      {lesson.quote && (
        <figure class="lesson-card__quote">
          <blockquote lang={lesson.quote.lang}>
            <p>{lesson.quote.text}</p>
          </blockquote>
          <figcaption>
            <cite>{lesson.quote.speaker}</cite>
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
          <strong>{t('tryThis')}</strong> {lesson.tryThis}
        </p>
      )}
      <footer class="lesson-card__meta">
        <ul class="lesson-card__themes" aria-label={t('themesList')}>
          {lesson.themes.map((theme) => (
            <li key={theme}>{t(themeKey(theme))}</li>
          ))}
        </ul>
        <p class="lesson-card__source">
          {t('source')} <cite lang={source.lang}>{source.title}</cite>
        </p>
      </footer>
    </article>
  );
}
