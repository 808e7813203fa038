/**
 * Settings as an open page sees them: starts from the local mirror (first frame), then adopts
 * what sync storage holds and any later change, from the options page on this device (through
 * the mirror's storage event, at once) or from another device (through sync), without reload.
 * A local change that never reached sync is sent once sync has been read.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { applyAppearance } from './appearance';
import { type Settings, sameSettings } from './settings';
import { MIRROR_KEY, readMirror, writeMirror } from './settings-mirror';

export function useLiveSettings(initial: Settings): Settings {
  const [settings, setSettings] = useState(initial);

  useEffect(() => {
    let live = true;
    const adopt = (next: Settings) => {
      if (live) setSettings((current) => (sameSettings(current, next) ? current : next));
    };
    const onMirror = (event: StorageEvent) => {
      if (event.key === MIRROR_KEY) adopt(readMirror().settings);
    };
    let stop = () => {};
    // Sync storage (and the extension API with it) is read after the first frame.
    void import('./settings-store').then(({ adoptSynced, readSettings, settleUnsynced, watchSettings }) => {
      if (!live) return;
      // A change whose page closed before it reached sync is sent now (a failed read sends nothing).
      void readSettings().then(async (read) => {
        if (read.ok && live) adopt(await settleUnsynced(read.settings));
      });
      stop = watchSettings((synced) => adopt(adoptSynced(synced)));
    });
    window.addEventListener('storage', onMirror);
    return () => {
      live = false;
      stop();
      window.removeEventListener('storage', onMirror);
    };
  }, []);

  // Before the next paint, not after it: Preact runs plain effects on an animation frame, which a
  // background tab in Firefox only gets about once a second.
  useLayoutEffect(() => {
    applyAppearance(settings.appearance);
    const mirror = readMirror();
    if (!mirror.unsynced && !sameSettings(mirror.settings, settings))
      writeMirror({ settings, unsynced: false });
  }, [settings]);

  return settings;
}
