import { hydrate, render } from 'preact';
import { LESSONS } from '../../data/lessons';
// The release the build is for, the same number WXT writes into the manifest: no API call.
import { version } from '../../package.json';
import { lessonById } from '../../utils/deck';
import { filterDeck } from '../../utils/deck-filter';
import { createFavoritesStore } from '../../utils/favorites-store';
import { frameKey, writeFrames } from '../../utils/first-frame';
import { type LanguagePack, loadLanguage } from '../../utils/i18n';
import { startTrail } from '../../utils/lesson-trail';
import { peekSlot, quickLesson } from '../../utils/next-lesson';
import { inPrivateWindow } from '../../utils/private-window';
import type { NewTabOptions } from '../../utils/rotation';
import type { Settings } from '../../utils/settings';
import { readMirror } from '../../utils/settings-mirror';
import { resolveLanguage, uiLanguage } from '../../utils/ui-language';
import { App } from './App';
import { frameTree, SETTINGS_URL } from './frame-tree';

/** Storage code (and the extension API polyfill with it) loads beside the app, not before the card. */
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

/** Renders the cards set aside for the next tab, for its first frame. */
function keepFrames(settings: Settings, pack: LanguagePack) {
  const { next, period } = peekSlot();
  const ids = new Set([next, settings.rotation === 'every-tab' ? undefined : period?.id]);
  const frames = [...ids].flatMap((id) => {
    const lesson = lessonById(id);
    return lesson ? [{ id: lesson.id, tree: frameTree(lesson, pack) }] : [];
  });
  writeFrames(frameKey(settings, pack.lang, version), frames);
}

/**
 * The interactive new tab, rendered over the first frame's nodes (`shown`, the card they show)
 * or, when there was no frame to draw, into the empty page.
 */
export async function startApp(root: HTMLElement, shown: string | undefined) {
  const { settings } = readMirror();
  const browserLanguage = uiLanguage();
  const newTab = { mode: settings.rotation, now: Date.now() };
  const favorites = createFavoritesStore({
    open: async (callbacks) => (await import('../../utils/favorites-db')).openFavoritesDb(callbacks),
    channel: new BroadcastChannel('lesson-tab:favorites'),
    // A newer Lesson Tab needs the database: let go of it and come back on the new version.
    onVersionChange: () => location.reload(),
    privateWindow: inPrivateWindow(),
    persist: async () => navigator.storage?.persist?.(),
  });
  // Only "favorites only" needs the database before the first card.
  if (settings.lessonsFrom === 'favorites') await favorites.start();
  const favoriteIds = new Set(favorites.getState().favorites.map((f) => f.lessonId));
  const deckIds = filterDeck(LESSONS, settings, favoriteIds);
  const quick = shown ?? quickLesson(deckIds, newTab, Math.random);
  // French words are a separate chunk, fetched alongside the draw: English readers never load it.
  const [{ recent }, language] = await Promise.all([
    quick ? { recent: [quick] } : drawSafely(deckIds, newTab),
    loadLanguage(resolveLanguage(settings.language, browserLanguage)),
  ]);
  // Record the card (if this tab closes first, the next tab will) and set the next one aside,
  // with its frame.
  const settled = rotationStore()
    .then(({ afterNewTab }) => afterNewTab(deckIds, Math.random))
    .then((recentIds) => {
      keepFrames(settings, language);
      return recentIds;
    })
    .catch((error: unknown) => {
      console.warn('Lesson Tab: could not save the rotation', error);
      return undefined;
    });
  // Over a first frame, hydrate: it was rendered by the same components, so the app only wires
  // it (a plain render would write every text again and lay the page out anew).
  (shown ? hydrate : render)(
    <App
      initialTrail={startTrail(recent)}
      recentLater={settled}
      initialSettings={settings}
      browserLanguage={browserLanguage}
      initialLanguage={language}
      lessonById={lessonById}
      deckFor={(current, ids) => filterDeck(LESSONS, current, ids)}
      drawNext={async (deck) => (await drawSafely(deck)).id}
      favorites={favorites}
      settingsUrl={SETTINGS_URL}
    />,
    root,
  );
}
