import { useI18n } from '../utils/i18n/i18n-context';
import './FavoriteButton.css';

export interface FavoriteButtonProps {
  pressed: boolean;
  /** Why favoriting is off, if it is; the button then explains instead of toggling. */
  unavailable?: string;
  onToggle: () => void;
}

/** The heart on the card: a toggle button named "Favorite", filled when pressed. */
export function FavoriteButton({ pressed, unavailable, onToggle }: FavoriteButtonProps) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      class="favorite-button"
      aria-label={t('favorite')}
      aria-pressed={pressed}
      aria-disabled={unavailable ? true : undefined}
      aria-keyshortcuts="F"
      title={unavailable ?? t(pressed ? 'favoriteHintOn' : 'favoriteHintOff')}
      onClick={() => !unavailable && onToggle()}
    >
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path d="M12 20.5s-7.5-4.6-9.4-9.3C1.3 7.9 3.4 4.5 6.9 4.5c2.1 0 3.6 1.2 5.1 3 1.5-1.8 3-3 5.1-3 3.5 0 5.6 3.4 4.3 6.7-1.9 4.7-9.4 9.3-9.4 9.3z" />
      </svg>
    </button>
  );
}
