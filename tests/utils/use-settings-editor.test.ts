import { act, renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../utils/settings';
import { readMirror } from '../../utils/settings-mirror';
import { SAVE_DELAY_MS, useSettingsEditor } from '../../utils/use-settings-editor';

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

  it('saves a burst of changes as one write', async () => {
    const { result } = renderHook(() => useSettingsEditor());
    await waitFor(() => expect(result.current.settings).toEqual(synced));
    const set = vi.spyOn(browser.storage.sync, 'set');
    act(() => result.current.update({ appearance: 'dark' }));
    act(() => result.current.update({ rotation: 'daily' }));
    act(() => result.current.update({ themes: ['failure'] }));
    await waitFor(() => expect(result.current.status.kind).toBe('saved'), { timeout: 2000 });
    const writes = set.mock.calls.filter(([items]) => 'settings' in (items as object));
    expect(writes).toHaveLength(1);
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
    expect(readMirror()).toEqual({ settings: { ...synced, appearance: 'dark' }, unsynced: true });
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
});
