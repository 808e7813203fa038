import { render } from 'preact';
import { browser } from 'wxt/browser';
import { LESSONS } from '../../data/lessons';
import { pageFavorites } from '../../utils/favorites/page-favorites';
import { localSlot } from '../../utils/first-frame/local-json';
import { loadLanguage, resolveLanguage } from '../../utils/i18n/i18n';
import { keepMyIndex } from '../../utils/my-lessons/my-lesson-card';
import { pageMyLessons } from '../../utils/my-lessons/page-my-lessons';
import { readMirror } from '../../utils/settings/settings-mirror';
import { App } from './App';
import './style.css';

const favorites = pageFavorites();
const myLessons = pageMyLessons();
// The new tab deals the user's lessons from an index it reads before its first paint.
keepMyIndex(myLessons, localSlot());

const hiddenStorage = async () => browser.storage;

const browserLanguage = browser.i18n.getUILanguage();
void loadLanguage(resolveLanguage(readMirror().settings.language, browserLanguage)).then((initialLanguage) =>
  render(
    <App
      favorites={favorites}
      myLessons={myLessons}
      lessons={LESSONS}
      hiddenStorage={hiddenStorage}
      slot={localSlot()}
      browserLanguage={browserLanguage}
      initialLanguage={initialLanguage}
    />,
    document.getElementById('app') as HTMLElement,
  ),
);
