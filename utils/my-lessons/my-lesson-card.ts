/**
 * A lesson of the user's own as a card, and the small index of them a new tab deals from before
 * any of its code but the first-frame script has loaded (kept in localStorage, like the rotation).
 */
import { type DeckIndex, type Lesson, THEMES, type Theme } from '../../data/lesson';
import { readJson, type Slot, writeJson } from '../first-frame/local-json';
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
/** 1: `{ version, index: [id, themes][] }`. */
const MY_INDEX_VERSION = 1;
const isTheme = (theme: unknown): theme is Theme => (THEMES as readonly unknown[]).includes(theme);

/** The ids and themes of the user's lessons, as last kept; damaged entries are left out. */
export function readMyIndex(slot: Slot | undefined): DeckIndex {
  const stored = readJson(slot, MY_INDEX_KEY) as { version?: unknown; index?: unknown } | null;
  if (stored?.version !== MY_INDEX_VERSION || !Array.isArray(stored.index)) return [];
  return stored.index.flatMap((entry: unknown) => {
    if (!Array.isArray(entry)) return [];
    const [id, themes] = entry;
    if (typeof id !== 'string' || !MY_LESSON_ID.test(id) || !Array.isArray(themes)) return [];
    const known = themes.filter(isTheme);
    return known.length > 0 ? [[id, known] as const] : [];
  });
}

export function writeMyIndex(slot: Slot | undefined, lessons: readonly MyLesson[]): void {
  writeJson(slot, MY_INDEX_KEY, {
    version: MY_INDEX_VERSION,
    index: lessons.map((lesson) => [lesson.id, lesson.themes]),
  });
}

/** Keeps the index in step with the store's list, from whichever page changed or read it. */
export function keepMyIndex(
  store: Pick<MyLessonsStore, 'getState' | 'subscribe'>,
  slot: Slot | undefined,
): () => void {
  const keep = () => {
    const { status, lessons } = store.getState();
    if (status === 'ready') writeMyIndex(slot, lessons);
  };
  keep();
  return store.subscribe(keep);
}
