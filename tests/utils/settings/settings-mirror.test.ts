import { describe, expect, it } from 'vitest';
import { localSlot } from '../../../utils/first-frame/local-json';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { readMirror, writeMirror } from '../../../utils/settings/settings-mirror';
import { broken, memory } from '../first-frame/memory-slot';

describe('settings mirror', () => {
  it('round-trips settings and the unsynced flag', () => {
    const store = memory();
    const settings = { ...DEFAULT_SETTINGS, appearance: 'dark' as const, themes: ['failure' as const] };
    writeMirror({ settings, unsynced: true }, store);
    expect(readMirror(store)).toEqual({ settings, unsynced: true });
  });

  it.each(['not json', '{"settings": {"appearance": "neon"}}', 'null'])(
    'reads %s as sanitized defaults',
    (raw) => {
      const store = memory();
      store.setItem('lesson-tab:settings', raw);
      expect(readMirror(store)).toEqual({ settings: DEFAULT_SETTINGS, unsynced: false });
    },
  );

  it('survives a storage that throws, and a localStorage that throws on access', () => {
    expect(readMirror(broken())).toEqual({ settings: DEFAULT_SETTINGS, unsynced: false });
    expect(() => writeMirror({ settings: DEFAULT_SETTINGS, unsynced: false }, broken())).not.toThrow();
    const blocked = Object.defineProperty({}, 'localStorage', {
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(localSlot(blocked)).toBeUndefined();
    expect(readMirror(localSlot(blocked))).toEqual({ settings: DEFAULT_SETTINGS, unsynced: false });
  });
});
