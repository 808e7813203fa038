import { render } from 'preact';
import { LESSON_IDS, lessonById } from '../../utils/deck';
import { openFavoritesDb } from '../../utils/favorites-db';
import { createFavoritesStore } from '../../utils/favorites-store';
import { startTrail } from '../../utils/lesson-trail';
import { drawLesson } from '../../utils/rotation-store';
import { App } from './App';
import './style.css';

/** Draws a card even when storage fails, so the tab is never blank (the rotation just isn't saved). */
async function drawNext(): Promise<{ id: string | undefined; recent: string[] }> {
  try {
    return await drawLesson(LESSON_IDS, Math.random);
  } catch (error) {
    console.warn('Lesson Tab: could not save the rotation', error);
    const id = LESSON_IDS[Math.floor(Math.random() * LESSON_IDS.length)];
    return { id, recent: id ? [id] : [] };
  }
}

async function start(root: HTMLElement) {
  // The card is the first frame: render as soon as it is drawn, nothing else waits before it.
  const { recent } = await drawNext();
  const favorites = createFavoritesStore({
    open: openFavoritesDb,
    channel: new BroadcastChannel('lesson-tab:favorites'),
    // A newer Lesson Tab needs the database: let go of it and come back on the new version.
    onVersionChange: () => location.reload(),
    persist: async () => navigator.storage?.persist?.(),
  });
  render(
    <App
      initialTrail={startTrail(recent)}
      lessonById={lessonById}
      drawNext={async () => (await drawNext()).id}
      favorites={favorites}
    />,
    root,
  );
}

void start(document.getElementById('app') as HTMLElement);
