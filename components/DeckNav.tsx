import { useI18n } from '../utils/i18n/i18n-context';
import './DeckNav.css';

export interface DeckNavProps {
  canGoBack: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** Previous/Next buttons under the card; the arrow keys do the same. */
export function DeckNav({ canGoBack, onPrevious, onNext }: DeckNavProps) {
  const { t } = useI18n();
  return (
    <nav class="deck-nav" aria-label={t('lessonsNav')}>
      {/* aria-disabled rather than disabled: focus stays on the button at the start of the trail. */}
      <button
        type="button"
        class="button"
        onClick={onPrevious}
        aria-disabled={!canGoBack}
        aria-keyshortcuts="ArrowLeft"
      >
        <span aria-hidden="true">←</span> {t('previousLesson')}
      </button>
      <button type="button" class="button" onClick={onNext} aria-keyshortcuts="ArrowRight">
        {t('nextLesson')} <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
