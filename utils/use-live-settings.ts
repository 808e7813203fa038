/**
 * Settings as an open page sees them: starts from the local mirror (first frame), then adopts
 * what sync storage holds and any later change from another page or device, without reload.
 */
import { useEffect, useState } from 'preact/hooks';
import { applyAppearance } from './appearance';
import { type Settings, sameSettings } from './settings';
import { readMirror, writeMirror } from './settings-mirror';
import { readSettings, watchSettings } from './settings-store';

export function useLiveSettings(initial: Settings): Settings {
  const [settings, setSettings] = useState(initial);

  useEffect(() => {
    let live = true;
    const adopt = (next: Settings) => {
      // A change this device could not sync yet wins here until it is synced.
      if (!live || readMirror().unsynced) return;
      setSettings((current) => (sameSettings(current, next) ? current : next));
    };
    void readSettings().then((read) => read.ok && adopt(read.settings));
    const stop = watchSettings(adopt);
    return () => {
      live = false;
      stop();
    };
  }, []);

  useEffect(() => {
    applyAppearance(settings.appearance);
    const mirror = readMirror();
    if (!mirror.unsynced && !sameSettings(mirror.settings, settings))
      writeMirror({ settings, unsynced: false });
  }, [settings]);

  return settings;
}
