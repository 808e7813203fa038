import { hydrate, render } from 'preact';
import { LESSONS } from '../../data/lessons';
import { lessonById } from '../../utils/deck/lesson-by-id';
import { pageFavorites } from '../../utils/favorites/page-favorites';
import { frameTree, SETTINGS_URL } from '../../utils/first-frame/frame-tree';
import { BUILD } from '../../utils/first-frame/frames';
import { localSlot } from '../../utils/first-frame/local-json';
import { loadLanguage } from '../../utils/i18n/i18n';
import { uiLanguage } from '../../utils/i18n/ui-language';
import { pageMyLessons } from '../../utils/my-lessons/page-my-lessons';
import { bootNewTab } from '../../utils/newtab/boot';
import { App } from './App';

/** The interactive new tab, over the first frame's nodes or into the empty page (see boot.ts). */
export function startApp(root: HTMLElement): Promise<unknown> {
  const favorites = pageFavorites();
  const myLessons = pageMyLessons();
  const browserLanguage = uiLanguage();
  return bootNewTab({
    root,
    slot: localSlot(),
    // The extension API (and its polyfill) loads here, after the first paint.
    local: async () => (await import('wxt/browser')).browser.storage.local,
    lessons: LESSONS,
    favorites,
    myLessons,
    build: BUILD,
    browserLanguage,
    loadLanguage,
    now: Date.now,
    random: Math.random,
    // A next tab has this tab's card behind it: its frame can go back.
    frameOf: (lesson, pack) => frameTree(lesson, pack, true),
    render: (start, over) =>
      (over ? hydrate : render)(
        <App
          start={start}
          browserLanguage={browserLanguage}
          lessonById={lessonById}
          favorites={favorites}
          myLessons={myLessons}
          settingsUrl={SETTINGS_URL}
        />,
        root,
      ),
  });
}
