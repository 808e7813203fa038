import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { readMirror, writeMirror } from '../../utils/settings-mirror';
import { memory } from './memory-slot';

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

  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readMirror(broken)).toEqual({ settings: DEFAULT_SETTINGS, unsynced: false });
    expect(() => writeMirror({ settings: DEFAULT_SETTINGS, unsynced: false }, broken)).not.toThrow();
  });
});
