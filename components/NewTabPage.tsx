import type { ComponentChildren } from 'preact';
import { useI18n } from '../utils/i18n/i18n-context';
import type { LocalizedLesson } from '../utils/i18n/localize-lesson';
import { DeckNav } from './DeckNav';
import { EmptyDeck, type EmptyDeckProps } from './EmptyDeck';
import { FavoriteButton } from './FavoriteButton';
import { LessonCard } from './LessonCard';

export interface NewTabPageProps {
  /** The card, or why there is none. */
  lesson?: LocalizedLesson;
  emptyReason: EmptyDeckProps['reason'];
  /** Fade the card in (a card that replaced another). */
  entering?: boolean;
  isFavorite: boolean;
  favoriteUnavailable?: string;
  canGoBack: boolean;
  /** The polite status line (a favorites problem, "copied"). */
  status: string;
  /** Read out by screen readers when the card changes. */
  announcement: string;
  settingsUrl: string;
  onOpenFavorites?: () => void;
  onOpenHelp?: () => void;
  onToggleFavorite?: () => void;
  onPrevious?: () => void;
  onNext?: () => void;
  /** The dialogs. */
  children?: ComponentChildren;
}

const nothing = () => undefined;

/**
 * The whole new tab. Drawn twice over the same DOM: first without handlers, as the first frame,
 * then by the App, which adopts those nodes and wires them (see entrypoints/newtab/main.tsx).
 */
export function NewTabPage(props: NewTabPageProps) {
  const { t } = useI18n();
  const { lesson, onOpenFavorites, onOpenHelp } = props;
  return (
    <div class="page">
      <header class="toolbar">
        <button type="button" class="button toolbar__button" aria-haspopup="dialog" onClick={onOpenFavorites}>
          <span aria-hidden="true">♥</span> {t('favoritesButton')}
        </button>
        <a class="button toolbar__button" href={props.settingsUrl}>
          {t('settingsLink')}
        </a>
        <button
          type="button"
          class="button toolbar__button toolbar__button--icon"
          aria-haspopup="dialog"
          aria-label={t('helpButton')}
          aria-keyshortcuts="?"
          onClick={onOpenHelp}
        >
          <span aria-hidden="true">?</span>
        </button>
      </header>
      <main class="page__main">
        {lesson ? (
          <>
            <LessonCard
              key={lesson.id}
              lesson={lesson}
              entering={props.entering}
              actions={
                <FavoriteButton
                  pressed={props.isFavorite}
                  unavailable={props.favoriteUnavailable}
                  onToggle={props.onToggleFavorite ?? nothing}
                />
              }
            />
            <DeckNav
              canGoBack={props.canGoBack}
              onPrevious={props.onPrevious ?? nothing}
              onNext={props.onNext ?? nothing}
            />
          </>
        ) : (
          <EmptyDeck reason={props.emptyReason} settingsUrl={props.settingsUrl} />
        )}
        <p class="page__status" role="status">
          {props.status}
        </p>
        <p class="visually-hidden" aria-live="polite">
          {props.announcement}
        </p>
      </main>
      {props.children}
    </div>
  );
}
