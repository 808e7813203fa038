import { afterEach, describe, expect, it, vi } from 'vitest';
import { DECK_INDEX } from '../../../data/deck-index';
import { LESSONS } from '../../../data/lessons';
import type { FavoritesStore } from '../../../utils/favorites/favorites-store';
import { showFirstFrame } from '../../../utils/first-frame/first-frame';
import { frameTree } from '../../../utils/first-frame/frame-tree';
import {
  type Frame,
  frameKey,
  keptFrames,
  readFrame,
  returningKey,
  writeFrames,
} from '../../../utils/first-frame/frames';
import type { Slot } from '../../../utils/first-frame/local-json';
import { ENGLISH } from '../../../utils/i18n/i18n';
import { readMyIndex } from '../../../utils/my-lessons/my-lesson-card';
import type { OwnCards } from '../../../utils/my-lessons/own-cards';
import { type AppStart, bootNewTab } from '../../../utils/newtab/boot';
import { RESURFACE_KEY, readResurface } from '../../../utils/resurfacing/resurface-store';
import { DAY } from '../../../utils/resurfacing/schedule';
import { currentRotation, type StorageArea } from '../../../utils/rotation/rotation-store';
import { DEFAULT_SETTINGS } from '../../../utils/settings/settings';
import { readMirror, writeMirror } from '../../../utils/settings/settings-mirror';
import { broken, memory } from '../first-frame/memory-slot';
import { seeded } from '../rotation/seeded';

const BUILD = '1.0.0+test';
const [first] = LESSONS;
const welcome: Frame = { id: first?.id as string, tree: frameTree(first as never, ENGLISH) };

function favoritesWith(ids: string[] = []): FavoritesStore {
  const favorites = ids.map((lessonId) => ({
    lessonId,
    savedAt: 0,
    snapshot: { title: '', body: '', themes: [] },
  }));
  return {
    start: vi.fn(async () => {}),
    getState: () => ({ status: 'ready', favorites }),
  } as unknown as FavoritesStore;
}

function noOwnCards(): OwnCards {
  return {
    index: () => [],
    refresh: () => {},
    card: () => undefined,
    load: vi.fn(async () => {}),
    subscribe: () => () => {},
    close: () => {},
  };
}

function storageLocal(): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

/** A new tab: the first-frame script, then the app's boot, as the page runs them. */
async function openTab(
  slot: Slot | undefined,
  {
    build = BUILD,
    local = storageLocal() as StorageArea,
    favorites = favoritesWith(),
    ownCards = noOwnCards(),
  }: { build?: string; local?: StorageArea; favorites?: FavoritesStore; ownCards?: OwnCards } = {},
) {
  const root = document.createElement('div');
  const { settings } = readMirror(slot);
  showFirstFrame(root, {
    slot,
    settings,
    lang: 'en',
    build,
    deck: DECK_INDEX,
    mine: () => readMyIndex(slot),
    hidden: () => new Set<string>(),
    now: 1000,
    random: seeded(1),
    welcome,
    welcomeKey: frameKey(DEFAULT_SETTINGS, 'en', build),
  });
  const drawnByFrame = root.querySelector('article')?.getAttribute('data-lesson-id') ?? undefined;
  let started: { start: AppStart; hydrate: boolean } | undefined;
  const { kept } = await bootNewTab({
    root,
    slot,
    local: async () => local,
    lessons: LESSONS,
    favorites,
    ownCards,
    keepIndex: async () => {},
    build,
    browserLanguage: 'en-US',
    loadLanguage: async () => ENGLISH,
    now: () => 2000,
    random: seeded(2),
    hidden: () => new Set<string>(),
    frameOf: (lesson, pack, returning) => frameTree(lesson, pack, false, returning),
    render: (start, hydrate) => {
      started = { start, hydrate };
    },
  });
  await kept;
  const start = started?.start as AppStart;
  const shown = start.trail.ids[start.trail.index];
  return { drawnByFrame, hydrate: started?.hydrate, shown, start };
}

afterEach(() => vi.restoreAllMocks());

describe('the new tab’s boot', () => {
  it('takes over a frame drawn for the card dealt, dealing nothing more', async () => {
    const slot = memory();
    const tab = await openTab(slot);
    expect(tab).toMatchObject({ drawnByFrame: welcome.id, hydrate: true, shown: welcome.id });
    expect(currentRotation(slot)?.recent).toEqual([welcome.id]);
  });

  it('keeps the next cards’ frames and the durable rotation once it has drawn', async () => {
    const slot = memory();
    const local = storageLocal();
    await openTab(slot, { local });
    const upcoming = currentRotation(slot)?.cycle[1] as string;
    expect(readFrame(slot, frameKey(DEFAULT_SETTINGS, 'en', BUILD), upcoming)).toBeDefined();
    expect(local.data.rotation).toMatchObject({ recent: [welcome.id] });
    // So the next tab draws its card from a frame, and the trail goes back to the first.
    const next = await openTab(slot, { local });
    expect(next).toMatchObject({ drawnByFrame: upcoming, hydrate: true, shown: upcoming });
    expect(next.start.trail.ids).toEqual([welcome.id, upcoming]);
  });

  it('draws the card dealt itself when no frame is kept for it', async () => {
    const slot = memory();
    await openTab(slot);
    writeFrames(slot, frameKey(DEFAULT_SETTINGS, 'en', BUILD), []);
    const tab = await openTab(slot);
    expect(tab.drawnByFrame).toBeUndefined();
    expect(tab.hydrate).toBe(false);
    expect(tab.shown).toBe(currentRotation(slot)?.recent.at(-1));
  });

  it('draws the card itself when the settings changed since the frame was kept', async () => {
    const slot = memory();
    await openTab(slot);
    writeMirror(
      { settings: { ...DEFAULT_SETTINGS, appearance: 'dark', themes: ['failure'] }, unsynced: false },
      slot,
    );
    const tab = await openTab(slot);
    expect(tab).toMatchObject({ drawnByFrame: undefined, hydrate: false });
    expect(LESSONS.find((lesson) => lesson.id === tab.shown)?.themes).toContain('failure');
  });

  it('draws the card itself after a new release (frames of another build)', async () => {
    const slot = memory();
    await openTab(slot, { build: '1.0.0+old' });
    const tab = await openTab(slot, { build: '1.0.1+new' });
    expect(tab).toMatchObject({ drawnByFrame: undefined, hydrate: false });
    expect(tab.shown).toBeDefined();
  });

  it('still shows a card with localStorage broken', async () => {
    const tab = await openTab(broken());
    expect(LESSONS.map((lesson) => lesson.id)).toContain(tab.shown);
    expect(tab.hydrate).toBe(false);
    expect(tab.start.dealNext(['a', 'b'])).toBeDefined();
  });

  it('still shows a card, and the next tab too, with storage.local broken', async () => {
    const slot = memory();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const local = {
      get: async () => Promise.reject(new Error('broken')),
      set: async () => Promise.reject(new Error('broken')),
    };
    const one = await openTab(slot, { local });
    const two = await openTab(slot, { local });
    expect(one.shown).toBeDefined();
    expect(two.shown).not.toBe(one.shown);
    expect(warn).toHaveBeenCalled();
  });

  it('deals from the favorites in "favorites only", once the database is open', async () => {
    const slot = memory();
    writeMirror({ settings: { ...DEFAULT_SETTINGS, lessonsFrom: 'favorites' }, unsynced: false }, slot);
    const favorites = favoritesWith(['know-say-do']);
    const tab = await openTab(slot, { favorites });
    expect(favorites.start).toHaveBeenCalled();
    expect(tab).toMatchObject({ drawnByFrame: undefined, hydrate: false, shown: 'know-say-do' });
  });
});

describe('a favorite coming back', () => {
  const id = LESSONS[5]?.id as string;
  const key = frameKey(DEFAULT_SETTINGS, 'en', BUILD);

  it('has a frame kept for it, and is drawn from it before the app takes over', async () => {
    const slot = memory();
    await openTab(slot, { favorites: favoritesWith([id]) });
    // The favorite most likely to come back next has its own frame, beside the ordinary ones.
    const kept = keptFrames(slot, key).get(returningKey(id)) as Frame | undefined;
    expect(kept?.returning).toBe(true);
    expect(JSON.stringify(kept?.tree)).toContain('From your favorites');
    expect(readResurface(slot).favorites).toEqual({ [id]: 0 });
    // Due: last seen ten days ago.
    const copy = readResurface(slot);
    slot.setItem(
      RESURFACE_KEY,
      JSON.stringify({
        version: 1,
        ...copy,
        state: { ...copy.state, entries: { [id]: { halfLife: 2 * DAY, seenAt: -10 * DAY } } },
      }),
    );
    const tab = await openTab(slot, { favorites: favoritesWith([id]) });
    expect(tab).toMatchObject({ drawnByFrame: id, hydrate: true, shown: id });
    expect(tab.start.resurfacing.returning).toBe(id);
    // Shown at 1000 (the first frame's clock): the answer tells when it comes back from then.
    expect(tab.start.resurfacing.answer(id, 'much-later', DEFAULT_SETTINGS)).toBe(1000 + 8 * DAY);
  });

  it('is not kept, nor drawn, when favorites never come back', async () => {
    const slot = memory();
    writeMirror({ settings: { ...DEFAULT_SETTINGS, comeBack: 'never' }, unsynced: false }, slot);
    await openTab(slot, { favorites: favoritesWith([id]) });
    expect(keptFrames(slot, key).get(returningKey(id))).toBeUndefined();
  });
});
