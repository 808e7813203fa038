import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../utils/settings/settings';
import { readMirror, writeMirror } from '../../../utils/settings/settings-mirror';
import { SAVE_DELAY_MS, useSettingsEditor } from '../../../utils/settings/use-settings-editor';

const synced = { ...DEFAULT_SETTINGS, appearance: 'light' as const };

describe('useSettingsEditor', () => {
  beforeEach(async () => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    localStorage.clear();
    await browser.storage.sync.set({ settings: synced, settings$: { v: SETTINGS_VERSION } });
  });

  it('loads the synced settings and writes nothing until the user changes something', async () => {
    const set = vi.spyOn(browser.storage.sync, 'set');
    const { result } = renderHook(() => useSettingsEditor());
    await waitFor(() => expect(result.current.settings).toEqual(synced));
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 100));
    expect(set).not.toHaveBeenCalled();
  });

  it('sends the first change at once and the rest of a burst as one more write', async () => {
    const { result } = renderHook(() => useSettingsEditor());
    await waitFor(() => expect(result.current.settings).toEqual(synced));
    const set = vi.spyOn(browser.storage.sync, 'set');
    act(() => result.current.update({ appearance: 'dark' }));
    act(() => result.current.update({ rotation: 'daily' }));
    act(() => result.current.update({ themes: ['failure'] }));
    const writes = () => set.mock.calls.filter(([items]) => 'settings' in (items as object));
    // The first change is on its way at once.
    expect(writes()).toHaveLength(1);
    await waitFor(() => expect(writes()).toHaveLength(2), { timeout: 2000 });
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 100));
    expect(writes()).toHaveLength(2);
    expect((await browser.storage.sync.get('settings')).settings).toEqual({
      ...synced,
      appearance: 'dark',
      rotation: 'daily',
      themes: ['failure'],
    });
  });

  it('keeps a change on this device when sync refuses it, and leaves the synced value alone', async () => {
    const { result } = renderHook(() => useSettingsEditor());
    await waitFor(() => expect(result.current.settings).toEqual(synced));
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    act(() => result.current.update({ appearance: 'dark' }));
    await waitFor(() => expect(result.current.status.kind).toBe('sync-failed'), { timeout: 2000 });
    expect(result.current.settings.appearance).toBe('dark');
    expect(readMirror()).toEqual({
      settings: { ...synced, appearance: 'dark' },
      unsynced: true,
      base: synced,
    });
    expect((await browser.storage.sync.get('settings')).settings).toEqual(synced);
  });

  it('shows defaults in memory when the stored settings cannot be read, writing nothing', async () => {
    vi.spyOn(browser.storage.sync, 'get').mockRejectedValue(new Error('sync is broken'));
    const set = vi.spyOn(browser.storage.sync, 'set');
    const { result } = renderHook(() => useSettingsEditor());
    await waitFor(() => expect(result.current.status.kind).toBe('load-failed'));
    expect(result.current.settings).toEqual(DEFAULT_SETTINGS);
    expect(set).not.toHaveBeenCalled();
  });

  it('sends a change at once when the page is hidden right after it (closed within the pause)', async () => {
    const { result, unmount } = renderHook(() => useSettingsEditor());
    await waitFor(() => expect(result.current.settings).toEqual(synced));
    const set = vi.spyOn(browser.storage.sync, 'set');
    act(() => result.current.update({ appearance: 'dark' }));
    window.dispatchEvent(new Event('pagehide'));
    // The call is made before the page goes: nothing waits on a promise first.
    expect(set).toHaveBeenCalledWith({
      settings: { ...synced, appearance: 'dark' },
      settings$: { v: SETTINGS_VERSION },
    });
    unmount();
  });

  it('writes an unsynced copy left by a closed page on the next load, then follows sync again', async () => {
    const local = { ...synced, appearance: 'dark' as const };
    writeMirror({ settings: local, unsynced: true });
    const { result } = renderHook(() => useSettingsEditor());
    await waitFor(() => expect(readMirror()).toEqual({ settings: local, unsynced: false }));
    expect((await browser.storage.sync.get('settings')).settings).toEqual(local);
    expect(result.current.settings).toEqual(local);
    // Another device changes something: this one follows.
    await browser.storage.sync.set({ settings: { ...local, rotation: 'daily' } });
    await waitFor(() => expect(result.current.settings.rotation).toBe('daily'));
  });

  it('clears the unsynced mark when sync already agrees, writing nothing', async () => {
    writeMirror({ settings: synced, unsynced: true });
    const set = vi.spyOn(browser.storage.sync, 'set');
    renderHook(() => useSettingsEditor());
    await waitFor(() => expect(readMirror()).toEqual({ settings: synced, unsynced: false }));
    expect(set).not.toHaveBeenCalled();
  });

  it('never writes after a failed read, even when the user changes something', async () => {
    vi.spyOn(browser.storage.sync, 'get').mockRejectedValue(new Error('sync is broken'));
    const set = vi.spyOn(browser.storage.sync, 'set');
    const { result, unmount } = renderHook(() => useSettingsEditor());
    await waitFor(() => expect(result.current.status.kind).toBe('load-failed'));
    act(() => result.current.update({ appearance: 'dark' }));
    await new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS + 100));
    window.dispatchEvent(new Event('pagehide'));
    unmount();
    expect(set).not.toHaveBeenCalled();
    expect(result.current.status.kind).toBe('load-failed');
  });

  it('keeps a v2 value stored without its version marker when the user changes one thing', async () => {
    const stored = { ...synced, rotation: 'hourly' as const, lessonsFrom: 'favorites' as const };
    fakeBrowser.reset();
    await browser.storage.sync.set({ settings: stored });
    const { result } = renderHook(() => useSettingsEditor());
    await waitFor(() => expect(result.current.settings).toEqual(stored));
    act(() => result.current.update({ appearance: 'dark' }));
    await waitFor(() => expect(result.current.status.kind).toBe('saved'), { timeout: 2000 });
    expect(await browser.storage.sync.get(['settings', 'settings$'])).toEqual({
      settings: { ...stored, appearance: 'dark' },
      settings$: { v: SETTINGS_VERSION },
    });
  });

  it('never writes a local change over a newer one from another device: only the fields it changed', async () => {
    // Changed here on top of `synced` (dark), and left unsynced; meanwhile another device chose
    // daily lessons.
    const local = { ...synced, appearance: 'dark' as const };
    writeMirror({ settings: local, unsynced: true, base: synced });
    await browser.storage.sync.set({ settings: { ...synced, rotation: 'daily' } });
    const { result } = renderHook(() => useSettingsEditor());
    const both = { ...synced, appearance: 'dark', rotation: 'daily' };
    await waitFor(() => expect(result.current.settings).toEqual(both));
    expect((await browser.storage.sync.get('settings')).settings).toEqual(both);
    await waitFor(() => expect(readMirror().unsynced).toBe(false));
  });

  it('applies a change made before the stored settings are read on top of them, not on defaults', async () => {
    const stored = { ...synced, rotation: 'hourly' as const, themes: ['failure' as const] };
    await browser.storage.sync.set({ settings: stored });
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const realGet = browser.storage.sync.get.bind(browser.storage.sync);
    vi.spyOn(browser.storage.sync, 'get').mockImplementation(async (keys) => {
      await gate;
      return realGet(keys as never);
    });
    const { result } = renderHook(() => useSettingsEditor());
    act(() => result.current.update({ appearance: 'dark' }));
    // Not marked: if the read fails, nothing of it may be sent later.
    expect(readMirror().unsynced).toBe(false);
    release();
    await waitFor(() => expect(result.current.status.kind).toBe('saved'), { timeout: 2000 });
    expect((await browser.storage.sync.get('settings')).settings).toEqual({ ...stored, appearance: 'dark' });
    expect(result.current.settings).toEqual({ ...stored, appearance: 'dark' });
  });
});
