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
