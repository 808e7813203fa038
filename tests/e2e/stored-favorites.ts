import type { Tab } from './driver';

/** The favorites as stored in the extension's IndexedDB, read from one of its pages. */
export function storedIds(page: Tab): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('lesson-tab');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('favorites').objectStore('favorites').getAllKeys();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as string[]).toSorted());
          };
        };
      }),
  );
}

/**
 * A favorites file from before two cards were merged: it names the retired one, with a note, and
 * with `andAfter` the card it became as well, saved a minute later (as a page that did not see the
 * first as this card's could save it).
 */
export function beforeTheMerge(note: string, andAfter = false): { name: string; contents: string } {
  const at = Date.now();
  const iso = (time: number) => new Date(time).toISOString();
  const snapshot = { title: 'Hold steady in the storm', body: 'Words saved then.', themes: ['resilience'] };
  const favorites: object[] = [
    { lessonId: 'hold-steady-in-the-storm', savedAt: iso(at), snapshot, note, noteAt: iso(at) },
  ];
  if (andAfter)
    favorites.unshift({ lessonId: 'repair-the-roof-in-sunshine', savedAt: iso(at + 60_000), snapshot });
  const file = { format: 'lesson-tab-favorites', version: 2, exportedAt: iso(at), favorites };
  return { name: 'before-the-merge.json', contents: JSON.stringify(file) };
}
