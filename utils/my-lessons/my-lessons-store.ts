/**
 * The user's own lessons as the pages see them: the database opened on first use, the list kept in
 * memory for display, writes through `my-lessons-db`, and other open pages told of each change on
 * a BroadcastChannel so they read the list again. Simpler than the favorites store: a change shows
 * once it has landed (no optimistic state), as a form that saves expects. Failures become a state
 * and a message, never a lost lesson.
 */
import type { MessageKey } from '../../data/messages-en';
import { dbConnection } from '../favorites/db-connection';
import type { FavoritesDb, OpenCallbacks } from '../favorites/favorites-db';
import { FavoritesError, favoritesMessage } from '../favorites/favorites-errors';
import { isMyLessonId, type MyLesson, type MyLessonDraft } from './my-lesson';
import {
  clearMyLessons,
  deleteMyLesson,
  importMyLessons,
  listMyLessons,
  putMyLesson,
  restoreMyLesson,
  TooManyMyLessonsError,
} from './my-lessons-db';

export type MyLessonsStatus = 'loading' | 'ready' | 'blocked' | 'unavailable';

export interface MyLessonsState {
  status: MyLessonsStatus;
  /** The most recently written first. */
  lessons: MyLesson[];
  /** Why the lessons are unavailable, or what went wrong with the last write. */
  message?: MessageKey;
}

/** The part of a BroadcastChannel the store uses. */
export interface MyLessonsChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: () => void): void;
  removeEventListener(type: 'message', listener: () => void): void;
  close(): void;
}

export interface MyLessonsDeps {
  open: (callbacks: OpenCallbacks) => Promise<FavoritesDb>;
  /** Where pages tell each other that the lessons changed. */
  channel?: MyLessonsChannel;
  now: () => number;
  /** For new ids. */
  random: () => number;
  /** A newer version of the database needs this page to let go (the page reloads). */
  onVersionChange?: () => void;
  /** Firefox keeps a private window's storage apart and drops it with the window: nothing is kept. */
  privateWindow?: boolean;
}

export interface MyLessonsStore {
  getState(): MyLessonsState;
  subscribe(listener: () => void): () => void;
  /** Opens the database and reads the list; once per store. */
  start(): Promise<void>;
  add(draft: MyLessonDraft): Promise<MyLesson>;
  /** Replaces a lesson's words; it keeps its id and createdAt. */
  update(id: string, draft: MyLessonDraft): Promise<MyLesson>;
  /** Resolves to the removed lesson, to hand back to `restore` for Undo. */
  remove(id: string): Promise<MyLesson | undefined>;
  restore(lesson: MyLesson): Promise<void>;
  /** All or nothing; rejects with a TooManyMyLessonsError past MAX_MY_LESSONS. */
  importAll(drafts: readonly MyLessonDraft[]): Promise<MyLesson[]>;
  clear(): Promise<void>;
  dismissMessage(): void;
  close(): void;
}

export function createMyLessonsStore(deps: MyLessonsDeps): MyLessonsStore {
  let state: MyLessonsState = { status: 'loading', lessons: [] };
  const listeners = new Set<() => void>();
  let starting: Promise<void> | undefined;
  let reads = 0;

  const set = (next: Partial<MyLessonsState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  const connection = dbConnection(deps.open, {
    onBlocked: () => set({ status: 'blocked', message: favoritesMessage('blocked') }),
    onVersionChange: deps.onVersionChange,
  });

  const reload = async () => {
    const read = ++reads;
    const lessons = await connection.run(listMyLessons);
    // Only the latest read is shown: an earlier one may finish after it.
    if (read === reads) set({ lessons });
  };

  const onChannelMessage = () => void reload().catch(() => undefined);

  const open = async () => {
    if (deps.privateWindow) return set({ status: 'unavailable', message: 'favoritesPrivate' });
    try {
      const lessons = await connection.run(listMyLessons);
      set({ status: 'ready', lessons, message: undefined });
      deps.channel?.addEventListener('message', onChannelMessage);
    } catch (error) {
      set({ status: 'unavailable', message: favoritesMessage('open', error) });
    }
  };

  const start = () => {
    starting ??= open();
    return starting;
  };

  /** A write, once the database is open; then this page and the others read the list again. */
  const write = async <T>(operation: (connection: FavoritesDb) => Promise<T>): Promise<T> => {
    await start();
    if (state.status !== 'ready') throw new FavoritesError(state.message ?? 'favoritesUnavailable');
    let result: T;
    try {
      result = await connection.run(operation);
    } catch (error) {
      // Over the cap is the caller's to explain: storage is fine and nothing was written.
      if (error instanceof TooManyMyLessonsError) throw error;
      const message = favoritesMessage('write', error);
      set({ message });
      throw new FavoritesError(message);
    }
    deps.channel?.postMessage({ type: 'my-lessons-changed' });
    set({ message: undefined });
    // The write has landed whatever this read does; a failed read leaves the list as it was.
    await reload().catch(() => undefined);
    return result;
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start,
    async add(draft) {
      const lessons = await write((connection) =>
        importMyLessons(connection, [draft], deps.now(), deps.random),
      );
      return lessons[0] as MyLesson;
    },
    update(id, draft) {
      // Never a deck card's id: a lesson of the user's cannot stand in for one of ours.
      if (!isMyLessonId(id)) return Promise.reject(new RangeError(`Not an id of the user's lessons: ${id}`));
      return write(async (connection) => {
        // Gone from the list (deleted on another page meanwhile): the edit brings it back.
        const createdAt = state.lessons.find((lesson) => lesson.id === id)?.createdAt ?? deps.now();
        const lesson: MyLesson = { ...draft, id, createdAt, updatedAt: deps.now() };
        await putMyLesson(connection, lesson);
        return lesson;
      });
    },
    remove: (id) => write((connection) => deleteMyLesson(connection, id)),
    restore: (lesson) => write((connection) => restoreMyLesson(connection, lesson)),
    importAll: (drafts) =>
      write((connection) => importMyLessons(connection, drafts, deps.now(), deps.random)),
    clear: () => write(clearMyLessons),
    dismissMessage: () => set({ message: undefined }),
    close() {
      deps.channel?.removeEventListener('message', onChannelMessage);
      deps.channel?.close();
      connection.close();
    },
  };
}
