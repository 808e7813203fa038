import type { ComponentChildren, Ref } from 'preact';
import { useI18n } from '../utils/i18n/i18n-context';
import type { LocalizedLesson } from '../utils/i18n/localize-lesson';
import { CardTools } from './CardTools';
import { DeckNav } from './DeckNav';
import { EmptyDeck, type EmptyDeckProps } from './EmptyDeck';
import { FavoriteButton } from './FavoriteButton';
import { LessonCard } from './LessonCard';
import {
  ReturnChoices,
  type ReturnChoicesProps,
  ReturningBanner,
  type ReturningFavoriteProps,
} from './ReturningFavorite';

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
  /** Undoes what the status line reports (a lesson hidden). */
  statusUndo?: () => void;
  /** Read out by screen readers when the card changes. */
  announcement: string;
  settingsUrl: string;
  onOpenFavorites?: () => void;
  onOpenHelp?: () => void;
  onToggleFavorite?: () => void;
  onPrevious?: () => void;
  onNext?: () => void;
  /** The card is a favorite coming back in place of the next one. */
  returning?: ReturningFavoriteProps & ReturnChoicesProps;
  /** The card's note: whether it has one, whether its field is open, and the field. */
  hasNote?: boolean;
  noteOpen?: boolean;
  noteField?: ComponentChildren;
  /** The note's button, for focus to come back to when the field closes. */
  noteButton?: Ref<HTMLButtonElement>;
  onToggleNote?: () => void;
  onHide?: () => void;
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
  const { lesson, onOpenFavorites, onOpenHelp, returning } = props;
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
              banner={returning && <ReturningBanner savedOn={returning.savedOn} note={returning.note} />}
              actions={
                <FavoriteButton
                  pressed={props.isFavorite}
                  unavailable={props.favoriteUnavailable}
                  onToggle={props.onToggleFavorite ?? nothing}
                />
              }
            />
            {returning && <ReturnChoices chosen={returning.chosen} onChoose={returning.onChoose} />}
            <DeckNav
              canGoBack={props.canGoBack}
              onPrevious={props.onPrevious ?? nothing}
              onNext={props.onNext ?? nothing}
            />
            <CardTools
              canNote={props.isFavorite && !props.favoriteUnavailable}
              hasNote={props.hasNote === true}
              noteOpen={props.noteOpen === true}
              onToggleNote={props.onToggleNote}
              noteButton={props.noteButton}
              onHide={props.onHide}
            />
            {props.noteOpen && props.noteField}
          </>
        ) : (
          <EmptyDeck reason={props.emptyReason} settingsUrl={props.settingsUrl} />
        )}
        <p class="page__status" role="status">
          {props.status}
          {props.statusUndo && (
            <>
              {' '}
              <button type="button" class="button button--small" onClick={props.statusUndo}>
                {t('undo')}
              </button>
            </>
          )}
        </p>
        <p class="visually-hidden" aria-live="polite">
          {props.announcement}
        </p>
      </main>
      {props.children}
    </div>
  );
}
