import { hydrate, render } from 'preact';
import { LESSONS } from '../../data/lessons';
import { lessonById } from '../../utils/deck/lesson-by-id';
import { pageFavorites } from '../../utils/favorites/page-favorites';
import { frameTree, SETTINGS_URL } from '../../utils/first-frame/frame-tree';
import { BUILD } from '../../utils/first-frame/frames';
import { localSlot } from '../../utils/first-frame/local-json';
import { readHiddenIds } from '../../utils/hidden-lessons/hidden-store';
import { loadLanguage } from '../../utils/i18n/i18n';
import { uiLanguage } from '../../utils/i18n/ui-language';
import { writeMyIndex } from '../../utils/my-lessons/my-lesson-card';
import { createOwnCards } from '../../utils/my-lessons/own-cards';
import { pageMyLessons } from '../../utils/my-lessons/page-my-lessons';
import { bootNewTab } from '../../utils/newtab/boot';
import { App } from './App';

/** The interactive new tab, over the first frame's nodes or into the empty page (see boot.ts). */
export function startApp(root: HTMLElement): Promise<unknown> {
  const favorites = pageFavorites();
  const slot = localSlot();
  const ownCards = createOwnCards({
    slot,
    open: async () => (await import('../../utils/favorites/favorites-db')).openFavoritesDb(),
    channel: new BroadcastChannel('lesson-tab:my-lessons'),
    events: window,
  });
  const browserLanguage = uiLanguage();
  // The extension API (and its polyfill) loads after the first paint.
  const storage = async () => (await import('wxt/browser')).browser.storage;
  return bootNewTab({
    root,
    slot,
    local: async () => (await storage()).local,
    lessons: LESSONS,
    favorites,
    ownCards,
    // Only when no index is kept: the whole list is read once to write it again.
    keepIndex: async () => {
      const store = pageMyLessons();
      await store.start();
      if (store.getState().status === 'ready') writeMyIndex(slot, store.getState().lessons);
      store.close();
      ownCards.refresh();
    },
    build: BUILD,
    browserLanguage,
    loadLanguage,
    hidden: () => readHiddenIds(slot),
    now: Date.now,
    random: Math.random,
    // A next tab has this tab's card behind it: its frame can go back.
    frameOf: (lesson, pack, returning) => frameTree(lesson, pack, true, returning),
    render: (start, over) =>
      (over ? hydrate : render)(
        <App
          start={start}
          browserLanguage={browserLanguage}
          lessonById={lessonById}
          favorites={favorites}
          ownCards={ownCards}
          settingsUrl={SETTINGS_URL}
          hiddenStorage={storage}
          slot={slot}
        />,
        root,
      ),
  });
}
