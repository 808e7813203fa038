// The first frame's styles, in the page's head: the first-frame script draws these components
// before any of the app's code has loaded (the rest come with the app). The page's own first, so
// a component's rule wins over the shared one it refines (.card-tools__hide over .button).
import './style.css';
import '../../components/CardTools.css';
import '../../components/DeckNav.css';
import '../../components/FavoriteButton.css';
import '../../components/LessonCard.css';
import '../../components/ReturningFavorite.css';
import { APP_WIRED } from '../../utils/first-frame/early-input';

const afterFirstPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * Wires the page once the first frame is painted; clicks and keys in between, held by the
 * first-frame script since before that paint, are replayed once it is wired.
 */
async function start(root: HTMLElement) {
  try {
    if (root.firstChild) await afterFirstPaint();
    const { startApp } = await import('./start-app');
    await startApp(root);
  } finally {
    window.dispatchEvent(new Event(APP_WIRED));
  }
}

void start(document.getElementById('app') as HTMLElement);
