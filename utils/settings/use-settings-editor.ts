/**
 * The options page's settings: shown at once from the local mirror, loaded from sync storage,
 * and written back only when the user changes something, debounced so a burst of clicks is one
 * write, and sent at once when the page is hidden. Nothing is written until a read has succeeded:
 * a failed read shows defaults in memory and writes nothing, ever. A failed write keeps the value
 * on this device and says so; the next page retries it (settleUnsynced).
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { applyAppearance } from './appearance';
import { debounce } from './debounce';
import { DEFAULT_SETTINGS, type Settings, sameSettings } from './settings';
import { readMirror, writeMirror } from './settings-mirror';
import { readSettings, settleUnsynced, watchSettings, writeSettings } from './settings-store';

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
  /** Writes wait for a good read; `waiting` is the latest change made before it. */
  const [load] = useState(() => ({
    state: 'reading' as 'reading' | 'read' | 'failed',
    waiting: undefined as Settings | undefined,
    writes: 0,
  }));

  const send = useMemo(
    () => (next: Settings) => {
      if (load.state !== 'read') {
        load.waiting = next;
        return;
      }
      load.writes++;
      // The storage call is made now, before any await: a page being hidden still sends it.
      writeSettings(next)
        .then(
          () => {
            writeMirror({ settings: next, unsynced: false });
            setStatus({ kind: 'saved' });
          },
          () => {
            // Kept here, marked; the synced value stays as it was until a write succeeds.
            writeMirror({ settings: next, unsynced: true });
            setStatus({ kind: 'sync-failed' });
          },
        )
        .finally(() => load.writes--);
    },
    [load],
  );
  const save = useMemo(() => debounce(send, SAVE_DELAY_MS), [send]);
  /** Our own changes echo back from storage; while one is on its way, the screen is newer. */
  const busy = () => save.pending() || load.writes > 0;

  useEffect(() => {
    let live = true;
    void readSettings().then(async (read) => {
      if (!live) return;
      if (!read.ok) {
        load.state = 'failed';
        load.waiting = undefined;
        return setStatus({ kind: 'load-failed' });
      }
      load.state = 'read';
      if (load.waiting) return send(load.waiting);
      if (busy()) return;
      const shown = await settleUnsynced(read.settings);
      if (!live || busy()) return;
      setSettings((current) => (sameSettings(current, shown) ? current : shown));
      writeMirror({ settings: shown, unsynced: readMirror().unsynced });
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
  }, [save, send, load]);

  useLayoutEffect(() => applyAppearance(settings.appearance), [settings.appearance]);

  const change = (next: Settings) => {
    setSettings(next);
    // Newer than sync storage until the write lands: new tabs opened meanwhile trust this copy.
    // After a failed read nothing is kept or sent: the stored settings were not seen.
    if (load.state === 'failed') return;
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
