import { act, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Favorite, listFavorites, openFavoritesDb } from '../../../utils/favorites/favorites-db';
import { FavoritesError } from '../../../utils/favorites/favorites-errors';
import { createFavoritesStore, type FavoritesState } from '../../../utils/favorites/favorites-store';
import {
  NOTE_SAVE_DELAY_MS,
  type NoteStore,
  useFavoriteNotes,
  useNoteEditor,
} from '../../../utils/favorites/use-note-editor';
import { freshIndexedDb, sampleFavorite } from './favorites-test-kit';

interface Write {
  lessonId: string;
  note: string;
  at: number;
  land: () => void;
  fail: (error: unknown) => void;
}

/** A store whose writes land (or fail) when the test says, and whose list another page can change. */
function fakeStore(favorites: Favorite[]) {
  let state: FavoritesState = { status: 'ready', favorites };
  const listeners = new Set<() => void>();
  const writes: Write[] = [];
  const store: NoteStore = {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setNote: (lessonId, note, at) =>
      new Promise<void>((resolve, reject) => {
        writes.push({ lessonId, note, at, land: resolve, fail: reject });
      }),
  };
  /** The list as another page (or the store itself) leaves it. */
  const change = (next: Favorite[]) => {
    state = { ...state, favorites: next };
    for (const listener of listeners) listener();
  };
  return { store, writes, change };
}

const noted = (note: string) => ({ ...sampleFavorite('a'), note, noteAt: 1 });
/** Lets `ms` of fake time pass, inside act. */
const pass = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });
/** Lets settled promises run their callbacks, inside act. */
const settle = () => act(async () => {});

describe('useNoteEditor', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the stored note, and saves a burst of typing once, after the pause', async () => {
    const { store, writes } = fakeStore([noted('First')]);
    const { result } = renderHook(() => useNoteEditor(store, 'a', () => 42));
    expect(result.current).toMatchObject({ value: 'First', status: 'idle' });
    act(() => result.current.onInput('First n'));
    act(() => result.current.onInput('First note'));
    expect(result.current).toMatchObject({ value: 'First note', status: 'saving' });
    pass(NOTE_SAVE_DELAY_MS - 1);
    expect(writes).toHaveLength(0);
    pass(1);
    expect(writes.map(({ lessonId, note, at }) => [lessonId, note, at])).toEqual([['a', 'First note', 42]]);
    writes[0]?.land();
    await settle();
    expect(result.current.status).toBe('saved');
  });

  it('saves at once when the field is left', () => {
    const { store, writes } = fakeStore([sampleFavorite('a')]);
    const { result } = renderHook(() => useNoteEditor(store, 'a'));
    act(() => result.current.onInput('Typed'));
    act(() => result.current.flush());
    expect(writes.map((w) => w.note)).toEqual(['Typed']);
    pass(NOTE_SAVE_DELAY_MS * 2);
    expect(writes).toHaveLength(1);
  });

  it('writes one at a time: what is typed during a write is saved after it', async () => {
    const { store, writes } = fakeStore([sampleFavorite('a')]);
    const { result } = renderHook(() => useNoteEditor(store, 'a'));
    act(() => result.current.onInput('One'));
    act(() => result.current.flush());
    act(() => result.current.onInput('One two'));
    act(() => result.current.flush());
    expect(writes).toHaveLength(1);
    writes[0]?.land();
    await settle();
    expect(writes.map((w) => w.note)).toEqual(['One', 'One two']);
    expect(result.current.status).toBe('saving');
    writes[1]?.land();
    await settle();
    expect(result.current.status).toBe('saved');
  });

  it('keeps the words and says why when a write fails; the next input tries again', async () => {
    const { store, writes } = fakeStore([sampleFavorite('a')]);
    const { result } = renderHook(() => useNoteEditor(store, 'a'));
    act(() => result.current.onInput('Precious words'));
    act(() => result.current.flush());
    writes[0]?.fail(new FavoritesError('favoritesQuota'));
    await settle();
    expect(result.current).toMatchObject({
      value: 'Precious words',
      status: 'failed',
      error: 'favoritesQuota',
    });
    // Not retried on its own: a full disk would fail in a loop.
    pass(NOTE_SAVE_DELAY_MS * 2);
    expect(writes).toHaveLength(1);
    act(() => result.current.onInput('Precious words!'));
    expect(result.current).toMatchObject({ status: 'saving', error: undefined });
    pass(NOTE_SAVE_DELAY_MS);
    expect(writes.map((w) => w.note)).toEqual(['Precious words', 'Precious words!']);
  });

  it('follows a change made on another page, but never while the user types', async () => {
    const { store, writes, change } = fakeStore([noted('Mine')]);
    const { result } = renderHook(() => useNoteEditor(store, 'a'));
    act(() => change([noted('From the other tab')]));
    expect(result.current.value).toBe('From the other tab');
    act(() => result.current.onInput('Typing here'));
    act(() => change([noted('Again from there')]));
    expect(result.current.value).toBe('Typing here');
    act(() => result.current.flush());
    writes[0]?.land();
    act(() => change([noted('Typing here')]));
    await settle();
    expect(result.current).toMatchObject({ value: 'Typing here', status: 'saved' });
    // Left, saved: the field follows again, and shows the note as stored (tidied).
    act(() => change([noted('Later from there')]));
    expect(result.current.value).toBe('Later from there');
  });

  it('saves what is pending when it goes, and when the page is hidden', () => {
    const { store, writes } = fakeStore([sampleFavorite('a'), sampleFavorite('b')]);
    const first = renderHook(() => useNoteEditor(store, 'a'));
    act(() => first.result.current.onInput('Closing the dialog'));
    first.unmount();
    expect(writes.map((w) => [w.lessonId, w.note])).toEqual([['a', 'Closing the dialog']]);
    const second = renderHook(() => useNoteEditor(store, 'b'));
    act(() => second.result.current.onInput('Closing the tab'));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(writes.map((w) => [w.lessonId, w.note])).toEqual([
      ['a', 'Closing the dialog'],
      ['b', 'Closing the tab'],
    ]);
  });

  it('saves the previous favorite’s note when it moves to another', () => {
    const { store, writes } = fakeStore([noted('Note of a'), { ...sampleFavorite('b'), note: 'Note of b' }]);
    const { result, rerender } = renderHook(({ id }) => useNoteEditor(store, id), {
      initialProps: { id: 'a' },
    });
    act(() => result.current.onInput('Note of a, longer'));
    rerender({ id: 'b' });
    expect(writes.map((w) => [w.lessonId, w.note])).toEqual([['a', 'Note of a, longer']]);
    expect(result.current).toMatchObject({ value: 'Note of b', status: 'idle' });
  });

  it('edits nothing without a favorite', () => {
    const { store, writes } = fakeStore([]);
    const { result } = renderHook(() => useNoteEditor(store, undefined));
    act(() => result.current.onInput('Nowhere'));
    act(() => result.current.flush());
    expect(result.current.value).toBe('');
    expect(writes).toHaveLength(0);
  });
});

describe('useFavoriteNotes', () => {
  it('opens one note at a time, and saves it on closing', () => {
    const { store, writes } = fakeStore([noted('Note of a'), sampleFavorite('b')]);
    const { result } = renderHook(() => useFavoriteNotes(store));
    expect(result.current.editingId).toBeUndefined();
    act(() => result.current.open('a'));
    expect(result.current.editor.value).toBe('Note of a');
    act(() => result.current.editor.onInput('Edited'));
    act(() => result.current.close());
    expect(result.current.editingId).toBeUndefined();
    expect(writes.map((w) => [w.lessonId, w.note])).toEqual([['a', 'Edited']]);
  });
});

describe('useNoteEditor with the favorites store', () => {
  beforeEach(freshIndexedDb);

  it('stores what is typed, tidied, and says Saved', async () => {
    const store = createFavoritesStore({ open: (callbacks) => openFavoritesDb(callbacks) });
    await store.start();
    await store.toggle(sampleFavorite('a'), true);
    const { result } = renderHook(() => useNoteEditor(store, 'a', () => 7));
    act(() => result.current.onInput('Tried it on Monday. '));
    await vi.waitFor(() => expect(result.current.status).toBe('saved'), { timeout: 2000 });
    expect(await listFavorites(await openFavoritesDb())).toEqual([
      { ...sampleFavorite('a'), note: 'Tried it on Monday.', noteAt: 7 },
    ]);
    // Still being typed in: the trailing space stays on screen until the field is left.
    expect(result.current.value).toBe('Tried it on Monday. ');
    act(() => result.current.flush());
    expect(result.current.value).toBe('Tried it on Monday.');
  });
});
