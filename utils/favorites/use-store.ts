/** Preact glue between a page and a store of the Lesson Tab database (favorites, my lessons). */
import { useEffect, useState } from 'preact/hooks';

export interface DatabaseStore<S> {
  getState(): S;
  subscribe(listener: () => void): () => void;
  start(): Promise<void>;
  close(): void;
}

/** The store's state; the page's first use opens the database (an effect: after the first frame). */
export function useStoreState<S>(store: DatabaseStore<S>): S {
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
