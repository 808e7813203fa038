import { renderHook, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../utils/settings/settings';
import { readMirror, writeMirror } from '../../../utils/settings/settings-mirror';
import { useLiveSettings } from '../../../utils/settings/use-live-settings';

const synced = { ...DEFAULT_SETTINGS, appearance: 'light' as const };

describe('useLiveSettings (the new tab)', () => {
  beforeEach(async () => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    localStorage.clear();
    await browser.storage.sync.set({ settings: synced, settings$: { v: SETTINGS_VERSION } });
  });

  it('writes nothing when the local copy agrees with sync', async () => {
    writeMirror({ settings: synced, unsynced: false });
    const set = vi.spyOn(browser.storage.sync, 'set');
    const { result } = renderHook(() => useLiveSettings(synced));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(result.current).toEqual(synced);
    expect(set).not.toHaveBeenCalled();
  });

  it('sends a change a closed options page left unsynced, then follows other devices again', async () => {
    const local = { ...synced, appearance: 'dark' as const };
    writeMirror({ settings: local, unsynced: true });
    const { result } = renderHook(() => useLiveSettings(local));
    await waitFor(() => expect(readMirror()).toEqual({ settings: local, unsynced: false }));
    expect((await browser.storage.sync.get('settings')).settings).toEqual(local);
    // Another device's change now applies here.
    await browser.storage.sync.set({ settings: { ...local, rotation: 'daily' } });
    await waitFor(() => expect(result.current.rotation).toBe('daily'));
  });

  it('sends nothing when sync cannot be read', async () => {
    writeMirror({ settings: { ...synced, appearance: 'dark' }, unsynced: true });
    vi.spyOn(browser.storage.sync, 'get').mockRejectedValue(new Error('sync is broken'));
    const set = vi.spyOn(browser.storage.sync, 'set');
    renderHook(() => useLiveSettings(synced));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(set).not.toHaveBeenCalled();
    expect(readMirror().unsynced).toBe(true);
  });

  it('follows another device at once while a change of its own is unsynced, keeping that change', async () => {
    const local = { ...synced, appearance: 'dark' as const };
    writeMirror({ settings: local, unsynced: true, base: synced });
    // Sync refuses this page's retry, so the local change stays unsynced.
    vi.spyOn(browser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));
    const { result } = renderHook(() => useLiveSettings(local));
    await new Promise((resolve) => setTimeout(resolve, 50));
    vi.restoreAllMocks();
    await browser.storage.sync.set({ settings: { ...synced, language: 'fr' } });
    await waitFor(() => expect(result.current).toEqual({ ...synced, appearance: 'dark', language: 'fr' }));
  });

  it('clears the unsynced mark when the change arrives from sync (its write landed, its page closed)', async () => {
    const local = { ...synced, appearance: 'dark' as const };
    writeMirror({ settings: local, unsynced: true, base: synced });
    vi.spyOn(browser.storage.sync, 'get').mockReturnValueOnce(new Promise(() => {}) as never);
    renderHook(() => useLiveSettings(local));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await browser.storage.sync.set({ settings: local });
    await waitFor(() => expect(readMirror()).toEqual({ settings: local, unsynced: false }));
  });
});
