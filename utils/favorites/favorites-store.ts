/**
 * The favorites as the pages see them: opens the database after the first frame, keeps a list
 * in memory for display, writes through `favorites-db`, and tells other open pages about changes
 * on a BroadcastChannel (no polling). Failures become a state and a message, never a lost favorite.
 */

import type { MessageKey } from '../../data/messages-en';
import { dbConnection } from './db-connection';
import { cleanNote, withNote } from './favorite-note';
import type { Favorite, FavoritesDb, OpenCallbacks } from './favorites-db';
import { FavoritesError, favoritesMessage } from './favorites-errors';

export type FavoritesStatus = 'loading' | 'ready' | 'blocked' | 'unavailable';

export interface FavoritesState {
  status: FavoritesStatus;
  /** Newest first. */
  favorites: Favorite[];
  /** Why favorites are unavailable, or what went wrong with the last action. */
  message?: MessageKey;
  /** A write has taken longer than `slowNoticeMs` and is still running. */
  saving?: boolean;
  /**
   * Why the database is unavailable, when it is not a private window: it did not open at all, or
   * it opened but its favorites could not be read (a safety copy may be offered either way).
   */
  database?: 'unopenable' | 'damaged';
}

export interface FavoritesDeps {
  open: (callbacks: OpenCallbacks) => Promise<FavoritesDb>;
  /** Where pages tell each other that favorites changed. */
  channel?: BroadcastChannel;
  /** Called when a newer version of the database needs this page to let go (the page reloads). */
  onVersionChange?: () => void;
  /**
   * A private window: the browser keeps its storage apart and drops it with the window, so a
   * favorite saved there would vanish. Favorites are off there, and say so.
   */
  privateWindow?: boolean;
  /**
   * Asks once for persistent storage so the browser never evicts favorites to free space. With the
   * unlimitedStorage permission neither browser asks the user (Firefox would, without it).
   */
  persist?: () => Promise<unknown>;
  /**
   * How long a write may take before the page says it is still saving. A slow write is never
   * reported as failed: it may still land, and what the page says must match what is stored.
   */
  slowNoticeMs?: number;
  /** Called each time the page has read the database in full (where the daily safety copy hooks in). */
  onRead?: () => void;
}

export interface ImportSummary {
  added: number;
  updated: number;
  skipped: number;
}

export interface FavoritesStore {
  getState(): FavoritesState;
  subscribe(listener: () => void): () => void;
  /** Opens the database; call after the first frame. */
  start(): Promise<void>;
  isFavorite(lessonId: string): boolean;
  /**
   * Makes a card a favorite or not. `sameCard` says which stored ids stand for the card (by
   * default the favorite's own): on, one already there is kept; off, all of them go. Decided on
   * the favorites as they are once the database is open. Shows the change at once; if the write
   * fails the change is undone and the promise rejects.
   */
  toggle(favorite: Favorite, on: boolean, sameCard?: (lessonId: string) => boolean): Promise<void>;
  remove(lessonId: string): Promise<void>;
  /**
   * Sets a favorite's note as written at `now` (tidied by cleanNote; blank clears it). Shows at
   * once; if the write fails the change is undone and the promise rejects. A favorite that is gone
   * rejects with `noteFavoriteGone`, and stays gone.
   */
  setNote(lessonId: string, note: string, now: number): Promise<void>;
  /** Reads an exported file and merges it, all or nothing; rejects with a message for a bad file. */
  importFile(content: string, byteSize?: number): Promise<ImportSummary>;
  clear(): Promise<void>;
  /** Opens and reads the database again (after a restore made beside the store, or a failed read). */
  reload(): Promise<void>;
  dismissMessage(): void;
  close(): void;
}

/** The database code (and idb) loads with the database, after the first frame. */
const database = () => import('./favorites-db');

export function createFavoritesStore(deps: FavoritesDeps): FavoritesStore {
  let state: FavoritesState = { status: 'loading', favorites: [] };
  const listeners = new Set<() => void>();
  let pendingWrites = 0;
  let staleWhileWriting = false;
  let refreshSeq = 0;
  let writesStarted = 0;
  let starting: Promise<void> | undefined;
  let askedToPersist = false;
  let slowWrites = 0;

  const set = (next: Partial<FavoritesState>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  const connection = dbConnection(deps.open, {
    onBlocked: () => set({ status: 'blocked', message: favoritesMessage('blocked') }),
    onVersionChange: deps.onVersionChange,
  });

  const refresh = async () => {
    const seq = ++refreshSeq;
    const writesBefore = writesStarted;
    const favorites = await connection.run(async (connection) =>
      (await database()).listFavorites(connection),
    );
    if (seq !== refreshSeq) return;
    // A write that began during the read makes it stale: read again once the writes settle.
    if (pendingWrites > 0) staleWhileWriting = true;
    else if (writesStarted !== writesBefore) void refresh().catch(() => undefined);
    else set({ favorites });
  };

  const announce = () => deps.channel?.postMessage({ type: 'favorites-changed' });

  /**
   * A write: optimistic state first, then the transaction, for as long as it takes (a slow one
   * says so meanwhile); on failure the database's truth wins.
   */
  const write = async (optimistic: Favorite[], operation: (database: FavoritesDb) => Promise<void>) => {
    if (state.status !== 'ready') throw new FavoritesError(state.message ?? 'favoritesUnavailable');
    const before = state.favorites;
    pendingWrites++;
    writesStarted++;
    set({ favorites: optimistic, message: undefined });
    let slow = false;
    const timer = setTimeout(() => {
      slow = true;
      slowWrites++;
      set({ saving: true });
    }, deps.slowNoticeMs ?? 1000);
    const settled = () => {
      clearTimeout(timer);
      if (slow) set({ saving: --slowWrites > 0 });
    };
    try {
      await connection.run(operation);
      settled();
      announce();
    } catch (error) {
      settled();
      // An error that already says what went wrong (a favorite gone) keeps its words.
      const message = error instanceof FavoritesError ? error.key : favoritesMessage('write', error);
      set({ favorites: before, message });
      void refresh().catch(() => undefined);
      throw new FavoritesError(message);
    } finally {
      pendingWrites--;
      if (pendingWrites === 0 && staleWhileWriting) {
        staleWhileWriting = false;
        void refresh().catch(() => undefined);
      }
    }
  };

  const onChannelMessage = () => {
    if (state.status !== 'ready') return;
    if (pendingWrites > 0) staleWhileWriting = true;
    else void refresh().catch(() => undefined);
  };

  const open = async () => {
    if (deps.privateWindow) return set({ status: 'unavailable', message: 'favoritesPrivate' });
    let opened = false;
    try {
      await connection.open();
      opened = true;
      const { listFavorites } = await database();
      const favorites = await connection.run(listFavorites);
      set({ status: 'ready', favorites, message: undefined, database: undefined });
      if (deps.channel) deps.channel.onmessage = onChannelMessage;
    } catch (error) {
      const problem = opened ? 'damaged' : 'unopenable';
      return set({ status: 'unavailable', message: favoritesMessage('open', error), database: problem });
    }
    deps.onRead?.();
  };

  /**
   * Runs an action at once, or, on a page just opened whose database is still opening (a press
   * right away), once it is open. Only then does it wait: a change must otherwise show at once.
   */
  const whenOpen = <T>(action: () => Promise<T>): Promise<T> => {
    if (state.status !== 'loading') return action();
    starting ??= open();
    return starting.then(action);
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      // Once per store: a page may need favorites before its first frame and start it early.
      starting ??= open();
      return starting;
    },
    isFavorite: (lessonId) => state.favorites.some((favorite) => favorite.lessonId === lessonId),
    toggle: (favorite, on, sameCard = (lessonId) => lessonId === favorite.lessonId) =>
      whenOpen(async () => {
        const others = state.favorites.filter((f) => !sameCard(f.lessonId));
        const existing = state.favorites.filter((f) => sameCard(f.lessonId));
        // The database decides too: a favorite this page has not heard of yet is still removed.
        const written = on ? [existing[0] ?? favorite] : existing.length > 0 ? existing : [favorite];
        await write(on ? [...written, ...existing.slice(1), ...others] : others, async (connection) => {
          const { setFavorite } = await database();
          for (const each of written) await setFavorite(connection, each, on);
        });
        // Once, and quietly: favoriting works whatever the browser answers.
        if (on && !askedToPersist && deps.persist) {
          askedToPersist = true;
          void deps.persist().catch(() => undefined);
        }
      }),
    remove: (lessonId) =>
      whenOpen(() =>
        write(
          state.favorites.filter((f) => f.lessonId !== lessonId),
          async (connection) => (await database()).removeFavorite(connection, lessonId),
        ),
      ),
    setNote: (lessonId, text, now) =>
      whenOpen(async () => {
        if (state.status !== 'ready') throw new FavoritesError(state.message ?? 'favoritesUnavailable');
        const note = cleanNote(text);
        const current = state.favorites.find((f) => f.lessonId === lessonId);
        if (!current) throw new FavoritesError('noteFavoriteGone');
        if (current.note === note) return;
        const optimistic = state.favorites.map((f) => (f === current ? withNote(f, note, now) : f));
        await write(optimistic, async (connection) => {
          const found = await (await database()).setNote(connection, lessonId, note, now);
          if (!found) throw new FavoritesError('noteFavoriteGone');
        });
      }),
    async importFile(content, byteSize) {
      // The parser (and its schema library) loads only when someone imports.
      const { parseFavoritesFile } = await import('./favorites-file');
      const parsed = parseFavoritesFile(content, byteSize);
      if (!parsed.ok) throw new FavoritesError(parsed.error.key, parsed.error.values);
      const incoming = parsed.favorites;
      let summary: ImportSummary = { added: 0, updated: 0, skipped: 0 };
      // One all-or-nothing transaction, however big the file.
      await whenOpen(() =>
        write(state.favorites, async (connection) => {
          const { importFavorites } = await database();
          const { added, updated, skipped } = await importFavorites(connection, incoming);
          summary = { added, updated, skipped };
        }),
      );
      await refresh();
      return summary;
    },
    clear: () =>
      whenOpen(() => write([], async (connection) => (await database()).clearFavorites(connection))),
    reload() {
      starting = open();
      return starting;
    },
    dismissMessage: () => set({ message: undefined }),
    close() {
      if (deps.channel) deps.channel.onmessage = null;
      deps.channel?.close();
      connection.close();
    },
  };
}
