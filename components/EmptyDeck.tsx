import type { EmptyReason } from '../utils/deck/deck-filter';
import { HIDDEN_LESSONS_ANCHOR } from '../utils/hidden-lessons/hidden-store';
import { useI18n } from '../utils/i18n/i18n-context';
import './EmptyDeck.css';

export interface EmptyDeckProps {
  reason: EmptyReason;
  settingsUrl: string;
}

/** Shown instead of a card when the settings leave nothing to show: never a blank page. */
export function EmptyDeck({ reason, settingsUrl }: EmptyDeckProps) {
  const { t } = useI18n();
  const [title, body] = {
    'no-themes': [t('emptyNoThemesTitle'), t('emptyNoThemesBody')],
    'no-favorites': [t('emptyNoFavoritesTitle'), t('emptyNoFavoritesBody')],
    'no-own-lessons': [t('emptyNoOwnTitle'), t('emptyNoOwnBody')],
    'all-hidden': [t('emptyAllHiddenTitle'), t('emptyAllHiddenBody')],
  }[reason];
  // Every card hidden: the link goes straight to the list where they can be shown again.
  const hidden = reason === 'all-hidden';
  return (
    <section class="empty-deck" aria-labelledby="empty-deck-title">
      <h1 id="empty-deck-title">{title}</h1>
      <p>{body}</p>
      <a class="empty-deck__link" href={hidden ? `${settingsUrl}#${HIDDEN_LESSONS_ANCHOR}` : settingsUrl}>
        {hidden ? t('emptyAllHiddenLink') : t('openSettings')}
      </a>
    </section>
  );
}
