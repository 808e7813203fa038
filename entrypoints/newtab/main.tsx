// The first frame's styles, in the page's head: the first-frame script draws these components
// before any of the app's code has loaded.
import '../../components/DeckNav.css';
import '../../components/EmptyDeck.css';
import '../../components/FavoriteButton.css';
import '../../components/LessonCard.css';
import './style.css';
import { APP_WIRED } from '../../utils/early-input';

const afterFirstPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Wires the page. When the first-frame script drew the card, the app waits until it is painted,
 * then renders over the same nodes; clicks and keys in between, held by that script since before
 * the first paint, are replayed once it is wired.
 */
async function start(root: HTMLElement) {
  try {
    const shown = root.querySelector('[data-lesson-id]')?.getAttribute('data-lesson-id') ?? undefined;
    if (shown) await afterFirstPaint();
    const { startApp } = await import('./start-app');
    await startApp(root, shown);
  } finally {
    window.dispatchEvent(new Event(APP_WIRED));
  }
}

void start(document.getElementById('app') as HTMLElement);
