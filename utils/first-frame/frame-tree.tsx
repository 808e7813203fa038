import { render } from 'preact';
import { NewTabPage } from '../../components/NewTabPage';
import type { Lesson } from '../../data/lesson';
import type { LanguagePack } from '../i18n/i18n';
import { I18nContext, i18nFor } from '../i18n/i18n-context';
import { localizeLesson } from '../i18n/localize-lesson';
import { type DomTree, toTree } from './dom-tree';

/** Relative, so a frame made in one install (the welcome frame is made at build time) fits any. */
export const SETTINGS_URL = '/options.html';

/**
 * The page as the app first renders it for `lesson` (nothing favorited or announced yet, no
 * trail), as a tree for the next tab's first frame. The app's first render must match it.
 */
export function frameTree(lesson: Lesson, pack: LanguagePack, canGoBack = false): DomTree[] {
  const container = document.createElement('div');
  render(
    <I18nContext.Provider value={i18nFor(pack)}>
      <NewTabPage
        lesson={localizeLesson(lesson, pack.lang, pack.lessons)}
        emptyReason="no-themes"
        isFavorite={false}
        canGoBack={canGoBack}
        status=""
        announcement=""
        settingsUrl={SETTINGS_URL}
      />
    </I18nContext.Provider>,
    container,
  );
  const tree = Array.from(container.childNodes, toTree);
  render(null, container);
  return tree;
}
