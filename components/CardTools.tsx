import type { Ref } from 'preact';
import { useI18n } from '../utils/i18n/i18n-context';
import './CardTools.css';

export interface CardToolsProps {
  /** The card is a favorite: it can hold a note. */
  canNote: boolean;
  hasNote: boolean;
  noteOpen: boolean;
  onToggleNote?: () => void;
  onHide?: () => void;
  noteButton?: Ref<HTMLButtonElement>;
}

/** Under the card: its note (once it is a favorite) and "Don't show this again". */
export function CardTools({ canNote, hasNote, noteOpen, onToggleNote, onHide, noteButton }: CardToolsProps) {
  const { t } = useI18n();
  return (
    <div class="card-tools">
      {canNote && (
        <button
          ref={noteButton}
          type="button"
          class="button button--small"
          aria-expanded={noteOpen}
          aria-keyshortcuts="N"
          onClick={onToggleNote}
        >
          {t(hasNote ? 'noteEdit' : 'noteAdd')}
        </button>
      )}
      <button
        type="button"
        class="button button--small card-tools__hide"
        aria-keyshortcuts="H"
        title={t('hideLessonHint')}
        onClick={onHide}
      >
        {t('hideLesson')}
      </button>
    </div>
  );
}
