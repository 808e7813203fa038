import './EmptyDeck.css';

export interface EmptyDeckProps {
  reason: 'no-themes' | 'no-favorites';
  settingsUrl: string;
}

const MESSAGES = {
  'no-themes': {
    title: 'No lessons to show',
    body: 'Every theme is switched off in your settings, so the deck is empty. Pick the themes you want to read about.',
  },
  'no-favorites': {
    title: 'No favorites yet',
    body: 'You chose to see only your favorites, and none of them matches your themes yet. Show the whole deck, then press the heart on the lessons you love.',
  },
};

/** Shown instead of a card when the settings leave nothing to show: never a blank page. */
export function EmptyDeck({ reason, settingsUrl }: EmptyDeckProps) {
  const { title, body } = MESSAGES[reason];
  return (
    <section class="empty-deck" aria-labelledby="empty-deck-title">
      <h1 id="empty-deck-title">{title}</h1>
      <p>{body}</p>
      <a class="empty-deck__link" href={settingsUrl}>
        Open settings
      </a>
    </section>
  );
}
