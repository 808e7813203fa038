import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { quickLesson } from '../../utils/next-lesson';
import { afterNewTab, drawLesson, readRotation, type WithLock } from '../../utils/rotation-store';
import { memory } from './memory-slot';

const deck = Array.from({ length: 10 }, (_, i) => `card-${i}`);

/** A one-at-a-time lock like navigator.locks, for tests outside a browser. */
function mutex(): WithLock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(_name: string, task: () => Promise<T>) => {
    const run = tail.then(task);
    tail = run.catch(() => undefined);
    return run;
  };
}

const noLock: WithLock = (_name, task) => task();

describe('drawLesson', () => {
  beforeEach(() => fakeBrowser.reset());

  it('persists the rotation: a full cycle across "tabs" never repeats', async () => {
    const ids = [];
    for (let i = 0; i < deck.length; i++)
      ids.push((await drawLesson(deck, Math.random, { withLock: mutex() })).id);
    expect(new Set(ids).size).toBe(deck.length);
    expect((await readRotation(browser.storage.local))?.shown).toBe(deck.length);
  });

  it('gives tabs opened at the same moment different cards', async () => {
    const withLock = mutex();
    const results = await Promise.all(deck.map(() => drawLesson(deck, Math.random, { withLock })));
    expect(new Set(results.map((r) => r.id)).size).toBe(deck.length);
  });

  it('would repeat without the lock (the lock is what prevents it)', async () => {
    const results = await Promise.all(deck.map(() => drawLesson(deck, Math.random, { withLock: noLock })));
    expect(new Set(results.map((r) => r.id)).size).toBeLessThan(deck.length);
  });

  it('returns the recent ids, newest last', async () => {
    const first = await drawLesson(deck, Math.random, { withLock: mutex() });
    const second = await drawLesson(deck, Math.random, { withLock: mutex() });
    expect(second.recent).toEqual([first.id, second.id]);
  });

  it.each([
    ['garbage', 'not an object'],
    ['an unknown version', { version: 99, cycle: deck, shown: 0, recent: [] }],
    ['a broken state', { version: 1, cycle: deck, shown: 999, recent: [] }],
  ])('starts a fresh rotation over %s', async (_label, stored) => {
    await browser.storage.local.set({ rotation: stored });
    const { id } = await drawLesson(deck, Math.random, { withLock: mutex() });
    expect(deck).toContain(id);
    expect((await readRotation(browser.storage.local))?.shown).toBe(1);
  });

  it('leaves unrelated stored data alone', async () => {
    await browser.storage.local.set({ other: 'keep me' });
    await drawLesson(deck, Math.random, { withLock: mutex() });
    expect(await browser.storage.local.get('other')).toEqual({ other: 'keep me' });
  });
});

describe('afterNewTab and the quick way', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows a whole cycle without repeats, tabs closing before or after they record', async () => {
    const slot = memory();
    const withLock = mutex();
    const seen: string[] = [];
    for (let i = 0; i < deck.length; i++) {
      const quick = quickLesson(deck, { mode: 'every-tab', now: 1000 + i }, Math.random, slot);
      const id =
        quick ??
        (
          await drawLesson(deck, Math.random, {
            withLock,
            slot,
            newTab: { mode: 'every-tab', now: 1000 + i },
          })
        ).id;
      seen.push(id as string);
      // Every third tab is closed at once and never records its card or sets the next aside.
      if (i % 3 !== 2) await afterNewTab(deck, Math.random, { withLock, slot });
    }
    expect(new Set(seen).size).toBe(deck.length);
  });
});
