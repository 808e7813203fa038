import { useEffect, useRef, useState } from 'preact/hooks';
import type { HiddenItem } from '../utils/hidden-lessons/hidden-list';
import { useI18n } from '../utils/i18n/i18n-context';
import { type Notice, NoticeLine } from './NoticeLine';
import './HiddenLessons.css';

export interface HiddenLessonsProps {
  /** Newest first. */
  lessons: readonly HiddenItem[];
  /** Rejects if the lesson could not be shown again. */
  onShowAgain: (id: string) => Promise<void>;
}

/** The lessons hidden with "Don't show this again", each with "Show again". */
export function HiddenLessons({ lessons, onShowAgain }: HiddenLessonsProps) {
  const { t } = useI18n();
  const [notice, setNotice] = useState<Notice>();
  const list = useRef<HTMLUListElement>(null);
  const empty = useRef<HTMLParagraphElement>(null);
  // Where focus goes once a lesson has left the list: the one now in its place, or the one
  // before it, or the empty list's text (never the page's start).
  const focusAt = useRef<number>();
  useEffect(() => {
    if (focusAt.current === undefined) return;
    const buttons = list.current?.querySelectorAll('button');
    const next = buttons?.[Math.min(focusAt.current, buttons.length - 1)];
    (next ?? empty.current)?.focus();
    focusAt.current = undefined;
  }, [lessons]);

  const showAgain = (lesson: HiddenItem, index: number) => {
    focusAt.current = index;
    onShowAgain(lesson.id).then(
      () => setNotice({ text: t('shownAgain', { title: lesson.title }), tone: 'info' }),
      () => setNotice({ text: t('showAgainFailed', { title: lesson.title }), tone: 'error' }),
    );
  };

  return (
    <div class="hidden-lessons">
      <p>{t('hiddenIntro')}</p>
      <NoticeLine notice={notice} />
      {lessons.length === 0 ? (
        <p ref={empty} class="favorites-library__empty" tabIndex={-1}>
          {t('hiddenEmpty')}
        </p>
      ) : (
        <ul ref={list} class="favorites-library__list" aria-label={t('hiddenHeading')}>
          {lessons.map((lesson, index) => (
            <li key={lesson.id}>
              <h3 lang={lesson.lang}>{lesson.title}</h3>
              <div class="favorites-library__actions">
                <button
                  type="button"
                  class="button button--small"
                  aria-label={t('showAgainNamed', { title: lesson.title })}
                  onClick={() => showAgain(lesson, index)}
                >
                  {t('showAgain')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
