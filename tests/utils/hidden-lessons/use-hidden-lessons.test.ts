import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HIDDEN_MIRROR_KEY, readHidden, readHiddenIds } from '../../../utils/hidden-lessons/hidden-store';
import { useHiddenLessons } from '../../../utils/hidden-lessons/use-hidden-lessons';
import v1 from '../../fixtures/hidden-v1.json';
import { memory } from '../first-frame/memory-slot';

const storage = async () => browser.storage;
const ids = (set: ReadonlySet<string>) => [...set];

describe('useHiddenLessons', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('knows the mirror’s ids from the first render, then the record’s dates', async () => {
    await browser.storage.local.set(v1.local);
    const slot = memory();
    slot.setItem(HIDDEN_MIRROR_KEY, v1.localStorage['lesson-tab:hidden']);
    const { result } = renderHook(() => useHiddenLessons(storage, slot));
    expect(ids(result.current.ids)).toEqual(v1.local.hidden.lessons.map((lesson) => lesson.id));
    await waitFor(() => expect(result.current.lessons).toEqual(v1.local.hidden.lessons));
  });

  it('rebuilds a lost mirror once the record is read', async () => {
    await browser.storage.local.set(v1.local);
    const slot = memory();
    const { result } = renderHook(() => useHiddenLessons(storage, slot));
    expect(result.current.ids.size).toBe(0);
    await waitFor(() => expect(result.current.ids.size).toBe(3));
    expect(slot.getItem(HIDDEN_MIRROR_KEY)).toBe(v1.localStorage['lesson-tab:hidden']);
  });

  it('hides at once, writes, and shows again', async () => {
    const slot = memory();
    const { result } = renderHook(() => useHiddenLessons(storage, slot, () => 1234));
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.hide('a');
    });
    expect(ids(result.current.ids)).toEqual(['a']);
    await act(() => done);
    expect(await readHidden(browser.storage.local)).toEqual([{ id: 'a', hiddenAt: 1234 }]);
    expect(ids(readHiddenIds(slot))).toEqual(['a']);
    await act(() => result.current.showAgain('a'));
    expect(result.current.ids.size).toBe(0);
    expect(await readHidden(browser.storage.local)).toEqual([]);
  });

  it('sees a hide made in another page, and its "show again"', async () => {
    // Two pages of the extension: one storage.local, one localStorage.
    const slot = memory();
    const options = renderHook(() => useHiddenLessons(storage, slot));
    const newTab = renderHook(() => useHiddenLessons(storage, slot));
    await act(() => newTab.result.current.hide('a'));
    await waitFor(() => expect(ids(options.result.current.ids)).toEqual(['a']));
    await act(() => options.result.current.showAgain('a'));
    await waitFor(() => expect(newTab.result.current.ids.size).toBe(0));
  });

  it('keeps two quick hides of one page, each shown at once', async () => {
    const { result } = renderHook(() => useHiddenLessons(storage, memory()));
    await act(async () => {
      await Promise.all([result.current.hide('a'), result.current.hide('b')]);
    });
    expect(ids(result.current.ids).toSorted()).toEqual(['a', 'b']);
    expect((await readHidden(browser.storage.local)).map((lesson) => lesson.id).toSorted()).toEqual([
      'a',
      'b',
    ]);
  });

  it('undoes a change that could not be written, and says so', async () => {
    const { result } = renderHook(() => useHiddenLessons(storage, memory()));
    await waitFor(() => expect(result.current.lessons).toEqual([]));
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES'));
    await act(() => expect(result.current.hide('a')).rejects.toThrow('QUOTA_BYTES'));
    expect(result.current.ids.size).toBe(0);
  });

  it('keeps the mirror’s ids when storage cannot be read', async () => {
    const slot = memory();
    slot.setItem(HIDDEN_MIRROR_KEY, v1.localStorage['lesson-tab:hidden']);
    vi.spyOn(browser.storage.local, 'get').mockRejectedValue(new Error('storage is broken'));
    const { result } = renderHook(() => useHiddenLessons(storage, slot));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.ids.size).toBe(3);
  });

  it('stops listening when the page goes', async () => {
    const add = vi.spyOn(browser.storage.onChanged, 'addListener');
    const remove = vi.spyOn(browser.storage.onChanged, 'removeListener');
    const { unmount } = renderHook(() => useHiddenLessons(storage, memory()));
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    unmount();
    expect(remove).toHaveBeenCalledWith(add.mock.calls[0]?.[0]);
  });
});
