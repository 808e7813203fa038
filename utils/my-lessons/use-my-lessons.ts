/** Preact glue between a page and the store of the user's own lessons: its state. */
import { useEffect, useState } from 'preact/hooks';
import type { MyLessonsState, MyLessonsStore } from './my-lessons-store';

/** The store's state; the page's first use opens the database (an effect: after the first frame). */
export function useMyLessons(store: MyLessonsStore): MyLessonsState {
  const [state, setState] = useState(store.getState());
  useEffect(() => {
    setState(store.getState());
    const unsubscribe = store.subscribe(() => setState(store.getState()));
    void store.start();
    return () => {
      unsubscribe();
      store.close();
    };
  }, [store]);
  return state;
}
