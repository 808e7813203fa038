import { useI18n } from '../utils/i18n/i18n-context';
import './EmptyDeck.css';

export interface EmptyDeckProps {
  reason: 'no-themes' | 'no-favorites' | 'no-own-lessons';
  settingsUrl: string;
}

/** Shown instead of a card when the settings leave nothing to show: never a blank page. */
export function EmptyDeck({ reason, settingsUrl }: EmptyDeckProps) {
  const { t } = useI18n();
  const [title, body] = {
    'no-themes': [t('emptyNoThemesTitle'), t('emptyNoThemesBody')],
    'no-favorites': [t('emptyNoFavoritesTitle'), t('emptyNoFavoritesBody')],
    'no-own-lessons': [t('emptyNoOwnTitle'), t('emptyNoOwnBody')],
  }[reason];
  return (
    <section class="empty-deck" aria-labelledby="empty-deck-title">
      <h1 id="empty-deck-title">{title}</h1>
      <p>{body}</p>
      <a class="empty-deck__link" href={settingsUrl}>
        {t('openSettings')}
      </a>
    </section>
  );
}
