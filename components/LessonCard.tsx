import type { ComponentChildren } from 'preact';
import type { Lesson } from '../data/lesson';
import { SOURCES } from '../data/sources';
import { themeLabel } from '../utils/theme-label';
import './LessonCard.css';

export interface LessonCardProps {
  lesson: Lesson;
  /** Controls beside the title, such as the favorite button. */
  actions?: ComponentChildren;
}

/** One lesson: an article named by its title. */
export function LessonCard({ lesson, actions }: LessonCardProps) {
  const titleId = `lesson-title-${lesson.id}`;
  return (
    <article class="lesson-card" aria-labelledby={titleId} data-lesson-id={lesson.id}>
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
          </figcaption>
        </figure>
      )}
      {lesson.tryThis && (
        <p class="lesson-card__try">
          <strong>Try this</strong> {lesson.tryThis}
        </p>
      )}
      <footer class="lesson-card__meta">
        <ul class="lesson-card__themes" aria-label="Themes">
          {lesson.themes.map((theme) => (
            <li key={theme}>{themeLabel(theme)}</li>
          ))}
        </ul>
        <p class="lesson-card__source">
          Source: <cite lang={SOURCES[lesson.source].lang}>{SOURCES[lesson.source].title}</cite>
        </p>
      </footer>
    </article>
  );
}
