import { useI18n } from '../utils/i18n/i18n-context';
import type { Answer } from '../utils/resurfacing/schedule';
import './ReturningFavorite.css';

export interface ReturningFavoriteProps {
  /** When it was saved, as the page's language writes a date. */
  savedOn: string;
  /** The reader's own note, if they wrote one. */
  note?: string;
}

/** The top of a card that is a favorite coming back: where it comes from, and the reader's note. */
export function ReturningBanner({ savedOn, note }: ReturningFavoriteProps) {
  const { t } = useI18n();
  return (
    <div class="returning">
      <p class="returning__from">
        <span aria-hidden="true">♥</span> {t('returningFrom', { date: savedOn })}
      </p>
      {note && (
        <p class="returning__note">
          <strong>{t('noteShown')}</strong> <span class="returning__note-text">{note}</span>
        </p>
      )}
    </div>
  );
}

export interface ReturnChoicesProps {
  /** The answer given on this page, if any (silence counts as "Later"). */
  chosen?: Answer;
  onChoose?: (choice: Answer) => void;
}

const CHOICES: { answer: Answer; key: 'returnSoon' | 'returnLater' | 'returnMuchLater' }[] = [
  { answer: 'soon', key: 'returnSoon' },
  { answer: 'later', key: 'returnLater' },
  { answer: 'much-later', key: 'returnMuchLater' },
];

/** "See it again: Soon / Later / Much later" under a favorite that came back. */
export function ReturnChoices({ chosen, onChoose }: ReturnChoicesProps) {
  const { t } = useI18n();
  return (
    // biome-ignore lint/a11y/useSemanticElements: three buttons, not form fields; a legend would not sit in their row.
    <div class="return-choices" role="group" aria-labelledby="return-choices-label">
      <span id="return-choices-label" class="return-choices__label">
        {t('returnQuestion')}
      </span>
      {CHOICES.map(({ answer, key }) => (
        <button
          key={answer}
          type="button"
          class="button button--small"
          aria-pressed={chosen === answer}
          onClick={() => onChoose?.(answer)}
        >
          {t(key)}
        </button>
      ))}
    </div>
  );
}
