/**
 * The user's own lessons as a new tab needs them: the deck from the index kept in localStorage
 * (ids and themes, no words), and the words of only the cards it shows, read by id. A tab never
 * reads the whole list (but to write the index again when none is kept), so thousands of lessons
 * cost it neither time nor memory. It follows
 * changes made on other pages: the index through localStorage's storage event, edits through the
 * lessons' BroadcastChannel (the cards it holds are read again).
 */
import type { DeckIndex, Lesson } from '../../data/lesson';
import type { DeckCard } from '../deck/deck-filter';
import type { FavoritesDb } from '../favorites/favorites-db';
import type { Slot } from '../first-frame/local-json';
import { isMyLessonId, type MyLesson } from './my-lesson';
import { MY_INDEX_KEY, myLessonCard, readMyIndex } from './my-lesson-card';
import { getMyLessons } from './my-lessons-db';
import type { MyLessonsChannel } from './my-lessons-store';

export interface OwnCards {
  /** The ids and themes of the user's lessons, as last kept. */
  index(): DeckIndex;
  /** Reads the index again (after this page wrote it: its own writes raise no storage event). */
  refresh(): void;
  /** The cards read so far, by id. */
  card(id: string): Lesson | undefined;
  /** Reads the words of the given own ids not read yet (others are ignored). */
  load(ids: readonly string[]): Promise<void>;
  subscribe(listener: () => void): () => void;
  close(): void;
}

export interface OwnCardsDeps {
  slot: Slot | undefined;
  open: () => Promise<FavoritesDb>;
  channel?: MyLessonsChannel;
  /** Where localStorage's storage events arrive (the page's window). */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
}

export function createOwnCards({ slot, open, channel, events }: OwnCardsDeps): OwnCards {
  let index = readMyIndex(slot);
  const cards = new Map<string, Lesson>();
  const listeners = new Set<() => void>();
  let db: Promise<FavoritesDb> | undefined;
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const read = async (ids: readonly string[]) => {
    db ??= open();
    try {
      return await getMyLessons(await db, ids);
    } catch (error) {
      // A failed or closed connection is opened afresh next time.
      db = undefined;
      throw error;
    }
  };
  /** Keeps what was read; an id asked for and not found is gone: out of the deck until re-kept. */
  const keep = (ids: readonly string[], lessons: readonly MyLesson[]) => {
    const found = new Set(lessons.map((lesson) => lesson.id));
    for (const id of ids) if (!found.has(id)) cards.delete(id);
    for (const lesson of lessons) cards.set(lesson.id, myLessonCard(lesson));
    const gone = new Set(ids.filter((id) => !found.has(id)));
    if (gone.size > 0) index = index.filter(([id]) => !gone.has(id));
    notify();
  };

  const onStorage = (event: Event) => {
    const { key } = event as StorageEvent;
    if (key !== MY_INDEX_KEY && key !== null) return;
    index = readMyIndex(slot);
    notify();
  };
  // An edit elsewhere: the cards held here are read again (a deleted one is dropped).
  const onMessage = () => {
    const held = [...cards.keys()];
    if (held.length === 0) return;
    void read(held)
      .then((lessons) => keep(held, lessons))
      .catch(() => undefined);
  };
  events?.addEventListener('storage', onStorage);
  channel?.addEventListener('message', onMessage);

  return {
    index: () => index,
    refresh() {
      index = readMyIndex(slot);
      notify();
    },
    card: (id) => cards.get(id),
    async load(ids) {
      const missing = ids.filter((id) => isMyLessonId(id) && !cards.has(id));
      if (missing.length === 0) return;
      keep(missing, await read(missing));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      events?.removeEventListener('storage', onStorage);
      channel?.removeEventListener('message', onMessage);
      channel?.close();
      void db?.then((opened) => opened.close()).catch(() => undefined);
    },
  };
}

/** The index as cards the deck filter can take (it needs only ids, themes and that they are own). */
export function indexAsDeck(index: DeckIndex): DeckCard[] {
  return index.map(([id, themes]) => ({ id, themes, source: { own: true, lang: 'en' } }));
}
