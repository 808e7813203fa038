import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readEverything } from '../../../utils/backup/backup-db';
import { openFavoritesDb } from '../../../utils/favorites/favorites-db';
import type { FavoritesState } from '../../../utils/favorites/favorites-store';
import { SAFETY_COPY_KEY } from '../../../utils/safety-copy/safety-copy-store';
import { type SafetyCopyDeps, useSafetyCopy } from '../../../utils/safety-copy/use-safety-copy';
import { freshIndexedDb, sampleFavorite } from '../favorites/favorites-test-kit';
import { memoryArea, sampleCopy } from './safety-copy-test-kit';

const stored = (copy: ReturnType<typeof sampleCopy>) => ({ [SAFETY_COPY_KEY]: { version: 1, ...copy } });
const empty: FavoritesState = { status: 'ready', favorites: [] };

function setUp(state: SafetyCopyDeps['state'], area = memoryArea(stored(sampleCopy(['a', 'b'], ['mine'])))) {
  const store = { reload: vi.fn(async () => undefined) };
  const deps = { store, state, area: async () => area, open: () => openFavoritesDb() };
  return {
    store,
    area,
    ...renderHook((props: SafetyCopyDeps) => useSafetyCopy(props), { initialProps: deps }),
  };
}

describe('useSafetyCopy', () => {
  beforeEach(freshIndexedDb);

  it('offers the copy to an empty database, and restores it on the click only', async () => {
    const { result, store } = setUp(empty);
    await waitFor(() =>
      expect(result.current.offer).toMatchObject({ restorable: true, favorites: 2, lessons: 1 }),
    );
    expect(await readEverything(await openFavoritesDb())).toEqual({ favorites: [], lessons: [] });
    act(() => result.current.onRestore());
    expect(result.current.restoring).toBe(true);
    await waitFor(() =>
      expect(result.current.result).toEqual({
        ok: true,
        added: 2,
        updated: 0,
        lessonsAdded: 1,
        lessonsLeft: 0,
      }),
    );
    expect(result.current.restoring).toBe(false);
    expect(result.current.offer).toBeUndefined();
    expect(store.reload).toHaveBeenCalledTimes(1);
    const restored = await readEverything(await openFavoritesDb());
    expect(restored.favorites.map((f) => f.lessonId).toSorted()).toEqual(['a', 'b']);
    expect(restored.lessons).toHaveLength(1);
  });

  it('never reads the copy while the database shows favorites', async () => {
    const area = memoryArea(stored(sampleCopy(['a'])));
    const get = vi.spyOn(area, 'get');
    const { result } = setUp({ status: 'ready', favorites: [sampleFavorite('here')] }, area);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(get).not.toHaveBeenCalled();
    expect(result.current.offer).toBeUndefined();
  });

  it('offers nothing once the page has shown favorites, even if they are all removed since', async () => {
    const area = memoryArea(stored(sampleCopy(['a'])));
    const { result, rerender, store } = setUp({ status: 'ready', favorites: [sampleFavorite('here')] }, area);
    rerender({ store, state: empty, area: async () => area, open: () => openFavoritesDb() });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(result.current.offer).toBeUndefined();
  });

  it('says the copy cannot be restored while the database will not open, and keeps it', async () => {
    const area = memoryArea(stored(sampleCopy(['a'])));
    const { result } = setUp({ status: 'unavailable', favorites: [], database: 'unopenable' }, area);
    await waitFor(() => expect(result.current.offer).toMatchObject({ restorable: false, favorites: 1 }));
    expect(area.writes).toBe(0);
  });

  it('reports a failed restore, writes nothing, and offers the copy again', async () => {
    const { result, rerender, store, area } = setUp(empty);
    await waitFor(() => expect(result.current.offer).toBeDefined());
    // The database opened for the page, but not for the restore.
    const open = () => Promise.reject(new DOMException('UnknownError', 'UnknownError'));
    rerender({ store, state: empty, area: async () => area, open });
    act(() => result.current.onRestore());
    await waitFor(() => expect(result.current.result).toEqual({ ok: false }));
    expect(result.current.offer).toBeDefined();
    expect(store.reload).not.toHaveBeenCalled();
    expect(await readEverything(await openFavoritesDb())).toEqual({ favorites: [], lessons: [] });
    expect(area.writes).toBe(0);
  });
});
