import './DeckNav.css';

export interface DeckNavProps {
  canGoBack: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/** Previous/Next buttons under the card; the arrow keys do the same. */
export function DeckNav({ canGoBack, onPrevious, onNext }: DeckNavProps) {
  return (
    <nav class="deck-nav" aria-label="Lessons">
      {/* aria-disabled rather than disabled: focus stays on the button at the start of the trail. */}
      <button type="button" onClick={onPrevious} aria-disabled={!canGoBack} aria-keyshortcuts="ArrowLeft">
        <span aria-hidden="true">←</span> Previous lesson
      </button>
      <button type="button" onClick={onNext} aria-keyshortcuts="ArrowRight">
        Next lesson <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
