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

/** A favorites file from before two cards were merged: it names the retired one, with a note. */
export function beforeTheMerge(note: string): { name: string; contents: string } {
  const at = new Date().toISOString();
  const favorite = {
    lessonId: 'hold-steady-in-the-storm',
    savedAt: at,
    snapshot: { title: 'Hold steady in the storm', body: 'Words saved then.', themes: ['resilience'] },
    note,
    noteAt: at,
  };
  const file = { format: 'lesson-tab-favorites', version: 2, exportedAt: at, favorites: [favorite] };
  return { name: 'before-the-merge.json', contents: JSON.stringify(file) };
}
