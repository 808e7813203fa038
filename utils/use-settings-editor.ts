/**
 * The options page's settings: shown at once from the local mirror, loaded from sync storage,
 * and written back only when the user changes something, debounced so a burst of clicks is one
 * write. A failed write keeps the value on this device and says so; nothing synced is removed.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyAppearance } from './appearance';
import { debounce } from './debounce';
import { DEFAULT_SETTINGS, type Settings, sameSettings } from './settings';
import { settingsItem } from './settings-item';
import { readMirror, writeMirror } from './settings-mirror';
import { readSettings, watchSettings } from './settings-store';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'load-failed' }
  | { kind: 'sync-failed' };

/** Chrome allows 120 sync writes a minute: one write per pause in the clicking keeps far below. */
export const SAVE_DELAY_MS = 600;

export function useSettingsEditor() {
  const [settings, setSettings] = useState(() => readMirror().settings);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });

  const [writing] = useState(() => ({ count: 0 }));
  const save = useMemo(
    () =>
      debounce(async (next: Settings) => {
        writing.count++;
        try {
          await settingsItem().setValue(next);
          writeMirror({ settings: next, unsynced: false });
          setStatus({ kind: 'saved' });
        } catch {
          // Keep it here; the synced value stays as it was until a write succeeds.
          writeMirror({ settings: next, unsynced: true });
          setStatus({ kind: 'sync-failed' });
        } finally {
          writing.count--;
        }
      }, SAVE_DELAY_MS),
    [writing],
  );
  /** Our own changes echo back from storage; while one is on its way, the screen is newer. */
  const busy = () => save.pending() || writing.count > 0;

  useEffect(() => {
    let live = true;
    // Read (and migrate) in memory; the storage item is only defined, and the stored value only
    // migrated for good, when the user first changes something.
    void readSettings().then((read) => {
      if (!live) return;
      // Defaults in memory only: nothing is written until the user changes something.
      if (!read.ok) return setStatus({ kind: 'load-failed' });
      if (busy() || readMirror().unsynced) return;
      setSettings((current) => (sameSettings(current, read.settings) ? current : read.settings));
      writeMirror({ settings: read.settings, unsynced: false });
    });
    const stop = watchSettings((next) => {
      if (live && !busy()) setSettings((current) => (sameSettings(current, next) ? current : next));
    });
    const flush = () => save.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      live = false;
      stop();
      window.removeEventListener('pagehide', flush);
      save.flush();
    };
  }, [save]);

  useEffect(() => applyAppearance(settings.appearance), [settings.appearance]);

  const change = (next: Settings) => {
    setSettings(next);
    // Newer than sync storage until the write lands: new tabs opened meanwhile trust this copy.
    writeMirror({ settings: next, unsynced: true });
    save(next);
  };

  return {
    settings,
    status,
    update: (patch: Partial<Settings>) => change({ ...settings, ...patch }),
    reset: () => change(DEFAULT_SETTINGS),
  };
}
