import { render } from 'preact';
import { LESSONS } from '../../data/lessons';
import { applyAppearance } from '../../utils/appearance';
import { lessonById } from '../../utils/deck';
import { filterDeck } from '../../utils/deck-filter';
import { createFavoritesStore } from '../../utils/favorites-store';
import { loadLanguage, resolveLanguage } from '../../utils/i18n';
import { startTrail } from '../../utils/lesson-trail';
import { quickLesson } from '../../utils/next-lesson';
import type { NewTabOptions } from '../../utils/rotation';
import { readMirror } from '../../utils/settings-mirror';
import { uiLanguage } from '../../utils/ui-language';
import { App } from './App';
import './style.css';

/** Storage code (and the extension API polyfill with it) loads beside the first frame, not before it. */
const rotationStore = () => import('../../utils/rotation-store');

/** Draws a card even when storage fails, so the tab is never blank (the rotation just isn't saved). */
async function drawSafely(deckIds: readonly string[], newTab?: NewTabOptions) {
  try {
    return await (await rotationStore()).drawLesson(deckIds, Math.random, { newTab });
  } catch (error) {
    console.warn('Lesson Tab: could not save the rotation', error);
    const id = deckIds[Math.floor(Math.random() * deckIds.length)];
    return { id, recent: id ? [id] : [] };
  }
}

async function start(root: HTMLElement) {
  // The first frame needs nothing asynchronous: the settings come from their local mirror and
  // the card from the slot the previous tab filled. Storage, sync settings and favorites are
  // read after the card is on screen (the slow path below is for a first tab, or a race).
  const { settings } = readMirror();
  applyAppearance(settings.appearance);
  const favorites = createFavoritesStore({
    open: async (callbacks) => (await import('../../utils/favorites-db')).openFavoritesDb(callbacks),
    channel: new BroadcastChannel('lesson-tab:favorites'),
    // A newer Lesson Tab needs the database: let go of it and come back on the new version.
    onVersionChange: () => location.reload(),
    persist: async () => navigator.storage?.persist?.(),
  });
  // Only "favorites only" needs the database before the first card.
  if (settings.lessonsFrom === 'favorites') await favorites.start();
  const favoriteIds = new Set(favorites.getState().favorites.map((f) => f.lessonId));
  const deckIds = filterDeck(LESSONS, settings, favoriteIds);
  const browserLanguage = uiLanguage();
  const newTab = { mode: settings.rotation, now: Date.now() };
  const quick = quickLesson(deckIds, newTab, Math.random);
  // French words are a separate chunk, fetched alongside the draw: English readers never load it.
  const [{ recent }, initialLanguage] = await Promise.all([
    quick ? { recent: [quick] } : drawSafely(deckIds, newTab),
    loadLanguage(resolveLanguage(settings.language, browserLanguage)),
  ]);
  // After the first frame: record the card (if this tab closes first, the next tab will) and set
  // the next one aside for the next tab.
  const afterFirstFrame = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const settled = afterFirstFrame
    .then(rotationStore)
    .then(({ afterNewTab }) => afterNewTab(deckIds, Math.random))
    .catch((error: unknown) => {
      console.warn('Lesson Tab: could not save the rotation', error);
      return undefined;
    });
  render(
    <App
      initialTrail={startTrail(recent)}
      recentLater={settled}
      initialSettings={settings}
      browserLanguage={browserLanguage}
      initialLanguage={initialLanguage}
      lessonById={lessonById}
      deckFor={(current, ids) => filterDeck(LESSONS, current, ids)}
      drawNext={async (deck) => (await drawSafely(deck)).id}
      favorites={favorites}
      settingsUrl={new URL('/options.html', import.meta.url).href}
    />,
    root,
  );
}

void start(document.getElementById('app') as HTMLElement);
