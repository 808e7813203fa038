import { beforeEach, describe, expect, it } from 'vitest';
import { openFavoritesDb } from '../../../utils/favorites/favorites-db';
import { memorySlot } from '../../../utils/first-frame/local-json';
import type { MyLesson } from '../../../utils/my-lessons/my-lesson';
import { readMyIndex, writeMyIndex } from '../../../utils/my-lessons/my-lesson-card';
import { deleteMyLesson, putMyLesson } from '../../../utils/my-lessons/my-lessons-db';
import type { MyLessonsChannel } from '../../../utils/my-lessons/my-lessons-store';
import { createOwnCards } from '../../../utils/my-lessons/own-cards';
import { freshIndexedDb } from '../favorites/favorites-test-kit';

const lesson = (n: number, title = `Lesson ${n}`): MyLesson => ({
  id: `my-${String(n).padStart(8, '0')}`,
  title,
  body: 'Something learned.',
  themes: ['persistence'],
  lang: 'en',
  createdAt: n,
  updatedAt: n,
});

/** A channel whose messages the test sends by hand. */
function channel() {
  const listeners = new Set<() => void>();
  const port: MyLessonsChannel & { send(): void } = {
    postMessage: () => {},
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    close: () => listeners.clear(),
    send: () => {
      for (const listener of listeners) listener();
    },
  };
  return port;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('a new tab’s own cards', () => {
  beforeEach(() => freshIndexedDb());

  async function setUp(lessons: MyLesson[]) {
    const db = await openFavoritesDb();
    for (const each of lessons) await putMyLesson(db, each);
    const slot = memorySlot();
    writeMyIndex(slot, lessons);
    const port = channel();
    const cards = createOwnCards({ slot, open: () => openFavoritesDb(), channel: port });
    return { db, slot, port, cards };
  }

  it('deal from the index and read only the cards asked for', async () => {
    const { cards } = await setUp([lesson(1), lesson(2), lesson(3)]);
    expect(cards.index().map(([id]) => id)).toHaveLength(3);
    await cards.load([lesson(2).id, 'repair-the-roof-in-sunshine']);
    expect(cards.card(lesson(2).id)?.title).toBe('Lesson 2');
    expect(cards.card(lesson(1).id)).toBeUndefined();
  });

  it('drop a lesson the database no longer has from the deck', async () => {
    const { db, cards } = await setUp([lesson(1), lesson(2)]);
    await deleteMyLesson(db, lesson(1).id);
    await cards.load([lesson(1).id]);
    expect(cards.index().map(([id]) => id)).toEqual([lesson(2).id]);
  });

  it('read the cards they hold again when another page changes a lesson', async () => {
    const { db, port, cards } = await setUp([lesson(1), lesson(2)]);
    await cards.load([lesson(1).id, lesson(2).id]);
    await putMyLesson(db, lesson(1, 'Edited elsewhere'));
    await deleteMyLesson(db, lesson(2).id);
    let changes = 0;
    cards.subscribe(() => changes++);
    port.send();
    await settle();
    expect(cards.card(lesson(1).id)?.title).toBe('Edited elsewhere');
    expect(cards.card(lesson(2).id)).toBeUndefined();
    expect(changes).toBeGreaterThan(0);
  });

  it('read the index again when told this page rewrote it', async () => {
    const { slot, cards } = await setUp([lesson(1)]);
    writeMyIndex(slot, [lesson(1), lesson(2)]);
    expect(cards.index()).toHaveLength(1);
    cards.refresh();
    expect(cards.index()).toEqual(readMyIndex(slot));
  });
});
