import { render } from 'preact';
import { NewTabPage } from '../../components/NewTabPage';
import type { Lesson } from '../../data/lesson';
import type { LanguagePack } from '../i18n/i18n';
import { I18nContext, i18nFor } from '../i18n/i18n-context';
import { localizeLesson } from '../i18n/localize-lesson';
import { savedOnText } from '../resurfacing/returning-text';
import { type DomTree, toTree } from './dom-tree';

/** Relative, so a frame made in one install (the welcome frame is made at build time) fits any. */
export const SETTINGS_URL = '/options.html';

/** A favorite coming back: when it was saved and the reader's note. */
export interface ReturningFrame {
  savedAt: number;
  note?: string;
}

/**
 * The page as the app first renders it for `lesson` (nothing favorited or announced yet, no
 * trail; or, for a favorite coming back, as that favorite), as a tree for the next tab's first
 * frame. The app's first render must match it.
 */
export function frameTree(
  lesson: Lesson,
  pack: LanguagePack,
  canGoBack = false,
  returning?: ReturningFrame,
): DomTree[] {
  const container = document.createElement('div');
  render(
    <I18nContext.Provider value={i18nFor(pack)}>
      <NewTabPage
        lesson={localizeLesson(lesson, pack.lang, pack.lessons)}
        emptyReason="no-themes"
        isFavorite={returning !== undefined}
        returning={returning && { savedOn: savedOnText(returning.savedAt, pack.lang), note: returning.note }}
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
