import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LESSONS } from '../../data/lessons';
import { applyAppearance } from '../../utils/appearance';
import { lessonById } from '../../utils/deck';
import { filterDeck } from '../../utils/deck-filter';
import { openFavoritesDb } from '../../utils/favorites-db';
import { createFavoritesStore } from '../../utils/favorites-store';
import { loadLanguage, resolveLanguage } from '../../utils/i18n';
import { startTrail } from '../../utils/lesson-trail';
import type { NewTabOptions } from '../../utils/rotation';
import { drawLesson } from '../../utils/rotation-store';
import { readMirror } from '../../utils/settings-mirror';
import { App } from './App';
import './style.css';

/** Draws a card even when storage fails, so the tab is never blank (the rotation just isn't saved). */
async function drawSafely(deckIds: readonly string[], newTab?: NewTabOptions) {
  try {
    return await drawLesson(deckIds, Math.random, { newTab });
  } catch (error) {
    console.warn('Lesson Tab: could not save the rotation', error);
    const id = deckIds[Math.floor(Math.random() * deckIds.length)];
    return { id, recent: id ? [id] : [] };
  }
}

async function start(root: HTMLElement) {
  // Everything the first frame needs comes from the synchronous local mirror of the settings and
  // one storage.local read; sync storage and favorites are read after the card is on screen.
  const { settings } = readMirror();
  applyAppearance(settings.appearance);
  const favorites = createFavoritesStore({
    open: openFavoritesDb,
    channel: new BroadcastChannel('lesson-tab:favorites'),
    // A newer Lesson Tab needs the database: let go of it and come back on the new version.
    onVersionChange: () => location.reload(),
    persist: async () => navigator.storage?.persist?.(),
  });
  // Only "favorites only" needs the database before the first card.
  if (settings.lessonsFrom === 'favorites') await favorites.start();
  const favoriteIds = new Set(favorites.getState().favorites.map((f) => f.lessonId));
  const deckIds = filterDeck(LESSONS, settings, favoriteIds);
  const browserLanguage = browser.i18n.getUILanguage();
  // French words are a separate chunk, fetched alongside the draw: English readers never load it.
  const [{ recent }, initialLanguage] = await Promise.all([
    drawSafely(deckIds, { mode: settings.rotation, now: Date.now() }),
    loadLanguage(resolveLanguage(settings.language, browserLanguage)),
  ]);
  render(
    <App
      initialTrail={startTrail(recent)}
      initialSettings={settings}
      browserLanguage={browserLanguage}
      initialLanguage={initialLanguage}
      lessonById={lessonById}
      deckFor={(current, ids) => filterDeck(LESSONS, current, ids)}
      drawNext={async (deck) => (await drawSafely(deck)).id}
      favorites={favorites}
      settingsUrl={browser.runtime.getURL('/options.html')}
    />,
    root,
  );
}

void start(document.getElementById('app') as HTMLElement);
