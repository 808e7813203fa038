/**
 * The options page's settings: shown at once from the local mirror, loaded from sync storage,
 * and written back only when the user changes something: at once, and a burst of clicks as one
 * more write (and what is left when the page is hidden). Changes made before the read are replayed on
 * what it finds; after a failed read nothing is ever written (nor marked to be written later). A
 * failed write keeps the change on this device, marked with what sync held, and the next page
 * replays it (settleUnsynced).
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { applyAppearance } from './appearance';
import { debounce } from './debounce';
import { DEFAULT_SETTINGS, type Settings, sameSettings } from './settings';
import { readMirror, writeMirror } from './settings-mirror';
import { adoptSynced, readSettings, settleUnsynced, watchSettings, writeSettings } from './settings-store';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'load-failed' }
  | { kind: 'sync-failed' };

/** Chrome allows 120 sync writes a minute: two writes per burst of clicks keeps far below. */
export const SAVE_DELAY_MS = 600;

interface Load {
  state: 'reading' | 'read' | 'failed';
  /** What sync holds, as far as this page knows: the base of a change made here. */
  synced?: Settings;
  /** Changes made before the read, replayed on what it finds. */
  early: Partial<Settings>;
  writes: number;
}

export function useSettingsEditor() {
  const [settings, setSettings] = useState(() => readMirror().settings);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [load] = useState<Load>(() => ({ state: 'reading', early: {}, writes: 0 }));

  /** Marks a change as this device's until sync has it, then sends it. */
  const send = useMemo(
    () => (next: Settings) => {
      const base = load.synced;
      load.writes++;
      // The storage call is made now, before any await: a page being hidden still sends it.
      writeSettings(next)
        .then(
          () => {
            load.synced = next;
            // Unless a newer change was made meanwhile.
            if (sameSettings(readMirror().settings, next)) writeMirror({ settings: next, unsynced: false });
            setStatus({ kind: 'saved' });
          },
          () => {
            writeMirror({ settings: next, unsynced: true, base });
            setStatus({ kind: 'sync-failed' });
          },
        )
        .finally(() => load.writes--);
    },
    [load],
  );
  // A change is sent at once (a page closed right after still sent it: Firefox drops an API call
  // made while a page unloads, so flushing on pagehide is not enough); the rest of a burst follows
  // as one more write.
  const save = useMemo(() => debounce(send, SAVE_DELAY_MS, { leading: true }), [send]);
  /** Our own changes echo back from storage; while one is on its way, the screen is newer. */
  const busy = () => save.pending() || load.writes > 0;

  useEffect(() => {
    let live = true;
    void readSettings().then(async (read) => {
      if (!live) return;
      if (!read.ok) {
        load.state = 'failed';
        return setStatus({ kind: 'load-failed' });
      }
      const shown = await settleUnsynced(read.settings);
      if (!live) return;
      load.state = 'read';
      load.synced = shown;
      const early = load.early;
      if (Object.keys(early).length === 0) {
        if (!busy()) setSettings((current) => (sameSettings(current, shown) ? current : shown));
        return;
      }
      const next = { ...shown, ...early };
      setSettings(next);
      writeMirror({ settings: next, unsynced: true, base: shown });
      send(next);
    });
    const stop = watchSettings((synced) => {
      if (!live) return;
      load.synced = synced;
      if (load.state === 'read' && !busy()) {
        const shown = adoptSynced(synced);
        setSettings((current) => (sameSettings(current, shown) ? current : shown));
      }
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

  const change = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    // Before the read: kept for it. After a failed read: shown only, never kept or sent.
    if (load.state === 'reading') load.early = { ...load.early, ...patch };
    if (load.state !== 'read') return;
    // Newer than sync storage until the write lands: new tabs opened meanwhile trust this copy.
    writeMirror({ settings: next, unsynced: true, base: load.synced });
    save(next);
  };

  return { settings, status, update: change, reset: () => change(DEFAULT_SETTINGS) };
}
