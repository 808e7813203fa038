import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { THEMES } from '../../../data/lesson';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  SETTINGS_VERSION,
  sanitizeSettings,
} from '../../../utils/settings/settings';
import { readSettings, writeSettings } from '../../../utils/settings/settings-store';
import v1 from '../../fixtures/settings-v1.json';
import v2 from '../../fixtures/settings-v2.json';

describe('sanitizeSettings', () => {
  it.each([
    ['nothing', undefined, DEFAULT_SETTINGS],
    ['a string', 'dark', DEFAULT_SETTINGS],
    ['an array', [1, 2], DEFAULT_SETTINGS],
    [
      'unknown themes and duplicates',
      { themes: ['failure', 'astrology', 'failure', 7] },
      { ...DEFAULT_SETTINGS, themes: ['failure'] },
    ],
    ['themes that are not a list', { themes: 'failure' }, DEFAULT_SETTINGS],
    [
      'bad enum values',
      { rotation: 'weekly', lessonsFrom: 'friends', appearance: 'sepia' },
      DEFAULT_SETTINGS,
    ],
    [
      'good values, kept as set',
      { themes: ['vision', 'failure'], rotation: 'daily', lessonsFrom: 'favorites', appearance: 'dark' },
      {
        themes: ['failure', 'vision'],
        rotation: 'daily',
        lessonsFrom: 'favorites',
        appearance: 'dark',
        language: 'auto',
        comeBack: 'sometimes',
        syncFavorites: true,
      },
    ],
  ])('%s', (_name, value, expected) => {
    expect(sanitizeSettings(value)).toEqual(expected);
  });

  it('keeps one good field when another is bad', () => {
    expect(sanitizeSettings({ appearance: 'dark', rotation: 42 })).toEqual({
      ...DEFAULT_SETTINGS,
      appearance: 'dark',
    });
  });
});

describe('migrations', () => {
  it.each(v1.cases.map((c) => [JSON.stringify(c.stored), c] as const))(
    'v1 %s',
    (_name, { stored, expected }) => {
      expect(migrateSettings(stored, 1)).toEqual(expected);
    },
  );

  it('leaves a current value alone', () => {
    const current = { ...DEFAULT_SETTINGS, appearance: 'light' };
    expect(migrateSettings(current, SETTINGS_VERSION)).toEqual(current);
  });

  it.each(v2.cases.map((c) => [c.name, c] as const))(
    'a v2 value %s is kept, whatever its marker says',
    (_name, c) => {
      expect(migrateSettings(c.stored, 1)).toEqual(c.expected);
      expect(migrateSettings(c.stored)).toEqual(c.expected);
      expect(migrateSettings(c.stored, SETTINGS_VERSION)).toEqual(c.expected);
    },
  );
});

describe('readSettings (the new tab)', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('gives defaults when nothing is stored, and writes nothing', async () => {
    const set = vi.spyOn(browser.storage.sync, 'set');
    expect(await readSettings()).toEqual({ ok: true, settings: DEFAULT_SETTINGS, stored: false });
    expect(set).not.toHaveBeenCalled();
  });

  it('migrates a v1 value in memory without writing it back', async () => {
    await browser.storage.sync.set({ settings: { themes: ['failure'], mode: 'day' } });
    const set = vi.spyOn(browser.storage.sync, 'set');
    const read = await readSettings();
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, themes: ['failure'], rotation: 'daily' });
    expect(set).not.toHaveBeenCalled();
  });

  it('reads a current value with its version', async () => {
    const stored = { ...DEFAULT_SETTINGS, themes: [...THEMES].reverse(), appearance: 'dark' };
    await browser.storage.sync.set({ settings: stored, settings$: { v: SETTINGS_VERSION } });
    expect((await readSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, appearance: 'dark' });
  });

  it.each(v2.cases.map((c) => [c.name, c] as const))(
    'reads a v2 value %s stored without its version marker as it is',
    async (_name, { stored, expected }) => {
      await browser.storage.sync.set({ settings: stored });
      expect((await readSettings()).settings).toEqual(expected);
    },
  );

  it.each(v1.cases.map((c) => [JSON.stringify(c.stored), c] as const))(
    'reads a v1 value %s without its marker as v1',
    async (_name, { stored, expected }) => {
      await browser.storage.sync.set({ settings: stored });
      expect((await readSettings()).settings).toEqual(expected);
    },
  );

  it('reads settings from a newer version as not ours to write (shown, never rewritten)', async () => {
    const newer = { ...DEFAULT_SETTINGS, appearance: 'dark', future: 'field' };
    await browser.storage.sync.set({ settings: newer, settings$: { v: SETTINGS_VERSION + 1 } });
    expect(await readSettings()).toEqual({
      ok: false,
      settings: { ...DEFAULT_SETTINGS, appearance: 'dark' },
    });
  });

  it('falls back to defaults in memory when the read fails, touching nothing', async () => {
    await browser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, appearance: 'dark' } });
    const failing = { get: vi.fn(async () => Promise.reject(new Error('sync is broken'))) };
    expect(await readSettings(failing as never)).toEqual({ ok: false, settings: DEFAULT_SETTINGS });
    expect((await browser.storage.sync.get('settings')).settings).toEqual({
      ...DEFAULT_SETTINGS,
      appearance: 'dark',
    });
  });
});

describe('writeSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes the value and its version in one call, started at once (a closing page still sends it)', () => {
    const set = vi.spyOn(browser.storage.sync, 'set');
    const settings = { ...DEFAULT_SETTINGS, appearance: 'dark' as const };
    void writeSettings(settings);
    expect(set).toHaveBeenCalledTimes(1);
    expect(set).toHaveBeenCalledWith({ settings, settings$: { v: SETTINGS_VERSION } });
  });
});
