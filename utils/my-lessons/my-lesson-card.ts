/**
 * A lesson of the user's own as a card, and the small index of them a new tab deals from before
 * any of its code but the first-frame script has loaded (kept in localStorage, like the rotation).
 */
import { type DeckIndex, type Lesson, THEMES, type Theme } from '../../data/lesson';
import { FRAMES_KEY } from '../first-frame/frames';
import { readJson, removeKeys, type Slot, writeJson } from '../first-frame/local-json';
import { MY_LESSON_ID, type MyLesson } from './my-lesson';
import type { MyLessonsStore } from './my-lessons-store';

export function myLessonCard(lesson: MyLesson): Lesson {
  const card: Lesson = {
    id: lesson.id,
    title: lesson.title,
    body: lesson.body,
    themes: lesson.themes,
    source: { own: true, lang: lesson.lang, ...(lesson.source && { text: lesson.source }) },
  };
  if (lesson.tryThis) card.tryThis = lesson.tryThis;
  if (lesson.quote) card.quote = { text: lesson.quote, speaker: lesson.speaker ?? '', lang: lesson.lang };
  return card;
}

export const MY_INDEX_KEY = 'lesson-tab:my-lessons';
/**
 * 1: `{ version, ids, themes }`: the ids joined by spaces, and each lesson's themes as a bit mask
 * over THEMES in base 36, joined the same way. Compact because every new tab reads it before its
 * first paint, and Chromium loads all of an origin's localStorage on first use.
 */
const MY_INDEX_VERSION = 1;

/** Every id well formed, joined by single spaces: checked in one pass, not one test per lesson. */
const ID_LIST = new RegExp(`^${MY_LESSON_ID.source.slice(1, -1)}(?: ${MY_LESSON_ID.source.slice(1, -1)})*$`);

/** The ids and themes of the user's lessons, as last kept; a damaged index reads as none. */
export function readMyIndex(slot: Slot | undefined): DeckIndex {
  const stored = readJson(slot, MY_INDEX_KEY) as {
    version?: unknown;
    ids?: unknown;
    themes?: unknown;
  } | null;
  if (
    stored?.version !== MY_INDEX_VERSION ||
    typeof stored.ids !== 'string' ||
    typeof stored.themes !== 'string'
  )
    return [];
  // No lessons of your own (the usual case): the pattern is not even compiled.
  if (stored.ids === '' || !ID_LIST.test(stored.ids)) return [];
  const masks = stored.themes.split(' ');
  // A few masks cover thousands of lessons: each is turned into its themes once.
  const themesOf = new Map<string, Theme[]>();
  return stored.ids.split(' ').flatMap((id, at) => {
    const mask = masks[at] ?? '';
    let themes = themesOf.get(mask);
    if (!themes) {
      const bits = Number.parseInt(mask, 36);
      themes = THEMES.filter((_, bit) => bits & (1 << bit));
      themesOf.set(mask, themes);
    }
    return themes.length > 0 ? [[id, themes] as const] : [];
  });
}

/** Whether an index is kept at all (an empty one counts): none after site data was cleared. */
export function hasMyIndex(slot: Slot | undefined): boolean {
  try {
    return slot?.getItem(MY_INDEX_KEY) != null;
  } catch {
    return false;
  }
}

export function writeMyIndex(slot: Slot | undefined, lessons: readonly MyLesson[]): void {
  const mask = (themes: readonly Theme[]) =>
    THEMES.reduce((bits, theme, bit) => (themes.includes(theme) ? bits | (1 << bit) : bits), 0).toString(36);
  writeJson(slot, MY_INDEX_KEY, {
    version: MY_INDEX_VERSION,
    ids: lessons.map((lesson) => lesson.id).join(' '),
    themes: lessons.map((lesson) => mask(lesson.themes)).join(' '),
  });
}

/** Keeps the index in step with the store's list, from whichever page changed or read it. */
export function keepMyIndex(
  store: Pick<MyLessonsStore, 'getState' | 'subscribe'>,
  slot: Slot | undefined,
): () => void {
  let kept: readonly MyLesson[] | undefined;
  const keep = () => {
    const { status, lessons } = store.getState();
    if (status !== 'ready' || lessons === kept) return;
    // Frames of the next cards were drawn from the old words (or the old deck): none is better.
    if (kept !== undefined) removeKeys(slot, [FRAMES_KEY]);
    kept = lessons;
    writeMyIndex(slot, lessons);
  };
  keep();
  return store.subscribe(keep);
}
